using OutlookClientCare.Core.Threads;
using OutlookClientCare.Core.Threads.Analysis;

namespace OutlookClientCare.Core.FollowUps;

// Follow-up summary, one part of SummaryComposer: our commitments still ahead, with their owners and dates.
public static partial class SummaryComposer
{
    /// <summary>
    /// Our commitments still ahead: in our latest message, statements and promises with a date from
    /// today on; in the two before it, explicit promises ("I'll send …"), what will happen on a date
    /// ("commissioning and the first run will be on Tuesday 12 January") and dated lists of open
    /// points. Dates written as a reference ("Ihr Angebot vom 14.09.") are no commitments.
    /// </summary>
    private static List<SummaryStep> Commitments(List<MessageReading> readings, Dates dated, DateOnly today, bool german, bool du, string userFirst, string clientOwner, DateOnly? meeting)
    {
        var steps = new List<SummaryStep>();
        var ours = readings.Where(r => r.Party == Party.Us).TakeLast(OurMessagesForCommitments).ToList();
        var lastOurs = ours.LastOrDefault();

        // Newest first: a date we moved ("the concepts will be with you on Thursday, December 10 rather than the 9th") replaces the one before.
        var moved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reading in Enumerable.Reverse(ours))
        {
            var fromStep = steps.Count;
            var movedBefore = moved.ToHashSet(StringComparer.Ordinal);
            moved.UnionWith(reading.Sentences.Where(s => Matches(Moved(), s.Sentence.Text)).SelectMany(s => MatterStems(s.Sentence.Text)).Where(stem => stem.Length >= 6));
            var underRequest = false;
            // "I'll send you the full schedule by Wednesday", written by a colleague from our side: "I" is them.
            var speaker = Speaker(reading, dated.Me, userFirst);
            var readingAt = readings.IndexOf(reading);
            foreach (var sentence in reading.Sentences)
            {
                var text = sentence.Sentence.Text;
                var listItem = ListItem().IsMatch(text);

                // "Dafür brauchen wir von Ihnen: 1. … 2. …": the points of a request are the client's, not ours.
                // "We can set up in one of two slots: 1. … 2. …": the points are options, not promises.
                underRequest = text.EndsWith(':') ? sentence.IsAsk || IsOptionsHeading(text) : underRequest && listItem;
                if (movedBefore.Count > 0 && MatterStems(text).Exists(movedBefore.Contains))
                {
                    // The colleague who had the old date keeps the step at its new one.
                    var stems = MatterStems(text);
                    if (NamedOwner(text) is { } colleague && steps.FindIndex(s => s.Owner == userFirst && Matches(Moved(), s.What) && MatterStems(s.What).Exists(stems.Contains)) is >= 0 and var movedStep)
                    {
                        steps[movedStep] = steps[movedStep] with { Owner = colleague };
                    }

                    continue;
                }

                var thenOurs = !sentence.Sentence.IsQuestion && ClientIsAsked(sentence) ? ThenOurs(text, german) : null;
                // "I'll look out for the authorization form": waiting for the client is no promise of ours.
                if (thenOurs is null && (sentence.Sentence.IsQuestion || (sentence.IsAsk && !sentence.Speaks && !AskedOnlyInRelative(text) && !Matches(OwnCheck(), text)) || ClientIsAsked(sentence) || (sentence.IsApology && !IsPromise(text)) || underRequest || Matches(Awaiting(), text)))
                {
                    continue;
                }

                // "Gib mir bis Montag Bescheid, dann geht alles am Mittwoch, 2.12., in den Druck": the part after "dann" is ours.
                if (thenOurs is not null)
                {
                    text = thenOurs;
                }

                var dates = dated.In(reading, sentence).Where(d => !IsReference(text, d.Text) && text.Contains(d.Text, StringComparison.Ordinal)).ToList();
                string? awaitsEvent = null;
                if (OurCondition(text, dates, german) is { } condition)
                {
                    // "If you can sign it off by Thursday, 3 December, the copies will be with you on Thursday, 10 December":
                    // the condition is the client's step, the rest our promise, each with its own date.
                    // "If you can approve them by noon tomorrow, …", then "please consider it approved": done since.
                    if (ClientPart(condition.Clause, german, awaited: reading == readings[^1]) is { } clientPart && !DoneSince(condition.Clause, readings, readingAt, Party.Client))
                    {
                        var clauseDates = dates.Where(d => condition.Clause.Contains(d.Text, StringComparison.Ordinal)).ToList();
                        steps.Add(new SummaryStep(clientPart, clientOwner, Due(clauseDates, today)) { ByClient = true });
                    }

                    text = Upright(condition.Main);
                    // "Sobald der Sicherheitsnachweis unterschrieben ist, reichen wir den Antrag ein": an event both sides expect, so our part is a step, dated or not.
                    awaitsEvent = AwaitedEvent().Match(sentence.Sentence.Text) is { Success: true } awaited && Matches(OurSubject(), text)
                        ? $"{awaited.Value.ToLowerInvariant()} {condition.Clause}" : null;
                    if (awaitsEvent is null && !ClientSubject().IsMatch(condition.Clause) && !ReceiveFromClient().IsMatch(condition.Clause) && !ClientActCondition().IsMatch(condition.Clause) && !ThingWithUs().IsMatch(condition.Clause) && !dates.Exists(d => text.Contains(d.Text, StringComparison.Ordinal)) && !Matches(AtTheMeeting(), text))
                    {
                        // "If a full answer takes longer, you'll get a short note": a contingency, not a next step.
                        continue;
                    }

                    // "… by Thursday, December 3, the copies will be with you on Thursday, December 10": a date text the condition
                    // holds too ("Thursday") is the condition's.
                    var clause = condition.Clause;
                    dates = [.. dates.Where(d => text.Contains(d.Text, StringComparison.Ordinal) && !clause.Contains(d.Text, StringComparison.Ordinal))];
                    if (dates.Count == 0 && meeting is { } at && AtTheMeeting().Match(text) is { Success: true } occasion)
                    {
                        // "… bringe ich Ihnen den ersten Entwurf zum Termin mit": due at the meeting agreed in this thread.
                        dates.Add(new DateExtractor.Found(occasion.Value, at, true));
                    }
                }

                if (Matches(Recurring(), text))
                {
                    // "Bis zur Migration bekommen Sie jeden Freitag einen Statusbericht": due on the next such day from today.
                    dates = [.. dates.Select(d => d with { Date = NextOn(d.Date.DayOfWeek, today) })];
                }

                // "Malte meldet sich nächste Woche bei Ihnen": a promise for next week is kept by the end of that week.
                if (dates.Exists(d => d.Date.DayOfWeek == DayOfWeek.Monday && WeekOnly().IsMatch(d.Text)))
                {
                    dates = [.. dates.Select(d => d.Date.DayOfWeek == DayOfWeek.Monday && WeekOnly().IsMatch(d.Text) ? d with { Date = d.Date.AddDays(4) } : d)];
                }

                var ahead = dates.Where(d => d.Date >= today).ToList();
                if (dates.Count > 0 && WithoutDateTexts(text, dates).Count(char.IsLetter) < 4)
                {
                    // A bare date ("- Wednesday, December 9, 2:00 PM") is an option we offered, not a commitment.
                    continue;
                }

                if (Offer().Match(text) is { Success: true } offer && !IsPromise(text) && !Matches(OwnCheck(), text)
                    && !(Future().Match(text) is { Success: true } future && future.Index < offer.Index))
                {
                    // "To protect your launch, we can load the first 40 courses in parallel": an offer until the client takes it.
                    // "Annika will send you a list of the folders we can already see" is a promise: its "can" comes after its "will".
                    continue;
                }

                if (dates.Count >= 2 && Matches(Alternatives(), text)
                    && (Matches(OrWord(), text) || text.Split(';').All(p => WithoutDateTexts(p, dates).Count(char.IsLetter) < 15)))
                {
                    // "Donnerstag, 26.11., um 10 Uhr oder Freitag, 27.11., um 14 Uhr": options we offered, not a promise.
                    continue;
                }

                // "Siobhán from our production team will lead the crew": a colleague's part is our side's promise too.
                // "Die Montage übernimmt Sören Mattick. Er kümmert sich um die Genehmigung und ruft dich am Freitag an": his promise too.
                var colleagueBefore = (Matches(HimOrHer(), text) || Matches(ThirdPersonPronoun(), text)) && reading.Sentences.IndexOf(sentence) is > 0 and var pronounAt
                    ? NamedOwner(reading.Sentences[pronounAt - 1].Sentence.Text, acting: false) ?? ParticipantIn(reading.Sentences[pronounAt - 1].Sentence.Text, readings)
                    : null;
                var underWay = reading == lastOurs && dates.Count == 0 && Matches(InProgress(), text);
                var promise = awaitsEvent is not null || IsPromise(text) || Matches(OwnCheck(), text) || underWay || ((NamedOwner(text) ?? colleagueBefore) is not null
                    && (Matches(Future(), text) || (german && (ColleagueActs(text, ahead) || (colleagueBefore is not null && ahead.Count > 0 && !Matches(PastTense(), text))))));
                // "Die Rechnung mit der Kaution schicke ich bis Freitag", Friday has passed and the client writes it has not come: we owe it
                // now, due on the next working day from today, without the passed date.
                if (dates.Count > 0 && ahead.Count == 0 && IsPromise(text) && !DoneSince(text, readings, readingAt, Party.Us)
                    && StillAwaited(text, readings, readingAt) && Phrasing.Commitment(Phrasing.WithoutDates(text, [.. dates.Select(d => d.Text)])) is { Length: > 8 } owed)
                {
                    steps.Add(new SummaryStep(Capital(owed.TrimEnd('.')), NamedOwner(text) ?? speaker, dated.IsWorkday(today) ? today : dated.AddWorkdays(today, 1)));
                    continue;
                }

                // An earlier mail of ours counts with what it promises or says will happen; its other dated statements may have been overtaken.
                var counts = dates.Count == 0
                    ? promise && reading == lastOurs
                    : ahead.Count > 0 && (reading == lastOurs ? sentence.Speaks || listItem || promise || StatesPlan(text) : promise || listItem || Matches(Future(), text));
                // "I'll send you the proposal by Friday", then "Attached is the proposal": kept since.
                if (!counts || (reading != lastOurs && DoneSince(text, readings, readingAt, Party.Us)))
                {
                    continue;
                }

                // "bis zum 11.12." is the due date, "für den Relaunch am 15.01." only the occasion; "Ich schicke Ihnen dann einen Link" takes its date from the sentence before.
                // "… stimme ich heute mit der Schreinerei ab und gebe Ihnen Donnerstag, 10.12., Bescheid": the client hears from us on the date of the reply.
                // "Frau Frei schickt Ihnen Dienstag, 8.12. einen Fragebogen, den die Teilnehmenden bis am 8. Januar ausfüllen": the relative clause's date is someone else's.
                var own = MainClauseDates(text, WithoutStruck(text, ahead));
                // "… within two business days, as soon as we have Mr Farrugia's signature": two days after the signature, not after this mail.
                var due = AnchoredWithin(sentence.Sentence.Text, reading, readings, dated)
                    ?? ReportBackDate(text, ahead) ?? own.Where(d => d.IsDeadline).Select(d => (DateOnly?)d.Date).Min() ?? own.Select(d => (DateOnly?)d.Date).Min()
                    ?? (Matches(Then(), text) ? PreviousDate(reading, sentence, dated, today) : null)
                    ?? (meeting is { } day && Matches(AtTheMeeting(), text) ? (DateOnly?)day : null)
                    ?? (underWay ? (DateOnly?)(dated.IsWorkday(today) ? today : dated.AddWorkdays(today, 1)) : null);
                if (due is not null && thenOurs is null && Matches(Collective(), text) && Covered(reading, sentence, dated) is { Count: > 0 } covered)
                {
                    // "Wir stellen die Galerie um … Beim Logo übernehmen wir den Farbwert … Beides ist bis Freitag, 4.12., online": two promises, one date.
                    steps.AddRange(covered.Select(c => new SummaryStep(c, speaker, due)));
                    continue;
                }

                var what = Absolute(Phrasing.Commitment(text), dates, german);
                if (what is not null && awaitsEvent is not null && due is null)
                {
                    what = $"{what.TrimEnd('.')}, {awaitsEvent}";
                }

                // "Let me check with Marco whether we can hold £46 a head. I'll come back to you by Thursday.": what we come back
                // about is the sentence before.
                // "Yes, we'll do the VAT return. It's due on 7 January; we'll aim to file it by 22 December": "it" is the sentence before.
                // "I expect their answer by Thursday and will let you know straight away": a promise of news says about what only in the sentence before.
                var news = OnlyNews(text);
                var about = "";
                // "Ich schaue mir die Excel-Liste an und schicke Ihnen die Offerte dafür bis Mittwoch": "dafür" is the matter of the sentence before.
                if (what is not null && (Matches(VaguePromise(), text) || Matches(PronounSubject(), text) || news || Matches(PronounAdverb(), text)) && reading.Sentences.IndexOf(sentence) is > 0 and var index
                    && reading.Sentences[index - 1] is { Sentence.IsQuestion: false } before && before.Sentence.Text.Split(' ').Length > 4
                    && !ClientIsAsked(before) && (news || !dated.In(reading, before).Exists(d => d.Date >= today)))
                {
                    about = $"{Phrasing.Commitment(before.Sentence.Text)?.TrimEnd('.', ':')} – ";
                    what = about + AfterDash(what);
                }

                // "… the concepts will be with you on Thursday, December 10, and Owen's media plan moves to Friday, December 11": two steps.
                if (what is not null && DatedParts(text, ahead) is { } parts)
                {
                    // "Sorry I couldn't give you an answer on Friday as promised – I expect their answer by Thursday": the apology is no step.
                    steps.AddRange(parts.Where(p => !Matches(Apology(), p.Text) || IsPromise(p.Text)).Select((p, i) => new SummaryStep(
                        i == 0 && about.Length > 0 ? about + AfterDash(Absolute(Phrasing.Commitment(p.Text), dates, german) ?? p.Text) : Absolute(Phrasing.Commitment(p.Text), dates, german) ?? p.Text, NamedOwner(p.Text) ?? ParticipantActs(p.Text, readings) ?? PossessiveOwner(p.Text) ?? speaker, p.Due)));
                }
                else if (what is not null)
                {
                    // "Tarek baut die Terminbuchung ein. Einen Testlink bekommst du von ihm bis Freitag": "ihm" is the colleague before.
                    var owner = NamedOwner(text) ?? ParticipantActs(text, readings);
                    if (owner is null && colleagueBefore is { } named)
                    {
                        // "Den italienischen Teil betreut mein Kollege Luca Bernasconi. Er meldet sich …": the line names him.
                        owner = named;
                        // "She'll call you" reads "Marisol will call you".
                        what = ThirdPersonPronoun().Replace(what, named, 1).Replace($"{named}'ll ", $"{named} will ", StringComparison.Ordinal);
                    }
                    steps.Add(new SummaryStep(what, owner ?? speaker, due));
                }

                // "Ich schicke Ihnen einen Link, damit Sie es vor der Messe prüfen können": then it is the client's turn.
                if (ClientPurpose().Match(text) is { Success: true } purpose && purpose.Groups["what"].Value.Count(char.IsLetter) > 8)
                {
                    steps.Add(new SummaryStep(Capital(purpose.Groups["what"].Value.Trim()), clientOwner, null) { ByClient = true });
                }
            }

            HandOverToColleague(reading, dated, speaker, steps, fromStep);
        }

