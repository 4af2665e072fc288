using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Coach;

/// <summary>A phrase pattern and what to write instead; not a match right after one of <paramref name="NotAfter"/> ("ab sofort" is "from now on", not a promise).</summary>
internal sealed record Phrase(string Pattern, string Suggestion, params string[] NotAfter);

/// <summary>
/// All phrases of one kind and language, scanned with a single NonBacktracking regex (linear time
/// on any input). The matching entry, for its suggestion, is found afterwards on the short match.
/// </summary>
internal sealed class PhraseSet
{
    internal const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private readonly Regex _all;
    private readonly (Regex Regex, Phrase Phrase)[] _entries;

    public PhraseSet(CoachFindingKind kind, ThreadLanguage language, string reason, IEnumerable<Phrase> phrases, RegexOptions options = Options)
    {
        Kind = kind;
        Language = language;
        Reason = reason;
        var list = phrases.ToList();
        _entries = list.Select(p => (new Regex(@"\b(?:" + p.Pattern + @")\b", options), p)).ToArray();
        _all = new Regex(@"\b(?:" + string.Join("|", list.Select(p => "(?:" + p.Pattern + ")")) + @")\b", options);
    }

    public CoachFindingKind Kind { get; }

    public ThreadLanguage Language { get; }

    public string Reason { get; }

    public List<CoachFinding> Find(string text)
    {
        var findings = new List<CoachFinding>();
        foreach (var match in _all.EnumerateMatches(text))
        {
            var found = text.Substring(match.Index, match.Length);
            var phrase = _entries.FirstOrDefault(e => e.Regex.IsMatch(found)).Phrase ?? _entries[0].Phrase;
            if (!FollowsExcluded(text, match.Index, phrase.NotAfter))
            {
                findings.Add(new CoachFinding(Kind, found, match.Index, match.Length, Reason, phrase.Suggestion));
            }
        }

        return findings;
    }

