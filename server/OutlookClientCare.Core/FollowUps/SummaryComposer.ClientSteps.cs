using OutlookClientCare.Core.Threads;
using OutlookClientCare.Core.Threads.Analysis;

namespace OutlookClientCare.Core.FollowUps;

// Follow-up summary, one part of SummaryComposer: the client's part: their promises, and what we asked of them that is still open.
public static partial class SummaryComposer
{
    /// <summary>
    /// The client's part: what they promised in their latest message ("I'll approve the invoice for the
    /// December 2nd payment run"), and what our last message asked of them while they have not answered.
    /// </summary>
    private static List<SummaryStep> ClientSteps(List<MessageReading> readings, int lastClient, Dates dated, DateOnly today, bool german, bool du, string clientOwner, string userFirst)
    {
        var steps = new List<SummaryStep>();
        // The client's promises: all of their latest message, and those of earlier ones that are still ahead
        // ("Frau Öztürk schickt Ihnen die Liste bis zum 11.12.").
        for (var at = lastClient; at >= 0; at--)
        {
            var latest = readings[at];
            if (latest.Party != Party.Client)
            {
                continue;
            }

            foreach (var sentence in latest.Sentences)
            {
                var text = sentence.Sentence.Text;
                // "Herr Demir bräuchte bis Freitag, 11.12. eine Liste …": what someone on their side needs by a date is ours to deliver.
                if (!sentence.Sentence.IsQuestion && Needs().IsMatch(Phrasing.Clean(text)))
                {
                    var needed = dated.In(latest, sentence).FindAll(d => d.Date >= today);
                    if (needed.Count > 0 && Absolute(Phrasing.Ask(text, german, keepDates: true, du: du), needed, german) is { } need)
                    {
                        steps.Add(new SummaryStep(need, userFirst, Due(needed, today)));
                    }

                    continue;
                }

                // "Tash, you can pick up the gate key from me on Wednesday 23 Dec": the client tells one of us what to do; it is theirs.
                if (!sentence.Sentence.IsQuestion && Addressed().Match(text) is { Success: true } addressed
                    && Phrasing.Ask(addressed.Groups["rest"].Value, german, keepDates: true, du: du) is { Length: > 8 } task)
                {
                    var when = dated.In(latest, sentence).FindAll(d => d.Date >= today);
                    steps.Add(new SummaryStep($"{addressed.Groups["name"].Value}: {Absolute(task, when, german)}", addressed.Groups["name"].Value, Due(when, today)));
                    continue;
                }

                // "We'll go with option B" is a decision, recorded as agreed, not a step of theirs.
                // "Unser Hausmeister, Herr Brenner, schließt das Tor auf", "Die Benutzerliste schickt Ihnen Frau Adam bis Mittwoch": their colleague's part.
                var colleague = HaveSomeone().IsMatch(text) || ChaseSomeone().IsMatch(text) ? null : NamedOwner(text) ?? (german ? null : PromisingName(text, readings));
                // "Die Belege lade ich spätestens morgen Vormittag hoch": in German the present tense with a date ahead is a promise too.
                var promise = Matches(ClientPromise(), text) || (german && Matches(FirstPersonPresent(), text) && !Matches(PastTense(), text) && !Matches(NoPromise(), text)
                    && dated.In(latest, sentence).Exists(d => d.Date > DateOnly.FromDateTime(latest.Message.SentDateTime.UtcDateTime) && (d.IsDeadline || DayAhead().IsMatch(d.Text))));
                // "We'll pass on Kevin": a choice they turned down is no step of theirs either; nor is a threat ("If the fix isn't
                // live by Thursday, we will withhold payment"), a charge they refuse ("We will deduct the lost days from your invoice"),
                // waiting for us ("I'll keep an eye out for the proof"), a question ("Dr Iyer would like to know whether …") or what was
                // done or said ("Herr Imhof hat Sie informiert", "Frau Hentschel meinte, …").
                if (sentence.Sentence.IsQuestion || (!promise && colleague is null) || Matches(Decision(), text) || Matches(Decline(), text)
                    || sentence.Signals != 0 || Matches(ThreatCondition(), text) || Matches(Awaiting(), text) || Matches(PastTense(), text) || Refusals(text, german).Count > 0
                    || WantToKnow().IsMatch(text) || (german && (GermanDoneOrSaid().IsMatch(text) || AgreedHowWeDo().IsMatch(text))))
                {
                    continue;
                }

                var dates = Anchored(dated.In(latest, sentence), readings, dated, today);
                if (at != lastClient && (!dates.Exists(d => d.Date >= today) || DoneSince(text, readings, at, Party.Client)))
                {
                    continue;
                }

                var what = Absolute(Phrasing.Ask(text, german, keepDates: true, du: du), dates, german);

                // "Den Warenlift muss die Verwaltung für Sie reservieren. Das organisiere ich …": what "das" is stands in the sentence before.
                if (what is not null && Matches(PronounSubject(), text) && latest.Sentences.IndexOf(sentence) is > 0 and var index
                    && latest.Sentences[index - 1] is { Sentence.IsQuestion: false } before && before.Sentence.Text.Split(' ').Length > 4
                    && Phrasing.Ask(before.Sentence.Text, german, keepDates: true, du: du) is { } referent)
                {
                    what = $"{referent.TrimEnd('.', ':', '!')} – {Phrasing.Lower(what)}";
                }

                if (what is not null)
                {
                    steps.Add(new SummaryStep(what, colleague ?? clientOwner, Due(dates, today)) { ByClient = true });
                }
            }
        }

        var last = readings.Count > 0 ? readings[^1] : null;
        if (last is { Party: Party.Us })
        {
            // Our questions the client has not answered yet ("1. Wer pflegt später Termine …?") are one step of theirs.
            var questions = last.Sentences.Count(s => s.Sentence.IsQuestion && s.IsAsk && !ClientIsAsked(s) && !Matches(Courtesy(), s.Sentence.Text));

            // "Could you let us know by Friday: 1. … 2. …": the heading dates the questions and is no step of its own.
            var heading = last.Sentences.Find(s => ClientIsAsked(s) && s.Sentence.Text.TrimEnd().EndsWith(':') && dated.In(last, s).Count > 0);
            if (questions is > 0 and <= 3)
            {
                // "Gibt es einen Lastenaufzug?": each open question a step of theirs, in its own words.
                var due = heading is null ? null : Due(dated.In(last, heading), today);
                foreach (var question in last.Sentences.Where(s => s.Sentence.IsQuestion && s.IsAsk && !ClientIsAsked(s) && !Matches(Courtesy(), s.Sentence.Text)))
                {
                    var text = ListItem().Replace(Phrasing.Clean(question.Sentence.Text), "").Trim();
                    steps.Add(new SummaryStep(german ? $"Antwort auf unsere Frage: {text}" : $"Your answer to our question: {text}", clientOwner, due) { ByClient = true });
                }
            }
            else if (questions > 0)
            {
                var what = (german, questions) switch
                {
                    (true, 1) => "Die Frage aus meiner letzten Nachricht beantworten",
                    (true, _) => $"Die {NumberWord(questions, german)} Fragen aus meiner letzten Nachricht beantworten",
                    (false, 1) => "Answer the question in my last message",
                    _ => $"Answer the {NumberWord(questions, german)} questions in my last message",
                };
                steps.Add(new SummaryStep(what, clientOwner, heading is null ? null : Due(dated.In(last, heading), today)) { ByClient = true });
            }

            foreach (var sentence in last.Sentences.Where(s => ClientIsAsked(s) && !(questions > 0 && s == heading) && !Matches(PassOn(), s.Sentence.Text)))
            {
                var dates = dated.In(last, sentence);
                var what = Absolute(Phrasing.Ask(sentence.Sentence.Text, german, keepDates: true, ourRequest: true, du: du), dates, german);
                if (what is not null)
                {
                    steps.Add(new SummaryStep(what, NamedOwner(sentence.Sentence.Text) ?? clientOwner, Due(dates, today)) { ByClient = true });
                }
            }
        }

        steps.AddRange(OurEarlierRequests(readings, dated, today, german, du, clientOwner));
        DeliveryNews(readings, lastClient, dated, today, german, clientOwner, steps);
        return steps;
    }