        return steps;
    }

    /// <summary>
    /// "– Installation: Dienstag, 12. Jänner … Installation und Einschulung macht meine Kollegin Verena Aigner (cc)": the colleague a
    /// line of the same mail puts on it owns the steps of that matter.
    /// </summary>
    private static void HandOverToColleague(MessageReading reading, Dates dated, string speaker, List<SummaryStep> steps, int fromStep)
    {
        foreach (var line in reading.Sentences.Where(s => Matches(TakesOn(), s.Sentence.Text) && dated.In(reading, s).Count == 0))
        {
            if (NamedOwner(line.Sentence.Text) is not { } colleague || colleague == speaker)
            {
                continue;
            }

            // The words whatever their case: "Einschulung" in a short German line is no name.
            var words = ContentWords(line.Sentence.Text);
            for (var i = fromStep; i < steps.Count; i++)
            {
                if (steps[i].Owner == speaker && !steps[i].ByClient && ContentWords(steps[i].What).Overlaps(words))
                {
                    steps[i] = steps[i] with { Owner = colleague };
                }
            }
        }
    }

    /// <summary>Who "I" is in a mail of our side: the mailbox owner, or the colleague who wrote it, by name ("Katharina Wimmer").</summary>
    private static string Speaker(MessageReading reading, string me, string userFirst) =>
        reading.Message.From is { Name: { } name } from && !string.Equals(from.Address, me, StringComparison.OrdinalIgnoreCase)
            && name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 3 } words && words.All(w => w.Length > 1 && char.IsUpper(w[0]))
            ? string.Join(' ', words)
            : userFirst;

    /// <summary>"… – ich schaue mir die Liste an": after a dash the German "ich" is not capitalised.</summary>
    private static string AfterDash(string text) => text.StartsWith("Ich ", StringComparison.Ordinal) ? "i" + text[1..] : text;

    /// <summary>A promise whose only matter is news to pass on: "I expect their answer by Thursday and will let you know".</summary>
    /// <remarks>An apology beside it ("… – sorry I couldn't give you an answer on Friday") is no matter of its own.</remarks>
    private static bool OnlyNews(string text) =>
        MatterStems(text.Split(" – ")[0]) is { Count: > 0 } stems && stems.TrueForAll(NewsWords.Contains);

    private static readonly HashSet<string> NewsWords = new(StringComparer.Ordinal)
    {
        "expect", "answer", "let", "know", "straig", "right", "update", "decisi", "feedba", "respon", "hear", "heard",
        "erwart", "antwor", "rückme", "bescheid", "entsch", "sofort", "gleich", "melde", "meldun", "geben", "gebe",
    };

    /// <summary>
    /// The one person of the thread's senders and recipients a sentence names by first name ("For Saturday, Marisol will need a
    /// key and the alarm code" names Marisol Vega, in copy): whom a "she" in the next sentence means.
    /// </summary>
    private static string? ParticipantIn(string sentence, List<MessageReading> readings)
    {
        // "Vegan und glutenfrei macht Ayla, unsere Küchenchefin, sehr gern": the person named with their role on our side.
        if (NameBesideRole().Match(sentence) is { Success: true } withRole)
        {
            return withRole.Groups["name"].Value;
        }

        var words = Word().Matches(sentence).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var named = FirstNames(readings).Where(words.Contains).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// "Ruby will import the data on Wednesday": a first name the lists do not know is a person when one of the thread's senders
    /// or recipients has it and it stands as the subject; in a colleague's mail that may be the user ("Rohan will reissue the invoice").
    /// </summary>
    private static string? ParticipantActs(string sentence, List<MessageReading> readings) =>
        NamedSubject().Match(Phrasing.Clean(sentence)) is { Success: true } acts && acts.Groups["name"].Value is var name
            && (ParticipantIn(sentence, readings) == name || FirstNames(readings).Contains(name))
            ? name
            : null;

    /// <summary>The first names of everyone who writes or is written to in the thread.</summary>
    private static HashSet<string> FirstNames(List<MessageReading> readings) =>
        readings.SelectMany(r => r.Message.To.Concat(r.Message.Cc).Append(r.Message.From))
            .Select(a => a?.Name is { } name ? Salutations.FirstNameOf(name) : null)
            .OfType<string>().Where(first => first.Length > 2).ToHashSet(StringComparer.Ordinal);

    /// <summary>"Malte meldet sich nächste Woche bei Ihnen": in German a colleague's present tense with a date ahead is their promise ("ist bereits dran" is none).</summary>
    private static bool ColleagueActs(string text, List<DateExtractor.Found> ahead) =>
        ahead.Count > 0 && NamedSubject().Match(Phrasing.Clean(text)) is { Success: true } acts && !acts.Value.EndsWith(" ist", StringComparison.Ordinal) && !Matches(PastTense(), text);

    /// <summary>Of several dates, those not struck out ("nicht am Freitag, 18.12., sondern am Montag, 21.12." keeps the 21st).</summary>
    private static List<DateExtractor.Found> WithoutStruck(string text, List<DateExtractor.Found> dates)
    {
        if (dates.Count < 2 || StruckDate().Match(text) is not { Success: true } struck)
        {
            return dates;
        }

        var kept = dates.FindAll(d => !struck.Groups["date"].Value.Contains(d.Text, StringComparison.Ordinal) && !d.Text.Contains(struck.Groups["date"].Value.Trim(), StringComparison.Ordinal));
        return kept.Count > 0 ? kept : dates;
    }

    /// <summary>The dates before a relative clause (", den die Teilnehmenden bis … ausfüllen", ", which the team needs by …"), if any stand there; else all.</summary>
    private static List<DateExtractor.Found> MainClauseDates(string text, List<DateExtractor.Found> dates)
    {
        // "…, den die Teilnehmenden bis … ausfüllen", "we'll post on Friday 11th, so they should land by Wednesday 16th": the clause
        // after is someone else's part or what follows from ours.
        if (dates.Count < 2)
        {
            return dates;
        }

        // "Die Lieferung am 14. Jänner schaffen wir, vorausgesetzt, Sie geben das Muster bis 18.12. frei": the date in the
        // condition is the client's, not our step's; so is the first date of a condition the sentence opens with.
        int At(DateExtractor.Found d) => text.IndexOf(d.Text, StringComparison.Ordinal);
        if (ConditionOfOurs().Match(text) is { Success: true } condition)
        {
            var first = dates.Min(At);
            var outside = condition.Index == 0
                ? dates.FindAll(d => At(d) > first)
                : dates.FindAll(d => At(d) is >= 0 and var at && at < condition.Index);
            if (outside.Count > 0)
            {
                dates = outside;
            }
        }

        var relative = RelativeClause().Match(text);
        var consequence = Consequence().Match(text);
        var end = relative.Success && consequence.Success ? Math.Min(relative.Index, consequence.Index)
            : relative.Success ? relative.Index : consequence.Success ? consequence.Index : -1;
        if (end < 0)
        {
            return dates;
        }

        var main = dates.FindAll(d => text.IndexOf(d.Text, StringComparison.Ordinal) is >= 0 and var at && at < end);
        return main.Count > 0 ? main : dates;
    }

    /// <summary>Of several dates, the one in the clause that reports back to the client ("… und gebe Ihnen Donnerstag, 10.12., Bescheid").</summary>
    private static DateOnly? ReportBackDate(string text, List<DateExtractor.Found> ahead)
    {
        if (ahead.Count < 2 || ReportBack().Match(text) is not { Success: true } back)
        {
            return null;
        }

        var clause = text[back.Index..];
        return ahead.Where(d => clause.Contains(d.Text, StringComparison.Ordinal)).Select(d => (DateOnly?)d.Date).Min();
    }

    /// <summary>
    /// A statement of two or three parts joined by ", and"/", und", a dash, or ", die …" ("Die Standardkisten sind bis Montag,
    /// 14.12., fertig, die Sonderkiste bis Freitag, 18.12."), each with a date of its own, as parts with their dates.
    /// </summary>
    private static List<(string Text, DateOnly Due)>? DatedParts(string text, List<DateExtractor.Found> dates)
    {
        var split = PartJoin().Split(text);
        if (split.Length is < 2 or > 3 || dates.Count < split.Length)
        {
            return null;
        }

        var parts = new List<(string, DateOnly)>();
        foreach (var part in split)
        {
            var own = dates.Where(d => part.Contains(d.Text, StringComparison.Ordinal)).ToList();
            if (own.Count == 0 || part.Count(char.IsLetter) < 12)
            {
                return null;
            }

            // "… bis Montag, 14.12., fertig, die Sonderkiste bis Freitag, 18.12.": the second part borrows what the first says after its date.
            var written = part.Trim().TrimEnd('.');
            if (parts.Count > 0 && ElidedPart().IsMatch(written) && own[^1].Text is var last && written.EndsWith(last.TrimEnd('.'), StringComparison.Ordinal)
                && split[0].Split(dates.First(d => split[0].Contains(d.Text, StringComparison.Ordinal)).Text) is [_, var tail] && tail.Trim(' ', ',', '.').Length > 0)
            {
                written = $"{written}{(last.EndsWith('.') ? "." : "")}, {tail.Trim(' ', ',', '.')}";
            }

            parts.Add((Capital(written), own.Min(d => d.Date)));
        }

        return parts;
    }

    /// <summary>"Owen's media plan moves to Friday": Owen's step.</summary>
    private static string? PossessiveOwner(string text) =>
        Possessive().Match(text) is { Success: true } m && (Salutations.Gender(m.Groups["name"].Value) != '?' || m.Index == 0) ? m.Groups["name"].Value : null;

    /// <summary>"If you can sign it off by Thursday, 3 December, the copies …" → ("you can sign it off by Thursday, 3 December", "the copies …").</summary>
    private static (string Clause, string Main)? OurCondition(string sentence, List<DateExtractor.Found> dates, bool german)
    {
        // Commas inside dates ("by Thursday, 3 December") do not end the condition; in German neither does the one
        // closing a date in apposition ("bis Freitag, 4.12., bei uns ist, bringe ich …").
        var masked = MaskDateCommas(sentence, german);
        // "If you can sign it off by Thursday, the copies …" or, the other way round, "The shoot holds as long as we have your notes by Tuesday".
        var match = OurConditionClause().Match(masked);
        if (!match.Success && !german)
        {
            match = OurConditionNoComma().Match(masked);
        }

        if (!match.Success)
        {
            match = TrailingCondition().Match(masked);
        }

        if (!match.Success)
        {
            return null;
        }

        var clause = match.Groups["clause"].Value.Replace('\u0001', ',').Trim();
        var main = match.Groups["main"].Value.Replace('\u0001', ',').Trim();
        // "Der 22.12. gilt allerdings nur, sofern das Gut zum Druck am Montag bei mir ist": without its condition the main clause says nothing.
        return main.Count(char.IsLetter) < 8 || OnlyIf().IsMatch(main) ? null : (clause, main);
    }

    /// <summary>
    /// The client's part of a condition of ours, as a step: "you can sign it off by Thursday" → "Sign it off by
    /// Thursday"; "I have your answers by Monday" → "Send your answers by Monday"; "Sie uns die Texte bis Freitag
    /// schicken" → "Uns die Texte bis Freitag schicken". Null when the condition is not about the client.
    /// </summary>
    private static string? ClientPart(string clause, bool german, bool awaited)
    {
        var received = ReceiveFromClient().Match(clause);
        if (received.Success)
        {
            // "If I have your answers by Monday": a reply of theirs since then brought them.
            if (!awaited)
            {
                return null;
            }

            var thing = received.Groups["thing"].Value.Trim();
            return german ? Capital($"{thing} schicken") : Capital($"send {thing}");
        }

        var subject = ClientSubject().Match(clause);
        if (!subject.Success)
        {
            // "Bei Freigabe bis Montag, 14. Dezember, …" → "Freigabe bis Montag, 14. Dezember"; "vorausgesetzt, die BWA ist bis Mittwoch bei
            // mir" → "Die BWA bis Mittwoch schicken"; "as long as the signed form is back with us by Friday" → "Send the signed form by Friday".
            if (ClientActCondition().Match(clause) is { Success: true } act)
            {
                return Capital($"{act.Groups["act"].Value} {act.Groups["when"].Value}".Trim());
            }

            if (ThingWithUs().Match(clause) is { Success: true } sent && awaited)
            {
                var when = sent.Groups["when"].Value.Trim();
                var thing = sent.Groups["thing"].Value.Trim();
                return german ? Capital($"{thing} {when} schicken".Replace("  ", " ", StringComparison.Ordinal)) : Capital($"send {thing} {when}".Trim());
            }

            return null;
        }

        // "Wenn du das Backup nicht brauchst, …", "If you'd rather wait, …": a wish or a state of theirs is no step.
        var rest = clause[subject.Length..].Trim();
        if (Matches(Negation(), rest) || Matches(StateNotAction(), rest))
        {
            return null;
        }

        rest = german ? GermanClauseVerbEnd().Replace(rest, "") : rest;

        // "once you've signed the contract" → "Sign the contract"; "sobald Sie und Herr Dr. Lang sich entschieden haben" → "Sich mit
        // Herrn Dr. Lang entscheiden": what they have to have done is their step. A verb we do not know in that form is left out.
        if (PerfectClause().Match(rest) is { Success: true } perfect)
        {
            // … as long as the client has not answered since: then it is done or overtaken ("Wir gehen mit Plus!").
            if (!awaited || !Participles.TryGetValue(perfect.Groups["part"].Value, out var infinitive))
            {
                return null;
            }

            if (!german)
            {
                return Capital($"{infinitive}{perfect.Groups["tail"].Value}".Trim());
            }

            var lead = CoSubject().Replace(perfect.Groups["lead"].Value.Trim(), m =>
                $"mit {m.Groups["title"].Value switch { "Herr" => "Herrn ", "Frau" => "Frau ", _ => "" }}{m.Groups["name"].Value}");
            // "mit Herrn Dr. Lang sich" → "sich mit Herrn Dr. Lang": the reflexive pronoun leads.
            if (Reflexive().Match(lead) is { Success: true, Index: > 0 } reflexive)
            {
                lead = $"{reflexive.Value} {lead.Remove(reflexive.Index, reflexive.Length).Trim()}";
            }

            return Capital($"{lead} {infinitive}".Trim());
        }

        if (german)
        {
            // "Wenn du mir die Texte bis Freitag schickst" → "Mir die Texte bis Freitag schicken"; "ihr … freigebt" → "… freigeben".
            var last = rest.LastIndexOf(' ') + 1;
            var verb = rest[last..].TrimEnd('.', '!');
            rest = subject.Value.Trim() switch
            {
                "du" when verb.EndsWith("st", StringComparison.Ordinal) && verb.Length > 4 => rest[..last] + Phrasing.Infinitive(verb),
                "ihr" when verb.EndsWith('t') && verb.Length > 3 => rest[..last] + verb[..^1] + (verb.EndsWith("et", StringComparison.Ordinal) ? "n" : "en"),
                _ => rest,
            };
        }

        return rest.Count(char.IsLetter) < 6 ? null : Capital(rest);
    }

    private static string Capital(string text) => Phrasing.Capital(text);

    /// <summary>The participles of what a client typically has to have done before we act, with their infinitives.</summary>
    private static readonly Dictionary<string, string> Participles = new(StringComparer.Ordinal)
    {
        ["entschieden"] = "entscheiden",
        ["freigegeben"] = "freigeben",
        ["unterschrieben"] = "unterschreiben",
        ["bestätigt"] = "bestätigen",
        ["bezahlt"] = "bezahlen",
        ["überwiesen"] = "überweisen",
        ["geschickt"] = "schicken",
        ["zugeschickt"] = "zuschicken",
        ["zugesagt"] = "zusagen",
        ["abgestimmt"] = "abstimmen",
        ["besprochen"] = "besprechen",
        ["geprüft"] = "prüfen",
        ["ausgefüllt"] = "ausfüllen",
        ["zurückgeschickt"] = "zurückschicken",
        ["hochgeladen"] = "hochladen",
        ["festgelegt"] = "festlegen",
        ["ausgewählt"] = "auswählen",
        ["angesehen"] = "ansehen",
        ["gemeldet"] = "melden",
        ["decided"] = "decide",
        ["approved"] = "approve",
        ["signed"] = "sign",
        ["confirmed"] = "confirm",
        ["paid"] = "pay",
        ["sent"] = "send",
        ["agreed"] = "agree",
        ["checked"] = "check",
        ["reviewed"] = "review",
        ["chosen"] = "choose",
        ["picked"] = "pick",
        ["returned"] = "return",
        ["uploaded"] = "upload",
        ["discussed"] = "discuss",
        ["settled"] = "settle",
        ["finalised"] = "finalise",
        ["finalized"] = "finalize",
        ["filled"] = "fill",
        ["completed"] = "complete",
    };

    /// <summary>What "Beides"/"Both" stands for: the statements of ours right before it, without a date of their own.</summary>
    private static List<string> Covered(MessageReading reading, SentenceReading sentence, Dates dated)
    {
        var covered = new List<string>();
        for (var i = reading.Sentences.IndexOf(sentence) - 1; i >= 0 && covered.Count < 3; i--)
        {
            var earlier = reading.Sentences[i];
            if (!earlier.Speaks || earlier.Sentence.IsQuestion || dated.In(reading, earlier).Count > 0 || Matches(PastTense(), earlier.Sentence.Text))
            {
                break;
            }

            if (Phrasing.Commitment(earlier.Sentence.Text) is { } what)
            {
                covered.Insert(0, what);
            }
        }

        return covered;
    }

    /// <summary>"…, dann geht alles am Mittwoch, 2.12., in den Druck" → "Alles geht am Mittwoch, 2.12., in den Druck".</summary>
    private static string? ThenOurs(string sentence, bool german)
    {
        var masked = MaskDateCommas(sentence, german);
        var match = RequestThen().Match(masked);
        if (!match.Success)
        {
            return null;
        }

        return Upright(match.Groups["then"].Value.Replace('\u0001', ',').Trim().TrimEnd('.', '!'));
    }

    /// <summary>A clause as a line of its own, subject first: "bringe ich Ihnen den Entwurf mit" → "Ich bringe Ihnen den Entwurf mit".</summary>
    private static string Upright(string clause)
    {
        var inverted = InvertedSubject().Match(clause);
        return Capital(inverted.Success ? $"{inverted.Groups["subject"].Value} {inverted.Groups["verb"].Value} {inverted.Groups["rest"].Value}" : clause);
    }

    /// <summary>
    /// The sentence with the commas that belong to dates hidden, so a clause ends at its own comma: "by Thursday, December 3,"
    /// and, in German, the comma closing a date in apposition ("bis Freitag, 4.12., bei uns ist, …").
    /// </summary>
    private static string MaskDateCommas(string sentence, bool german) =>
        german ? DateCommaGerman().Replace(sentence, "\u0001") : DateComma().Replace(sentence, "\u0001");

    /// <summary>
    /// A relative date in a line that is read later says its day: "bis Ende nächster Woche" → "bis Freitag, 11.12.",
    /// "tomorrow" → "Tuesday, December 8". Dates written out already stay as they are.
    /// </summary>
    private static string? Absolute(string? line, List<DateExtractor.Found> dates, bool german)
    {
        if (line is null)
        {
            return null;
        }

        foreach (var date in dates.Where(d => d.Text.AsSpan().IndexOfAnyInRange('0', '9') < 0 && Matches(RelativeDate(), d.Text) && !Matches(Recurring(), line)))
        {
            var at = line.IndexOf(date.Text, StringComparison.OrdinalIgnoreCase);

            // "by end of day Thursday, December 17": a relative word that only qualifies the date after it stays.
            if (at < 0 || dates.Exists(other => other.Text.Length > 0 && other.Text != date.Text && line.AsSpan(at + date.Text.Length).TrimStart(" ,").StartsWith(other.Text, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var lead = DateLead().Match(date.Text);
            var day = german
                ? date.Date.ToString("dddd, d.M.", System.Globalization.CultureInfo.GetCultureInfo("de-DE"))
                : date.Date.ToString("dddd, MMMM d", System.Globalization.CultureInfo.GetCultureInfo("en-US"));
            var written = lead.Success ? $"{lead.Value}{day}" : day;
            line = string.Concat(line.AsSpan(0, at), at == 0 ? Capital(written) : written, line.AsSpan(at + date.Text.Length));
        }

        return line;
    }

    private static DateOnly NextOn(DayOfWeek day, DateOnly today) => today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7);

    /// <summary>The nearest date from today on in the sentences before this one in the same message.</summary>
    /// <summary>
    /// "within two business days of getting the signed form", "innerhalb von zwei Werktagen nach Eingang der Daten": counted
    /// from when the thread says that happens (the client's "signed form by Tuesday"), or from the mail it came with.
    /// </summary>
    private static DateOnly? AnchoredWithin(string text, MessageReading reading, List<MessageReading> readings, Dates dated)
    {
        // The event after the days ("… within two business days of getting the form") or before them ("As soon as we have the form, … within two business days").
        var within = WithinAnchored().Match(text);
        var what = within.Groups["what"].Success ? within.Groups["what"].Value : AnchorFirst().Match(text) is { Success: true } first ? first.Groups["what"].Value : null;
        if (!within.Success || what is null)
        {
            return null;
        }

        var n = DateExtractor.NumberValue(within.Groups["n"].Value);

        // "signature" and "signed", "export" and "exported": the same matter by the start of the word.
        var stems = MatterStems(what).Select(s => s[..4]).ToHashSet(StringComparer.Ordinal);
        bool About(string sentence) => MatterStems(sentence).Exists(s => stems.Contains(s[..4]));
        if (stems.Count == 0)
        {
            return null;
        }

        // From the client's mail after ours that brought it ("Mr Farrugia signed yesterday – form attached"), else from when the thread says it comes.
        var at = readings.IndexOf(reading);
        var brought = readings.Skip(at + 1).FirstOrDefault(r => r.Party == Party.Client && r.Sentences.Exists(s => Matches(Delivered(), s.Sentence.Text) && About(s.Sentence.Text)));
        var from = brought is not null
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(brought.Message.SentDateTime, dated.Zone).DateTime)
            : readings.Where(r => r.Party == Party.Client).SelectMany(r => r.Sentences.Where(s => About(s.Sentence.Text))
                .SelectMany(s => dated.In(r, s).Where(d => s.Sentence.Text.Contains(d.Text, StringComparison.Ordinal)))).Select(d => (DateOnly?)d.Date).Max();
        if (from is not { } start)
        {
            return null;
        }

        var unit = within.Groups["unit"].Value.ToLowerInvariant();
        return unit.StartsWith("day", StringComparison.Ordinal) || unit.StartsWith("tag", StringComparison.Ordinal) ? start.AddDays(n) : dated.AddWorkdays(start, n);
    }

    private static DateOnly? PreviousDate(MessageReading reading, SentenceReading sentence, Dates dated, DateOnly today)
    {
        for (var i = reading.Sentences.IndexOf(sentence) - 1; i >= 0; i--)
        {
            var dates = dated.In(reading, reading.Sentences[i]).Where(d => d.Date >= today).ToList();
            if (dates.Count > 0)
            {
                return dates.Min(d => d.Date);
            }
        }

        return null;
    }

    /// <summary>"Beides ist bis Freitag online", "Der Go-live ist am 4.12. realistisch": a plan we state, not a reference.</summary>
    private static bool StatesPlan(string sentence) => !Matches(PastTense(), sentence);

    /// <summary>
    /// Whether the client wrote, after our promise in message <paramref name="at"/>, that it has not come: "Die Rechnung mit der
    /// Kaution ist noch nicht angekommen", "still no transcripts", "we haven't received the invoice".
    /// </summary>
    private static bool StillAwaited(string promise, List<MessageReading> readings, int at)
    {
        var stems = MatterStems(promise);
        return stems.Count > 0 && readings.Skip(at + 1).Where(r => r.Party == Party.Client).SelectMany(r => r.Sentences)
            .Any(s => Matches(NotArrived(), s.Sentence.Text) && MatterStems(s.Sentence.Text).Exists(stems.Contains));
    }

    /// <summary>A date written as a reference: "vom 14.09.", "since Monday", "dated November 2".</summary>
    private static bool IsReference(string sentence, string dateText)
    {
        var at = sentence.IndexOf(dateText, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        // "Wie am Montag besprochen", "as discussed on Monday": when something was said, not when it is due.
        if (DiscussedAfter().IsMatch(sentence.AsSpan(at + dateText.Length)) || DiscussedBefore().IsMatch(sentence.AsSpan(0, at)))
        {
            return true;
        }

        if (at == 0)
        {
            return false;
        }

        var before = sentence[..at].TrimEnd().ToLowerInvariant();
        return before.EndsWith(" vom", StringComparison.Ordinal) || before.EndsWith(" seit", StringComparison.Ordinal) || before.EndsWith(" since", StringComparison.Ordinal)
            || before.EndsWith(" dated", StringComparison.Ordinal) || before.EndsWith(" from", StringComparison.Ordinal) || before.EndsWith(" of", StringComparison.Ordinal)
            || before.EndsWith(" last", StringComparison.Ordinal) || before.EndsWith(" letzten", StringComparison.Ordinal) || before.EndsWith(" letzte", StringComparison.Ordinal);
    }
}
