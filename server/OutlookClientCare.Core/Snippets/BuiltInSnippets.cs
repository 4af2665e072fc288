using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Snippets;

/// <summary>
/// Our own wording for steps 3-7 of the client-care method: short, plain, specific. Every snippet
/// has English, German "Sie" and German "du", each warm and brief. Templates fall back to neutral
/// wording when a value is missing, so they read well with an empty context too.
/// </summary>
internal static class BuiltInSnippets
{
    public static IReadOnlyList<Snippet> All { get; } =
    [
        Define(
            "acknowledge-impact",
            new("Folgen anerkennen", "Acknowledge the impact"),
            new("Nennt konkret, was das Problem für den Kunden bedeutet, statt pauschal um Entschuldigung zu bitten.",
                "Names what the problem concretely means for the client instead of a generic apology."),
            enWarm: "I understand what {{ issue_text }} means for {{ impact | default: 'your plans' }}. That is a real setback for you, and I am sorry.",
            enBrief: "I understand what {{ issue_text }} means for {{ impact | default: 'your plans' }}. I am sorry.",
            sieWarm: "Ich verstehe, was {{ issue_text }} für {{ impact | default: 'Ihre Planung' }} bedeutet. Das ist ein echter Rückschlag für Sie, und das tut mir leid.",
            sieBrief: "Ich verstehe, was {{ issue_text }} für {{ impact | default: 'Ihre Planung' }} bedeutet. Das tut mir leid.",
            duWarm: "Ich verstehe, was {{ issue_text }} für {{ impact | default: 'deine Planung' }} bedeutet. Das ist ein echter Rückschlag für dich, und das tut mir leid.",
            duBrief: "Ich verstehe, was {{ issue_text }} für {{ impact | default: 'deine Planung' }} bedeutet. Das tut mir leid."),

        Define(
            "validate-feelings",
            new("Gefühle anerkennen", "Validate feelings"),
            new("Zeigt, dass der Ärger berechtigt ist und gehört wurde.", "Shows that the frustration is fair and has been heard."),
            enWarm: "{% if client.first_name %}{{ client.first_name }}, your{% else %}Your{% endif %} frustration is completely understandable. You relied on us, and thank you for telling me so openly.",
            enBrief: "Your frustration is understandable. Thank you for telling me directly.",
            sieWarm: "Ihr Ärger ist absolut verständlich. Sie haben sich auf uns verlassen, und ich danke Ihnen, dass Sie das so offen ansprechen.",
            sieBrief: "Ich kann Ihren Ärger gut verstehen. Danke, dass Sie es direkt ansprechen.",
            duWarm: "{% if client.first_name %}{{ client.first_name }}, dein{% else %}Dein{% endif %} Ärger ist absolut verständlich. Du hast dich auf uns verlassen, und danke, dass du das so offen ansprichst.",
            duBrief: "Ich kann deinen Ärger gut verstehen. Danke, dass du es direkt ansprichst."),

        Define(
            "what-i-hear",
            new("„Was ich höre, ist …“", "\"What I hear is ...\""),
            new("Fasst die Anliegen des Kunden mit seinen eigenen Fragen zusammen, damit beide vom selben Problem sprechen.",
                "Sums up the client's concerns from their own questions, so both sides agree on the problem."),
            enWarm: """
                Let me make sure I have understood you.
                {% if asks.size > 0 %}What I hear is that you need answers on {% if asks.size == 1 %}this point{% else %}these points{% endif %}:
                {% for ask in asks %}- {{ ask }}
                {% endfor %}{% else %}What I hear is that {{ issue_text }} is the main problem for you right now.
                {% endif %}
                Did I get that right, or is anything missing?
                """,
            enBrief: """
                {% if asks.size > 0 %}What I hear is that you need answers on:
                {% for ask in asks %}- {{ ask }}
                {% endfor %}{% else %}What I hear is that {{ issue_text }} is the main problem for you.
                {% endif %}Is that right?
                """,
            sieWarm: """
                Ich möchte sicher sein, dass ich Sie richtig verstehe.
                {% if asks.size > 0 %}Was ich höre: Sie brauchen Antworten auf {% if asks.size == 1 %}diesen Punkt{% else %}diese Punkte{% endif %}:
                {% for ask in asks %}- {{ ask }}
                {% endfor %}{% else %}Was ich höre: Für Sie ist gerade {{ issue_text }} das Hauptproblem.
                {% endif %}
                Habe ich das richtig zusammengefasst, oder fehlt etwas?
                """,
            sieBrief: """
                {% if asks.size > 0 %}Was ich höre: Sie brauchen Antworten auf Folgendes:
                {% for ask in asks %}- {{ ask }}
                {% endfor %}{% else %}Was ich höre: Für Sie ist {{ issue_text }} das Hauptproblem.
                {% endif %}Stimmt das so?
                """,
            duWarm: """
                Ich möchte sicher sein, dass ich dich richtig verstehe.
                {% if asks.size > 0 %}Was ich höre: Du brauchst Antworten auf {% if asks.size == 1 %}diesen Punkt{% else %}diese Punkte{% endif %}:
                {% for ask in asks %}- {{ ask }}
                {% endfor %}{% else %}Was ich höre: Für dich ist gerade {{ issue_text }} das Hauptproblem.
                {% endif %}
                Habe ich das richtig zusammengefasst, oder fehlt etwas?
                """,
            duBrief: """
                {% if asks.size > 0 %}Was ich höre: Du brauchst Antworten auf Folgendes:
                {% for ask in asks %}- {{ ask }}
                {% endfor %}{% else %}Was ich höre: Für dich ist {{ issue_text }} das Hauptproblem.
                {% endif %}Stimmt das so?
                """),

        Define(
            "set-expectations",
            new("Erwartungen klären", "Set expectations"),
            new("Hält Zeitplan, Ergebnisse und Rahmenbedingungen aus der Kundenkarte fest.",
                "Restates the agreed timeline, deliverables and constraints from the client's card."),
            enWarm: """
                {% if card.deliverables.size > 0 or card.timelines.size > 0 or card.constraints.size > 0 %}So that we are working towards the same thing, here is what we agreed:
                {% if card.deliverables.size > 0 %}- What you get: {{ card.deliverables | join: "; " }}
                {% endif %}{% if card.timelines.size > 0 %}- When: {{ card.timelines | join: "; " }}
                {% endif %}{% if card.constraints.size > 0 %}- What it depends on: {{ card.constraints | join: "; " }}
                {% endif %}{% else %}So that we are working towards the same thing, let us agree on what you get, by when, and what it depends on.
                {% endif %}{% if card.response_time %}You can expect a reply from me {{ card.response_time }}.
                {% endif %}
                If anything here no longer fits your plans, tell me and we will adjust it together.
                """,
            enBrief: """
                {% if card.deliverables.size > 0 or card.timelines.size > 0 or card.constraints.size > 0 %}What we agreed:
                {% if card.deliverables.size > 0 %}- What you get: {{ card.deliverables | join: "; " }}
                {% endif %}{% if card.timelines.size > 0 %}- When: {{ card.timelines | join: "; " }}
                {% endif %}{% if card.constraints.size > 0 %}- Depends on: {{ card.constraints | join: "; " }}
                {% endif %}{% else %}Let us agree on what you get, by when, and what it depends on.
                {% endif %}{% if card.response_time %}I reply {{ card.response_time }}.{% endif %}
                """,
            sieWarm: """
                {% if card.deliverables.size > 0 or card.timelines.size > 0 or card.constraints.size > 0 %}Damit wir vom Gleichen sprechen, hier noch einmal, was wir vereinbart haben:
                {% if card.deliverables.size > 0 %}- Was Sie bekommen: {{ card.deliverables | join: "; " }}
                {% endif %}{% if card.timelines.size > 0 %}- Wann: {{ card.timelines | join: "; " }}
                {% endif %}{% if card.constraints.size > 0 %}- Wovon es abhängt: {{ card.constraints | join: "; " }}
                {% endif %}{% else %}Damit wir vom Gleichen sprechen, lassen Sie uns festhalten, was Sie bis wann bekommen und wovon es abhängt.
                {% endif %}{% if card.response_time %}Eine Antwort von mir bekommen Sie {{ card.response_time }}.
                {% endif %}
                Wenn etwas davon nicht mehr zu Ihren Plänen passt, sagen Sie es mir, dann passen wir es gemeinsam an.
                """,
            sieBrief: """
                {% if card.deliverables.size > 0 or card.timelines.size > 0 or card.constraints.size > 0 %}Unsere Vereinbarung:
                {% if card.deliverables.size > 0 %}- Was Sie bekommen: {{ card.deliverables | join: "; " }}
                {% endif %}{% if card.timelines.size > 0 %}- Wann: {{ card.timelines | join: "; " }}
                {% endif %}{% if card.constraints.size > 0 %}- Voraussetzungen: {{ card.constraints | join: "; " }}
                {% endif %}{% else %}Lassen Sie uns festhalten, was Sie bis wann bekommen und wovon es abhängt.
                {% endif %}{% if card.response_time %}Ich antworte Ihnen {{ card.response_time }}.{% endif %}
                """,
            duWarm: """
                {% if card.deliverables.size > 0 or card.timelines.size > 0 or card.constraints.size > 0 %}Damit wir vom Gleichen sprechen, hier noch einmal, was wir vereinbart haben:
                {% if card.deliverables.size > 0 %}- Was du bekommst: {{ card.deliverables | join: "; " }}
                {% endif %}{% if card.timelines.size > 0 %}- Wann: {{ card.timelines | join: "; " }}
                {% endif %}{% if card.constraints.size > 0 %}- Wovon es abhängt: {{ card.constraints | join: "; " }}
                {% endif %}{% else %}Damit wir vom Gleichen sprechen, lass uns festhalten, was du bis wann bekommst und wovon es abhängt.
                {% endif %}{% if card.response_time %}Eine Antwort von mir bekommst du {{ card.response_time }}.
                {% endif %}
                Wenn etwas davon nicht mehr zu deinen Plänen passt, sag es mir, dann passen wir es gemeinsam an.
                """,
            duBrief: """
                {% if card.deliverables.size > 0 or card.timelines.size > 0 or card.constraints.size > 0 %}Unsere Vereinbarung:
                {% if card.deliverables.size > 0 %}- Was du bekommst: {{ card.deliverables | join: "; " }}
                {% endif %}{% if card.timelines.size > 0 %}- Wann: {{ card.timelines | join: "; " }}
                {% endif %}{% if card.constraints.size > 0 %}- Voraussetzungen: {{ card.constraints | join: "; " }}
                {% endif %}{% else %}Lass uns festhalten, was du bis wann bekommst und wovon es abhängt.
                {% endif %}{% if card.response_time %}Ich antworte dir {{ card.response_time }}.{% endif %}
                """),

        Define(
            "boundary",
            new("Grenze ziehen", "Set a boundary"),
            new("Sagt freundlich und klar, was geht und was nicht.", "Says politely and clearly what we can and cannot do."),
            enWarm: """
                I want to be clear about what is possible, so you can plan with it.
                {% if can.size > 0 %}What we can do: {{ can | join: "; " }}.
                {% endif %}{% if cannot.size > 0 %}What we cannot do: {{ cannot | join: "; " }}.{% if card.constraints.size > 0 %} The reason: {{ card.constraints | join: "; " }}.{% endif %}
                {% endif %}{% if can.size == 0 and cannot.size == 0 %}Within what we agreed, I will do everything I can. Anything beyond that we need to plan and agree separately.
                {% endif %}I would rather promise less and keep every promise.
                """,
            enBrief: """
                {% if can.size > 0 %}What we can do: {{ can | join: "; " }}.
                {% endif %}{% if cannot.size > 0 %}What we cannot do: {{ cannot | join: "; " }}.
                {% endif %}{% if can.size == 0 and cannot.size == 0 %}Within what we agreed, yes. Anything beyond that needs a separate agreement.{% endif %}
                """,
            sieWarm: """
                Ich möchte offen sagen, was möglich ist, damit Sie damit planen können.
                {% if can.size > 0 %}Was wir tun können: {{ can | join: "; " }}.
                {% endif %}{% if cannot.size > 0 %}Was wir nicht leisten können: {{ cannot | join: "; " }}.{% if card.constraints.size > 0 %} Der Grund: {{ card.constraints | join: "; " }}.{% endif %}
                {% endif %}{% if can.size == 0 and cannot.size == 0 %}Im Rahmen unserer Vereinbarung tue ich alles, was ich kann. Alles darüber hinaus müssen wir gesondert planen und vereinbaren.
                {% endif %}Ich verspreche lieber weniger und halte dafür jedes Versprechen.
                """,
            sieBrief: """
                {% if can.size > 0 %}Was wir tun können: {{ can | join: "; " }}.
                {% endif %}{% if cannot.size > 0 %}Was wir nicht leisten können: {{ cannot | join: "; " }}.
                {% endif %}{% if can.size == 0 and cannot.size == 0 %}Im Rahmen unserer Vereinbarung gern. Alles darüber hinaus vereinbaren wir bitte gesondert.{% endif %}
                """,
            duWarm: """
                Ich möchte offen sagen, was möglich ist, damit du damit planen kannst.
                {% if can.size > 0 %}Was wir tun können: {{ can | join: "; " }}.
                {% endif %}{% if cannot.size > 0 %}Was wir nicht leisten können: {{ cannot | join: "; " }}.{% if card.constraints.size > 0 %} Der Grund: {{ card.constraints | join: "; " }}.{% endif %}
                {% endif %}{% if can.size == 0 and cannot.size == 0 %}Im Rahmen unserer Vereinbarung tue ich alles, was ich kann. Alles darüber hinaus müssen wir gesondert planen und vereinbaren.
                {% endif %}Ich verspreche lieber weniger und halte dafür jedes Versprechen.
                """,
            duBrief: """
                {% if can.size > 0 %}Was wir tun können: {{ can | join: "; " }}.
                {% endif %}{% if cannot.size > 0 %}Was wir nicht leisten können: {{ cannot | join: "; " }}.
                {% endif %}{% if can.size == 0 and cannot.size == 0 %}Im Rahmen unserer Vereinbarung gern. Alles darüber hinaus vereinbaren wir bitte gesondert.{% endif %}
                """),

        Define(
            "propose-solution",
            new("Lösung vorschlagen", "Propose a solution"),
            new("Konkrete Schritte und ein neues Datum statt leerer Versprechen.", "Concrete steps and a revised date instead of empty promises."),
            enWarm: """
                {% if steps.size > 0 %}Here is what I propose:
                {% for step in steps %}{{ forloop.index }}. {{ step }}
                {% endfor %}{% else %}I am putting together a concrete plan to resolve {{ issue_text }}.
                {% endif %}{% if revised_date %}The new date is {{ revised_date }}, and I will confirm each step as it is done.{% elsif next_block %}I will get back to you with a firm date by {{ next_block }}.{% else %}I will send you a firm date in my next reply.{% endif %}
                Does that work for you?
                """,
            enBrief: """
                {% if steps.size > 0 %}Next steps:
                {% for step in steps %}{{ forloop.index }}. {{ step }}
                {% endfor %}{% endif %}{% if revised_date %}New date: {{ revised_date }}.{% elsif next_block %}You will have a firm date from me by {{ next_block }}.{% elsif steps.size == 0 %}Next steps and a firm date follow in my next reply.{% endif %}
                """,
            sieWarm: """
                {% if steps.size > 0 %}Mein Vorschlag:
                {% for step in steps %}{{ forloop.index }}. {{ step }}
                {% endfor %}{% else %}Ich stelle gerade einen konkreten Plan zusammen, um {{ issue_text }} zu lösen.
                {% endif %}{% if revised_date %}Der neue Termin ist {{ revised_date }}. Ich bestätige Ihnen jeden Schritt, sobald er erledigt ist.{% elsif next_block %}Einen festen Termin nenne ich Ihnen bis {{ next_block }}.{% else %}Einen festen Termin nenne ich Ihnen in meiner nächsten Nachricht.{% endif %}
                Passt das für Sie?
                """,
            sieBrief: """
                {% if steps.size > 0 %}Nächste Schritte:
                {% for step in steps %}{{ forloop.index }}. {{ step }}
                {% endfor %}{% endif %}{% if revised_date %}Neuer Termin: {{ revised_date }}.{% elsif next_block %}Einen festen Termin nenne ich Ihnen bis {{ next_block }}.{% elsif steps.size == 0 %}Nächste Schritte und einen festen Termin nenne ich Ihnen in meiner nächsten Nachricht.{% endif %}
                """,
            duWarm: """
                {% if steps.size > 0 %}Mein Vorschlag:
                {% for step in steps %}{{ forloop.index }}. {{ step }}
                {% endfor %}{% else %}Ich stelle gerade einen konkreten Plan zusammen, um {{ issue_text }} zu lösen.
                {% endif %}{% if revised_date %}Der neue Termin ist {{ revised_date }}. Ich bestätige dir jeden Schritt, sobald er erledigt ist.{% elsif next_block %}Einen festen Termin nenne ich dir bis {{ next_block }}.{% else %}Einen festen Termin nenne ich dir in meiner nächsten Nachricht.{% endif %}
                Passt das für dich?
                """,
            duBrief: """
                {% if steps.size > 0 %}Nächste Schritte:
                {% for step in steps %}{{ forloop.index }}. {{ step }}
                {% endfor %}{% endif %}{% if revised_date %}Neuer Termin: {{ revised_date }}.{% elsif next_block %}Einen festen Termin nenne ich dir bis {{ next_block }}.{% elsif steps.size == 0 %}Nächste Schritte und einen festen Termin nenne ich dir in meiner nächsten Nachricht.{% endif %}
                """),

        Define(
            "collaborate",
            new("Gemeinsam lösen", "Solve it together"),
            new("Lädt zur gemeinsamen Lösung ein statt Schuld zu verteilen.", "Invites joint problem-solving instead of assigning blame."),
            enWarm: "I would like to solve this together with you. {% if next_block %}Could we have a 15-minute call on {{ next_block }}?{% else %}When would a 15-minute call suit you?{% endif %} Then we can agree on priorities and dates that work for both of us.",
            enBrief: "Let us solve this together: {% if next_block %}a short call on {{ next_block }}?{% else %}when suits you for a short call?{% endif %}",
            sieWarm: "Ich möchte das gern gemeinsam mit Ihnen lösen. {% if next_block %}Hätten Sie am {{ next_block }}, Zeit für ein kurzes Gespräch von 15 Minuten?{% else %}Wann passt Ihnen ein kurzes Gespräch von 15 Minuten?{% endif %} Dann legen wir Prioritäten und Termine fest, die für beide Seiten funktionieren.",
            sieBrief: "Lassen Sie uns das gemeinsam lösen: {% if next_block %}ein kurzes Gespräch am {{ next_block }}?{% else %}wann passt Ihnen ein kurzes Gespräch?{% endif %}",
            duWarm: "Ich möchte das gern gemeinsam mit dir lösen. {% if next_block %}Hättest du am {{ next_block }}, Zeit für ein kurzes Gespräch von 15 Minuten?{% else %}Wann passt dir ein kurzes Gespräch von 15 Minuten?{% endif %} Dann legen wir Prioritäten und Termine fest, die für uns beide funktionieren.",
            duBrief: "Lass uns das gemeinsam lösen: {% if next_block %}ein kurzes Gespräch am {{ next_block }}?{% else %}wann passt dir ein kurzes Gespräch?{% endif %}"),

        Define(
            "diplomatic-no",
            new("Diplomatisch Nein sagen", "Say no diplomatically"),
            new("Ein klares Nein mit Grund und einer Alternative.", "A clear no with the reason and an alternative."),
            enWarm: """
                Thank you for asking, and I understand why this matters to you.
                {% if cannot.size > 0 %}What we cannot do: {{ cannot | join: "; " }}{% else %}This is something we cannot do{% endif %}.{% if card.constraints.size > 0 %} The reason: {{ card.constraints | join: "; " }}.{% endif %}
                {% if can.size > 0 %}What we can do instead: {{ can | join: "; " }}.{% else %}Let me suggest what we can do instead.{% endif %}
                """,
            enBrief: """
                {% if cannot.size > 0 %}We cannot do this: {{ cannot | join: "; " }}.{% else %}We cannot do this.{% endif %}
                {% if can.size > 0 %}Instead we can: {{ can | join: "; " }}.{% endif %}
                """,
            sieWarm: """
                Danke für Ihre Anfrage; ich verstehe, warum Ihnen das wichtig ist.
                {% if cannot.size > 0 %}Was wir leider nicht leisten können: {{ cannot | join: "; " }}{% else %}Das können wir leider nicht leisten{% endif %}.{% if card.constraints.size > 0 %} Der Grund: {{ card.constraints | join: "; " }}.{% endif %}
                {% if can.size > 0 %}Was wir stattdessen tun können: {{ can | join: "; " }}.{% else %}Gern schlage ich Ihnen vor, was wir stattdessen tun können.{% endif %}
                """,
            sieBrief: """
                {% if cannot.size > 0 %}Das können wir leider nicht leisten: {{ cannot | join: "; " }}.{% else %}Das können wir leider nicht leisten.{% endif %}
                {% if can.size > 0 %}Stattdessen können wir: {{ can | join: "; " }}.{% endif %}
                """,
            duWarm: """
                Danke für deine Anfrage; ich verstehe, warum dir das wichtig ist.
                {% if cannot.size > 0 %}Was wir leider nicht leisten können: {{ cannot | join: "; " }}{% else %}Das können wir leider nicht leisten{% endif %}.{% if card.constraints.size > 0 %} Der Grund: {{ card.constraints | join: "; " }}.{% endif %}
                {% if can.size > 0 %}Was wir stattdessen tun können: {{ can | join: "; " }}.{% else %}Gern schlage ich dir vor, was wir stattdessen tun können.{% endif %}
                """,
            duBrief: """
                {% if cannot.size > 0 %}Das können wir leider nicht leisten: {{ cannot | join: "; " }}.{% else %}Das können wir leider nicht leisten.{% endif %}
                {% if can.size > 0 %}Stattdessen können wir: {{ can | join: "; " }}.{% endif %}
                """),

        Define(
            "escalation-handover",
            new("Übergabe bei Eskalation", "Escalation hand-over"),
            new("Übergibt an eine Kollegin oder einen Kollegen, ohne dass der Kunde alles neu erklären muss.",
                "Hands over to a colleague without the client having to explain everything again."),
            enWarm: "I want you to get the best possible help, so I have asked {{ handover.name | default: 'a colleague' }}{% if handover.role %} ({{ handover.role }}){% endif %} to take this over. I have briefed them fully, so you do not need to explain anything again. You will hear from them{% if next_block %} by {{ next_block }}{% else %} shortly{% endif %}, and I stay in the loop.",
            enBrief: "{{ handover.name | default: 'A colleague' }}{% if handover.role %} ({{ handover.role }}){% endif %} is taking this over, fully briefed. You will hear from them{% if next_block %} by {{ next_block }}{% endif %}; I stay in the loop.",
            sieWarm: "Damit Sie die bestmögliche Unterstützung bekommen, übernimmt {{ handover.name | default: 'eine Kollegin oder ein Kollege' }}{% if handover.role %} ({{ handover.role }}){% endif %} das Thema. Ich habe alles ausführlich übergeben, Sie müssen also nichts noch einmal erklären. Sie bekommen {% if next_block %}bis {{ next_block }}, {% else %}in Kürze {% endif %}eine erste Nachricht, und ich bleibe auf dem Laufenden.",
            sieBrief: "{{ handover.name | default: 'Eine Kollegin oder ein Kollege' }}{% if handover.role %} ({{ handover.role }}){% endif %} übernimmt das Thema, vollständig informiert. Sie bekommen {% if next_block %}bis {{ next_block }}, {% endif %}eine erste Nachricht; ich bleibe auf dem Laufenden.",
            duWarm: "Damit du die bestmögliche Unterstützung bekommst, übernimmt {{ handover.name | default: 'eine Kollegin oder ein Kollege' }}{% if handover.role %} ({{ handover.role }}){% endif %} das Thema. Ich habe alles ausführlich übergeben, du musst also nichts noch einmal erklären. Du bekommst {% if next_block %}bis {{ next_block }}, {% else %}in Kürze {% endif %}eine erste Nachricht, und ich bleibe auf dem Laufenden.",
            duBrief: "{{ handover.name | default: 'Eine Kollegin oder ein Kollege' }}{% if handover.role %} ({{ handover.role }}){% endif %} übernimmt das Thema, vollständig informiert. Du bekommst {% if next_block %}bis {{ next_block }}, {% endif %}eine erste Nachricht; ich bleibe auf dem Laufenden."),

        Define(
            "status-update",
            new("Zwischenstand", "Status update"),
            new("Hält den Kunden auf dem Laufenden, auch wenn es wenig Neues gibt: Schweigen wirkt wie Desinteresse.",
                "Keeps the client informed even when there is little progress: silence reads as neglect."),
            enWarm: "A short update, even though there is not much news yet: {{ progress | default: 'we are still working on it' }}.{% if revised_date %} We are still on track for {{ revised_date }}.{% endif %} I will update you again {% if next_block %}by {{ next_block }}{% elsif card.response_time %}{{ card.response_time }}{% else %}in my next scheduled update{% endif %}, even if nothing has changed.",
            enBrief: "Update: {{ progress | default: 'still in progress' }}.{% if revised_date %} Still on track for {{ revised_date }}.{% endif %}{% if next_block %} Next update by {{ next_block }}.{% endif %}",
            sieWarm: "Ein kurzer Zwischenstand, auch wenn es noch nicht viel Neues gibt: {{ progress | default: 'wir arbeiten weiter daran' }}.{% if revised_date %} Der Termin am {{ revised_date }}, steht weiterhin.{% endif %} Ich melde mich wieder {% if next_block %}bis {{ next_block }}{% elsif card.response_time %}{{ card.response_time }}{% else %}mit dem nächsten Zwischenstand{% endif %}, auch wenn sich nichts geändert hat.",
            sieBrief: "Zwischenstand: {{ progress | default: 'wir arbeiten weiter daran' }}.{% if revised_date %} Termin weiterhin: {{ revised_date }}.{% endif %}{% if next_block %} Nächstes Update bis {{ next_block }}.{% endif %}",
            duWarm: "Ein kurzer Zwischenstand, auch wenn es noch nicht viel Neues gibt: {{ progress | default: 'wir arbeiten weiter daran' }}.{% if revised_date %} Der Termin am {{ revised_date }}, steht weiterhin.{% endif %} Ich melde mich wieder {% if next_block %}bis {{ next_block }}{% elsif card.response_time %}{{ card.response_time }}{% else %}mit dem nächsten Zwischenstand{% endif %}, auch wenn sich nichts geändert hat.",
            duBrief: "Zwischenstand: {{ progress | default: 'wir arbeiten weiter daran' }}.{% if revised_date %} Termin weiterhin: {{ revised_date }}.{% endif %}{% if next_block %} Nächstes Update bis {{ next_block }}.{% endif %}"),

        Define(
            "satisfaction-check",
            new("Zufriedenheit prüfen", "Satisfaction check"),
            new("Fragt nach der Lösung nach, ob wirklich alles passt.", "Checks after a fix that the client is really satisfied."),
            enWarm: "{% if fixed %}We have fixed this: {{ fixed }}.{% else %}The fix is now in place.{% endif %} Does everything work for you as expected? If anything is still not right, just reply to this email and I will look at it{% if next_block %} on {{ next_block }}{% else %} straight away{% endif %}.",
            enBrief: "{% if fixed %}Fixed: {{ fixed }}.{% else %}The fix is in place.{% endif %} Does everything work for you now?",
            sieWarm: "{% if fixed %}Wir haben Folgendes behoben: {{ fixed }}.{% else %}Die Korrektur ist jetzt umgesetzt.{% endif %} Funktioniert jetzt alles so, wie Sie es erwarten? Falls noch etwas nicht stimmt, antworten Sie einfach auf diese E-Mail, dann schaue ich es mir {% if next_block %}am {{ next_block }}, {% else %}direkt {% endif %}an.",
            sieBrief: "{% if fixed %}Behoben: {{ fixed }}.{% else %}Die Korrektur ist umgesetzt.{% endif %} Passt jetzt alles für Sie?",
            duWarm: "{% if fixed %}Wir haben Folgendes behoben: {{ fixed }}.{% else %}Die Korrektur ist jetzt umgesetzt.{% endif %} Funktioniert jetzt alles so, wie du es erwartest? Falls noch etwas nicht stimmt, antworte einfach auf diese E-Mail, dann schaue ich es mir {% if next_block %}am {{ next_block }}, {% else %}direkt {% endif %}an.",
            duBrief: "{% if fixed %}Behoben: {{ fixed }}.{% else %}Die Korrektur ist umgesetzt.{% endif %} Passt jetzt alles für dich?"),
    ];

    private static Snippet Define(
        string id,
        LocalizedText title,
        LocalizedText description,
        string enWarm,
        string enBrief,
        string sieWarm,
        string sieBrief,
        string duWarm,
        string duBrief) =>
        new(
            id,
            title,
            description,
            [
                new(ThreadLanguage.En, null, SnippetTone.Warm, enWarm),
                new(ThreadLanguage.En, null, SnippetTone.Brief, enBrief),
                new(ThreadLanguage.De, AddressForm.Sie, SnippetTone.Warm, sieWarm),
                new(ThreadLanguage.De, AddressForm.Sie, SnippetTone.Brief, sieBrief),
                new(ThreadLanguage.De, AddressForm.Du, SnippetTone.Warm, duWarm),
                new(ThreadLanguage.De, AddressForm.Du, SnippetTone.Brief, duBrief),
            ],
            IsBuiltIn: true);
}
