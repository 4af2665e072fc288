using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Core.Threads.Analysis;

namespace OutlookClientCare.Core.FollowUps;

/// <summary>
/// Proposes the follow-up summary of a thread (step 7 of the method): what both sides agreed (a
/// slot or an option the client accepted), what we committed to with its date, the client's open
/// points in our words with what we will do about each, and the next steps with an owner by name
/// and a date in the user's time zone. While the client is upset and nothing is agreed, the form is
/// "what I hear" (step 4). A client's demand or ultimatum is never "agreed", and nothing past is
/// presented as future. Deterministic: the same thread and moment give the same proposal.
/// </summary>
public static partial class SummaryComposer
{
    private const int OurMessagesForCommitments = 2;

    public static SummaryProposal Propose(SummaryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = input.Context;
        var card = input.Card;
        var isUs = ThreadAnalyzer.OurSide(context);
        var scratch = new List<CueMatch>();
        var readings = input.Messages
            .Where(m => !m.IsDraft)
            .OrderBy(m => m.SentDateTime)
            .Select(m => MessageReading.Read(m, m.From is { } from && isUs(from.Address) ? Party.Us : Party.Client, scratch))
            .Where(r => !r.IsAutoReply)
            .ToList();

        var language = input.Language ?? card.Language;
        var german = language == ThreadLanguage.De;
        var form = german ? input.FormOfAddress ?? card.FormOfAddress?.ToString().ToLowerInvariant() ?? "sie" : null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Now, context.TimeZone).DateTime);
        var userFirst = input.UserName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? input.UserName;
        var lastClient = readings.FindLastIndex(r => r.Party == Party.Client);
        var client = lastClient < 0 ? null : readings[lastClient];
        var register = Register(readings, client, language, form, input.UserName);
        var clientOwner = ClientOwner(register.Salutation, client);
        var dated = new Dates(context);

        var agreedSteps = new List<SummaryStep>();
        var agreedMeetings = new List<DateOnly>();
        var agreed = Agreements(readings, lastClient, dated, german, today, userFirst, agreedSteps, agreedMeetings);
        var du = form == "du";
        var meeting = agreedSteps.Find(s => s.Due is not null && s.Due > today)?.Due ?? agreedMeetings.FirstOrDefault();
        var commitments = Commitments(readings, dated, today, german, du, userFirst, clientOwner, meeting == default ? null : meeting);
        var (askLines, askSteps) = Asks(card, readings, dated, today, german, du, userFirst, clientOwner, commitments);
        var clientSteps = ClientSteps(readings, lastClient, dated, today, german, du, clientOwner);

        var steps = new List<SummaryStep>();
        foreach (var step in askSteps.Concat(commitments).Concat(agreedSteps).Concat(clientSteps))
        {
            // Our answer to a question about the client's step ("Die Belege lade ich morgen hoch. Reicht das noch?") is a step beside theirs.
            var same = steps.FindIndex(s => Similar(s.What, step.What) && s.ByClient == step.ByClient);
            if (same < 0)
            {
                steps.Add(step);
            }
            else if (steps[same].Due is null && step.Due is not null && steps[same].ByClient == step.ByClient)
            {
                // The same step twice: the one that says when wins.
                steps[same] = step;
            }
        }

        var hot = card.Mood.Level >= MoodLevel.Frustrated;
        var summaryForm = hot && agreed.Count == 0 ? SummaryForm.WhatIHear : SummaryForm.Agreed;
        var userGerman = (context.UserLanguage ?? language) == ThreadLanguage.De;
        return new SummaryProposal
        {
            Form = summaryForm,
            Language = language,
            Salutation = register.Salutation,
            Agreed = agreed,
            Asks = askLines,
            NextSteps = [.. steps.OrderBy(s => s.Due ?? DateOnly.MaxValue)],
            Closing = register.Closing,
            Signature = register.Signature,
            ClientName = clientOwner.Length > 0 ? clientOwner : null,
            FormOfAddress = form,
            FormReason = summaryForm == SummaryForm.WhatIHear
                ? userGerman
                    ? "Der Kunde ist verärgert und es ist noch nichts vereinbart: Die Zusammenfassung gibt wieder, was Sie gehört haben, und sagt zu jedem Punkt, was Sie bis wann tun."
                    : "The client is upset and nothing is agreed yet: the summary says back what you heard and, for each point, what you will do by when."
                : userGerman
                    ? "Die Zusammenfassung hält fest, was vereinbart ist und wer was bis wann tut."
                    : "The summary records what was agreed and who does what by when.",
        };
    }

    private static Salutations.Register Register(List<MessageReading> readings, MessageReading? client, ThreadLanguage language, string? form, string userName)
    {
        var ourGreetings = readings.Where(r => r.Party == Party.Us).Reverse()
            .Select(r => Salutations.GreetingOf(r.Message.Text)).OfType<string>().ToList();
        var person = new Salutations.Person(client?.Message.From?.Name, client is null ? null : SignedName(client), client?.Message.From?.Address ?? "");

        // A client who writes "Dear Mr. Brooks" or "Mr. Brooks," expects the same from us.
        var clientIsFormal = client is not null && FormalGreeting().IsMatch(client.Message.Text.AsSpan(0, Math.Min(120, client.Message.Text.Length)));
        return Salutations.For(person, ourGreetings, language, form, clientIsFormal, userName);
    }

    /// <summary>How the client signs: the short name line after their closing ("Tim", "K. Vogt").</summary>
    private static string? SignedName(MessageReading client)
    {
        var text = client.Message.Text;
        var closing = MessageReading.ClosingStart(text);
        foreach (var raw in text.AsSpan(closing).EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty || line.Length > 40 || line.IndexOfAnyInRange('0', '9') >= 0)
            {
                continue;
            }

            var words = line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Any(w => Valediction.Contains(w.Trim(',', '.', '!').ToLowerInvariant())))
            {
                continue;
            }

            if (words.Length is >= 1 and <= 4 && words.All(w => char.IsUpper(w[0])) && !line.EndsWith(','))
            {
                return line.ToString();
            }
        }

        return null;
    }

    private static readonly HashSet<string> Valediction = new(StringComparer.Ordinal)
    {
        "grüße", "gruesse", "grüsse", "grüßen", "grüssen", "gruß", "gruss", "freundliche", "freundlichen", "mfg", "lg", "vg", "regards", "wishes", "woche", "wochenende", "cheers", "thanks", "thank", "danke", "best",
        "beste", "viele", "liebe", "herzliche", "schöne", "schönen", "sonnige", "bis", "bald", "ciao", "tschüss", "servus", "sincerely", "yours",
    };

    private static string ClientOwner(string salutation, MessageReading? client)
    {
        // The client as the greeting names them: "Tim", "Frau Kröger", "Mr. Alvarez".
        foreach (var opener in Salutations.Openers)
        {
            if (salutation.StartsWith(opener, StringComparison.Ordinal) && salutation.Length > opener.Length)
            {
                return salutation[opener.Length..];
            }
        }

        return client?.Message.From?.Name ?? client?.Message.From?.Address ?? "";
    }

    /// <summary>
    /// What both sides agreed: in the client's latest message, an acceptance that names one of the
    /// options of our message before it (a date, "Variante 2", "Option B") is that option, stated as
    /// the agreed fact; other acceptances ("passt", "works for us") are stated as they are. A demand
    /// is never an agreement.
    /// </summary>
    private static List<string> Agreements(List<MessageReading> readings, int lastClient, Dates dated, bool german, DateOnly today, string userFirst, List<SummaryStep> steps, List<DateOnly> meetings)
    {
        var agreed = new List<string>();
        if (lastClient < 0)
        {
            return agreed;
        }

        var topic = Topic(readings[0].Message.Subject);
        var chose = false;
        for (var at = lastClient; at >= 0; at--)
        {
            if (readings[at].Party == Party.Client)
            {
                chose |= AgreementsIn(readings, at, at == lastClient, topic, dated, german, today, userFirst, agreed, steps, meetings);
            }
        }

        // "Salbeigrün ist kein Problem, die Paneele kosten in dieser Farbe dasselbe", "Vertical versions are included at no extra
        // cost": what we granted the client since their request is settled between us.
        // "Tuesdays and Thursdays, 3:45–4:45 PM for ESL works" after "could it be Tuesdays and Thursdays instead?": the client's
        // request we accepted.
        foreach (var ours in readings.Skip(1).Where(r => r.Party == Party.Us))
        {
            var at = readings.IndexOf(ours);
            var asked = readings.Take(at).LastOrDefault(r => r.Party == Party.Client)?.Sentences.Where(s => s.IsAsk).SelectMany(s => MatterStems(s.Sentence.Text)).ToHashSet() ?? [];
            foreach (var sentence in ours.Sentences.Where(s => !s.Sentence.IsQuestion && !s.IsAsk && !Matches(Offer(), s.Sentence.Text)
                && (Matches(Granted(), s.Sentence.Text) || (Matches(WeAccept(), s.Sentence.Text) && !Matches(ConditionClause(), s.Sentence.Text) && MatterStems(s.Sentence.Text).Exists(asked.Contains)))))
            {
                var grant = Phrasing.Commitment(sentence.Sentence.Text)?.TrimEnd('.', '!');
                if (grant is not null && !agreed.Exists(a => Similar(a, grant)))
                {
                    agreed.Add(grant);
                }
            }
        }

        if (!chose)
        {
            foreach (var item in AcceptedPlans(readings, dated, german, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(dated.Now, dated.Zone).DateTime)))
            {
                // "Workplace Spanish (12 supervisors): Tuesdays and Thursdays …" is its own point beside "Tuesdays and Thursdays for ESL works".
                if (!agreed.Exists(a => Similar(a, item) && LabelOf(item).TrueForAll(w => a.Contains(w, StringComparison.OrdinalIgnoreCase))))
                {
                    agreed.Add(item);
                }
            }
        }

        return agreed;
    }

    /// <summary>
    /// The acceptances of one client message: in the latest, every acceptance; in earlier ones only
    /// explicit decisions ("Die Freigabe für den 5./6.12. erteile ich hiermit"), since a "passt" of
    /// last week may have been overtaken since. Says whether the client took one of our options.
    /// </summary>
    private static bool AgreementsIn(
        List<MessageReading> readings, int at, bool isLatest, string topic, Dates dated, bool german, DateOnly today, string userFirst, List<string> agreed, List<SummaryStep> steps, List<DateOnly> meetings)
    {
        var latest = readings[at];
        var ourEarlier = readings.Take(at).Where(r => r.Party == Party.Us).Reverse().ToList();
        var chose = false;
        foreach (var sentence in latest.Sentences)
        {
            // "The search is back at the top, thank you": what we fixed, confirmed by the client.
            if (isLatest && sentence.Negative < 0.3 && !sentence.Sentence.IsQuestion && FixedConfirmation().Match(sentence.Sentence.Text) is { Success: true })
            {
                var fixedText = ThanksTail().Replace(CompoundSplit().Split(Phrasing.Clean(sentence.Sentence.Text))[0].TrimEnd('.', '!'), "");
                fixedText = fixedText[..(fixedText.AsSpan().LastIndexOfAnyExcept(" .!\uD83D\uDC4D") + 1)];
                if (fixedText.Count(char.IsLetter) > 8 && !agreed.Exists(a => Similar(a, fixedText)))
                {
                    agreed.Add(fixedText);
                }

                continue;
            }

            // In an earlier mail only a decision counts.
            if (!Accepts(sentence) || sentence.Negative >= 0.3 || sentence.Signals != 0 || sentence.Sentence.IsQuestion
                || (!isLatest && !Matches(Decision(), sentence.Sentence.Text)))
            {
                continue;
            }

            // "Sieht mega aus, passt so!" after "anbei der finale Entwurf für die Flyer": the draft we sent is approved.
            if (isLatest && Matches(LooksGood(), sentence.Sentence.Text) && !sentence.Sentence.IsQuestion && sentence.Negative < 0.3
                && ourEarlier.FirstOrDefault() is { } sent && sent.Sentences.Select(s => SentDraft().Match(s.Sentence.Text)).FirstOrDefault(m => m.Success) is { } draft)
            {
                var approved = $"{Capital(Phrasing.Clean(draft.Groups["what"].Value).Trim())} – {(german ? "freigegeben" : "approved")}";
                if (!agreed.Exists(a => Similar(a, approved)))
                {
                    agreed.Add(approved);
                }
            }

            // "… and the price is fine": the price as we quoted it ("For a group of 14 the price is £3,950 plus VAT, including …").
            if (Matches(PriceAccepted(), sentence.Sentence.Text)
                && ourEarlier.SelectMany(ours => ours.Sentences).FirstOrDefault(s => Matches(Money(), s.Sentence.Text) && !s.Sentence.IsQuestion && !ListItem().IsMatch(s.Sentence.Text)) is { } quoted
                && Phrasing.Commitment(quoted.Sentence.Text)?.TrimEnd('.') is { } price && !agreed.Exists(a => Similar(a, price)))
            {
                agreed.Add(price);
            }

            // "Wir nehmen Donnerstag, den 10. Dezember, und Variante B": the named option, as we described it.
            var labelled = ourEarlier.Select(ours => LabelledChoice(sentence, ours)).FirstOrDefault(o => o is not null);
            if (labelled is not null && !agreed.Exists(a => Similar(a, labelled)))
            {
                agreed.Add(labelled);
                chose = true;
            }

            // The option of our latest message, or a date we proposed earlier that the client now confirms ("Der 11.12. ist gesetzt").
            var option = ourEarlier.Select(ours => ChosenOption(sentence, latest, ours, dated)).FirstOrDefault(o => o is not null);
            if (option is null && labelled is not null)
            {
                continue;
            }

            if (option is { } chosen)
            {
                // A meeting is named as one: "Termin (SEO-Betreuung): Donnerstag, 10.12., vormittags", "Q1 roadmap call: January 6 at 2 PM".
                var meeting = MeetingNoun().Match(sentence.Sentence.Text) is { Success: true } m ? m : MeetingNoun().Match(chosen.Question ? chosen.Source : "");
                var noun = meeting.Success ? Capital(meeting.Value) : chosen.Question ? (german ? "Termin" : "Meeting") : null;

                // A long subject that happens to name the meeting ("Etiketten, Weihnachtskarte und ein Termin im Dezember") is no label.
                var shortTopic = topic.Length > 0 && topic.Split(' ').Length <= 4;
                var fact = shortTopic && MeetingNoun().IsMatch(topic) ? $"{topic}: {chosen.Text}"
                    : noun is not null ? shortTopic ? $"{noun} ({topic}): {chosen.Text}" : $"{noun}: {chosen.Text}"
                    : topic.Length > 0 ? $"{topic}: {chosen.Text}" : chosen.Text;
                noun ??= MeetingNoun().IsMatch(topic) ? "" : null;
                if (agreed.Exists(a => Similar(a, fact)))
                {
                    continue;
                }

                agreed.Add(fact);
                if (chosen.Date is { } date && date >= today && !(noun is null && ListItem().IsMatch(chosen.Source)))
                {
                    if (noun is not null)
                    {
                        meetings.Add(date);
                    }

                    // A date of ours the client confirmed is ours to keep ("Migration bis 11.12."); a meeting they took needs our invitation.
                    // … unless the client has put it in their calendar already ("ich habe ihn mir eingetragen").
                    if (noun is not null && latest.Sentences.Exists(s => Matches(InCalendar(), s.Sentence.Text)))
                    {
                        chose = true;
                        continue;
                    }

                    steps.Add(noun is not null
                        ? new SummaryStep(german ? $"Kalendereinladung für {Dates.Day(date, german)}, schicken" : $"Send the calendar invite for {Dates.Day(date, german)}", userFirst, today)
                        : new SummaryStep(chosen.Text, userFirst, date));
                }

                chose = true;
                continue;
            }

            if (!Matches(Decision(), sentence.Sentence.Text) && dated.In(latest, sentence).Count == 0)
            {
                // "Passt so", "Thanks, that helps": settled, but nothing to record as a fact.
                continue;
            }

            var text = AcceptedText(sentence.Sentence.Text, german);
            if (text is not null && !agreed.Exists(a => Similar(a, text)))
            {
                agreed.Add(text);
            }
        }

        return chose;
    }

    /// <summary>
    /// The points of a plan or proposal of ours ("Mein Vorschlag:", "To sum up what we agreed:", a
    /// numbered list) that the client answered with approval ("ist fair", "that's exactly what I
    /// needed", "approved to go ahead"): each point is agreed, except one the client turned down,
    /// which is recorded as such ("Vorerst nicht: …").
    /// </summary>
    private static List<string> AcceptedPlans(List<MessageReading> readings, Dates dated, bool german, DateOnly today)
    {
        var agreed = new List<string>();
        for (var i = 1; i < readings.Count; i++)
        {
            var client = readings[i];
            var ours = readings[i - 1];
            if (client.Party != Party.Client || ours.Party != Party.Us || !Approves(client))
            {
                continue;
            }

            var items = PlanItems(ours);
            foreach (var (item, continued) in items)
            {
                var text = InlineProposal().Replace(string.Join(". ", continued.Prepend(item).Select(c => Phrasing.Clean(c.Sentence.Text).TrimEnd('.', ';', ':'))), "");
                text = text.Length > 0 ? Capital(text) : text;
                var itemDates = continued.Prepend(item).SelectMany(c => dated.In(ours, c)).ToList();
                var bare = itemDates.Aggregate(text, (rest, d) => rest.Replace(d.Text, "", StringComparison.Ordinal)).Count(char.IsLetter) < 4;
                if (text.Length < 8 || bare || itemDates.Exists(d => d.Date < today))
                {
                    // A point whose date has passed is history, not something to agree on now.
                    continue;
                }

                // "ESL on Mon/Wed clashes with our shift handover – could it be Tuesdays and Thursdays instead?": a point the client
                // asked to change is not agreed as we wrote it.
                if (ChangedByClient(text, client))
                {
                    continue;
                }

                var declined = client.Sentences.Any(s => Declines(s) && Similar(s.Sentence.Text, text));
                agreed.Add(declined ? (german ? $"Vorerst nicht: {text}" : $"Not for now: {text}") : text);
            }
        }

        return agreed;
    }

    /// <summary>The client answers with approval and no new complaint.</summary>
    private static bool Approves(MessageReading client) =>
        client.Score < 0.3 && client.Sentences.Exists(s => s.IsClosure || s.IsRelief || Accepts(s) || Matches(Approval(), s.Sentence.Text));

    private static bool Declines(SentenceReading sentence) => Matches(Decline(), sentence.Sentence.Text);

    /// <summary>List items and the lines after a heading ("Mein Vorschlag:", "What we're changing:").</summary>
    private static List<(SentenceReading Item, List<SentenceReading> Continued)> PlanItems(MessageReading ours)
    {
        var items = new List<(SentenceReading Item, List<SentenceReading> Continued)>();
        var underHeading = false;
        var pending = new List<SentenceReading>();
        foreach (var sentence in ours.Sentences)
        {
            var text = sentence.Sentence.Text;
            if (sentence.Sentence.IsQuestion || sentence.IsAsk)
            {
                underHeading = false;
                pending.Clear();
                continue;
            }

            if (InlineProposal().Match(text) is { Success: true } proposal && text.Length - proposal.Length > 12)
            {
                // "Mein Vorschlag für den Druck: 2.000 Flyer und 30 Plakate für 486 € netto …": a plan of one point.
                items.Add((sentence, []));
                continue;
            }

            if (ListItem().IsMatch(text))
            {
                // "1. We switch to the streaming API. Estimate: 64 hours, $9,600. 2. …": the lines between two points belong to the first.
                if (items.Count > 0 && pending.Count > 0)
                {
                    items[^1].Continued.AddRange(pending);
                }

                pending.Clear();
                items.Add((sentence, []));
                continue;
            }

            if (items.Count > 0 && ListItem().IsMatch(items[^1].Item.Sentence.Text))
            {
                pending.Add(sentence);
                continue;
            }

            if (underHeading && text.Length > 12)
            {
                items.Add((sentence, []));
                continue;
            }

            underHeading = text.EndsWith(':') && Matches(PlanHeading(), text);
        }

        // Options to choose from and a breakdown of figures ("Here's the breakdown of the 22 hours:") are no plan.
        return [.. items.Where(i => HeadingBefore(ours, i.Item) is var heading && !IsOptionsHeading(heading) && !Matches(DataHeading(), heading))];
    }

    /// <summary>
    /// A labelled point ("ESL (up to 18 participants): Mondays and Wednesdays") that the client's reply asks to change:
    /// "ESL on Mon/Wed clashes with our shift handover – could it be Tuesdays and Thursdays instead?".
    /// </summary>
    private static bool ChangedByClient(string item, MessageReading client)
    {
        var words = LabelOf(item);
        if (words.Count == 0)
        {
            return false;
        }

        foreach (var sentence in client.Sentences)
        {
            var text = sentence.Sentence.Text;
            if (ChangeRequest().Match(text) is { Success: true } change)
            {
                var clause = text[..change.Index];
                if (words.TrueForAll(w => clause.Contains(w, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The words of a point's label: "ESL (up to 18 participants): …" → ["ESL"]; none when the point has no short label.</summary>
    private static List<string> LabelOf(string item)
    {
        var end = item.IndexOfAny(['(', ':']);
        var words = end > 0 ? item[..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToList() : [];
        return words.Count <= 4 ? words : [];
    }

    /// <summary>"Variante B" in the client's words → "Variante B: Workshop mit zwei Moderatorinnen, …: 3.350 € netto" from our "B) …".</summary>
    private static string? LabelledChoice(SentenceReading sentence, MessageReading ours)
    {
        var label = OptionLabel().Match(sentence.Sentence.Text);
        if (!label.Success)
        {
            return null;
        }

        var name = Capital(label.Value);
        var letter = label.Value.Split(' ')[^1];
        foreach (var candidate in ours.Sentences)
        {
            // The whole line: its purpose clause ("damit wir in Kleingruppen arbeiten können") is part of what was chosen.
            var text = candidate.Sentence.Text.Trim().TrimEnd('.', ';');
            var marker = Regex.Match(text, $@"^(?:(?:variante|option|paket|package|angebot|vorschlag)\s+)?{Regex.Escape(letter)}\s*[):.–-]\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (marker.Success && text.Length - marker.Length > 8)
            {
                return $"{name}: {text[marker.Length..]}";
            }

            var at = candidate.Sentence.Lower.IndexOf(label.Value.ToLowerInvariant(), StringComparison.Ordinal);
            if (at >= 0 && !candidate.Sentence.IsQuestion)
            {
                // "Swatch 2 – sage green velvet (4 weeks) Swatch 3 – charcoal linen": a list run together ends at the next label.
                var next = OptionLabel().Match(text, at + label.Length);
                var listed = next.Success || OptionLabel().IsMatch(text[..at]);
                return !listed ? text : Capital((next.Success ? text[at..next.Index] : text[at..]).TrimEnd(' ', ',', ';', '–', '-'));
            }
        }

        return null;
    }

    private static bool IsOptionsHeading(string text) =>
        text.EndsWith(':') && (Matches(Offer(), text) || Matches(OptionsHeading(), text));

    /// <summary>The nearest sentence ending in a colon before this one: the heading of its list.</summary>
    private static string HeadingBefore(MessageReading reading, SentenceReading item)
    {
        for (var i = reading.Sentences.IndexOf(item) - 1; i >= 0; i--)
        {
            if (reading.Sentences[i].Sentence.Text.EndsWith(':'))
            {
                return reading.Sentences[i].Sentence.Text;
            }
        }

        return "";
    }

    private static bool Accepts(SentenceReading sentence) =>
        Matches(Acceptance(), sentence.Sentence.Text) || Matches(Decision(), sentence.Sentence.Text);

    /// <summary>The option of our message the client took: by its date, or by its name or number.</summary>
    private static (string Text, bool Question, DateOnly? Date, string Source)? ChosenOption(SentenceReading sentence, MessageReading latest, MessageReading ours, Dates dated)
    {
        var said = dated.In(latest, sentence);
        var chosen = said.Select(d => d.Date).ToHashSet();
        var label = OptionLabel().Match(sentence.Sentence.Text) is { Success: true } m ? m.Value.ToLowerInvariant() : null;
        // "Friday morning works for us" after "1. Thursday 10 December … 2. Friday 11 December …": the one offered option on that weekday.
        var offeredAll = ours.Sentences.Where(c => ListItem().IsMatch(c.Sentence.Text) || c.Sentence.IsQuestion || Matches(Alternatives(), c.Sentence.Text))
            .SelectMany(c => dated.In(ours, c)).ToList();
        var byWeekday = offeredAll.Where(o => chosen.Any(c => c.DayOfWeek == o.Date.DayOfWeek)).Select(o => o.Date).Distinct().ToList();
        if (chosen.Count > 0 && !said.Exists(d => d.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0) && !offeredAll.Exists(o => chosen.Contains(o.Date)) && byWeekday.Count == 1)
        {
            chosen = [byWeekday[0]];
        }

        foreach (var candidate in ours.Sentences)
        {
            var offered = dated.In(ours, candidate);
            var taken = chosen.Count > 0 ? offered.FindIndex(d => chosen.Contains(d.Date)) : -1;
            if (taken >= 0)
            {
                // "Hätten Sie am Donnerstag, 10.12., vormittags Zeit?": the agreed fact is the date and its time, not our question.
                var text = Phrasing.Clean(candidate.Sentence.Text).TrimEnd('.', ';');
                return candidate.Sentence.IsQuestion
                    ? (DateWithTime(text, offered[taken].Text), true, offered[taken].Date, text)
                    : (ChosenPart(text, offered[taken].Text), false, offered[taken].Date, text);
            }

            if (label is not null && candidate.Sentence.Lower.Contains(label, StringComparison.Ordinal))
            {
                return (Phrasing.Clean(candidate.Sentence.Text).TrimEnd('.', ';'), false, null, candidate.Sentence.Text);
            }
        }

        return null;
    }

    /// <summary>
    /// Of a sentence that offers several options ("… anbieten: Donnerstag, 26.11., um 10 Uhr oder
    /// Freitag, 27.11., um 14 Uhr"), the one holding the chosen date ("Donnerstag, 26.11., um 10 Uhr");
    /// a sentence with one option stays whole.
    /// </summary>
    private static string ChosenPart(string sentence, string dateText)
    {
        var parts = Alternatives().Split(sentence);
        if (parts.Length < 2)
        {
            return sentence;
        }

        var part = parts.FirstOrDefault(p => p.Contains(dateText, StringComparison.Ordinal)) ?? sentence;
        var colon = part.LastIndexOf(": ", StringComparison.Ordinal);
        return (colon >= 0 && colon + 2 < part.Length ? part[(colon + 2)..] : part).Trim(' ', ',', ';');
    }

    /// <summary>The date a question of ours offered, with what follows it ("Donnerstag, 10.12., vormittags", "January 6 at 2 PM at our office").</summary>
    private static string DateWithTime(string sentence, string dateText)
    {
        var at = sentence.IndexOf(dateText, StringComparison.Ordinal);
        if (at < 0)
        {
            return dateText.Trim(' ', ',', '.');
        }

        // From the date (with its weekday) to the end of the question, without the asking words after it:
        // "Passt Ihnen Mittwoch, 9.12., um 10 Uhr bei uns?" → "Mittwoch, 9.12., um 10 Uhr bei uns".
        var weekday = WeekdayBeforeDate().Match(sentence[..at]);
        var start = weekday.Success ? weekday.Index : at;
        var rest = sentence[start..].Trim().TrimEnd('?', '.', ' ');
        return LeadingPreposition().Replace(SlotQuestionWords().Replace(QuestionTail().Replace(rest, ""), "").Trim(' ', ','), "");
    }

    /// <summary>"Thursday 10 AM works." → "Thursday 10 AM works"; "Passt, danke!" says nothing to record.</summary>
    private static string? AcceptedText(string sentence, bool german)
    {
        var text = Phrasing.Clean(sentence).Trim().TrimEnd('.', '!');
        text = LeadingFiller().Replace(text, "");
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return null;
        }

        // The client's words in our letter: "lass das Backup drin" stays theirs, with their pronouns turned to ours.
        return Capital(text);
    }

    /// <summary>
    /// Our commitments still ahead: in our latest message, statements and promises with a date from
    /// today on; in the message before it, explicit promises ("I'll send …") and dated lists of open
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
            var movedBefore = moved.ToHashSet(StringComparer.Ordinal);
            moved.UnionWith(reading.Sentences.Where(s => Matches(Moved(), s.Sentence.Text)).SelectMany(s => MatterStems(s.Sentence.Text)).Where(stem => stem.Length >= 6));
            var underRequest = false;
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
                if (thenOurs is null && (sentence.Sentence.IsQuestion || (sentence.IsAsk && !sentence.Speaks) || ClientIsAsked(sentence) || sentence.IsApology || underRequest || Matches(Awaiting(), text)))
                {
                    continue;
                }

                // "Gib mir bis Montag Bescheid, dann geht alles am Mittwoch, 2.12., in den Druck": the part after "dann" is ours.
                if (thenOurs is not null)
                {
                    text = thenOurs;
                }

                var dates = dated.In(reading, sentence).Where(d => !IsReference(text, d.Text) && text.Contains(d.Text, StringComparison.Ordinal)).ToList();
                if (OurCondition(text, dates, german) is { } condition)
                {
                    // "If you can sign it off by Thursday, 3 December, the copies will be with you on Thursday, 10 December":
                    // the condition is the client's step, the rest our promise, each with its own date.
                    if (ClientPart(condition.Clause, german, awaited: reading == readings[^1]) is { } clientPart)
                    {
                        var clauseDates = dates.Where(d => condition.Clause.Contains(d.Text, StringComparison.Ordinal)).ToList();
                        steps.Add(new SummaryStep(clientPart, clientOwner, Due(clauseDates, today)) { ByClient = true });
                    }

                    text = Upright(condition.Main);
                    if (!ClientSubject().IsMatch(condition.Clause) && !ReceiveFromClient().IsMatch(condition.Clause) && !dates.Exists(d => text.Contains(d.Text, StringComparison.Ordinal)) && !Matches(AtTheMeeting(), text))
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

                var ahead = dates.Where(d => d.Date >= today).ToList();
                if (dates.Count > 0 && dates.Aggregate(text, (rest, d) => rest.Replace(d.Text, "", StringComparison.Ordinal)).Count(char.IsLetter) < 4)
                {
                    // A bare date ("- Wednesday, December 9, 2:00 PM") is an option we offered, not a commitment.
                    continue;
                }

                if (Matches(Offer(), text) && !Matches(Promise(), text))
                {
                    // "To protect your launch, we can load the first 40 courses in parallel": an offer until the client takes it.
                    continue;
                }

                if (dates.Count >= 2 && Matches(Alternatives(), text)
                    && (Matches(OrWord(), text) || text.Split(';').All(p => dates.Aggregate(p, (rest, d) => rest.Replace(d.Text, "", StringComparison.Ordinal)).Count(char.IsLetter) < 15)))
                {
                    // "Donnerstag, 26.11., um 10 Uhr oder Freitag, 27.11., um 14 Uhr": options we offered, not a promise.
                    continue;
                }

                // "Siobhán from our production team will lead the crew": a colleague's part is our side's promise too.
                var promise = Matches(Promise(), text) || (NamedOwner(text) is not null && Matches(Future(), text));
                var counts = dates.Count == 0
                    ? promise && reading == lastOurs
                    : ahead.Count > 0 && (reading == lastOurs ? sentence.Speaks || listItem || promise || StatesPlan(text) : promise || listItem);
                if (!counts)
                {
                    continue;
                }

                // "bis zum 11.12." is the due date, "für den Relaunch am 15.01." only the occasion; "Ich schicke Ihnen dann einen Link" takes its date from the sentence before.
                var due = ahead.Where(d => d.IsDeadline).Select(d => (DateOnly?)d.Date).Min() ?? ahead.Select(d => (DateOnly?)d.Date).Min()
                    ?? (Matches(Then(), text) ? PreviousDate(reading, sentence, dated, today) : null)
                    ?? (meeting is { } day && Matches(AtTheMeeting(), text) ? day : null);
                if (due is not null && thenOurs is null && Matches(Collective(), text) && Covered(reading, sentence, dated) is { Count: > 0 } covered)
                {
                    // "Wir stellen die Galerie um … Beim Logo übernehmen wir den Farbwert … Beides ist bis Freitag, 4.12., online": two promises, one date.
                    steps.AddRange(covered.Select(c => new SummaryStep(c, userFirst, due)));
                    continue;
                }

                var what = Absolute(Phrasing.Commitment(text), dates, german);

                // "Let me check with Marco whether we can hold £46 a head. I'll come back to you by Thursday.": what we come back
                // about is the sentence before.
                // "Yes, we'll do the VAT return. It's due on 7 January; we'll aim to file it by 22 December": "it" is the sentence before.
                if (what is not null && (Matches(VaguePromise(), text) || Matches(PronounSubject(), text)) && reading.Sentences.IndexOf(sentence) is > 0 and var index
                    && reading.Sentences[index - 1] is { Sentence.IsQuestion: false } before && before.Sentence.Text.Split(' ').Length > 4
                    && !dated.In(reading, before).Exists(d => d.Date >= today))
                {
                    what = $"{Phrasing.Commitment(before.Sentence.Text)?.TrimEnd('.', ':')} – {what}";
                }

                // "… the concepts will be with you on Thursday, December 10, and Owen's media plan moves to Friday, December 11": two steps.
                if (what is not null && DatedParts(text, ahead) is { } parts)
                {
                    steps.AddRange(parts.Select(p => new SummaryStep(Absolute(Phrasing.Commitment(p.Text), dates, german) ?? p.Text, NamedOwner(p.Text) ?? PossessiveOwner(p.Text) ?? userFirst, p.Due)));
                }
                else if (what is not null)
                {
                    // "Tarek baut die Terminbuchung ein. Einen Testlink bekommst du von ihm bis Freitag": "ihm" is the colleague before.
                    var owner = NamedOwner(text)
                        ?? (Matches(HimOrHer(), text) && reading.Sentences.IndexOf(sentence) is > 0 and var at ? NamedOwner(reading.Sentences[at - 1].Sentence.Text) : null);
                    steps.Add(new SummaryStep(what, owner ?? userFirst, due));
                }

                // "Ich schicke Ihnen einen Link, damit Sie es vor der Messe prüfen können": then it is the client's turn.
                if (ClientPurpose().Match(text) is { Success: true } purpose && purpose.Groups["what"].Value.Count(char.IsLetter) > 8)
                {
                    steps.Add(new SummaryStep(Capital(purpose.Groups["what"].Value.Trim()), clientOwner, null) { ByClient = true });
                }
            }
        }

        return steps;
    }

    /// <summary>A statement of two parts joined by ", and"/", und", each with a date of its own, as two parts with their dates.</summary>
    private static List<(string Text, DateOnly Due)>? DatedParts(string text, List<DateExtractor.Found> dates)
    {
        var split = PartJoin().Split(text);
        if (split.Length != 2 || dates.Count < 2)
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

            parts.Add((Capital(part.Trim().TrimEnd('.')), own.Min(d => d.Date)));
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
        return main.Count(char.IsLetter) < 8 ? null : (clause, main);
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
            return null;
        }

        // "Wenn du das Backup nicht brauchst, …", "If you'd rather wait, …": a wish or a state of theirs is no step.
        var rest = clause[subject.Length..].Trim();
        if (Matches(Negation(), rest) || Matches(StateNotAction(), rest))
        {
            return null;
        }

        rest = german ? GermanClauseVerbEnd().Replace(rest, "") : rest;
        return rest.Count(char.IsLetter) < 6 ? null : Capital(rest);
    }

    private static string Capital(string text) => Phrasing.Capital(text);

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

    /// <summary>"Herr Wirth prüft …", "Anil from our infrastructure team will …", "Could Dwayne let us know": a named person owns the step.</summary>
    private static string? NamedOwner(string sentence)
    {
        // "Tarek (in Kopie) baut die Terminbuchung ein": whoever we copied in and name first is a person, known name or not.
        if (CopiedInSubject().Match(Phrasing.Clean(sentence)) is { Success: true } copied)
        {
            return copied.Groups["name"].Value;
        }

        // "Frau Pichler (in Kopie) schickt Ihnen …": an aside in brackets is no part of who does what.
        sentence = Parenthetical().Replace(Phrasing.Clean(sentence), "");

        // "Our office manager, Karen Liu, will send you the login": the person named in apposition.
        if (Appositive().Match(sentence) is { Success: true } appositive)
        {
            return appositive.Groups["name"].Value;
        }

        // "Die App richtet Ihnen unser Elektriker Herr Frei ein", "Die Liste schickt Ihnen Frau Adam": the person after the verb.
        if (ObjectFirstOwner().Match(sentence) is { Success: true } objectFirst)
        {
            return objectFirst.Groups["name"].Value;
        }

        // "Have Devon call him", "Lassen Sie Herrn Kaya …": the person the client wants on it.
        if (HaveSomeone().Match(sentence) is { Success: true } have)
        {
            return have.Groups["name"].Value;
        }

        // "Jordan Lee, our editor, will deliver …": the person before an apposition.
        if (NamedWithRole().Match(sentence) is { Success: true } withRole)
        {
            return withRole.Groups["name"].Value;
        }

        // "Montag, 7.12., ab 7:30 Uhr: Herr Kaya ist vor Ort", "The licence will not lapse: Nadia will send …": the person after a lead.
        var colon = sentence.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && NamedOwner(sentence[(colon + 2)..]) is { } afterLead)
        {
            return afterLead;
        }

        // A bare capitalised word is a person only as a known first name or with their team ("Site is back" is no one).
        var match = NamedSubject().Match(sentence);
        if (match.Success && (match.Value.StartsWith("Herr", StringComparison.Ordinal) || match.Value.StartsWith("Frau", StringComparison.Ordinal)
            || Salutations.Gender(match.Groups["name"].Value) != '?' || TeamOf().IsMatch(match.Value)))
        {
            return match.Groups["name"].Value;
        }

        var asked = NamedAsked().Match(sentence);
        return asked.Success ? asked.Groups["name"].Value : null;
    }

    /// <summary>"Please send us your brand guidelines": a request of ours to the client.</summary>
    private static bool ClientIsAsked(SentenceReading sentence) => sentence.IsAsk && (sentence.HasRequestCue || sentence.IsImperative) && !Matches(Promise(), sentence.Sentence.Text);

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
        // Without a date of its own a point is answered today: the user moves it in the preview if that is too soon.
        var fallback = today;
        var lastOurs = readings.FindLastIndex(r => r.Party == Party.Us);
        var points = new List<(MessageReading Reading, SentenceReading Sentence, string Text, DateOnly? Due)>();

        // A question of the client's that our last reply passed over is still theirs to have answered.
        foreach (var (reading, sentence) in Unanswered(readings, lastOurs))
        {
            points.Add((reading, sentence, sentence.Sentence.Text, null));
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
            foreach (var sentence in reading.Sentences)
            {
                var text = sentence.Sentence.Text;
                var threat = (sentence.Signals & ~(1 << (int)Cue.Manager)) != 0;

                // "Ich erwarte von Ihnen: 1. dass der Checkout … 2. …": each point of the list is an ask, the heading is none.
                var listed = ListItem().IsMatch(text);
                if (text.EndsWith(':') && (sentence.IsAsk || sentence.HasRequestCue))
                {
                    underDemand = true;
                    continue;
                }

                // A line between two points ("Am Donnerstag überträgt ein Mieter …") explains the point before; the list goes on after it.
                var index = reading.Sentences.IndexOf(sentence);
                underDemand &= listed || (index + 1 < reading.Sentences.Count && ListItem().IsMatch(reading.Sentences[index + 1].Sentence.Text));
                if (underDemand && !listed)
                {
                    continue;
                }

                if (underDemand)
                {
                    points.Add((reading, sentence, DemandLead().Replace(Phrasing.Clean(text), "").TrimEnd(',', ';', '.'), null));
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
                else if (card.Asks.Any(a => a.IsOpen && a.MessageId == reading.Message.Id && a.Text == text) && !threat && !Matches(OwnWish(), text))
                {
                    points.Add((reading, sentence, text, null));
                }
                else if (!threat && !sentence.Sentence.IsQuestion && Matches(Need(), text) && !Matches(PastTense(), text))
                {
                    // "Außerdem benötigt unser Einkauf eine Auftragsbestätigung mit unserer Bestellnummer": what they need from us.
                    points.Add((reading, sentence, text, null));
                }
                else if (!threat && ConditionLead().Match(text) is { Success: true } lead && text.Length - lead.Length > 12)
                {
                    // "Einzige Bedingung: Die Flyer müssen spätestens am Mittwoch, 9.12., bei uns sein."
                    points.Add((reading, sentence, text[lead.Length..], null));
                }
                else if (!threat && ExpectIf().Match(text) is { Success: true } expect && Condition(text[expect.Index..], dated.In(reading, sentence)) is { } expected)
                {
                    // "If it isn't here by the 22nd, I expect you to cover rental furniture": what they want by then, and what they
                    // expect from us if not; neither is agreed.
                    points.Add((reading, sentence, expected, null));
                    points.Add((reading, sentence, expect.Groups["demand"].Value.TrimEnd('.', '!'), null));
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
                        points.Add((reading, sentence, part.Trim(), null));
                    }
                }
            }
        }

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
            var question = sentence.Sentence.IsQuestion && !sentence.HasRequestCue;
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

            // "Could you have someone look at it?": what "it" is stands in an earlier sentence of the message.
            var referent = NeedsReferent(phrased) && Referent(reading, sentence) is { } pointedTo
                ? Phrasing.Ask(pointedTo, german, keepDates: true, du: du) ?? pointedTo
                : null;
            var what = referent is null ? phrased : $"{referent}: {phrased}";
            var step = what;
            if (lines.Exists(l => Similar(l, what) && !(referent is not null && l.StartsWith(referent, StringComparison.Ordinal))))
            {
                continue;
            }

            // Nothing past is presented as future: a date the client asked for that has passed means today.
            // "bis Dienstag" is the date they asked for; without one, a date of theirs still ahead ("dass morgen früh alles läuft").
            var deadlines = dates.Where(d => d.IsDeadline).ToList();
            var wanted = Accepts(sentence) ? [] : dates.Where(d => d.Date >= today && raw.Contains(d.Text, StringComparison.Ordinal) && !IsReference(raw, d.Text)).ToList();
            var asked = deadlines.Count > 0 ? deadlines.Max(d => d.Date) : wanted.Count > 0 ? wanted.Max(d => d.Date) : (DateOnly?)null;
            var due = asked is { } date ? (date < today ? today : date) : conditionDue ?? MessageDeadline(reading, dated, today) ?? fallback;
            var match = commitments.FirstOrDefault(c => Similar(c.What, step));
            if (match?.Due is { } promised)
            {
                due = promised;
            }

            // A claim for money is answered, never promised in passing: "Ersatz des Umsatzes – Antwort bis …".
            var answer = question || Matches(MoneyClaim(), raw) || Matches(QuestionTopic(), sentence.Sentence.Text);
            lines.Add(german
                ? $"{what}{(question ? "?" : "")} – {(answer ? "Antwort" : "erledige ich")} bis {Dates.Day(due, german)}"
                : $"{what}{(question ? "?" : "")} – {(answer ? "answer" : "on it")} by {Dates.Day(due, german)}");
            // The step for a claim for money is our answer to it, not the payment: "Stellung nehmen zu: …".
            var stepText = !answer || question ? step
                : Matches(QuestionTopic(), sentence.Sentence.Text) ? (german ? $"{step} beantworten" : $"Answer {Phrasing.Lower(step)}")
                : german ? $"Stellung nehmen zu: {step}" : $"Reply on: {step}";
            steps.Add(new SummaryStep(stepText, NamedOwner(sentence.Sentence.Text) ?? NamedOwner(phrased) ?? ColleagueOn(step, readings) ?? userFirst, due));
        }

        return (lines, steps);
    }

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
        return (text[(butThen.Index + butThen.Length)..], at);
    }

    /// <summary>
    /// The questions of the client's mails before our last reply that the reply did not take up: no word of the
    /// question's matter (names aside) comes back in it. "Eine Frage noch: Ist die Entsorgung der alten Möbel im
    /// Preis enthalten?", answered only about the colour and the date.
    /// </summary>
    private static IEnumerable<(MessageReading Reading, SentenceReading Sentence)> Unanswered(List<MessageReading> readings, int lastOurs)
    {
        if (lastOurs <= 0)
        {
            yield break;
        }

        // "Gute Frage", "to your question": the reply takes the question up in its own words. A client who took our reply
        // with thanks or a decision has what they needed.
        var reply = string.Join(' ', readings[lastOurs].Sentences.Select(s => s.Sentence.Text)).ToLowerInvariant();
        // A client who has written since without asking again has let the question go, unless they remind us of it.
        var since = readings.Skip(lastOurs + 1).Where(r => r.Party == Party.Client).ToList();
        var reminded = since.Exists(r => r.Sentences.Exists(s => Matches(QuestionReminder(), s.Sentence.Text)));
        if (Matches(TakesUpQuestion(), reply) || (since.Count > 0 && !reminded && since.Exists(r => r.Sentences.Exists(s => Accepts(s) || Matches(Approval(), s.Sentence.Text)))))
        {
            yield break;
        }

        var previousOurs = readings.FindLastIndex(lastOurs - 1, r => r.Party == Party.Us);
        foreach (var reading in readings.Skip(previousOurs + 1).Take(lastOurs - previousOurs - 1).Where(r => r.Party == Party.Client))
        {
            // A question for information ("Ist die Entsorgung im Preis enthalten?"): a plea for action ("Kann bitte sofort jemand
            // vorbeikommen?") is answered by the action, whatever the reply's words.
            foreach (var sentence in reading.Sentences.Where(s => s.Sentence.IsQuestion && s.IsAsk && !s.IsClosure && s.Signals == 0 && !(s.HasRequestCue && (reading.Score >= 0.3 || Matches(Urgent(), s.Sentence.Text))) && !Matches(Rhetorical(), s.Sentence.Text)))
            {
                var stems = MatterStems(sentence.Sentence.Text);
                if (stems.Count >= 2 && !stems.Exists(stem => reply.Contains(stem, StringComparison.Ordinal)))
                {
                    yield return (reading, sentence);
                }
            }
        }
    }

    /// <summary>The first six letters of the words that carry a sentence's matter, without names and filler.</summary>
    private static List<string> MatterStems(string text)
    {
        var german = Matches(GermanText(), text);
        return [.. Word().Matches(text).Select(m => m.Value)
            .Where(w => w.Length >= 5 && !(char.IsUpper(w[0]) && !(german ? !IsGermanName(w, text) : IsGermanNoun(w, text)) && !WeekdayPlural().IsMatch(w)))
            .Select(w => w.ToLowerInvariant())
            .Where(w => !Stop.Contains(w) && !QuestionFiller.Contains(w))
            .Select(w => w[..Math.Min(6, w.Length)])
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>In German every noun is capitalised: a capitalised word is a name only after "Herr"/"Frau" or as a known first name.</summary>
    private static bool IsGermanName(string word, string text) =>
        Salutations.Gender(word) != '?' || text.Contains("Herr " + word, StringComparison.Ordinal) || text.Contains("Herrn " + word, StringComparison.Ordinal)
        || text.Contains("Frau " + word, StringComparison.Ordinal) || text.Contains("Dr. " + word, StringComparison.Ordinal);

    /// <summary>A capitalised word in the middle of a German sentence after an article is a noun, not a name ("der alten Möbel").</summary>
    private static bool IsGermanNoun(string word, string text) =>
        Regex.IsMatch(text, $@"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|beim|vom|alten|neuen|neue|unsere[nmrs]?|meine[nmrs]?|ihre[nmrs]?)\s+(?:\p{{Ll}}+\s+)?{Regex.Escape(word)}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly HashSet<string> QuestionFiller = new(StringComparer.Ordinal)
    {
        "frage", "question", "quick", "könnten", "können", "würden", "would", "should", "sollen", "there", "noch", "schon", "gibt", "since",
        "eigentlich", "actually", "maybe", "vielleicht", "möglich", "possible", "auch", "also", "still", "immer", "welche", "welcher", "which",
    };

    /// <summary>"… and three listings show old prices. Can we get this sorted by December 4th?": the date the message gives for all its points.</summary>
    private static DateOnly? MessageDeadline(MessageReading reading, Dates dated, DateOnly today) =>
        reading.Sentences.Where(s => s.IsAsk && NeedsReferent(s.Sentence.Text))
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
            && reading.Sentences[at - 1] is { Sentence.IsQuestion: false } before && before.Sentence.Text.Split(' ').Length > 3 && !before.Sentence.Text.EndsWith(',') && !before.IsClosure)
        {
            return Phrasing.Clean(before.Sentence.Text).TrimEnd('.', ':');
        }

        for (var i = at - 1; i >= 0; i--)
        {
            var earlier = reading.Sentences[i];

            // "It has been like this since Monday" points back itself: the problem is named before it.
            if ((HasIssue(earlier) || earlier.Negative > 0) && !(NeedsReferent(earlier.Sentence.Text) && i > 0))
            {
                return Phrasing.Clean(earlier.Sentence.Text).TrimEnd('.', ':');
            }
        }

        // Else the nearest sentence before it that names something itself (not a greeting, not "It has been like this").
        for (var i = at - 1; i >= 0; i--)
        {
            var earlier = reading.Sentences[i];
            var text = earlier.Sentence.Text;
            if (!NeedsReferent(text) && text.Split(' ').Length > 3 && !text.EndsWith(',') && !earlier.IsClosure && !earlier.IsRelief)
            {
                return Phrasing.Clean(text).TrimEnd('.', ':');
            }
        }

        return null;
    }

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
                found.Add($"No charge for {en.Groups["what"].Value.Trim()}");
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
        clause = ReceiveLead().Replace(clause, "");
        return clause.Trim().Length > 8 ? clause.Trim() : null;
    }

    /// <summary>
    /// The client's part: what they promised in their latest message ("I'll approve the invoice for the
    /// December 2nd payment run"), and what our last message asked of them while they have not answered.
    /// </summary>
    private static List<SummaryStep> ClientSteps(List<MessageReading> readings, int lastClient, Dates dated, DateOnly today, bool german, bool du, string clientOwner)
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
                // "We'll go with option B" is a decision, recorded as agreed, not a step of theirs.
                // "Unser Hausmeister, Herr Brenner, schließt das Tor auf", "Die Benutzerliste schickt Ihnen Frau Adam bis Mittwoch": their colleague's part.
                var colleague = HaveSomeone().IsMatch(text) ? null : NamedOwner(text) ?? (ObjectFirstOwner().Match(text) is { Success: true } m ? m.Groups["name"].Value : null);
                // "Die Belege lade ich spätestens morgen Vormittag hoch": in German the present tense with a date ahead is a promise too.
                var promise = Matches(ClientPromise(), text) || (german && Matches(FirstPersonPresent(), text) && !Matches(PastTense(), text) && !Matches(NoPromise(), text)
                    && dated.In(latest, sentence).Exists(d => d.Date > DateOnly.FromDateTime(latest.Message.SentDateTime.UtcDateTime) && (d.IsDeadline || DayAhead().IsMatch(d.Text))));
                // "We'll pass on Kevin": a choice they turned down is no step of theirs either; nor is a threat ("If the fix isn't
                // live by Thursday, we will withhold payment") or waiting for us ("I'll keep an eye out for the proof").
                if (sentence.Sentence.IsQuestion || (!promise && colleague is null) || Matches(Decision(), text) || Matches(Decline(), text)
                    || sentence.Signals != 0 || Matches(ThreatCondition(), text) || Matches(Awaiting(), text) || Matches(PastTense(), text))
                {
                    continue;
                }

                var dates = Anchored(dated.In(latest, sentence), readings, dated, today);
                if (at != lastClient && !dates.Exists(d => d.Date >= today))
                {
                    continue;
                }

                var what = Absolute(Phrasing.Ask(text, german, keepDates: true, du: du), dates, german);
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
            if (questions > 0)
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

            foreach (var sentence in last.Sentences.Where(s => ClientIsAsked(s) && !(questions > 0 && s == heading)))
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
        return steps;
    }

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
            var replies = later.SelectMany(r => r.Sentences).Select(s => s.Sentence.Text.ToLowerInvariant()).ToList();
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

    /// <summary>The thread's subject without "AW:", "Re:", "WG:", "Fwd:".</summary>
    internal static string Topic(string subject)
    {
        var topic = ReplyPrefix().Replace(subject, "").Trim();
        var dash = topic.IndexOfAny(['–', '—']);
        return (dash > 3 ? topic[..dash] : topic).Trim(' ', '-', ':', '?', '!');
    }

    /// <summary>Two lines about the same thing: more than half the content words of the shorter one are shared (its only one, if it has one).</summary>
    internal static bool Similar(string a, string b)
    {
        var left = ContentWords(a);
        var right = ContentWords(b);
        var shared = right.Count(left.Contains);
        var fewer = Math.Min(left.Count, right.Count);
        return shared > 0 && (fewer <= 1 || shared * 2 > fewer);
    }

    private static HashSet<string> ContentWords(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 5 && !Stop.Contains(w))];

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "bitte", "please", "could", "would", "about", "there", "their", "which", "where", "thanks", "danke", "schon", "noch", "einen", "einer",
        "eine", "wieder", "heute", "morgen", "today", "tomorrow", "before", "after", "nächste", "nächsten", "sende", "senden", "schicken",
        "schicke", "send", "sends", "ihnen", "unsere", "unseren", "unserer", "ihrer", "ihren", "your", "you", "with", "these", "those",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "januar", "februar", "märz", "april", "juni", "juli", "oktober", "dezember", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    };

    private static bool Matches(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Dates of a sentence, resolved against the day its message was sent in the user's zone.</summary>
    private sealed class Dates(AnalysisContext context)
    {
        public DateTimeOffset Now => context.Now;

        public TimeZoneInfo Zone => context.TimeZone;

        private readonly DayOfWeek _lastWorkday = context.WorkingHours.Days.Count == 0 ? DayOfWeek.Friday : context.WorkingHours.Days.MaxBy(d => ((int)d + 6) % 7);

        private readonly Dictionary<SentenceReading, List<DateExtractor.Found>> _read = new(ReferenceEqualityComparer.Instance);

        /// <summary>The dates of a sentence, read once per proposal (many rules ask about the same sentence); a copy the caller may change.</summary>
        public List<DateExtractor.Found> In(MessageReading reading, SentenceReading sentence)
        {
            if (!_read.TryGetValue(sentence, out var found))
            {
                found = Read(reading, sentence);
                _read[sentence] = found;
            }

            return [.. found];
        }

        private List<DateExtractor.Found> Read(MessageReading reading, SentenceReading sentence)
        {
            var found = new List<DateExtractor.Found>();
            if (!DateExtractor.MightContainDate(sentence.Sentence))
            {
                return found;
            }

            var sentLocal = TimeZoneInfo.ConvertTime(reading.Message.SentDateTime, context.TimeZone);
            var sentDay = DateOnly.FromDateTime(sentLocal.DateTime);
            DateExtractor.Extract(sentence.Sentence, sentDay, sentLocal, reading.EnglishWords > reading.GermanWords, _lastWorkday, found);
            return found;
        }

        public DateOnly AddWorkdays(DateOnly day, int count)
        {
            var result = day;
            var added = 0;
            while (added < count)
            {
                result = result.AddDays(1);
                if (context.WorkingHours.Days.Count == 0 || context.WorkingHours.Days.Contains(result.DayOfWeek))
                {
                    added++;
                }
            }

            return result;
        }

        public static string Day(DateOnly day, bool german) => german
            ? day.ToString("dddd, d. MMMM", System.Globalization.CultureInfo.GetCultureInfo("de-DE"))
            : day.ToString("dddd, MMMM d", System.Globalization.CultureInfo.GetCultureInfo("en-US"));
    }

    [GeneratedRegex(@"\s+(?:Zeit|frei|möglich|recht|passen|passend|okay|ok|für Sie|für dich|work for you|works for you|suit you|be possible|free|available|good for you)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuestionTail();

    [GeneratedRegex(@"\b(?<day>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*(?:den\s+|der\s+|the\s+)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeekdayBeforeDate();

    [GeneratedRegex(@"\b(?:let (?:me|us) know|sag(?:en sie)? (?:mir )?(?:gern )?bescheid|melden sie sich|meld dich|any (?:other )?questions|noch fragen|fragen\?|anything else|would you like to add|möchten sie (?:noch )?etwas ergänzen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Courtesy();

    [GeneratedRegex(@"\b(?:we|i) (?:can|could)\b|\b(?:können|könnten) wir\b|\bkönnte ich\b|\bkann ich (?:ihnen|dir|euch) (?:anbieten|vorschlagen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Offer();

    [GeneratedRegex(@"\s+(?:oder|or|bzw\.)\s+|;\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Alternatives();

    [GeneratedRegex(@"\b(?:works|work for (?:us|me)|passt|einverstanden|nehmen wir|we'll take|we will take|let's go with|go with|go ahead|approved to go|freigegeben|klingt gut|sounds good|agreed|abgemacht|machen wir so|that's fine|is fine|ist in ordnung|geht klar|perfekt|perfect|ist gesetzt|steht fest|bleibt es bei|is set|is confirmed|confirmed|bestätigt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Acceptance();

    [GeneratedRegex(@"\b(?:lass(?:en wir)?\s.+\s(?:drin|so)|nehmen wir|nehme ich|wir nehmen|ich nehme|wir entscheiden uns für|entscheiden uns für|we choose|we pick|we'll go for|we will go for|we take|we'll take|we will take|let's go with|go with|go ahead with|können sie haben|kannst du haben|einverstanden mit|bleibt (?:so|drin)|keep (?:it|the)|erteile ich|erteilen (?:Ihnen |dir |euch )?hiermit|(?:haben|hat) (?:uns|mich) für .{1,40} entschieden|(?:we've|we have|i've|i have) (?:decided on|chosen|gone with)|decided to go with|yes to|ja zu|beauftragen (?:wir )?(?:Sie|dich|euch)|(?:we|i) (?:hereby )?(?:commission|accept your (?:quote|offer|proposal))|nehmen (?:das|Ihr) angebot an|gebe ich (?:\p{L}+ )?frei|geben wir (?:\p{L}+ )?frei|(?:we|i) approve|(?:is|are) approved)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Decision();

    [GeneratedRegex(@"\b(?:ist fair|is fair|that's fair|exactly what (?:i|we) needed|genau das|approved|freigegeben|clear answer|makes sense|ergibt sinn|go ahead|einverstanden|sounds good|klingt gut|passt|works for|helpful|hilfreich|perfekt|perfect|great|super|prima)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Approval();

    [GeneratedRegex(@"\b(?:lassen wir (?:erst mal|vorerst|weg)|brauchen wir nicht|nicht nötig|not needed|skip|we'll pass|lieber nicht|verzichten)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Decline();

    [GeneratedRegex(@"(?:vorschlag|plan|ablauf|agreed|changing|sum up|zusammengefasst|nächste schritte|next steps)\b[^:]*:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PlanHeading();

    [GeneratedRegex(@"\b(?:variante|option|direction|vorschlag|weg|paket|package|angebot|swatch|muster|entwurf|draft|design|version|tier|stufe)\s+(?:[a-d]|\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OptionLabel();

    [GeneratedRegex(@"^\s*(?:[-–•*]|\d{1,2}[.)])\s+", RegexOptions.None, 1000)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\b(?:i'll|we'll|i will|we will|i am going to|we are going to|ich werde|wir werden|schreibe ich|schicke ich|sende ich|melde ich|ich schicke|ich sende|ich melde|wir schicken|wir senden|wir melden|wir liefern|wir spielen|bekommen sie|erhalten sie|bekommst du|you'll (?:get|have|receive)|you will (?:get|have|receive)|übernehmen wir|übernehme ich|kümmern wir uns|kümmere ich mich|and will|und werde|und werden|we'll take care|i'll take care|happy to take (?:it|this|that) on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Promise();

    [GeneratedRegex(@"\b(?:i'll|we'll|i will|we will|ich werde|wir werden|ich schicke|ich sende|ich melde|schicke ich|sende ich|melde mich|kommt in den nächsten|folgt (?:in|bis|morgen|nächste)|i'll send|will send|you'll have|you will have|you'll get|you will get|(?-i:Sie) bekommen|(?-i:Sie) erhalten|bekommst du|kriegst du)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClientPromise();

    [GeneratedRegex(@"^(?:(?<name>(?:Herr|Frau)\s+(?:Dr\.\s+)?\p{Lu}\p{L}+)\s+(?:(?:aus|von|from|in|bei)\s+(?:unserem|unserer|our|der|dem|the)\s+\p{L}+(?:\s+\p{L}+)?\s+)?\p{Ll}{3,}|(?<name>(?!(?:Wir|Ich|We|The|Der|Die|Das|Bis|Ab|Am|Our|Unser|Unsere|Beides|Damit|Dann|Then|So|Also|If|Wenn|Please|Bitte|It|This|That|Es|Dies)\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+(?=\s+(?:aus|von|from|in|bei|on)\s))?)\s+(?:(?:(?:aus|von|from|in|bei|on)\s+(?:unserem|unserer|meinem|meiner|our|my|der|dem|the)\s+\p{L}+(?:\s+\p{L}+)?|(?:from|aus|von)\s+\p{Lu}{2,5})\s+)?(?:prüft|schickt|sendet|meldet|kümmert|ruft|übernimmt|holt|will|is|ist|checks|sends|calls|joins|takes|wird|leads|leitet|installiert|richtet))\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedSubject();

    [GeneratedRegex(@"^(?:Could|Can|Would|Könnte|Kann)\s+(?<name>(?:Herr|Frau)\s+\p{Lu}\p{L}+|(?!(?:you|we|I|Sie|wir|ich|du)\b)\p{Lu}\p{Ll}+)\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedAsked();

    [GeneratedRegex(@"\b(?:wurde|wurden|haben\s+\w+\s+\w+t|habe\s+\w+t|was|were|war|waren|have been|has been|hatte|hatten|hat\s+(?:\S+\s+){0,5}ge\p{Ll}{3,}(?:t|en))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PastTense();

    /// <summary>"ich lade", "lade ich", "wir schicken", "schicken wir": a first-person verb in the present tense.</summary>
    [GeneratedRegex(@"\b(?:ich|wir)\s+(?!(?:die|diese|eine|keine|meine|deine|seine|ihre|unsere|jene|welche|alle|beide|gerne|gerade|heute|morgen|schon|noch|sie|ihnen|einen|einem|einer|den|dem|denen|diesen|allen|beiden|eben|ohne|bitte)\b)\p{Ll}{2,}(?:e|en)\b|\b\p{Ll}{2,}(?:e|en)\s+(?:ich|wir)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FirstPersonPresent();

    /// <summary>"Wir würden sie gern übergeben", "ich hätte gern", "schaffe ich nicht": a wish, a condition or a refusal, not a promise.</summary>
    [GeneratedRegex(@"\b(?:würde|würden|möchte|möchten|hätte|hätten|wäre|wären|könnte|könnten|sollte|sollten|müsste|müssten|wollen|will|wollten|wenn|falls|sobald|ob|damit|dass|weil|nicht|kein|keine|nie|habe|haben|hatte|hatten|war|waren)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NoPromise();

    [GeneratedRegex(@"\b(?:nicht|kein|keine|keinen|nie|not|no|never|n't|nothing|nichts)\b|n't\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Negation();

    /// <summary>"Jetzt laufen drei Rechner": what works again, not a fault (unless it is slow or wrong).</summary>
    [GeneratedRegex(@"^(?!.*\b(?:slow|slowly|langsam|falsch|wrong|fehlerhaft)\b).*\b(?:läuft|laufen|funktioniert|funktionieren|geht|gehen|works|work|working|runs|run|loads|load)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Working();

    [GeneratedRegex(@"\b(?:sofort|umgehend|dringend|asap|immediately|right away|urgently)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Urgent();

    /// <summary>"Meine Frage zu den Gutscheinen ist noch offen", "I still haven't had an answer": a reminder of an earlier question.</summary>
    [GeneratedRegex(@"\b(?:frage\b[^.?!]{0,60}\b(?:noch offen|offen geblieben|unbeantwortet|nicht beantwortet)|noch keine antwort|(?:question|questions)\b[^.?!]{0,60}\b(?:still open|unanswered|not answered|didn't answer|did not answer)|(?:haven't|have not|still haven't) (?:had|got|gotten|received) an answer|you didn't answer|you did not answer)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuestionReminder();

    [GeneratedRegex(@"^(?<name>(?:(?:Herr|Frau)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s*\((?:in Kopie|in cc|cc|cc'd|copied|copied in)\)\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CopiedInSubject();

    [GeneratedRegex(@"\b(?:von ihm|von ihr|from him|from her)\b|^(?:he|she)(?:'ll| will)\b|^(?:er|sie) (?:schickt|meldet|kümmert|kommt|bringt|ruft)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HimOrHer();

    [GeneratedRegex(@"\s(?:oder|or|bzw\.)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OrWord();

    [GeneratedRegex(@"^(?:it|it's|that|this|das|dies|es)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"\b(?:it|this|that|they|there|these|those)\s+should\s+(?:be|read|say|show)\b|\b(?:should|must)\s+(?:read|say|show)\b|\b(?:richtig|korrekt)\s+(?:wäre|ist)\b|\b(?:muss|müsste|sollte)\s+(?:aber\s+|eigentlich\s+)?\S+(?:\s+\S+){0,5}\s+(?:sein|heißen|lauten|stehen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Correction();

    [GeneratedRegex(@"^(?:(?:Herr|Frau)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:bittet|bat|möchte|asks|asked|would like)(?:\s+(?:Sie|dich|euch|you|us|darum))?,?\s+(?<what>(?:(?!\bzu\b).)+?\bzu\s+\p{Ll}+.*|to\s+\p{Ll}+.+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RelayedRequest();

    [GeneratedRegex(@"\b(?:der|die|das|und|ist|nicht|für|wir|sie|ich|noch|auch|oder|mit|bei)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GermanText();

    /// <summary>"… on Thursday, December 10 rather than the 9th", "verschiebt sich auf", "moves to": a date that replaces an earlier one.</summary>
    [GeneratedRegex(@"\b(?:rather than|instead of|moves to|moved to|now (?:on|by)|pushed to|verschiebt sich|verschoben auf|statt am|anstatt|jetzt erst|nun erst|neuer termin)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Moved();

    [GeneratedRegex(@"\b(?:instead|rather than|clash|clashes|doesn't work|does not work|won't work|stattdessen|statt|lieber|passt (?:uns )?nicht|geht (?:bei uns )?nicht|kollidiert)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ChangeRequest();

    /// <summary>"Tuesdays", "Thursdays": a recurring day is matter, not a name.</summary>
    [GeneratedRegex(@"^(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|montags|dienstags|mittwochs|donnerstags|freitags)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeekdayPlural();

    [GeneratedRegex(@"\b(?:works|work for us|passt|ist kein problem|sind kein problem|no problem|is fine|are fine|geht klar|ist inklusive|sind inklusive|sind enthalten|ist enthalten|is included|are included|machen wir gern|können wir gern|happy to do|gladly)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeAccept();

    [GeneratedRegex(@",\s+(?:and|und)\s+(?=\p{L})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PartJoin();

    [GeneratedRegex(@"(?<![\p{L}])(?<name>\p{Lu}\p{Ll}+)['’]s\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:brauchst|brauchen|braucht|möchtest|möchten|willst|wollen|need|needs|want|wants|prefer|prefers|would rather|'d rather|like|lieber|happy|zufrieden|unsicher|unsure)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StateNotAction();

    /// <summary>"Unless I receive a recovery plan by Tuesday, we will terminate …": a threat, not a step the client offers.</summary>
    [GeneratedRegex(@"^(?:(?:\p{L}+\s+){0,4}:\s*)?(?:if|unless|wenn|falls|sollte|sollten|sofern)\b|\b(?:terminate|cancel|kündigen|withhold|einbehalten|lawyer|anwalt|board|vorstand|chargeback|rückbuchung)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ThreatCondition();

    /// <summary>"I'll come back to you by Thursday", "Ich melde mich bis Freitag": a promise whose matter is the sentence before.</summary>
    [GeneratedRegex(@"^(?:(?:I|we)(?:'ll| will)\s+(?:come|get)\s+back\s+to\s+you|(?:I|we)(?:'ll| will)\s+(?:let you know|be in touch|confirm)|(?:ich|wir)\s+melde[n]?\s+(?:mich|uns)|melde[n]?\s+(?:ich|wir)\s+(?:mich|uns)|(?:ich|wir)\s+gebe[n]?\s+(?:Ihnen|dir|euch)\s+(?:\p{L}+\s+)?Bescheid|(?:ich|wir)\s+komme[n]?\s+(?:\p{L}+\s+)?auf\s+(?:Sie|dich|euch)\s+zurück)\b(?:\s+\S+){0,6}\s*[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VaguePromise();

    [GeneratedRegex(@"\b(?:at no (?:extra|additional) (?:cost|charge)|free of charge|no extra charge|ohne (?:Aufpreis|Mehrkosten|Zusatzkosten|Aufschlag)|kein(?:en)? Aufpreis|keine Mehrkosten|kostet (?:dasselbe|das gleiche|gleich viel)|kosten (?:\p{L}+\s+){0,4}(?:dasselbe|das gleiche|gleich viel)|(?:kostet|kosten) nichts (?:extra|zusätzlich)|costs? nothing extra)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Granted();

    [GeneratedRegex(@"\bsieht\s+(?:\p{L}+\s+){0,2}(?:aus|gut aus)\b|\bpasst so\b|\bgefällt (?:mir|uns)\b|\blooks? (?:great|good|perfect|fantastic|amazing|brilliant|lovely)\b|\blove (?:it|them)\b|\b(?:approved|freigegeben)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LooksGood();

    [GeneratedRegex(@"\b(?:anbei|im anhang|attached(?:\s+(?:is|are))?|here(?:'s|\s+is|\s+are))\s+(?<what>(?:(?:der|die|das|den|the|our|my|your|unser\p{Ll}*)\s+)?(?:\p{L}+\s+){0,3}?(?:entwurf|entwürfe|layout|design|designs|draft|drafts|proof|proofs|mock-?ups?|konzept|concept|visualisierung|korrekturabzug)\b[^.:(]{0,60}?)(?=\s+(?:mit|with|in|as|als)\b|[.:(]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SentDraft();

    [GeneratedRegex(@"\b(?:look out for|keep an eye out for|look forward to|looking forward to|wait for|waiting for|freue mich auf|freuen uns auf|warte auf|warten auf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Awaiting();

    /// <summary>"Could you chase Marco?": what to chase him for stands in the sentence before.</summary>
    [GeneratedRegex(@"^(?:(?:could|can|would) you\s+(?:please\s+)?|please\s+)?(?:chase|nudge|remind)\s+\p{Lu}\p{Ll}+\s*\??$|\b(?:bei\s+)?(?:Herrn?|Frau)?\s*\p{Lu}\p{Ll}+\s+(?:nachhaken|erinnern)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ChaseSomeone();

    [GeneratedRegex(@"\b(?:price|pricing|preis|kosten|cost|quote|angebot|kostenvoranschlag|fee|honorar)\b[^.;]{0,25}\b(?:is fine|are fine|is ok|is okay|works|work for us|is acceptable|passt|passen|ist ok|ist okay|ist in ordnung|geht in ordnung|geht klar|einverstanden)\b|\b(?:einverstanden mit dem preis|happy with the price|fine with the price)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PriceAccepted();

    [GeneratedRegex(@"(?:[€$£]\s?\d|\d[\d.,']*\s?(?:€|EUR|CHF|USD|GBP|Euro|Franken|dollars?|pounds?)\b|\bCHF\s?\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:If|Wenn|Falls|Sollte)\s+[^,]{6,200},\s*(?:(?:I|we)(?:'d|'ll| would| will)?\s+expect\s+you\s+to|(?:erwarte ich|erwarten wir|möchte ich|will ich),?\s+dass\s+(?:Sie|du|ihr))\s+(?<demand>.{6,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ExpectIf();

    /// <summary>"Wir würden sie gern bei unserer Feier übergeben", "I'd like to share it with the team": a wish about their own doing, not about ours.</summary>
    [GeneratedRegex(@"^(?:(?:und|and|also|außerdem)\s+)?(?:wir würden|ich würde|wir möchten|ich möchte|we'd like to|i'd like to|we would like to|i would like to|we want to|i want to)\b(?!.*\b(?:(?-i:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem)|dich|dir|euch|you|your)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OwnWish();

    [GeneratedRegex(@"\b(?<question>(?:meine|unsere|my|our)\s+(?:frage|question)\s+(?:zu|zum|zur|wegen|nach|bezüglich|about|on|regarding)\s+[^,.;:!?]{3,60}?)\s+(?:ist|is|blieb|bleibt|was|still)\b[^.?!]{0,30}\b(?:offen|open|unbeantwortet|unanswered)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuestionTopic();

    [GeneratedRegex(@",\s*(?:und|and)\s+|;\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RefusalParts();

    [GeneratedRegex(@"^(?<what>(?:die|der|das|den|diese|unsere|Ihre|eure|deine)\s.{3,60}?)\s+(?:(?:zahle|bezahle|zahlen|bezahlen|überweise|überweisen)\s+(?:ich|wir)\s+(?:\p{Ll}+\s+)?nicht\b|(?:gibt(?:'|’)?s|gibt es|zahle ich|zahlen wir|bezahle ich|bezahlen wir)\s+erst\s*,?\s*(?<until>(?:wenn|sobald)\s.{4,}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GermanRefusal();

    [GeneratedRegex(@"\b(?:we're|we are|i'm|i am)\s+not\s+paying\s+(?:for\s+)?(?<what>.{3,80})$|\b(?:we|i)\s+(?:won't|will not|refuse to|are not going to|aren't going to)\s+pay\s+(?:for\s+)?(?<what>.{3,80})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishRefusal();

    [GeneratedRegex(@"\b(?:gute frage|ihre frage|deine frage|zu ihrer frage|zu deiner frage|good question|your question|you asked|sie fragten|du fragst)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TakesUpQuestion();

    /// <summary>"Was machen Sie eigentlich für das Geld?", "Does anyone even read these?": a reproach, not a question to answer point by point.</summary>
    [GeneratedRegex(@"\b(?:eigentlich|überhaupt|even|actually|seriously|ernsthaft)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Rhetorical();

    /// <summary>"unser Einkauf benötigt eine Auftragsbestätigung", "we'll need a signed NDA": a need of theirs we are to meet.</summary>
    [GeneratedRegex(@"\b(?:benötigt|benötigen|benötige|brauche|brauchen|braucht|bräuchte|bräuchten)\s+(?:(?:ich|wir|unser\p{Ll}*\s+\p{Lu}\p{Ll}+)\s+)?(?:(?:von\s+)?(?:Ihnen|dir|euch)\s+)?(?:noch\s+|außerdem\s+|auch\s+|dringend\s+)?(?:eine?n?)\b(?!\s+(?:halbe\s+)?(?:Stunde|Tag|Woche|Minute))|\b(?:we|i|our \w+) (?:will |'ll |would |'d |also |still )?(?:need|needs|require|requires)\s+(?:from you\s+)?(?:a|an)\b(?!\s+(?:hour|day|week|minute|half))|\bso (?:they|he|she)(?:'ll| will)? need\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Need();

    [GeneratedRegex(@"\b(?:bescheid|entscheidung|entscheiden|lieber|welche|welcher|welches|bestätigen|rückmeldung|let (?:me|us) know|decision|decide|prefer|which|confirm)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AskedToDecide();

    /// <summary>"Reicht das noch …?", "Geht das?", "Is that still OK?", "Does this work …?": a question whose subject is the sentence before.</summary>
    [GeneratedRegex(@"^(?:\p{L}+\s+){0,1}(?:das|dies|that|this)\b(?!\s+\p{Ll}+(?:ung|ion|ment)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AboutThat();

    [GeneratedRegex(@"^(?:am\s|morgen|übermorgen|heute|noch heute)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayAhead();

    [GeneratedRegex(@"^(?:If|Unless|Wenn|Falls|Sollte|Sollten)\s+(?<clause>[^,]{6,200}),", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ConditionClause();

    [GeneratedRegex(@"\b(?:isn't|aren't|doesn't|don't|won't|is not|are not|does not|do not|will not|not|nicht|kein|keine)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NegationWord();

    [GeneratedRegex(@"^\s*(?:I|we)\s+(?:receive|get|see|have)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReceiveLead();

    [GeneratedRegex(@"^(?:Dear\s+)?(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FormalGreeting();

    [GeneratedRegex(@"^(?:(?:RE|AW|WG|FW|FWD|Re|Aw|Wg|Fw|Fwd|SV|VS)\s*:\s*)+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex(@"^(?:(?:ja|yes|ok|okay|gut|prima|super|great|perfect|perfekt|dann|then|also|so)[,!.]?\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"\b(?:jeden|jede|every|each|wöchentlich|weekly)\s+(?:\p{L}+\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|monday|tuesday|wednesday|thursday|friday|woche|week)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Recurring();

    [GeneratedRegex(@"^(?:If|Wenn|Falls|Sobald|Once|As soon as)\s+(?<clause>[^,]{4,200}),\s*(?<main>.{8,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OurConditionClause();

    [GeneratedRegex(@"^(?<main>[^,]{8,}?),?\s+(?:as long as|provided(?: that)?|sofern|solange|vorausgesetzt,? dass)\s+(?<clause>.{4,200}?)[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingCondition();

    [GeneratedRegex(@"^(?:I|we|ich|wir)\s+(?:(?:have|get|receive|habe|haben|bekomme|bekommen|erhalte|erhalten)\s+(?<thing>(?:your|Ihre|Ihren|Ihr|deine|deinen|dein)\b.+)|(?<thing>(?:Ihre|Ihren|Ihr|deine|deinen|dein)\b.+?)\s+(?:habe|haben|bekomme|bekommen|erhalte|erhalten))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReceiveFromClient();

    [GeneratedRegex(@"^(?:you|Sie|du|ihr)\s+(?:(?:can|could|are able to|manage to)\s+)?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClientSubject();

    [GeneratedRegex(@"\s+(?:können|könnten|kannst|könntest|würden|würdest)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GermanClauseVerbEnd();

    [GeneratedRegex(@"\b(?:zum termin|zum treffen|zum gespräch|zum workshop|to the (?:meeting|call|workshop)|at the (?:meeting|call|workshop)|on the day|am tag selbst|am termin)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AtTheMeeting();

    [GeneratedRegex(@"^(?<verb>\p{Ll}+)\s+(?<subject>ich|wir|alles|beides)\s+(?<rest>.+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InvertedSubject();

    [GeneratedRegex(@"^(?:(?:am|on|bis|by|this|diesen|kommenden)\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BareWeekday();

    [GeneratedRegex(@"^\s*(?:besprochen|vereinbart|telefoniert|angekündigt|discussed|mentioned|agreed|talked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DiscussedAfter();

    [GeneratedRegex(@"\b(?:as (?:discussed|agreed|mentioned)|wie besprochen|wie vereinbart)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DiscussedBefore();

    [GeneratedRegex(@"\b(?:schickt|sendet|bringt|liefert|übernimmt|erledigt|richtet|stellt|macht|klärt|prüft|erstellt|sends|brings)\s+(?:Ihnen|dir|euch|uns|you|us)\s+(?:(?:unser|unsere|ihr|ihre|Ihr|Ihre|our|your)\s+\p{L}+\s+)?(?<name>(?:Herr|Frau)\s+(?:Dr\.\s+)?\p{Lu}\p{L}+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ObjectFirstOwner();

    [GeneratedRegex(@"(?<=\b[Dd](?:ie|er|as|en|em|es)\s)\p{Lu}\p{Ll}{5,}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CapitalisedNoun();

    [GeneratedRegex(@"^(?:Damit|Sodass)\s+(?:ich|wir)\s+(?<what>[^,]{6,}?)\s+(?:kann|können)\s*,\s*(?<rest>.{8,})$|^So\s+(?:that\s+)?(?:I|we)\s+can\s+(?<what>[^,]{6,}),\s*(?<rest>.{8,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClientsPurpose();

    [GeneratedRegex(@"^(?<ask>[^,]{8,}),\s*(?:dann|and then|then|so that)\s+(?<then>.{10,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RequestThen();

    [GeneratedRegex(@"^(?:mein|unser)\s+vorschlag[^:]{0,40}:\s*|^(?:my|our)\s+(?:proposal|suggestion)[^:]{0,40}:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InlineProposal();

    [GeneratedRegex(@"^(?:(?:die\s+)?einzige|eine|nur eine|(?:the\s+)?only|one|my only)\s+(?:bedingung|condition)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ConditionLead();

    [GeneratedRegex(@"^(?:Our|Unser|Unsere|Unserer|My|Mein|Meine)\s+[\p{L} -]{2,40}?,\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?),\s+\p{Ll}{3,}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Appositive();

    [GeneratedRegex(@"^(?:am|on|at|for|für|den|the)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"^(?:(?:by|bis|until|um|at|gegen)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimeOnly();

    [GeneratedRegex(@"\b(?:one of (?:two|three|these|the following)|either|options|slots|choose|pick|shortlist|shortlisted|candidates|kandidaten|kandidatinnen|zur wahl|zur auswahl|varianten|optionen|folgende termine|zwei termine|drei termine|einen der|eine der)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OptionsHeading();

    [GeneratedRegex(@"\s*\([^()]{1,40}\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^(?:bis (?:spätestens |zum |zur )?|by |until |before |am |on |ab |from |spätestens )", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DateLead();

    [GeneratedRegex(@"\b(?:nächste|nächster|nächsten|kommende|kommenden|ende|morgen|übermorgen|tomorrow|next|end of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RelativeDate();

    [GeneratedRegex(@"\s(?:aus|von|from|in|bei|on)\s+(?:unserem|unserer|meinem|meiner|our|my|der|dem|the)\s|\s(?:from|aus|von)\s+\p{Lu}{2,5}\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TeamOf();

    [GeneratedRegex(@"^(?:(?:Have|Let|Get)\s+(?<name>\p{Lu}\p{Ll}+)\s+\p{Ll}|(?:(?:Could|Can|Would)\s+you\s+(?:please\s+)?|Please\s+)?(?:chase|nudge|remind)\s+(?<name>\p{Lu}\p{Ll}+)\b|(?:Könnten|Können|Würden)\s+Sie\s+(?:bitte\s+)?(?:bei\s+)?(?<name>(?:Herrn?|Frau)\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+)\s+(?:nachhaken|erinnern|nachfragen))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HaveSomeone();

    [GeneratedRegex(@"^(?:dass|that)\s+(?:(?:Sie|du|you)\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DemandLead();

    [GeneratedRegex(@"\b(?:ersetzen|ersetzt|erstatten|erstattung|zurückzahlen|rückerstattung|gutschrift|schadenersatz|schadensersatz|entschädigung|vertragsstrafe|nicht bezahlen|nicht zahlen|refund|reimburse|reimbursement|compensate|compensation|credit note|money back|discount|rabatt|nachlass|not pay|won't pay|waive|cover the cost|cover (?:the )?(?:rental|rent|costs?|expenses?)|nicht berechnen|erst berechnen|no charge|übernehmen die kosten|kosten übernehmen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MoneyClaim();

    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?),\s+(?:(?:our|unser|unsere|your|Ihr|Ihre)\s+[\p{L} -]{2,30}|(?:who|who'll|who will|die|der)\s+[^,]{4,60}),\s+(?:will|wird|is going to|schickt|sends|übernimmt|leads|leitet)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedWithRole();

    [GeneratedRegex(@"\b(?:funktioniert|funktionieren|geht|gehen|läuft|laufen|lädt|laden|öffnet|work|works|load|loads|open|opens)\b[^.;]{0,60}\b(?:nicht|nicht mehr|immer noch nicht|no longer)\b|\b(?:doesn't|don't|isn't|won't|can't|cannot|still doesn't)\s+(?:work|load|open|show|send|arrive)\b|\b(?:fehlerseite|fehlermeldung|error message|error page|kaputt|broken)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Fault();

    [GeneratedRegex(@"\b(?:is back|are back|works again|work again|is fixed|are fixed|is working again|funktioniert wieder|funktionieren wieder|ist wieder da|sind wieder da|läuft wieder|laufen wieder|ist behoben|sind behoben|sind jetzt drin|ist jetzt drin|are now in|is now in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FixedConfirmation();

    [GeneratedRegex(@"[,;–-]\s*(?:thank you|thanks|danke|vielen dank)[^,;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ThanksTail();

    [GeneratedRegex(@"\b(?:breakdown|overview|details|itemi[sz]ed|aufstellung|aufschlüsselung|übersicht|zusammensetzung|im einzelnen|im detail)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DataHeading();

    [GeneratedRegex(@"\b(?:will|wird|werden|übernimmt|kümmert sich|is going to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Future();

    [GeneratedRegex(@"^(?:if not|and if not|otherwise|falls nicht|wenn nicht|und wenn nicht|sonst|andernfalls)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IfNot();

    [GeneratedRegex(@",\s*(?:damit (?:Sie|du)|so (?:that )?you(?: can)?)\s+(?:(?:es|it|ihn|sie|them)\s+)?(?<what>.+?)(?:\s+(?:können|kannst))?[.!]?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClientPurpose();

    [GeneratedRegex(@"^(?:beides|beide änderungen|alles|das alles|all das|both|both changes|all of (?:this|it|that)|everything)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Collective();

    [GeneratedRegex(@"\b(?:eingetragen|im kalender|in (?:my|our) calendar|in the calendar|saved the date|notiert|vorgemerkt|blocked (?:it|the time))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InCalendar();

    [GeneratedRegex(@"(?:\b(?:passt|works|suits)\s+(?:gut|well|great|perfekt|perfectly)?\s*[:;,–-]\s*)?\b(?:wie wäre es|how about|what about|hätten sie|haben sie|hättest du|hast du|would you be free|are you free|passt (?:ihnen|dir|es ihnen|es dir))\b\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SlotQuestionWords();

    [GeneratedRegex(@",(?=\s*(?:\d{4}|\d{1,2}(?:\.|\s|st|nd|rd|th)|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DateComma();

    [GeneratedRegex(@",(?=\s*\d{1,2}\.)|(?<=\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?),", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DateCommaGerman();

    [GeneratedRegex(@",\s*(?:aber|but|however)\s+(?:dann\s+|then\s+)?|[,:;–-]\s*(?:on one condition|under one condition|unter einer bedingung|mit einer bedingung|provided that|as long as|sofern|solange|vorausgesetzt|allerdings nur,? wenn|aber nur,? wenn|but only if|only if)[:,]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ButThen();

    [GeneratedRegex(@"\b(?:termin|gespräch|telefonat|treffen|workshop|meeting|call|kickoff|kick-off|appointment|walkthrough|demo|besprechung|video-call|videocall)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MeetingNoun();

    [GeneratedRegex(@"\b(?:dann|then|danach|afterwards|at that point)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Then();

    [GeneratedRegex(@"\p{L}+", RegexOptions.None, 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:it|this(?!\s+(?:week|morning|afternoon|evening|month|year|friday|monday|tuesday|wednesday|thursday))|that|him|her|ihn|ihm|das|es|dies|dazu|darüber|damit|da|dann|there|then|the current version|the old version|the new version|die aktuelle (?:version|fassung)|den aktuellen stand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@",\s+(?:und|and|but|aber|plus)\s+(?=\p{L})|\s+[–-]\s+(?:aber|but)\s+(?=\p{L})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CompoundSplit();
}
