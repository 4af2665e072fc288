using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Core.Threads.Analysis;

namespace OutlookClientCare.Core.FollowUps;

// Follow-up summary, one part of SummaryComposer: what both sides agreed: the option, slot, price or plan the client accepted, and what we granted.
public static partial class SummaryComposer
{
    /// <summary>
    /// What both sides agreed: in the client's latest message, an acceptance that names one of the
    /// options of our message before it (a date, "Variante 2", "Option B") is that option, stated as
    /// the agreed fact; other acceptances ("passt", "works for us") are stated as they are. A demand
    /// is never an agreement.
    /// </summary>
    private static List<string> Agreements(
        List<MessageReading> readings, int lastClient, Dates dated, bool german, bool du, DateOnly today, string userFirst, List<SummaryStep> steps, List<DateOnly> meetings, HashSet<DateOnly> confirmed)
    {
        var agreed = new List<string>();
        if (lastClient < 0)
        {
            return agreed;
        }

        var topic = Topic(readings[0].Message.Subject);
        var chose = false;
        var lastMoved = readings.FindLastIndex(r => r.Sentences.Exists(s => Matches(Moved(), s.Sentence.Text)));
        var offers = new Dictionary<MessageReading, List<OfferedOption>>();
        for (var at = lastClient; at >= 0; at--)
        {
            if (readings[at].Party == Party.Client)
            {
                chose |= AgreementsIn(readings, at, at == lastClient, lastMoved > at, topic, dated, german, du, today, userFirst, agreed, steps, meetings, offers);
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

        ConfirmedSlots(readings, dated, today, userFirst, agreed, steps, meetings, confirmed);

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

        // "Bev – gold, ivory and deep red, noted", "Die Rechnungen gehen an eure Buchhaltung, ist notiert": what we confirm in so many
        // words about something the client wrote is settled between us, unless a line above says it already.
        foreach (var ours in readings.Skip(1).Where(r => r.Party == Party.Us))
        {
            var at = readings.IndexOf(ours);
            HashSet<string>? told = null;
            foreach (var sentence in ours.Sentences.Where(s => !s.Sentence.IsQuestion && !s.IsAsk && Matches(WeConfirm(), s.Sentence.Text) && !Matches(Offer(), s.Sentence.Text)
                && !Matches(ConditionClause(), s.Sentence.Text) && !Matches(SubjectTo(), s.Sentence.Text)
                && MatterStems(s.Sentence.Text).Exists((told ??= readings.Take(at).LastOrDefault(r => r.Party == Party.Client)?.Sentences.SelectMany(c => MatterStems(c.Sentence.Text)).ToHashSet() ?? []).Contains)
                // "Variante a) ist notiert", "16 December at 10:30 is noted, subject to shortlisting": too little, or not settled yet.
                && ContentWords(WithoutDateTexts(WeConfirm().Replace(s.Sentence.Text, ""), dated.In(ours, s))).Count >= 3))
            {
                var confirmation = Phrasing.Commitment(sentence.Sentence.Text)?.TrimEnd('.', '!');
                // "Bev – gold, ivory and deep red, noted": whom we told is no part of what is agreed.
                if (confirmation is not null && LeadingName().Match(confirmation) is { Success: true } name && FirstNames(readings).Contains(name.Groups["name"].Value))
                {
                    confirmation = Phrasing.Capital(confirmation[name.Length..]);
                }

                if (confirmation is not null && !agreed.Exists(a => Similar(a, confirmation)))
                {
                    agreed.Add(confirmation);
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
        List<MessageReading> readings, int at, bool isLatest, bool movedSince, string topic, Dates dated, bool german, bool du, DateOnly today, string userFirst, List<string> agreed, List<SummaryStep> steps, List<DateOnly> meetings,
        Dictionary<MessageReading, List<OfferedOption>> offers)
    {
        var latest = readings[at];
        var ourEarlier = readings.Take(at).Where(r => r.Party == Party.Us).Reverse().ToList();
        List<OfferedOption>? offered = null;
        var chose = false;
        foreach (var sentence in latest.Sentences)
        {
            // "The partners would like Option B, provided …", "Dave's keen on option 2 with the chevrons": a choice between our
            // options, however the client puts it, is the option as we described it; "Option 2 it is" two mails ago stays agreed
            // while the talk moves on to dates.
            if (!sentence.Sentence.IsQuestion && sentence.Negative < 0.3 && sentence.Signals == 0
                && (Accepts(sentence) ? !isLatest : Matches(Chooses(), sentence.Sentence.Text))
                && ourEarlier.Select(ours => LabelledChoice(sentence, ours)).FirstOrDefault(o => o is not null) is { } chosenOption)
            {
                if (!agreed.Exists(a => Similar(a, chosenOption)))
                {
                    agreed.Add(chosenOption);
                }

                chose = true;
                continue;
            }

            // "Standard antifoul for both, thanks, we'll look at Coppercoat next winter": an option named by what it is, not by its label,
            // among the options of our latest mail that offered some.
            if (!sentence.Sentence.IsQuestion && sentence.Negative < 0.3 && sentence.Signals == 0 && (Accepts(sentence) || Matches(Chooses(), sentence.Sentence.Text) || Matches(TakeIt(), sentence.Sentence.Text))
                && (offered ??= ourEarlier.Select(ours => offers.TryGetValue(ours, out var known) ? known : offers[ours] = OptionsIn(ours)).FirstOrDefault(o => o.Count >= 2) ?? []) is { Count: >= 2 }
                && ChoiceByContent(sentence, offered) is { } described)
            {
                if (!agreed.Exists(a => Similar(a, described)))
                {
                    agreed.Add(described);
                }

                chose = true;
                continue;
            }

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

            // "Thank you for your quotation, which we accept", "Wir erteilen Ihnen hiermit den Auftrag": the quote's total is the
            // agreed fact ("Total: $2,590.00", or "Damit beläuft sich das Total auf CHF 7'240.–" in our answer to the order), not
            // the sentence that accepts it.
            if (!sentence.Sentence.IsQuestion && sentence.Negative < 0.3 && sentence.Signals == 0 && Matches(QuoteAccepted(), sentence.Sentence.Text) && QuoteTotal(readings, at) is { } total)
            {
                if (!agreed.Exists(a => Similar(a, total)))
                {
                    agreed.Add(total);
                }

                continue;
            }

            // In an earlier mail only a decision counts, or a date of ours the client took that nothing since has moved
            // ("Tue 8th at 2pm is perfect for Aoife" two mails ago).
            if (!Accepts(sentence) || sentence.Negative >= 0.3 || sentence.Signals != 0 || sentence.Sentence.IsQuestion)
            {
                continue;
            }

            if (!isLatest && !Matches(Decision(), sentence.Sentence.Text))
            {
                if (movedSince || dated.In(latest, sentence).Count == 0 || ourEarlier.Count == 0
                    || ChosenOption(sentence, latest, ourEarlier[0], dated, german) is not { Date: { } taken, Question: var asked } slot
                    || taken < today || asked || MeetingNoun().IsMatch(sentence.Sentence.Text))
                {
                    continue;
                }

                if (!agreed.Exists(a => Similar(a, slot.Text)))
                {
                    agreed.Add(slot.Text);
                    steps.Add(new SummaryStep(slot.Text, userFirst, taken));
                }

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

            // "Die 640 € sind auch okay": the sentence of ours that quoted that amount ("Mein Angebot: 8 Gerichte …, für 640 € netto").
            if (AmountAccepted().Match(sentence.Sentence.Text) is { Success: true } amount
                && Regex.Replace(amount.Groups["amount"].Value, @"\D", "", RegexOptions.None, TimeSpan.FromSeconds(1)) is { Length: >= 2 } digits
                && ourEarlier.SelectMany(o => o.Sentences).FirstOrDefault(s => !s.Sentence.IsQuestion && Regex.Replace(s.Sentence.Text, @"\D", "", RegexOptions.None, TimeSpan.FromSeconds(1)).Contains(digits, StringComparison.Ordinal) && Matches(Money(), s.Sentence.Text)) is { } quotedAmount
                && Phrasing.Commitment(quotedAmount.Sentence.Text)?.TrimEnd('.') is { } amountLine)
            {
                if (!agreed.Exists(a => Similar(a, amountLine)))
                {
                    agreed.Add(amountLine);
                }
            }

            // "… and the price is fine": the price as we quoted it ("For a group of 14 the price is £3,950 plus VAT, including …").
            else if (Matches(PriceAccepted(), sentence.Sentence.Text)
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
            var option = ourEarlier.Select(ours => ChosenOption(sentence, latest, ours, dated, german)).FirstOrDefault(o => o is not null);
            if (option is null && labelled is not null)
            {
                continue;
            }

            if (option is { } chosen)
            {
                // A meeting is named as one: "Termin (SEO-Betreuung): Donnerstag, 10.12., vormittags", "Q1 roadmap call: January 6 at 2 PM".
                // … and a meeting noun in the client's words names it only where our option is a meeting too, or has its time ("a second appointment" is a hire).
                var meeting = MeetingNoun().Match(sentence.Sentence.Text) is { Success: true } m && (Matches(ClockTime(), chosen.Source) || Matches(MeetingNoun(), chosen.Source))
                    ? m : MeetingNoun().Match(chosen.Question ? chosen.Source : "");
                // A date we asked about is a meeting only with its time ("before the end of March" is a deadline, not a meeting).
                var noun = meeting.Success ? Capital(meeting.Value) : chosen.Question && Matches(ClockTime(), chosen.Source) ? (german ? "Termin" : "Meeting") : null;

                // A long subject that happens to name the meeting ("Etiketten, Weihnachtskarte und ein Termin im Dezember") is no label.
                var shortTopic = topic.Length > 0 && topic.Split(' ').Length <= 4;
                var taken = Capital(chosen.Text);
                // "Für die Schulung schlage ich Dienstag oder Donnerstag vor" names what the date is for: "Schulung: Donnerstag, 14. Januar".
                var purpose = ForWhat().Match(chosen.Source) is { Success: true } forWhat ? Capital(forWhat.Groups["what"].Value) : null;
                var fact = (chosen.Subject ?? purpose) is { } subject ? $"{subject}: {taken}"
                    : shortTopic && MeetingNoun().IsMatch(topic) ? $"{topic}: {taken}"
                    : noun is not null ? shortTopic ? $"{noun} ({topic}): {taken}" : $"{noun}: {taken}"
                    : topic.Length > 0 && !chosen.Text.Contains(": ", StringComparison.Ordinal) ? $"{topic}: {taken}" : taken;
                noun ??= MeetingNoun().IsMatch(topic) ? "" : null;

                // Two facts that share only the thread's subject ("Angebot Imagefilm: Dienstag, 8.12." and "Angebot Imagefilm: 19. Januar") are two.
                // A bare date ("Workshop: Donnerstag, 10. Dezember") is the same fact only where that date is written already.
                if (agreed.Exists(a => a.Contains(chosen.Text, StringComparison.Ordinal)
                    || (ContentWords(chosen.Text).Count > 0 && Similar(a.Replace(topic, "", StringComparison.Ordinal), fact.Replace(topic, "", StringComparison.Ordinal)))))
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
                        : new SummaryStep(purpose is not null ? $"{purpose}: {taken}" : Capital(chosen.Text), userFirst, date));
                }

                chose = true;
                continue;
            }

            if (!Matches(Decision(), sentence.Sentence.Text) && dated.In(latest, sentence).Count == 0)
            {
                // "Passt so", "Thanks, that helps": settled, but nothing to record as a fact.
                continue;
            }

            var text = AcceptedText(sentence.Sentence.Text, german, du, userFirst);
            if (text is not null && !agreed.Exists(a => Similar(a, text)))
            {
                agreed.Add(text);
            }
        }

        return chose;
    }

    /// <summary>
    /// A slot we confirmed: "Tuesday, Dec 8 at 10 AM Eastern is booked" after the client's "Let's do the kickoff Tuesday
    /// Dec 8 at 10 AM", or the points under "Confirmed at your Joliet site:". Agreed, named by what the client called it
    /// ("Kickoff: Tuesday, Dec 8 at 10 AM Eastern"); a meeting is also the next step on its day. A date already agreed
    /// ("Der 19. Januar ist fest für Sie eingeplant" after "Wir nehmen den 19. Januar") is not written twice.
    /// </summary>
    private static void ConfirmedSlots(
        List<MessageReading> readings, Dates dated, DateOnly today, string userFirst, List<string> agreed, List<SummaryStep> steps, List<DateOnly> meetings, HashSet<DateOnly> confirmed)
    {
        MessageReading? client = null;
        foreach (var ours in readings)
        {
            if (ours.Party == Party.Client)
            {
                client = ours;
                continue;
            }

            if (client is null)
            {
                continue;
            }

            // Only a sentence that says it is booked, or a point under such a heading, is read further.
            foreach (var sentence in ours.Sentences.Where(s => !s.Sentence.IsQuestion && (Booked().IsMatch(s.Sentence.Text) || ListItem().IsMatch(s.Sentence.Text))))
            {
                var text = ListItem().Replace(Phrasing.Clean(sentence.Sentence.Text), "").TrimEnd('.', '!');
                var underHeading = ListItem().IsMatch(sentence.Sentence.Text) && Booked().IsMatch(HeadingBefore(ours, sentence));
                var booked = Booked().Match(text);
                if ((!booked.Success && !underHeading) || dated.In(ours, sentence) is not [var date, ..] || date.Date < today)
                {
                    continue;
                }

                var asked = client.Sentences.FirstOrDefault(c => dated.In(client, c).Exists(d => d.Date == date.Date));
                if (asked is null && !underHeading)
                {
                    continue;
                }

                var label = asked is not null && MeetingNoun().Match(asked.Sentence.Text) is { Success: true } noun ? Capital(noun.Value) : null;
                var start = text.IndexOf(date.Text, StringComparison.Ordinal);
                var when = underHeading ? text
                    : booked.Index > start ? text[start..booked.Index].Trim(' ', ',', '–', '-')
                    : DateWithTime(text, date.Text).Split(" – ")[0];
                var fact = label is not null ? $"{label}: {when}" : when;
                var known = agreed.Exists(a => Similar(a, fact) || a.Contains(date.Text, StringComparison.Ordinal)) || meetings.Contains(date.Date);
                if (!known && when.Count(char.IsLetter) < 3)
                {
                    continue;
                }

                confirmed.Add(date.Date);
                if (known)
                {
                    continue;
                }

                agreed.Add(fact);
                if (label is not null)
                {
                    meetings.Add(date.Date);
                    steps.Add(new SummaryStep(fact, userFirst, date.Date));
                }
            }
        }
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
                var bare = WithoutDateTexts(text, itemDates).Count(char.IsLetter) < 4;
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

    /// <summary>
    /// The one option of ours that a client's words describe, where our options are labelled ("Option 1: …") or listed with a
    /// price ("- Standard: haul-out, …: $4,850", "- Coppercoat instead of antifoul: $9,200"): the most of its words of matter,
    /// two at least; where two options have as many, the one the client names first ("Standard antifoul for both, thanks,
    /// we'll look at Coppercoat next winter").
    /// </summary>
    private static string? ChoiceByContent(SentenceReading sentence, List<OfferedOption> options)
    {
        var said = OptionStems(sentence.Sentence.Text);
        var ranked = options.Select(o => (Option: o, Shared: o.Stems.Count(said.Contains),
                First: said.FindIndex(stem => o.Stems.Contains(stem) && options.Count(other => other.Stems.Contains(stem)) == 1)))
            .OrderByDescending(o => o.Shared).ThenBy(o => o.First < 0 ? int.MaxValue : o.First).ToList();
        if (ranked[0].Shared < 2 || (ranked[0].Shared == ranked[1].Shared && (ranked[0].First < 0 || (ranked[1].First >= 0 && ranked[1].First <= ranked[0].First))))
        {
            return null;
        }

        var chosen = ranked[0].Option;
        return chosen.Name.Length > 0 ? $"{chosen.Name}: {chosen.Content}" : Capital(chosen.Content);
    }

    /// <summary>An option of ours as offered: its name ("Option 1", "Standard", or none), what it is, and its words.</summary>
    private sealed record OfferedOption(string Name, string Content, List<string> Stems);

    /// <summary>The options a mail of ours offers, labelled ("Option 1: …", "B) …") or as priced lines of a list; two to five, or none.</summary>
    private static List<OfferedOption> OptionsIn(MessageReading ours)
    {
        var options = new List<OfferedOption>();
        foreach (var text in ours.Sentences.Select(s => s.Sentence.Text.Trim().TrimEnd('.', ';')))
        {
            if (OptionMarker().Match(text) is { Success: true } marker && text.Length - marker.Length > 8)
            {
                var name = Capital(marker.Value.Trim().TrimEnd(':', ')', '.', '–', '-').Trim());
                options.Add(new OfferedOption(name, text[marker.Length..], OptionStems($"{name} {text[marker.Length..]}")));
            }
            else if (ListItem().Match(text) is { Success: true } item && text[item.Length..] is var listed && Matches(Money(), listed))
            {
                // A priced line of a list is an option on offer ("- Standard: …: $4,850 + GST"); "- Lieferung: Donnerstag, …" is a plan.
                var colon = listed.IndexOf(':', StringComparison.Ordinal);
                var (name, content) = colon > 0 && listed[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
                    ? (Capital(listed[..colon].Trim()), listed[(colon + 1)..].Trim())
                    : ("", listed);
                options.Add(new OfferedOption(name, content, OptionStems(listed)));
            }
        }

        return options.Count is >= 2 and <= 5 ? options : [];
    }

    /// <summary>Words of five letters or more, capitals too ("Standard antifoul" and "Coppercoat" are what the options are called), as stems of six.</summary>
    private static List<string> OptionStems(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 5 && !Stop.Contains(w)).Select(w => w[..Math.Min(6, w.Length)]).Distinct()];

    /// <summary>"Variante B" in the client's words → "Variante B: Workshop mit zwei Moderatorinnen, …: 3.350 € netto" from our "B) …".</summary>
    private static string? LabelledChoice(SentenceReading sentence, MessageReading ours)
    {
        var label = OptionLabel().Match(sentence.Sentence.Text);

        // "Wir nehmen B", "we'll take 2": a bare letter or number names the option only where our message labels one so.
        var bare = label.Success ? null : BareChoice().Match(sentence.Sentence.Text) is { Success: true } b ? b.Groups["letter"].Value : null;
        if (!label.Success && bare is null)
        {
            return null;
        }

        var letter = bare ?? label.Value.Split(' ')[^1];
        foreach (var candidate in ours.Sentences)
        {
            // The whole line: its purpose clause ("damit wir in Kleingruppen arbeiten können") is part of what was chosen.
            var text = candidate.Sentence.Text.Trim().TrimEnd('.', ';');
            var marker = Regex.Match(text, $@"^(?:(?<kind>variante|option|paket|package|angebot|vorschlag)\s+)?{Regex.Escape(letter)}\s*[):.–-]\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (marker.Success && text.Length - marker.Length > 8 && (bare is null || marker.Groups["kind"].Success))
            {
                var name = bare is null ? Capital(label.Value) : $"{Capital(marker.Groups["kind"].Value)} {letter}";
                return $"{name}: {text[marker.Length..]}";
            }

            if (bare is not null)
            {
                continue;
            }

            var at = candidate.Sentence.Lower.IndexOf(label.Value.ToLowerInvariant(), StringComparison.Ordinal);
            if (at >= 0 && !candidate.Sentence.IsQuestion)
            {
                // "Swatch 2 – sage green velvet (4 weeks) Swatch 3 – charcoal linen": a list run together ends at the next label.
                // "Option B: as Option A, plus a workshop" names the other option as a reference, not as the next item.
                var next = OptionLabel().Match(text, at + label.Length);
                while (next.Success && OptionReference().IsMatch(text[..next.Index]))
                {
                    next = next.NextMatch();
                }

                var listed = next.Success || OptionLabel().IsMatch(text[..at]);
                var option = !listed ? text : Capital((next.Success ? text[at..next.Index] : text[at..]).TrimEnd(' ', ',', ';', '–', '-'));
                // "All I need now is your go-ahead on Option 1 or Option 2" only names it: what it is stands in an earlier mail.
                if (listed && option.Length - label.Length < 8)
                {
                    continue;
                }

                return option;
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

    /// <summary>
    /// The total of the quote the client accepted in message <paramref name="at"/>: said in our answer to the order (the total
    /// with an option the client added), else in our latest quote before it; a sentence that names the total, or a quote
    /// with a single amount.
    /// </summary>
    private static string? QuoteTotal(List<MessageReading> readings, int at)
    {
        var after = readings.Skip(at + 1).Where(r => r.Party == Party.Us);
        var before = readings.Take(at).Where(r => r.Party == Party.Us).Reverse();
        foreach (var ours in after.Concat(before))
        {
            var amounts = ours.Sentences.Where(s => !s.Sentence.IsQuestion && Matches(Money(), s.Sentence.Text)).ToList();
            var total = amounts.Find(s => Matches(TotalWord(), s.Sentence.Text)) ?? (amounts.Count == 1 && Matches(QuoteWord(), ours.Message.Subject + " " + amounts[0].Sentence.Text) ? amounts[0] : null);
            if (total is not null)
            {
                return Phrasing.Commitment(total.Sentence.Text)?.TrimEnd('.');
            }
        }

        return null;
    }

    /// <remarks>"I want a confirmed fitting date by noon tomorrow", "Before I approve anything I need to know …": a demand is never an acceptance.</remarks>
    private static bool Accepts(SentenceReading sentence) =>
        (Matches(Acceptance(), sentence.Sentence.Text) || Matches(Decision(), sentence.Sentence.Text)) && !Matches(DemandWords(), sentence.Sentence.Text);

    /// <summary>The option of our message the client took: by its date, or by its name or number.</summary>
    private static (string Text, bool Question, DateOnly? Date, string Source, string? Subject)? ChosenOption(SentenceReading sentence, MessageReading latest, MessageReading ours, Dates dated, bool german)
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
                // "Wäre nächsten Dienstag um 10 Uhr möglich?" is written with its date: "Dienstag, 8.12. um 10 Uhr".
                var text = Phrasing.Clean(candidate.Sentence.Text).TrimEnd('.', ';');
                var dateText = offered[taken].Text;
                if (candidate.Sentence.IsQuestion)
                {
                    return (Absolute(DateWithTime(text, dateText), offered, german)!, true, offered[taken].Date, text, null);
                }

                // "Training for Aoife: I'd propose Tuesday 8 December at 2pm, one hour on Teams" → "Training for Aoife: Tuesday 8 December at 2pm, one hour on Teams".
                var colon = text.IndexOf(": ", StringComparison.Ordinal);
                if (colon is > 3 and < 60 && colon < text.IndexOf(dateText, StringComparison.Ordinal) && Matches(ProposalWords(), text[colon..]))
                {
                    return ($"{text[..colon]}: {DateWithTime(text[(colon + 2)..], dateText)}", false, offered[taken].Date, text, null);
                }

                // "– Dienstag, 19. Januar" under "Für den Drehtag in Ihrem Werk hätten wir folgende Termine frei:": the shooting day.
                // "… diese Termine anbieten, jeweils von 9:00 bis 16:30 Uhr:": the heading's hours belong to each date.
                var heading = ListItem().IsMatch(candidate.Sentence.Text) ? HeadingBefore(ours, candidate) : "";
                var subject = OptionSubject().Match(heading) is { Success: true } about ? Capital(about.Groups["what"].Value) : null;
                var part = ListItem().Replace(ChosenPart(text, dateText), "");
                var hours = HoursSpan().Match(heading);
                return (hours.Success && !HoursSpan().IsMatch(part) ? $"{part}, {hours.Value.Trim()}" : part, false, offered[taken].Date, text, subject);
            }

            // "All I need now is your go-ahead on Option 1 or Option 2" asks for the choice; it describes neither.
            if (label is not null && candidate.Sentence.Lower.Contains(label, StringComparison.Ordinal)
                && !(OptionLabel().Count(candidate.Sentence.Text) >= 2 && Matches(EitherOr(), candidate.Sentence.Text)))
            {
                return (Phrasing.Clean(candidate.Sentence.Text).TrimEnd('.', ';'), false, null, candidate.Sentence.Text, null);
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
            // "Der 26./27. Januar passt bei uns, der 19./20. leider nicht": the part with the date taken.
            var clauses = sentence.Split(", ");
            var with = clauses.Where(c => c.Contains(dateText, StringComparison.Ordinal)).ToList();
            return with.Count == 1 && clauses.Length > 1 && clauses.Any(c => !c.Contains(dateText, StringComparison.Ordinal) && Matches(NegationWord(), c) && c.Any(char.IsDigit))
                ? Capital(with[0].Trim())
                : sentence;
        }

        var part = parts.FirstOrDefault(p => p.Contains(dateText, StringComparison.Ordinal)) ?? sentence;
        var colon = part.LastIndexOf(": ", StringComparison.Ordinal);
        return TrailingParticle().Replace((colon >= 0 && colon + 2 < part.Length ? part[(colon + 2)..] : part).Trim(' ', ',', ';', '.'), "");
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
    private static string? AcceptedText(string sentence, bool german, bool du, string userFirst)
    {
        var text = Phrasing.Clean(sentence).Trim().TrimEnd('.', '!');
        // "No worries Josh, the 17th is fine", "Dan, that sounds great – go with Option 2": whom they answer and how glad they are is no part of the fact.
        text = Regex.Replace(text, @"^(?:[\p{L}']+\s+){0,2}" + Regex.Escape(userFirst) + @",\s*", "", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        text = GladLead().Replace(text, "");
        text = LeadingFiller().Replace(text, "");
        // "15% for a second hire works for us – please put that in an updated terms letter": the request after the yes is an ask.
        text = RequestAfterYes().Replace(text, "");
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return null;
        }

        // "Lass das Backup bitte drin, das ist es mir wert": the decision as the fact it makes ("Das Backup bleibt drin"),
        // without the comment after it.
        text = CommentTail().Replace(text, "");
        if (KeepIt().Match(text) is { Success: true } keep)
        {
            var what = keep.Groups["what"].Value;
            return german ? $"{Capital(what)} bleibt {keep.Groups["how"].Value.ToLowerInvariant()}" : $"{Capital(what)} stays";
        }

        // Otherwise the client's words in our letter, with their pronouns turned to ours ("We're approved to go ahead" → "You're
        // approved to go ahead", "Wir nehmen Variante 2" → "Sie nehmen Variante 2").
        return Capital(Phrasing.InOurWords(text, german, du));
    }
}