    /// <summary>
    /// The client's news of when something of theirs arrives: "so the list will come Wednesday", "Gillian's now saying the
    /// payroll files will be Wednesday, not Friday". It moves their earlier step about the same thing ("Luis will get you the
    /// participant list by Friday"), or is a step of its own, owned by the person it names.
    /// </summary>
    private static void DeliveryNews(List<MessageReading> readings, int lastClient, Dates dated, DateOnly today, bool german, string clientOwner, List<SummaryStep> steps)
    {
        if (lastClient < 0)
        {
            return;
        }

        var latest = readings[lastClient];
        var moved = new List<SummaryStep>();
        foreach (var sentence in latest.Sentences.Where(s => s.Signals == 0 && !Matches(ThreatCondition(), s.Sentence.Text) && !Matches(Wants(), s.Sentence.Text)))
        {
            var clause = ClauseBreak().Split(Phrasing.Clean(sentence.Sentence.Text)).FirstOrDefault(c => Matches(ArrivesOn(), c) && !c.TrimEnd().EndsWith('?'));
            if (clause is null || dated.In(latest, sentence).Where(d => d.Date >= today && clause.Contains(d.Text, StringComparison.Ordinal)
                && !NegatedDate().IsMatch(clause[..clause.IndexOf(d.Text, StringComparison.Ordinal)])).ToList() is not [var date, ..])
            {
                continue;
            }

            // "Tony's list is running late too" moves Tony's step, not Luis's list.
            var things = Things(clause);
            var named = PossessiveOwner(clause) ?? NamedOwner(clause);
            var earlier = steps.FindIndex(s => s.ByClient && !moved.Contains(s) && Things(s.What).Overlaps(things)
                && (named is null || s.Owner.Contains(named, StringComparison.Ordinal) || named.Contains(s.Owner, StringComparison.Ordinal)));
            if (earlier >= 0)
            {
                // "… will send us the list by Monday" now reads "… will send us the list by Wednesday, December 9".
                var what = steps[earlier].What;
                what = TrailingDate().Match(what) is { Success: true } old && (old.Value.Any(char.IsDigit) || Matches(DayWord(), old.Value)) ? what[..old.Index] : what;
                steps[earlier] = steps[earlier] with { What = $"{what} {(german ? "bis" : "by")} {Dates.Day(date.Date, german)}", Due = date.Date };
                moved.Add(steps[earlier]);
                continue;
            }

            steps.Add(new SummaryStep(Capital(clause.Trim().TrimEnd('.', '!')), named ?? clientOwner, date.Date) { ByClient = true });
        }
    }

