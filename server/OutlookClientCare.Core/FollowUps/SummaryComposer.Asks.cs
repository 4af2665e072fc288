using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Core.Threads.Analysis;

namespace OutlookClientCare.Core.FollowUps;

// Follow-up summary, one part of SummaryComposer: the client's open points in our words, each with what we will do about it by when.
public static partial class SummaryComposer
{
    /// <summary>
    /// The client's open points, in our words, each with what we will do about it by when: their open
    /// asks, the problems they report in their latest message ("der Button führt auf eine Fehlerseite"),
    /// and what an ultimatum demands ("If the fix isn't live by Thursday, …" → "the fix live by
    /// Thursday"). The threat itself is no point of theirs to agree to.
    /// </summary>
    private static (List<string> Lines, List<SummaryStep> Steps) Asks(
        SituationCard card, List<MessageReading> readings, Dates dated, DateOnly today, bool german, bool du, string userFirst, string clientOwner, List<SummaryStep> commitments)
    {
        var lines = new List<string>();
        var steps = new List<SummaryStep>();
        // Without a date of its own a point is answered today, on a day off the next working day: the user moves it in the
        // preview if that is too soon.
        var fallback = dated.IsWorkday(today) ? today : dated.AddWorkdays(today, 1);
        var lastOurs = readings.FindLastIndex(r => r.Party == Party.Us);
        var points = new List<(MessageReading Reading, SentenceReading Sentence, string Text, DateOnly? Due)>();
        var problems = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<int>();

        // A question of the client's that our last reply passed over is still theirs to have answered.
        foreach (var (reading, sentence) in Unanswered(readings, lastOurs))
        {
            // "Tom asked again about the phones on the 19th – please let us know": Tom's question, answered today.
            points.Add(AskedAgain().Match(Phrasing.Clean(sentence.Sentence.Text)) is { Success: true } again
                ? (reading, sentence, $"{again.Groups["who"].Value}{(german ? "s Frage " : "'s question ")}{again.Groups["what"].Value.TrimEnd('.', '!', ' ')}", today)
                : RequestAfterYes().Match(sentence.Sentence.Text) is { Success: true } afterYes && Accepts(sentence)
                ? (reading, sentence, afterYes.Groups["request"].Value.TrimEnd('.', '!'), null)
                : (reading, sentence, sentence.Sentence.Text, null));
        }

        // A condition the client set when they accepted stays open until it is met ("… erteilen Ihnen den Auftrag – vorausgesetzt,
        // die Arbeiten sind bis zum 15. Januar abgeschlossen"), even after our reply.
        var previousOurs = lastOurs <= 0 ? -1 : readings.FindLastIndex(lastOurs - 1, r => r.Party == Party.Us);
        foreach (var reading in readings.Skip(previousOurs + 1).Take(Math.Max(0, lastOurs - previousOurs - 1)).Where(r => r.Party == Party.Client))
        {
            foreach (var sentence in reading.Sentences.Where(s => s.Signals == 0))
            {
                if (AcceptedOnCondition(reading, sentence, dated, today) is { } onCondition)
                {
                    points.Add((reading, sentence, onCondition.Text, onCondition.Due));
                }
            }
        }

        // Only what we have not answered yet: points we answered are in our commitments already.
        foreach (var reading in readings.Skip(lastOurs + 1).Where(r => r.Party == Party.Client))
        {
            var underDemand = false;
            DateOnly? demandDue = null;
            foreach (var sentence in reading.Sentences)
            {
                var text = sentence.Sentence.Text;
                // "Andernfalls kündigen wir", "our lawyer", "a review on Google", "If it isn't live by Thursday, we will withhold payment":
                // a threat. A refund or credit they expect ("Für November erwarten wir eine Gutschrift") or a final deadline without an
                // "if" is what they ask, and a point like any other.
                var threat = (sentence.Signals & ThreatCues) != 0 || ((sentence.Signals & ~(1 << (int)Cue.Manager)) != 0 && ConditionClause().IsMatch(text));

                // "1. I want a written account of how this happened. By Wednesday, please.": the date is the point's before it.
                if (points.Count > 0 && points[^1].Reading == reading && DeadlineOnly(reading, sentence, dated) is { } fragmentDue)
                {
                    points[^1] = points[^1] with { Due = fragmentDue < today ? today : fragmentDue };
                    continue;
                }

                // "Ich erwarte von Ihnen: 1. dass der Checkout … 2. …": each point of the list is an ask, the heading is none.
                var listed = ListItem().IsMatch(text);
                var at = reading.Sentences.IndexOf(sentence);
                var listFollows = at + 1 < reading.Sentences.Count && ListItem().IsMatch(reading.Sentences[at + 1].Sentence.Text);

                // "Herr Dr. Mahler und ich haben uns abgestimmt: – … – …": a list the client heads is the list of their points too.
                if (text.EndsWith(':') && (sentence.IsAsk || sentence.HasRequestCue || listFollows))
                {
                    // "Ich erwarte bis spätestens Mittwoch, 9.12., 12:00 Uhr: 1. … 2. …": the heading's deadline dates each point.
                    underDemand = true;
                    demandDue = dated.In(reading, sentence).Where(d => d.IsDeadline).Select(d => (DateOnly?)(d.Date < today ? today : d.Date)).Max();
                    continue;
                }

                // A line between two points ("Am Donnerstag überträgt ein Mieter …") explains the point before; the list goes on after it.
                underDemand &= listed || listFollows;
                if (underDemand && !listed)
                {
                    continue;
                }

                if (underDemand)
                {
                    // "Welche Tage passen: – Di, 19.1. – Do, 14.1.": dates on offer are no points of their own.
                    if (WithoutDateTexts(ListItem().Replace(text, ""), dated.In(reading, sentence)).Count(char.IsLetter) < 4)
                    {
                        continue;
                    }

                    points.Add((reading, sentence, DemandLead().Replace(Phrasing.Clean(text), "").TrimEnd(',', ';', '.'), demandDue));
                    continue;
                }

                if (points.Count > 0 && points[^1].Reading == reading && sentence.Sentence.IsQuestion && Matches(IfNot(), text))
                {
                    // "Does that still leave you enough time? If not, what's the new date?": one question.
                    points[^1] = points[^1] with { Text = $"{points[^1].Text} {text}" };
                }
                else if (!threat && AcceptedOnCondition(reading, sentence, dated, today) is { } onCondition)
                {
                    points.Add((reading, sentence, onCondition.Text, onCondition.Due));
                }
                else if (!threat && sentence.IsAsk && !sentence.Sentence.IsQuestion && RatherThan().Match(text) is { Success: true } rather)
                {
                    // "Ich möchte nicht telefonieren, sondern eine schriftliche Antwort": what they want instead is the point.
                    points.Add((reading, sentence, Capital(rather.Groups["want"].Value.TrimEnd('.', '!')), null));
                }
                else if (!threat && Accepts(sentence) && RequestAfterYes().Match(text) is { Success: true } afterYes)
                {
                    // "15% for a second hire works for us – please put that in an updated terms letter": the yes is agreed, the request open.
                    points.Add((reading, sentence, afterYes.Groups["request"].Value.TrimEnd('.', '!'), null));
                }
                else if (!threat && ConditionClause().Match(text) is { Success: true } ifNot && Matches(NegationWord(), ifNot.Groups["clause"].Value)
                    && Condition(text, dated.In(reading, sentence)) is { } demanded)
                {
                    // "Let me be clear: if online booking isn't working by Wednesday, we're switching it off": what they demand by then.
                    points.Add((reading, sentence, demanded, null));
                }
                else if (card.Asks.Any(a => a.IsOpen && a.MessageId == reading.Message.Id && a.Text == text) && !threat && !Matches(OwnWish(), text))
                {
                    points.Add((reading, sentence, text, null));
                }
                else if (!threat && !sentence.Sentence.IsQuestion && (Matches(Need(), text) || Matches(WantYouTo(), text)) && !Matches(PastTense(), text))
                {
                    // "Außerdem benötigt unser Einkauf eine Auftragsbestätigung mit unserer Bestellnummer": what they need from us.
                    points.Add((reading, sentence, text, null));
                }
                else if (!threat && !sentence.Sentence.IsQuestion && TakenForGranted().Match(text) is { Success: true } granted)
                {
                    // "Ich gehe davon aus, dass Sie uns die Anfahrt nicht berechnen": what they take for granted is what they ask.
                    points.Add((reading, sentence, Capital(granted.Groups["what"].Value.Trim().TrimEnd('.', '!')), null));
                }
                else if (!threat && german && WantsBack().Match(text) is { Success: true } back)
                {
                    // "Den Aufpreis fürs Gegenlesen will ich zurück": the money back.
                    points.Add((reading, sentence, $"{back.Groups["back"].Value} zurückerstatten", null));
                }
                else if (!threat && !sentence.Sentence.IsQuestion && Matches(TheirCondition(), text) && !Matches(PastTense(), text))
                {
                    // "Also, the hives need to be off the orchard before we start the spray on Monday 14th": a condition on our work.
                    points.Add((reading, sentence, text, null));
                }
                else if (!threat && ConditionLead().Match(text) is { Success: true } lead && text.Length - lead.Length > 12)
                {
                    // "Einzige Bedingung: Die Flyer müssen spätestens am Mittwoch, 9.12., bei uns sein."
                    points.Add((reading, sentence, text[lead.Length..], null));
                }
                else if (!threat && ExpectIf().Match(text) is { Success: true } expect && Condition(text[expect.Index..], dated.In(reading, sentence)) is { } expected)
                {
                    var demand = expect.Groups["demand"].Value.TrimEnd('.', '!');
                    if (ConditionClause().Match(text[expect.Index..]) is { Success: true } clause && !Matches(NegationWord(), clause.Groups["clause"].Value))
                    {
                        // "If it starts dropping needles before the open evening, we'd expect you to replace it at no charge": the
                        // demand on that condition; that the tree drops needles is nothing they want.
                        points.Add((reading, sentence, $"{demand}{(german ? "," : "")} {Phrasing.Lower(text[expect.Index..(expect.Index + clause.Length - 1)])}", null));
                    }
                    else
                    {
                        // "If it isn't here by the 22nd, I expect you to cover rental furniture": what they want by then, and what they
                        // expect from us if not; neither is agreed.
                        points.Add((reading, sentence, expected, null));
                        points.Add((reading, sentence, demand, null));
                    }
                }
                else if (!threat && !sentence.Sentence.IsQuestion && Matches(Correction(), text))
                {
                    // "At the moment the plan shows 8 normal seats there; it should be 4 wheelchair spaces": a correction to make.
                    points.Add((reading, sentence, text.TrimEnd('.', '!'), null));
                }
                else if (!threat && RelayedRequest().Match(text) is { Success: true } relayed)
                {
                    // "Frau Steiner bittet, die Rechnung an buchhaltung@… zu schicken und nicht an mich": their colleague's request.
                    points.Add((reading, sentence, relayed.Groups["what"].Value.TrimEnd('.', '!'), null));
                }
                else if (QuestionTopic().Match(text) is { Success: true } topic)
                {
                    // "Und meine Frage zu den Weihnachtsgutscheinen ist leider noch offen": the question, to be answered.
                    points.Add((reading, sentence, topic.Groups["question"].Value, null));
                }
                else if (WantToKnow().Match(text) is { Success: true } wantToKnow)
                {
                    // "I want to know who, by name, is doing the repair work": a question put as a statement.
                    points.Add((reading, sentence, Capital(wantToKnow.Groups["question"].Value.Trim()), null));
                }
                else if (!threat && german && !sentence.Sentence.IsQuestion && GermanWishFor().Match(text) is { Success: true } wish)
                {
                    // "Bis Freitag will ich außerdem das Protokoll haben": the protocol, by Friday; "Außerdem hätte ich …" leads nothing.
                    var by = wish.Groups["lead"].Value.Trim() is var wishLead && DeadlineLead().IsMatch(wishLead) ? $" {Phrasing.Lower(wishLead)}" : "";
                    var wishDue = by.Length == 0 ? null : dated.In(reading, sentence).Where(d => d.IsDeadline && d.Date >= today).Select(d => (DateOnly?)d.Date).Min();
                    points.Add((reading, sentence, Capital($"{wish.Groups["what"].Value}{wish.Groups["rest"].Value.TrimEnd()}{by}"), wishDue));
                }
                else if (!sentence.Sentence.IsQuestion && Matches(QuestionReminder(), text) && EarlierQuestion(readings, reading, text) is { } earlier)
                {
                    // "And still no word on the timer for the garland lights": the question they asked before, asked again.
                    points.Add((earlier.Reading, earlier.Sentence, earlier.Sentence.Sentence.Text, null));
                }
                else if (!threat && !sentence.Sentence.IsQuestion && Matches(StillOutstanding(), text) && !Matches(FixedConfirmation(), text) && !ConditionClause().IsMatch(text))
                {
                    // "Still waiting on that prop polish price though", "Die Aufstellung für die Versicherung ist bei mir noch nicht
                    // angekommen": what they chase is open, whether we find where they first asked or not.
                    points.Add((reading, sentence, text, null));
                }
                else if (Refusals(text, german) is { Count: > 0 } refusals)
                {
                    // "Die Stunden von heute zahle ich nicht, und die Pauschale gibt's erst, wenn alles läuft": two claims to answer.
                    points.AddRange(refusals.Select(r => (reading, sentence, r, (DateOnly?)null)));
                }
                else if (threat && Condition(text, dated.In(reading, sentence)) is { } condition)
                {
                    points.Add((reading, sentence, condition, null));
                }
                else if (IsProblem(sentence))
                {
                    // "… immer noch eine schmale Spalte, und der Button führt auf eine Fehlerseite": two points.
                    // "Die Bilder sind jetzt drin – aber in Outlook ist es immer noch eine schmale Spalte": what works is no point.
                    // "Jetzt laufen drei Rechner, aber der Drucker nicht": only the part that names a fault is a point.
                    var parts = CompoundSplit().Split(text);
                    foreach (var part in parts.Where(p => p.Trim().Length > 12 && !Matches(FixedConfirmation(), p) && !(Matches(Working(), p) && !Matches(Negation(), p) && !Matches(Fault(), p))))
                    {
                        // "Friday's status never arrived": a grievance, not a fault to fix; we come back to it.
                        if (sentence.Issues[MainIssue.Quality - MainIssue.Delay] < 1 && !Matches(Fault(), part))
                        {
                            problems.Add(part.Trim());
                        }

                        points.Add((reading, sentence, part.Trim(), null));
                        reported.Add(points.Count - 1);
                    }
                }
            }
        }

        // "Here is what I need: 1. … 2. …": a client who lists what they need has said what the points are; the complaints around
        // the list are heard, not each answered with a promise.
        // A line right after a point explains it ("2. The piece still shows £38. That needs to be corrected today") and stays.
        var listing = points.Where(p => ListItem().IsMatch(p.Sentence.Sentence.Text)).Select(p => p.Reading).ToHashSet();
        for (var i = points.Count - 1; i >= 0; i--)
        {
            var (reading, sentence, _, _) = points[i];
            var at = reading.Sentences.IndexOf(sentence);
            if (reported.Contains(i) && listing.Contains(reading) && !ListItem().IsMatch(sentence.Sentence.Text)
                && !(at > 0 && ListItem().IsMatch(reading.Sentences[at - 1].Sentence.Text)))
            {
                points.RemoveAt(i);
            }
        }

        string? previousReferent = null;
        foreach (var (reading, sentence, point, conditionDue) in points)
        {
            var dates = dated.In(reading, sentence);

            // "Damit ich die Einladung an die Teamleitungen verschicken kann, bräuchte ich eine Agenda": the purpose is their next step.
            var raw = point;
            if (ClientsPurpose().Match(point) is { Success: true } purpose)
            {
                steps.Add(new SummaryStep(Capital(purpose.Groups["what"].Value.Trim()), clientOwner, null) { ByClient = true });
                raw = purpose.Groups["rest"].Value;
            }

            // A deadline of theirs that has passed is not repeated as if it were still ahead.
            // "by 4 PM" on the day of what was agreed is a time, not a passed date.
            var passed = dates.Where(d => d.Date < today && !IsReference(raw, d.Text) && !TimeOnly().IsMatch(d.Text) && raw.Contains(d.Text, StringComparison.Ordinal)).Select(d => d.Text).ToList();
            var reminded = Matches(AskedAgain(), Phrasing.Clean(sentence.Sentence.Text));
            var question = (sentence.Sentence.IsQuestion && !sentence.HasRequestCue) || reminded;
            var phrased = question
                ? Phrasing.Clean(raw).TrimEnd('?')
                : Absolute(Phrasing.Ask(raw, german, keepDates: passed.Count == 0, dateTexts: passed, du: du), dates, german);
            if (phrased is null)
            {
                continue;
            }

            // "Bis Donnerstag, 3.12., eine Agenda für den Tag": the date stands beside the line, so it does not lead it.
            var lead = dates.Find(d => d.IsDeadline && d.Date >= today && phrased.StartsWith(d.Text, StringComparison.OrdinalIgnoreCase));
            if (lead.Text is { Length: > 0 } && phrased[lead.Text.Length..].TrimStart(' ', ',').Count(char.IsLetter) > 8)
            {
                phrased = Capital(phrased[lead.Text.Length..].TrimStart(' ', ','));
            }

            // "Sollte die Anbindung … nicht laufen": the thread calls it "Scan-Anbindung".
            phrased = WithCompounds(phrased, readings);

            // "Daniel, it's 6:45am on Black Friday and BF25 still doesn't apply …": the name the client calls us by is no part of the point.
            if (phrased.StartsWith(userFirst + ", ", StringComparison.Ordinal) && phrased.Length > userFirst.Length + 14)
            {
                phrased = Capital(phrased[(userFirst.Length + 2)..]);
            }

            // "Could you have someone look at it?": what "it" is stands in an earlier sentence of the message.
            // "Let's go ahead with the on-site training. Would Wednesday January 6 or Thursday January 7 work?": dates on offer
            // are about the sentence before them, and we answer which one before either comes.
            var slotChoice = question && dates.Count >= 2 && ContentWords(WithoutDateTexts(phrased, dates)).Count == 0;
            var referent = slotChoice && reading.Sentences.IndexOf(sentence) is > 0 and var index && reading.Sentences[index - 1] is { Sentence.IsQuestion: false } before
                ? Phrasing.Clean(before.Sentence.Text).TrimEnd('.', ':', '!')
                : NeedsReferent(phrased) && Referent(reading, sentence) is { } pointedTo
                ? Phrasing.Ask(pointedTo, german, keepDates: true, du: du) ?? pointedTo
                : null;
            // "…: Get this sorted by December 4th", "…: Das kurzfristig ansehen": a bare "fix it" says nothing that the line's
            // "– on it by …" does not; the point is what it points to.
            var justFixIt = referent is not null && JustFixIt().IsMatch(WithoutDateTexts(phrased, dates).Trim());
            var what = referent is null ? phrased
                : justFixIt ? Capital(referent)
                : $"{referent}: {phrased}";

            // "… ob jemand die Seiten prüft. Können Sie das bis Freitag klären?": the point it points to is a line already.
            if (justFixIt && lines.Exists(l => l.StartsWith(what + " – ", StringComparison.Ordinal)))
            {
                continue;
            }

            // "By Wednesday." on its own, "Den Wagen täglich": a fragment with fewer than two words besides its dates is no point of its own.
            if (WithoutDateTexts(what, dates).Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) < 3)
            {
                continue;
            }

            // "Das Formular geht immer noch nicht" after "Über das Kontaktformular kommen keine Anfragen mehr an": the same problem, reminded.
            if (Matches(Fault(), raw) && Matches(StillSo(), raw) && lines.Exists(l => SharesMatterWord(l, what)))
            {
                continue;
            }

            // "My agents can't send clients to a site with wrong prices" after "three of the featured listings show last month's
            // prices": what the problem before costs them, no point of its own.
            if (!question && lines.Count > 0 && Matches(CannotBecause(), raw) && !Matches(MoneyClaim(), raw) && !sentence.IsAsk && !sentence.HasRequestCue && SharesMatterWord(lines[^1], what))
            {
                continue;
            }

            var step = what;
            var similar = lines.FindIndex(l => Similar(l, what) && !(referent is not null && l.StartsWith(referent, StringComparison.Ordinal)));
            if (similar >= 0 && referent is not null && Matches(Whether(), phrased) && !Similar(lines[similar], phrased) && Similar(lines[similar], referent))
            {
                // "… der 1.12. ist nächste Woche Dienstag, und wir haben dafür extra Flyer drucken lassen. Könntest du mir Bescheid geben,
                // ob das klappt?": the sentence the question asks about was taken for a point of its own; the question is the point.
                // ("… loads slowly. Can we get this sorted by the 4th?" asks for the fix: that point stays.)
                var taken = lines[similar];
                lines.RemoveAt(similar);
                steps.RemoveAll(s => taken.StartsWith(s.What + " – ", StringComparison.Ordinal) || taken.StartsWith(s.What + "? – ", StringComparison.Ordinal));
            }
            else if (similar >= 0)
            {
                continue;
            }

            // Nothing past is presented as future: a date the client asked for that has passed means today.
            // "bis Dienstag" is the date they asked for; without one, a date of theirs still ahead ("dass morgen früh alles läuft").
            // … its own: "15% before the end of March works for us – please put that in a letter" asks for the letter now.
            var deadlines = dates.Where(d => d.IsDeadline && (raw == sentence.Sentence.Text || raw.Contains(d.Text, StringComparison.Ordinal))).ToList();
            var wanted = Accepts(sentence) || slotChoice ? [] : dates.Where(d => d.Date >= today && raw.Contains(d.Text, StringComparison.Ordinal) && !IsReference(raw, d.Text)).ToList();
            var asked = deadlines.Count > 0 ? deadlines.Max(d => d.Date) : wanted.Count > 0 ? wanted.Max(d => d.Date) : (DateOnly?)null;
            // A point's own deadline wins; a date it only mentions ("bei der Nachprüfung im Januar") does not beat its heading's.
            var due = asked is { } date && (conditionDue is null || deadlines.Count > 0) ? (date < today ? fallback : date) : conditionDue ?? MessageDeadline(reading, dated, today) ?? fallback;
            var match = commitments.FirstOrDefault(c => Similar(c.What, step));
            if (match?.Due is { } promised)
            {
                due = promised;
            }

            // A claim for money is answered, never promised in passing: "Ersatz des Umsatzes – Antwort bis …".
            // A problem the client reports is looked into: "Friday's status never arrived – I'll come back to you on this by …".
            var answer = question || Matches(MoneyClaim(), raw) || Matches(QuestionTopic(), sentence.Sentence.Text);
            var problem = problems.Contains(point);
            // "A reply within a day or two is the minimum I expect": a standard to keep, not a task to finish by a date.
            var standard = !question && Matches(Standard(), raw);

            // Two points about the same thing ("Heute Nacht kam noch einmal eine doppelte Bestätigung …: War die Korrektur da schon drin?
            // Und sagen Sie mir kurz, ob ich weiter damit rechnen muss"): one line that names the thing once and answers both.
            // A numbered point stays a point of its own.
            if (referent is not null && referent == previousReferent && (question || Matches(Whether(), phrased)) && !ListItem().IsMatch(sentence.Sentence.Text)
                && lines.Count > 0 && lines[^1].LastIndexOf(" – ", StringComparison.Ordinal) is > 0 and var tail)
            {
                var said = lines[^1][..tail];
                lines[^1] = $"{said}{(said.EndsWith('?') ? "" : ".")} {Phrasing.Capital(phrased)}{(question && !reminded ? "?" : "")}{lines[^1][tail..]}";
            }
            else if (standard)
            {
                lines.Add(german
                    ? $"{what} – {(du ? "darauf kannst du dich ab jetzt verlassen" : "darauf können Sie sich ab jetzt verlassen")}"
                    : $"{what} – you can count on that from now on");
            }
            else
            {
                lines.Add(german
                    ? $"{what}{(question && !reminded ? "?" : "")} – {(problem ? "dazu melde ich mich" : answer ? "Antwort" : "erledige ich")} bis {Dates.Day(due, german)}"
                    : $"{what}{(question && !reminded ? "?" : "")} – {(problem ? "I'll come back to you on this" : answer ? "answer" : "on it")} by {Dates.Day(due, german)}");
            }

            previousReferent = referent;

            if (standard)
            {
                continue;
            }

            // A problem beside what the client asked of us is answered in that line; the steps are what they asked for.
            if (problem && points.Exists(p => p.Reading == reading && !problems.Contains(p.Text)))
            {
                continue;
            }

            // The step for a claim for money is our answer to it, not the payment: "Stellung nehmen zu: …".
            var stepText = reminded ? AnswerTo(step, german)
                : !answer || question ? step
                : Matches(QuestionTopic(), sentence.Sentence.Text) ? AnswerTo(step, german)
                : german ? $"Stellung nehmen zu: {step}" : $"Reply on: {step}";
            // "Dr Iyer would like to know whether he can see the report": whoever wants to know, we answer.
            var named = WantToKnow().IsMatch(sentence.Sentence.Text) ? null : NamedOwner(sentence.Sentence.Text);
            steps.Add(new SummaryStep(stepText, named ?? NamedOwner(phrased) ?? ColleagueOn(step, readings) ?? userFirst, due));
        }

        return (lines, steps);
    }

    /// <summary>
    /// Whether the lines above the next steps already say this step of ours, so a draft lists it once: a point with the same
    /// day ("Der Zahlendreher … – erledige ich bis Montag, 30. November" beside the step "Der Zahlendreher …" for the user on
    /// that Monday), or an agreed line in the same words that the step would only add our name to ("Intranet: Die Freigabe für
    /// einen zweiten Testimport am 5./6.12"). A step the user moved to another day or gave to someone else in the preview is
    /// said only by itself.
    /// </summary>
    public static bool SaidAbove(SummaryProposal proposal, SummaryStep step)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(step);
        var userFirst = proposal.Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (step.ByClient || !string.Equals(step.Owner, userFirst, StringComparison.Ordinal))
        {
            return false;
        }

        if (step.Due is { } due)
        {
            var what = AnswerStep().Match(step.What) is { Success: true } answer ? answer.Groups["what"].Value : step.What;
            var day = " " + Dates.Day(due, proposal.Language == ThreadLanguage.De);
            // "Kam die Bestätigung vor der Korrektur? Kurz Bescheid geben, ob … – Antwort bis Montag": the point asks it first.
            if (proposal.Asks.Any(point => (point.StartsWith(what + "? ", StringComparison.OrdinalIgnoreCase) || point.StartsWith(what + " – ", StringComparison.OrdinalIgnoreCase))
                && point.EndsWith(day, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        // An agreed line carries no day of its own for a step whose date stands only beside it.
        return (step.Due is null || step.What.Any(char.IsDigit)) && proposal.Agreed.Any(a => a == step.What || a.EndsWith(": " + step.What, StringComparison.Ordinal));
    }

    /// <summary>"Answer whether the release went to the US list", "Beantworten, ob die Rechnung storniert wird", "Die Frage zum Parkplatz beantworten".</summary>
    private static string AnswerTo(string question, bool german) => german
        ? question.StartsWith("Ob ", StringComparison.Ordinal) ? $"Beantworten, {Phrasing.Lower(question)}" : $"{question} beantworten"
        : QuestionWord().IsMatch(question) ? $"Answer {Phrasing.Lower(question)}" : $"Answer {question}";

    /// <summary>
    /// "Den Termin am 10.12. können Sie haben, aber dann will ich klare Zusagen sehen", "Friday works, on one condition: …":
    /// the ask is the condition, due at what was accepted.
    /// </summary>
    private static (string Text, DateOnly? Due)? AcceptedOnCondition(MessageReading reading, SentenceReading sentence, Dates dated, DateOnly today)
    {
        var text = sentence.Sentence.Text;
        if (!Accepts(sentence) || ButThen().Match(text) is not { Success: true } butThen || text.Length - butThen.Index - butThen.Length <= 12)
        {
            return null;
        }

        var accepted = text[..butThen.Index];
        var at = dated.In(reading, sentence).Where(d => d.Date >= today && accepted.Contains(d.Text, StringComparison.Ordinal)).Select(d => (DateOnly?)d.Date).Min();
        var condition = text[(butThen.Index + butThen.Length)..];

        // "… aber nur, wenn wir die Fotos auch für die Speisekarte nehmen dürfen": a line of its own puts the verb second
        // ("wir dürfen die Fotos auch für die Speisekarte nehmen").
        if (PronounVerbLast().Match(condition.TrimEnd('.', '!')) is { Success: true } last)
        {
            condition = $"{last.Groups["subject"].Value} {last.Groups["verb"].Value} {last.Groups["middle"].Value}";
        }

        return (condition, at);
    }

    /// <summary>
    /// The questions of the client's mails before our last reply that the reply did not take up: no word of the
    /// question's matter (names aside) comes back in it. "Eine Frage noch: Ist die Entsorgung der alten Möbel im
    /// Preis enthalten?", answered only about the colour and the date.
    /// </summary>
    /// <summary>"By Wednesday, please.", "Bis Mittwoch bitte.": a sentence that is only a deadline.</summary>
    private static DateOnly? DeadlineOnly(MessageReading reading, SentenceReading sentence, Dates dated)
    {
        var dates = dated.In(reading, sentence);
        if (dates.Count != 1 || !dates[0].IsDeadline)
        {
            return null;
        }

        var rest = sentence.Sentence.Text.Replace(dates[0].Text, "", StringComparison.OrdinalIgnoreCase);
        return Word().Matches(rest).Any(w => !PleaseWord().IsMatch(w.Value)) ? null : dates[0].Date;
    }

    /// <summary>The text without the given dates' own words ("Bis Freitag, 27.11., die Liste" → "Bis  die Liste"), to see what else it says.</summary>
    private static string WithoutDateTexts(string text, IEnumerable<DateExtractor.Found> dates) =>
        dates.Aggregate(text, (rest, d) => rest.Replace(d.Text, "", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether a reply takes a question up: one of its words of matter for a question of up to four ("Vor Weihnachten wird das
    /// knapp" answers "Läuft die Anlage noch vor Weihnachten?"), two for a longer one ("the deposit has landed" does not answer
    /// "Can you send a tax invoice for the deposit to Kylie, our bookkeeper?").
    /// </summary>
    private static bool TakenUp(List<string> stems, string reply) =>
        stems.Count(stem => reply.Contains(stem, StringComparison.Ordinal)) >= (stems.Count <= TakenUpShort ? 1 : 2);

    private const int TakenUpShort = 4;

    private static IEnumerable<(MessageReading Reading, SentenceReading Sentence)> Unanswered(List<MessageReading> readings, int lastOurs)
    {
        if (lastOurs <= 0)
        {
            yield break;
        }

        // "Gute Frage", "to your question": the reply takes the question up in its own words. A client who took our reply
        // with thanks or a decision has what they needed.
        var reply = string.Join(' ', readings[lastOurs].Sentences.Select(s => s.Sentence.Lower));
        // A client who has written since without asking again has let the question go, unless they remind us of it.
        var since = readings.Skip(lastOurs + 1).Where(r => r.Party == Party.Client).ToList();
        var reminded = since.Exists(r => r.Sentences.Exists(s => Matches(QuestionReminder(), s.Sentence.Text)));
        if (Matches(TakesUpQuestion(), reply) || (since.Count > 0 && !reminded && since.Exists(r => r.Sentences.Exists(s => Accepts(s) || Matches(Approval(), s.Sentence.Text)))))
        {
            yield break;
        }

        var previousOurs = readings.FindLastIndex(lastOurs - 1, r => r.Party == Party.Us);
        foreach (var reading in readings.Take(lastOurs).Where(r => r.Party == Party.Client))
        {
            // A question from before our previous reply counts only when none of our replies since took it up ("Frage zweimal gestellt").
            var at = readings.IndexOf(reading);
            // … joined only when a question of that mail needs it: a long thread has many mails and few open questions.
            string? ours = null;
            string Replies() => at > previousOurs ? reply
                : ours ??= string.Join(' ', readings.Skip(at + 1).Where(r => r.Party == Party.Us).SelectMany(r => r.Sentences).Select(s => s.Sentence.Lower));
            // A question for information ("Ist die Entsorgung im Preis enthalten?"): a plea for action ("Kann bitte sofort jemand
            // vorbeikommen?") is answered by the action, whatever the reply's words.
            // "Tom asked again about the phones on the 19th – please let us know": a reminder is the question asked once more.
            foreach (var sentence in reading.Sentences.Where(s => ((s.Sentence.IsQuestion && s.IsAsk && !(s.HasRequestCue && (reading.Score >= 0.3 || Matches(Urgent(), s.Sentence.Text))))
                || Matches(QuestionReminder(), s.Sentence.Text)) && !s.IsClosure && s.Signals == 0 && !Matches(Rhetorical(), s.Sentence.Text)))
            {
                var stems = MatterStems(sentence.Sentence.Text);
                // … and the client reminded us of it since ("Zur Entsorgung der alten Theke habe ich übrigens noch nichts gehört" after
                // "Können Ihre Monteure die alte Theke mitnehmen und entsorgen? Und was würde das kosten?"). A question asked again is
                // read where it is asked again.
                var index = reading.Sentences.IndexOf(sentence);
                var asked = index > 0 && reading.Sentences[index - 1].Sentence.IsQuestion ? [.. stems, .. MatterStems(reading.Sentences[index - 1].Sentence.Text)] : stems;
                var cameBack = at > previousOurs || readings.Skip(previousOurs + 1).Where(r => r.Party == Party.Client)
                    .Any(r => r.Sentences.Exists(s => !s.Sentence.IsQuestion && Matches(QuestionReminder(), s.Sentence.Text) && MatterStems(s.Sentence.Text).Exists(asked.Contains)));
                if (stems.Count >= 2 && cameBack && !TakenUp(stems, Replies()))
                {
                    yield return (reading, sentence);
                }
            }

            // "15% works for us – please put that in an updated terms letter": a request after a yes that our reply did not take up.
            if (at > previousOurs)
            {
                foreach (var sentence in reading.Sentences.Where(s => !s.Sentence.IsQuestion && s.Signals == 0 && Accepts(s)))
                {
                    var stems = RequestAfterYes().Match(sentence.Sentence.Text) is { Success: true } afterYes ? MatterStems(afterYes.Groups["request"].Value) : [];
                    if (stems.Count >= 2 && !stems.Exists(stem => Replies().Contains(stem, StringComparison.Ordinal)))
                    {
                        yield return (reading, sentence);
                    }
                }
            }

            // "Bitte stellen Sie die Rechnung mit unserer Bestellnummer 4500-2231 an kreditoren@…": how to bill them holds until our reply says it will.
            foreach (var sentence in reading.Sentences.Where(s => !s.Sentence.IsQuestion && s.IsAsk && s.HasRequestCue && Matches(Billing(), s.Sentence.Text)))
            {
                if (!Matches(Billing(), Replies()))
                {
                    yield return (reading, sentence);
                }
            }
        }
    }

    /// <summary>
    /// The first six letters of the words that carry a sentence's matter, without names and filler. In English a
    /// capitalised word is a name; in German every noun is capitalised, so only a known first name or "Herr X" is one.
    /// </summary>
    /// <summary>A word of six letters or more of the line that the other line holds too ("Formular" in "Kontaktformular").</summary>
    private static bool SharesMatterWord(string other, string line) =>
        Word().Matches(line).Any(w => w.Length >= 6 && !Stop.Contains(w.Value.ToLowerInvariant()) && other.Contains(w.Value, StringComparison.OrdinalIgnoreCase));

    private static List<string> MatterStems(string text)
    {
        var german = Matches(GermanText(), text);
        return [.. Word().Matches(text).Select(m => m.Value)
            .Where(w => w.Length >= 5 && !(char.IsUpper(w[0]) && (!german || IsGermanName(w, text)) && !WeekdayPlural().IsMatch(w)))
            .Select(w => w.ToLowerInvariant())
            .Where(w => !Stop.Contains(w) && !QuestionFiller.Contains(w))
            .Select(w => w[..Math.Min(6, w.Length)])
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>In German every noun is capitalised: a capitalised word is a name only after "Herr"/"Frau" or as a known first name.</summary>
    private static bool IsGermanName(string word, string text) =>
        Salutations.Gender(word) != '?' || text.Contains("Herr " + word, StringComparison.Ordinal) || text.Contains("Herrn " + word, StringComparison.Ordinal)
        || text.Contains("Frau " + word, StringComparison.Ordinal) || text.Contains("Dr. " + word, StringComparison.Ordinal);

    private static readonly HashSet<string> QuestionFiller = new(StringComparer.Ordinal)
    {
        "frage", "question", "quick", "könnten", "können", "würden", "would", "should", "sollen", "there", "noch", "schon", "gibt", "since",
        "eigentlich", "actually", "maybe", "vielleicht", "möglich", "possible", "auch", "also", "still", "immer", "welche", "welcher", "which",
    };

    /// <summary>"… and three listings show old prices. Can we get this sorted by December 4th?": the date the message gives for all its points.</summary>
    private static DateOnly? MessageDeadline(MessageReading reading, Dates dated, DateOnly today) =>
        reading.Sentences.Where(s => (s.IsAsk && NeedsReferent(s.Sentence.Text)) || Matches(AnswerBy(), s.Sentence.Text))
            .SelectMany(s => dated.In(reading, s)).Where(d => d.IsDeadline && d.Date >= today).Select(d => (DateOnly?)d.Date).Min();

    /// <summary>A German noun as the thread names it in full: "die Anbindung" → "die Scan-Anbindung".</summary>
    private static string WithCompounds(string line, List<MessageReading> readings)
    {
        foreach (Match noun in CapitalisedNoun().Matches(line))
        {
            foreach (var reading in readings)
            {
                var compound = Regex.Match(reading.Message.Text, $@"\b\p{{Lu}}[\p{{L}}]+-{Regex.Escape(noun.Value)}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                if (compound.Success)
                {
                    return line.Replace(noun.Value, compound.Value, StringComparison.Ordinal);
                }
            }
        }

        return line;
    }

    /// <summary>The colleague our side named for this matter earlier ("Herr Yilmaz aus unserer Technik richtet die Scan-Anbindung neu ein").</summary>
    private static string? ColleagueOn(string step, List<MessageReading> readings)
    {
        foreach (var reading in Enumerable.Reverse(readings).Where(r => r.Party == Party.Us))
        {
            foreach (var sentence in reading.Sentences)
            {
                if (NamedOwner(sentence.Sentence.Text) is { } colleague && ContentWords(sentence.Sentence.Text).Overlaps(ContentWords(step).Where(w => w.Length >= 8)))
                {
                    return colleague;
                }
            }
        }

        return null;
    }

    /// <summary>The problem a pronoun points back to: the nearest earlier sentence of the message that names one.</summary>
    private static string? Referent(MessageReading reading, SentenceReading sentence)
    {
        var at = reading.Sentences.IndexOf(sentence);

        // "Die Belege lade ich morgen hoch. Reicht das noch?": a question about "das" asks about the sentence right before it.
        if (at > 0 && sentence.Sentence.IsQuestion && Matches(AboutThat(), sentence.Sentence.Text)
            && reading.Sentences[at - 1] is { Sentence.IsQuestion: false } before && before.Sentence.Text.Split(' ').Length > 3 && !before.Sentence.Text.EndsWith(',') && !before.IsClosure
            && !Matches(ReportedSpeech(), before.Sentence.Text))
        {
            return Phrasing.Clean(before.Sentence.Text).TrimEnd('.', ':');
        }

        string? reported = null;
        for (var i = at - 1; i >= 0; i--)
        {
            var earlier = reading.Sentences[i];

            // "It has been like this since Monday" points back itself: the problem is named before it. A standard the client sets
            // ("A reply within a day or two is the minimum I expect") is a point of its own, not what "this" means.
            if ((HasIssue(earlier) || earlier.Negative > 0) && !(NeedsReferent(earlier.Sentence.Text) && i > 0) && !Matches(Standard(), earlier.Sentence.Text))
            {
                // "Eine Patientin hat heute erzählt, dass sie dreimal geschrieben hat" shows a problem named before it, if one is.
                if (Matches(ReportedSpeech(), earlier.Sentence.Text))
                {
                    reported ??= Phrasing.Clean(earlier.Sentence.Text).TrimEnd('.', ':');
                    continue;
                }

                return Phrasing.Clean(earlier.Sentence.Text).TrimEnd('.', ':');
            }
        }


        // Else the nearest sentence before it that names something itself (not a greeting, not "It has been like this").
        for (var i = at - 1; i >= 0; i--)
        {
            var earlier = reading.Sentences[i];
            var text = earlier.Sentence.Text;
            // "Thanks for the RAMS." names nothing that a later "it" points to.
            if (!NeedsReferent(text) && text.Split(' ').Length > 3 && !text.EndsWith(',') && !earlier.IsClosure && !earlier.IsRelief && !Matches(ThanksOpening(), text) && !Matches(Standard(), text))
            {
                if (Matches(ReportedSpeech(), text))
                {
                    reported ??= Phrasing.Clean(text).TrimEnd('.', ':');
                    continue;
                }

                return Phrasing.Clean(text).TrimEnd('.', ':');
            }
        }

        return reported;
    }

    /// <summary>The client's earlier question a reminder is about: the latest one that shares two words of matter with it.</summary>
    private static (MessageReading Reading, SentenceReading Sentence)? EarlierQuestion(List<MessageReading> readings, MessageReading reminder, string text)
    {
        var stems = MatterStems(text);
        foreach (var reading in Enumerable.Reverse(readings.Take(readings.IndexOf(reminder))).Where(r => r.Party == Party.Client))
        {
            if (reading.Sentences.LastOrDefault(s => s.Sentence.IsQuestion && MatterStems(s.Sentence.Text).Count(stems.Contains) >= 2) is { } question)
            {
                return (reading, question);
            }
        }

        return null;
    }

    private const int ThreatCues = (1 << (int)Cue.Cancel) | (1 << (int)Cue.Legal) | (1 << (int)Cue.PublicReview);

    private static bool HasIssue(SentenceReading sentence)
    {
        foreach (var weight in sentence.Issues)
        {
            if (weight >= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short line whose object is a pronoun ("look at it", "ob das klappt") needs the sentence before it.</summary>
    private static bool NeedsReferent(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && (Matches(Pronoun(), text) || Matches(ChaseSomeone(), text));

    /// <summary>A problem the client reports: a fault or a delay in their own words, not a feeling and not a question.</summary>
    private static bool IsProblem(SentenceReading sentence) =>
        !sentence.Sentence.IsQuestion && !sentence.IsClosure && !sentence.IsRelief && sentence.Signals == 0
        && (sentence.Issues[MainIssue.Quality - MainIssue.Delay] >= 1 || (sentence.Issues[MainIssue.Delay - MainIssue.Delay] >= 1 && sentence.Negative > 0) || Matches(Fault(), sentence.Sentence.Text))
        && sentence.Sentence.Tokens.Length >= 4;

    /// <summary>
    /// A refusal to pay, as what the client asks of us: "Die Stunden von heute zahle ich nicht" → "Die Stunden von heute
    /// nicht berechnen"; "die Pauschale gibt's erst, wenn alles funktioniert" → "die Pauschale erst berechnen, wenn …";
    /// "We're not paying the $4,840 over the cap" → "No charge for the $4,840 over the cap".
    /// </summary>
    private static List<string> Refusals(string sentence, bool german)
    {
        var found = new List<string>();
        foreach (var part in RefusalParts().Split(sentence.TrimEnd('.', '!')))
        {
            if (german && GermanRefusal().Match(part) is { Success: true } de)
            {
                found.Add(Capital($"{de.Groups["what"].Value.Trim()} {(de.Groups["until"].Success ? $"erst berechnen, {de.Groups["until"].Value.Trim()}" : "nicht berechnen")}"));
            }
            else if (!german && EnglishRefusal().Match(part) is { Success: true } en)
            {
                // "We won't pay you a cent": nothing at all, not "No charge for us a cent".
                var what = en.Groups["what"].Value.Trim();
                found.Add(NothingAtAll().IsMatch(what) ? "No charge at all" : $"No charge for {what}");
            }
        }

        return found;
    }

    /// <summary>"If the fix isn't live by Thursday, we will …" → "the fix live by Thursday".</summary>
    private static string? Condition(string sentence, List<DateExtractor.Found> dates)
    {
        // Commas inside dates ("bis Mittwoch, 2.12., online", "by Tuesday, December 1") do not end the condition.
        var masked = sentence;
        foreach (var date in dates)
        {
            masked = masked.Replace(date.Text, date.Text.Replace(',', '\u0001'), StringComparison.Ordinal);
        }

        masked = MaskDateCommas(MaskDateCommas(masked, german: false), german: true);
        var match = ConditionClause().Match(masked);
        if (!match.Success)
        {
            return null;
        }

        var clause = NegationWord().Replace(match.Groups["clause"].Value.Replace('\u0001', ','), " ");
        clause = ReceiveLead().Replace(clause, "").Trim();

        // "Wenn das Formular bis Montag nicht funktioniert, …": a line of its own puts the verb second ("das Formular funktioniert bis Montag").
        if (GermanFiniteCondition().IsMatch(masked) && VerbLast().Match(clause) is { Success: true } last)
        {
            clause = $"{last.Groups["subject"].Value} {last.Groups["verb"].Value} {last.Groups["middle"].Value}";
        }

        return clause.Length > 8 ? clause : null;
    }

    /// <summary>
    /// "… das müsste ich aber bis Mittwoch wissen", "If I do not have a clear answer from you by Friday …", "I need to hear
    /// back by Thursday": when the client wants our answer, which holds for the points of the message without a date of their own.
    /// </summary>
    [GeneratedRegex(@"\b(?:wissen|know|hear\s+(?:back|from\s+you)|(?:an?\s+|eine\s+|your\s+|Ihre\s+|deine\s+|clear\s+|klare\s+)(?:answer|antwort|rückmeldung|reply|response)|bescheid)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnswerBy();
}