    private static bool FollowsExcluded(string text, int index, string[] notAfter)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        foreach (var word in notAfter)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                && (before.Length == word.Length || !char.IsLetter(before[before.Length - word.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Our phrase lists (German and English) for the kinds that are found by wording.</summary>
internal static class PhraseCatalog
{
    public static IReadOnlyList<PhraseSet> Sets { get; } =
    [
        new(CoachFindingKind.Blame, ThreadLanguage.En, "This assigns blame. A client who feels accused defends themselves instead of solving the problem with you.",
        [
            new(@"you (?:never|always|failed to|forgot to|didn'?t|did not|should have|should'?ve|were supposed to|ignored|missed)", "Say what happened and what comes next, without \"you\": \"The files arrived on Tuesday, so ...\""),
            new(@"your (?:fault|mistake|error|own fault)", "Leave fault out and describe the fix: \"Here is how we put this right.\""),
            new(@"(?:because|since|as) (?:you|your team|your colleagues) (?:didn'?t|did not|never|failed|changed|missed|forgot|only)|because (?:you|your team|your colleagues) sent", "State the fact neutrally: \"The data arrived later than planned, so ...\""),
            new(@"if you had|had you (?:read|sent|told|checked|answered)", "Look forward instead: \"From now on, let us ...\""),
            new(@"not our (?:fault|problem|responsibility)|nothing to do with us", "Say what you can do about it, whoever caused it."),
            new(@"(?:delay|problem|issue|error|mistake)s? (?:was|is|were|lies|lay) (?:clearly |entirely )?(?:on your (?:side|end)|with you|caused by you)", "Describe the cause as a fact and move on to the solution."),
        ]),
        new(CoachFindingKind.Blame, ThreadLanguage.De, "Das ist eine Schuldzuweisung. Wer sich angegriffen fühlt, verteidigt sich, statt mit Ihnen das Problem zu lösen.",
        [
            new(@"(?:Sie|du) (?:haben|hast) (?:es |uns |mir )?(?:versäumt|vergessen|ignoriert|übersehen|nie|niemals|schon wieder nicht|wieder nicht)", "Beschreiben Sie den Sachverhalt ohne „Sie haben“: „Die Unterlagen kamen am Dienstag, deshalb …“"),
            new(@"(?:Sie|du) hätte(?:n|st) (?:[\p{L}-]+ ){0,6}(?:müssen|sollen)", "Blicken Sie nach vorn: „Damit es künftig klappt, schlage ich vor …“"),
            new(@"hätten Sie (?:[\p{L}-]+ ){0,4}(?:rechtzeitig|früher|richtig|genau|vollständig)|hättest du (?:[\p{L}-]+ ){0,4}(?:rechtzeitig|früher|richtig|genau|vollständig)", "Blicken Sie nach vorn: „Damit es künftig klappt, schlage ich vor …“"),
            new(@"(?:Ihr|Ihre|Ihren|dein|deine|deinen|euer|eure) (?:eigener |eigene )?(?:Fehler|Schuld|Versäumnis)", "Lassen Sie die Schuldfrage weg und nennen Sie die Lösung."),
            new(@"(?:weil|da|nachdem) (?:Sie|du|Ihr Team|dein Team|Ihre Kollegen|deine Kollegen) (?:[\p{L}-]+ ){0,6}(?:nicht|nie|zu spät|erst|versäumt|vergessen)", "Nennen Sie die Tatsache neutral: „Die Daten kamen später als geplant, deshalb …“"),
            new(@"nicht unser(?:e)? (?:Fehler|Schuld|Problem|Verantwortung)", "Sagen Sie, was Sie tun können, egal wer es verursacht hat."),
            new(@"(?:Fehler|Problem|Verzögerung|Ursache|Schuld) (?:lag|liegt|war) (?:[\p{L}-]+ ){0,2}(?:auf Ihrer Seite|auf deiner Seite|bei Ihnen|bei dir|bei euch)", "Beschreiben Sie die Ursache als Tatsache und gehen Sie zur Lösung über."),
        ]),
        new(CoachFindingKind.PassiveAggressive, ThreadLanguage.En, "This reads as passive-aggressive: it points out that the client did not listen.",
        [
            new(@"as per my (?:last|previous|earlier) (?:e-?mail|message|note|reply)|per my (?:last|previous) (?:e-?mail|message)", "Repeat the point in one short sentence, without pointing to earlier emails."),
            new(@"as (?:I|we) (?:have )?(?:already )?(?:said|mentioned|stated|explained|pointed out|wrote|told you)(?: (?:before|previously|earlier|several times|twice|many times|repeatedly))?", "Just say it again, plainly: the client may have missed it."),
            new(@"as (?:previously|already) (?:stated|mentioned|explained|discussed|noted)", "Just say it again, plainly."),
            new(@"for the (?:second|third|fourth|fifth|umpteenth|hundredth|nth) time", "Leave out the count; restate the point once."),
            new(@"as you (?:should|would|must) (?:already )?(?:know|be aware|remember|recall)", "Give the information without judging what the client should know."),
            new(@"(?:just )?to reiterate|I'?m not sure how (?:else|many times)|in case you missed it|not sure (?:if|whether) you (?:saw|read|noticed)", "Restate the point without commenting on the repetition."),
            new(@"please (?:re-?read|read my (?:last|previous)|read (?:[\p{L}']+ ){0,4}again|refer (?:back )?to my)|kindly (?:refer|re-?read)", "Quote the relevant sentence instead of sending the client back to read."),
            new(@"(?:I|we) (?:did|have already|already) (?:explain|explained|mention|mentioned|tell you|told you|point out|pointed out|say|said)", "Explain it again briefly, without reminding the client that you did before."),
        ]),
        new(CoachFindingKind.PassiveAggressive, ThreadLanguage.De, "Das klingt passiv-aggressiv: Es unterstellt, dass der Kunde nicht zugehört hat.",
        [
            new(@"wie (?:bereits|schon) (?:mehrfach |mehrmals |mehrere Male |zweimal |öfter |oft )?(?:erwähnt|gesagt|geschrieben|mitgeteilt|erklärt|besprochen|dargelegt|angemerkt|betont)", "Sagen Sie es einfach noch einmal, kurz und ohne Hinweis auf frühere Nachrichten."),
            new(@"wie (?:ich|wir) (?:Ihnen |dir |euch )?(?:bereits|schon) (?:mehrfach |mehrmals |zweimal )?(?:[\p{L}-]+ ){0,2}(?:geschrieben|gesagt|erklärt|mitgeteilt|erwähnt)", "Sagen Sie es einfach noch einmal, kurz und sachlich."),
            new(@"wie in meiner (?:letzten|vorherigen|gestrigen|ersten) (?:E-Mail|Mail|Nachricht)|siehe (?:meine )?(?:letzte|vorherige) (?:E-Mail|Mail|Nachricht)", "Wiederholen Sie den Punkt in einem Satz, statt auf frühere E-Mails zu verweisen."),
            new(@"zum (?:wiederholten|x-ten|zigsten|dritten|vierten|fünften|hundertsten) Mal", "Lassen Sie die Zählung weg und nennen Sie den Punkt einmal."),
            new(@"wie (?:Sie|du) (?:eigentlich |sicher |ja |doch )?wissen (?:sollten|solltest|müssten|müsstest|dürften)", "Geben Sie die Information, ohne zu bewerten, was der Kunde wissen sollte."),
            new(@"ich wiederhole (?:mich|es)?(?: gern)?(?: noch einmal| nochmal)?|nochmals zur Erinnerung|ich weiß nicht, wie oft", "Nennen Sie den Punkt ohne Kommentar zur Wiederholung."),
            new(@"bitte lesen (?:Sie|du) (?:meine|die) (?:letzte|vorherige|frühere)|(?:lies|lest|lesen Sie) (?:[\p{L}'’]+ ){0,5}(?:nochmal|noch einmal|nochmals|erneut|genau)(?: durch)?", "Zitieren Sie den entscheidenden Satz, statt den Kunden zum Nachlesen zu schicken."),
        ]),
        new(CoachFindingKind.EmptyPromise, ThreadLanguage.En, "This is a promise without a concrete time. If it slips, trust drops further.",
        [
            new(@"asap|a\.s\.a\.p|as soon as (?:possible|we can|I can)", "Name a time you can keep: \"by Thursday 10:00\"."),
            new(@"definitely (?:[\p{L}']+ ){0,3}(?:by )?(?:tomorrow|today|tonight|this week|next week|monday|tuesday|wednesday|thursday|friday)", "Only promise what you control; add what it depends on: \"by Thursday, once the data is in\"."),
            new(@"(?:I|we) (?:promise|guarantee)|guaranteed|100 ?% (?:sure|certain)", "Replace the guarantee with a date and what it depends on."),
            new(@"immediately|right away|in no time|very soon|at once", "Name a time you can keep: \"by 15:00 today\"."),
            new(@"(?:will|shall) never happen again|won'?t (?:ever )?happen again", "Say what you change so it does not recur, instead of promising it never will."),
        ]),
        new(CoachFindingKind.EmptyPromise, ThreadLanguage.De, "Das ist ein Versprechen ohne konkreten Zeitpunkt. Wenn es nicht klappt, sinkt das Vertrauen weiter.",
        [
            new(@"sofort|umgehend|schnellstmöglich|schnellstens|baldmöglichst|so schnell wie möglich|so bald wie möglich|zeitnah|asap", "Nennen Sie einen Zeitpunkt, den Sie halten können: „bis Donnerstag, 10 Uhr“.", "ab"),
            new(@"(?:auf jeden Fall|ganz sicher|definitiv|bestimmt) (?:[\p{L}]+ ){0,3}(?:morgen|heute|bis)", "Versprechen Sie nur, was Sie in der Hand haben, und nennen Sie die Bedingung."),
            new(@"garantiert|(?:ich|wir) garantieren|(?:ich|wir) verspreche(?:n)?|versprochen|hundertprozentig|100 Prozent", "Ersetzen Sie die Garantie durch ein Datum und die Voraussetzung dafür."),
            new(@"(?:kommt|wird) (?:so )?(?:nicht|nie) wieder vor(?:kommen)?|(?:wird|darf) (?:so )?nie wieder (?:passieren|vorkommen)", "Sagen Sie, was Sie ändern, damit es nicht wieder passiert."),
        ]),
        new(CoachFindingKind.Rudeness, ThreadLanguage.En, "This mirrors the client's tone. Stay calm even when the client is not.",
        [
            new(@"ridiculous|absurd|nonsense|stupid|outrageous|pathetic|incompetent|clueless|shut up|calm down|get a grip|frankly,? I'?m tired", "Leave the judgement out and state the facts."),
        ]),
        new(CoachFindingKind.Rudeness, ThreadLanguage.De, "Das spiegelt den Ton des Kunden. Bleiben Sie ruhig, auch wenn der Kunde es nicht ist.",
        [
            new(@"lächerlich|absurd|Unsinn|Quatsch|unverschämt|frech|dreist|inkompetent|Frechheit|Zumutung|beruhigen Sie sich|beruhig dich|reg dich ab|regen Sie sich ab", "Lassen Sie die Wertung weg und bleiben Sie bei den Fakten."),
        ]),
        new(CoachFindingKind.ApologyBut, ThreadLanguage.En, "\"But\" after an apology cancels it: the client hears an excuse.",
        [
            new(@"(?:sorry|apologi[sz]e|apologies|apology)[^.!?\n]{0,150}?\b(?:but|however)|(?:sorry|apologi[sz]e|apologies|apology)[^.!?\n]{0,150}[.!?]\s+(?:but|however)", "End the apology with a full stop. Then give the reason as a fact, or leave it out."),
        ]),
        new(CoachFindingKind.ApologyBut, ThreadLanguage.De, "„Aber“ nach einer Entschuldigung hebt sie auf: Der Kunde hört eine Ausrede.",
        [
            new(@"(?:Entschuldigung|entschuldigen|entschuldige|tut (?:mir|uns) (?:sehr |wirklich |ehrlich )?leid|bedauern|bedaure)[^.!?\n]{0,150}?\b(?:aber|jedoch|allerdings)|(?:Entschuldigung|entschuldigen|entschuldige|tut (?:mir|uns) (?:sehr |wirklich |ehrlich )?leid|bedauern|bedaure)[^.!?\n]{0,150}[.!?]\s+(?:aber|jedoch|allerdings)", "Beenden Sie die Entschuldigung mit einem Punkt. Den Grund nennen Sie danach sachlich, oder gar nicht."),
        ]),
    ];
}