    /// <summary>
    /// Who on the client's side promises, by a name the name lists do not know: "Carys our treasurer will pay the deposit on
    /// Monday", "Ruth's still chasing the addresses, she'll have the list to you by Wednesday", "Mel will let the parents know".
    /// A capital at the start of an English sentence is a name when an apposition says who it is, or when the thread writes it
    /// with a capital inside a sentence too ("Payment will follow on Monday" has neither).
    /// </summary>
    private static string? PromisingName(string text, List<MessageReading> readings)
    {
        if (PromiserLead().Match(text) is not { Success: true } lead || NotAName.Contains(lead.Groups["name"].Value))
        {
            return null;
        }

        var name = lead.Groups["name"].Value;
        return lead.Groups["role"].Success || Salutations.Gender(name) != '?'
            || readings.Exists(r => r.Sentences.Exists(s => WrittenInside(s.Sentence.Text, name))) ? name : null;
    }

    /// <summary>Whether the text has the name after a word, not at its start ("… I told Mel about it"): a capital there is a name's.</summary>
    private static bool WrittenInside(string text, string name)
    {
        for (var at = text.IndexOf(name, 1, StringComparison.Ordinal); at > 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (char.IsWhiteSpace(text[at - 1]) && (end == text.Length || !char.IsLetter(text[end])) && text[..at].TrimEnd() is { Length: > 0 } before
                && (char.IsLower(before[^1]) || before[^1] is ',' or ';' or ':' or '–' or '-'))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> NotAName = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "It", "We", "You", "They", "He", "She", "Our", "Your", "My", "Everything", "Nothing", "Someone",
        "Somebody", "Everyone", "Everybody", "Nobody", "Payment", "Delivery", "Invoice", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "Today", "Tomorrow", "Also", "And", "But", "So", "Then", "Yes", "Thanks", "Please", "Hopefully",
    };

    /// <summary>The nouns a delivery is about, as lower-case words of four letters or more ("list", "payroll", "files").</summary>
    private static HashSet<string> Things(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 4 && !Stop.Contains(w) && !DeliveryWords.Contains(w))];

    private static readonly HashSet<string> DeliveryWords = new(StringComparer.Ordinal)
    {
        "will", "come", "comes", "coming", "arrive", "arrives", "sorry", "that", "this", "then", "with", "from", "your", "have", "kommt", "kommen",
        "wird", "werden", "jetzt", "erst", "leider", "dann", "sein", "ready", "fertig", "send", "sends", "schickt", "schicken", "saying", "says", "sagt",
        "about", "only", "just", "nur", "noch", "dass", "they", "their", "sie", "ihr", "ihre",
    };

    /// <summary>
    /// What an earlier message of ours asked of the client by a date still ahead, when their replies since have not taken
    /// it up: "Für die Lohnverrechnung brauchen wir außerdem die Stundenlisten der Aushilfen bis 14. Dezember".
    /// </summary>
    private static IEnumerable<SummaryStep> OurEarlierRequests(List<MessageReading> readings, Dates dated, DateOnly today, bool german, bool du, string clientOwner)
    {
        for (var at = 0; at < readings.Count - 1; at++)
        {
            var ours = readings[at];
            var later = readings.Skip(at + 1).Where(r => r.Party == Party.Client).ToList();
            var replies = later.SelectMany(r => r.Sentences).Select(s => s.Sentence.Lower).ToList();
            if (ours.Party != Party.Us || replies.Count == 0)
            {
                continue;
            }

            // A reply that decides something, or names the date we asked for, answered "Gib mir bis 4.12. Bescheid" whatever its words.
            var decided = later.Exists(r => r.Sentences.Exists(s => Accepts(s) || Matches(Decision(), s.Sentence.Text)));
            var repliedDates = later.SelectMany(r => r.Sentences.SelectMany(s => dated.In(r, s))).Where(d => d.Text.Any(char.IsDigit)).Select(d => d.Date).ToHashSet();
            foreach (var sentence in ours.Sentences.Where(ClientIsAsked))
            {
                var dates = dated.In(ours, sentence);
                var stems = ContentWords(sentence.Sentence.Text).Where(w => w.Length >= 6).Select(w => w[..6]).ToList();
                var taken = stems.Count(stem => replies.Exists(r => r.Contains(stem, StringComparison.Ordinal))) * 2 >= Math.Max(1, stems.Count)
                    || dates.Exists(d => repliedDates.Contains(d.Date))
                    || (decided && Matches(AskedToDecide(), sentence.Sentence.Text));
                // "… die bis 15. Dezember beim Finanzamt sein muss, benötigen wir bis 4. Dezember …": a request whose own deadline has passed is stale.
                if (taken || !dates.Exists(d => d.IsDeadline && d.Date >= today) || dates.Exists(d => d.IsDeadline && d.Date < today)
                    || Absolute(Phrasing.Ask(sentence.Sentence.Text, german, keepDates: true, ourRequest: true, du: du), dates, german) is not { } what)
                {
                    continue;
                }

                yield return new SummaryStep(what, NamedOwner(sentence.Sentence.Text) ?? clientOwner, Due(dates, today)) { ByClient = true };
            }
        }
    }

    /// <summary>
    /// Done since, by <paramref name="party"/>: "I'll send the customer export by Friday", then "Customer export attached"; "If you can
    /// approve them by noon tomorrow, …", then "please consider it approved".
    /// </summary>
    private static bool DoneSince(string what, List<MessageReading> readings, int at, Party party)
    {
        var stems = MatterStems(what);
        return readings.Skip(at + 1).Where(r => r.Party == party).SelectMany(r => r.Sentences)
            // … about the same matter: two words of it where it has two ("Unterkante 2,90 m über dem Gehweg" in the draft sent since is no
            // permit for the lift on the Gehweg).
            .Any(s => (Matches(Delivered(), s.Sentence.Text) || Matches(LooksGood(), s.Sentence.Text)) && MatterStems(s.Sentence.Text).Count(stems.Contains) >= Math.Min(2, stems.Count));
    }

    /// <summary>
    /// A bare weekday of the client's that has passed ("am Samstag", written on Friday about our plan for Saturday,
    /// 5.12.) is the day of that name our side planned from today on, or else the next such day.
    /// </summary>
    private static List<DateExtractor.Found> Anchored(List<DateExtractor.Found> dates, List<MessageReading> readings, Dates dated, DateOnly today)
    {
        if (!dates.Exists(d => d.Date < today && BareWeekday().IsMatch(d.Text)))
        {
            return dates;
        }

        var planned = readings.Where(r => r.Party == Party.Us).SelectMany(r => r.Sentences.SelectMany(s => dated.In(r, s))).Select(d => d.Date).Where(d => d >= today).Order().ToList();
        return [.. dates.Select(d => d.Date < today && BareWeekday().IsMatch(d.Text)
            ? d with { Date = planned.Cast<DateOnly?>().FirstOrDefault(p => p!.Value.DayOfWeek == d.Date.DayOfWeek) ?? NextOn(d.Date.DayOfWeek, today) }
            : d)];
    }

    private static string NumberWord(int n, bool german) => (n, german) switch
    {
        (2, true) => "zwei",
        (3, true) => "drei",
        (4, true) => "vier",
        (5, true) => "fünf",
        (2, false) => "two",
        (3, false) => "three",
        (4, false) => "four",
        (5, false) => "five",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static DateOnly? Due(List<DateExtractor.Found> dates, DateOnly today) =>
        dates.Count == 0 ? null : dates.Max(d => d.Date) is var date && date < today ? today : dates.Max(d => d.Date);
}
