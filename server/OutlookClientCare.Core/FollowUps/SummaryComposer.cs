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
    private const int OurMessagesForCommitments = 3;

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
        var (register, greeted) = Register(readings, client, language, form, input.UserName, context.Me);
        // The steps of a client's colleague who wrote last are theirs, also when the summary greets the client we wrote to.
        var clientOwner = greeted == client ? ClientOwner(register.Salutation, client) : client?.Message.From?.Name is { } colleague ? Salutations.FirstNameOf(colleague) ?? colleague : "";
        var dated = new Dates(context);

        var agreedSteps = new List<SummaryStep>();
        var agreedMeetings = new List<DateOnly>();
        var confirmedDates = new HashSet<DateOnly>();
        var du = form == "du";
        var agreed = Agreements(readings, lastClient, dated, german, du, today, userFirst, agreedSteps, agreedMeetings, confirmedDates);
        var meeting = agreedSteps.Find(s => s.Due is not null && s.Due > today)?.Due ?? agreedMeetings.FirstOrDefault();
        var commitments = Commitments(readings, dated, today, german, du, userFirst, clientOwner, meeting == default ? null : meeting);

        // "Der 19. Januar ist fest für Sie eingeplant", "Tuesday at 10 is booked": said under "agreed" already.
        commitments.RemoveAll(c => c.Due is { } due && confirmedDates.Contains(due) && Booked().IsMatch(c.What));
        var (askLines, askSteps) = Asks(card, readings, dated, today, german, du, userFirst, clientOwner, commitments);
        // "Let's go ahead with the on-site training": a decision recorded as agreed is no open ask and no step besides.
        // "We're approved to go ahead, but the provider says the licence is only active on December 1" agreed: the same words are no ask besides.
        // … but not the condition an acceptance was given on ("go with Option 2, as long as you stay under the $185k budget"): that stays open.
        bool Agreed(string text) => agreed.Exists(a => a.IndexOf(text, StringComparison.OrdinalIgnoreCase) is >= 0 and var at && !TrailingConditionWord().IsMatch(a[..at]));
        askLines.RemoveAll(line => Agreed(line.Split(" – ")[0]));
        askSteps.RemoveAll(step => Agreed(step.What));
        var clientSteps = ClientSteps(readings, lastClient, dated, today, german, du, clientOwner, userFirst);

        var steps = new List<SummaryStep>();
        // A fragment ("Freigibst" out of "Wenn du freigibst, …") is no step.
        foreach (var step in askSteps.Concat(commitments).Concat(agreedSteps).Concat(clientSteps).Where(s => s.What.Contains(' ', StringComparison.Ordinal)))
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

        // "Die Montage am Montag, 14.12., können wir nicht halten. Wir schlagen Ihnen neu Mittwoch, 16.12., vor": the new date is the Montage's.
        NameMovedDates(MovedDates(readings, dated, userFirst, german), agreed, steps, today);

        // An upset client has settled nothing with us unless something is agreed beyond what we gave unasked ("Annika has started
        // imaging the healthy drives at no charge"): then a date is no agreement to build on, and the summary says what we hear.
        var hot = card.Mood.Level >= MoodLevel.Frustrated;
        bool Settled() => !hot || agreed.Exists(a => !Matches(Granted(), a));

        // "Wednesday 16th afternoon is better for Graham" and our "Four interviews on Wednesday 16th from 1pm – noted": agreed, however either side says yes.
        if (Settled())
        {
            SharedDates(readings, dated, today, userFirst, agreed, steps);
        }

        // "Für den Restbetrag gilt das neue Zahlungsziel 02.12." is agreed; "Damit ist der Go-live am Freitag, 4.12., realistisch" is the go-live.
        StatementsOfOurs(steps, agreed, settled: Settled());

        // "Donnerstag, 10. Dezember, um 14:30 Uhr passt" is the Anprobe's date, as the thread named it where the date was proposed.
        NameSettledDates(readings, dated, german, agreed, steps);

        // "You'll sign the HOA form tonight and send it back": a step the letter puts to the client as theirs is the client's.
        TheClientsOwn(steps, clientOwner);

        // "Dienstag, 19. Januar" on its own, one of the days we offered, says nothing a client could act on.
        steps.RemoveAll(s => IsBareDate(s.What));
        agreed.RemoveAll(IsBareDate);

        var summaryForm = Settled() ? SummaryForm.Agreed : SummaryForm.WhatIHear;
        var userGerman = (context.UserLanguage ?? language) == ThreadLanguage.De;
        // Every line tidied for the letter; a German date at the end of one keeps its dot.
        Func<string, string> finish = german ? line => Phrasing.Tidy(Phrasing.DateDot(line)) : Phrasing.Tidy;
        return new SummaryProposal
        {
            Form = summaryForm,
            Language = language,
            Salutation = register.Salutation,
            Agreed = [.. agreed.Select(finish)],
            Asks = [.. askLines.Select(finish)],
            NextSteps = [.. steps.OrderBy(s => s.Due ?? DateOnly.MaxValue).Select(s => s with { What = finish(s.What) })],
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

    /// <summary>
    /// Our statements among the steps: a term we state ("Für den Restbetrag gilt das neue Zahlungsziel 02.12.") is agreed, not
    /// a step of ours, where the thread is settled enough to agree on anything (for an upset client it is no agreement to build
    /// on); "Damit ist der Go-live am Freitag, 4.12., realistisch" is the step "Der Go-live am Freitag, 4.12.".
    /// </summary>
    private static void StatementsOfOurs(List<SummaryStep> steps, List<string> agreed, bool settled)
    {
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            var step = steps[i];
            if (step.ByClient)
            {
                continue;
            }

            if (Matches(StatedTerm(), step.What) && settled)
            {
                steps.RemoveAt(i);
                if (!agreed.Exists(a => Similar(a, step.What)))
                {
                    agreed.Add(step.What.TrimEnd('.'));
                }
            }
            else if (RealisticOn().Match(step.What) is { Success: true } realistic)
            {
                steps[i] = step with { What = Capital($"{realistic.Groups["what"].Value} {realistic.Groups["when"].Value}".TrimEnd(',', ' ')) };
            }
        }
    }

    /// <summary>"You shall pay the deposit by bank transfer": a step said to the client as theirs is owned by them.</summary>
    private static void TheClientsOwn(List<SummaryStep> steps, string clientOwner)
    {
        for (var i = 0; i < steps.Count && clientOwner.Length > 0; i++)
        {
            if (!steps[i].ByClient && Matches(YouWillDo(), steps[i].What))
            {
                steps[i] = steps[i] with { Owner = clientOwner, ByClient = true };
            }
        }
    }

    private static (Salutations.Register Register, MessageReading? Greeted) Register(List<MessageReading> readings, MessageReading? client, ThreadLanguage language, string? form, string userName, string me)
    {
        var ourGreetings = readings.Where(r => r.Party == Party.Us).Reverse()
            .Select(r => Salutations.GreetingOf(r.Message.Text)).OfType<string>().ToList();

        // We wrote last: the summary follows that mail, to whom it greeted ("Sehr geehrter Herr Dr. Brinkmann" after his professor wrote in),
        // and of several, to whom it greeted first ("Dear Dr. Kerrigan, dear Nadia": the client, then her coordinator).
        if (readings.Count > 0 && readings[^1].Party == Party.Us && Salutations.GreetingOf(readings[^1].Message.Text) is { } lastGreeting
            && Salutations.Parts(lastGreeting).First() is var firstGreeted
            && readings.LastOrDefault(r => r.Party == Party.Client && Salutations.Greets(firstGreeted, PersonOf(r))) is { } greeted)
        {
            client = greeted;
        }

        // A colleague of the client whom our mail was not addressed to wrote last, after the client we wrote to answered ("S$4 is ok"
        // from Jasmine, then "Hi Daryl, …" from Marcus in her finance team, whom we copied or she did): the summary is for the client
        // our mail was addressed to.
        var ourLast = readings.FindLastIndex(r => r.Party == Party.Us && r.Message.From is { } us && string.Equals(us.Address, me, StringComparison.OrdinalIgnoreCase));
        MessageReading? beside = null;
        if (client is not null && ourLast >= 0 && client.Message.From is { } writer && readings[ourLast].Message is var ours
            && !ours.To.Any(a => SameAddress(a, writer))
            && readings.Skip(ourLast + 1).LastOrDefault(r => r.Party == Party.Client && r != client && r.Message.From is { } from && ours.To.Any(a => SameAddress(a, from))) is { } addressed)
        {
            if (ours.Cc.Any(a => SameAddress(a, writer)))
            {
                client = addressed;
            }
            else if (addressed.Message.Cc.Any(a => SameAddress(a, writer)) && !WritesFormally(client))
            {
                // A colleague the client brought in writes as the thread does ("Servus Stefan" from Florian, whom Verena copied): the
                // summary is for the client we wrote to, and greets both where both go by first names. Their boss who writes formally
                // ("Mr. Brooks, …") is greeted alone.
                beside = client;
                client = addressed;
            }
        }

        var person = client is null ? new Salutations.Person(null, null, "") : PersonOf(client);

        // "Hi Maggie," in our mails to Margaret Doyle alone: the name she goes by with us, where her own mail does not sign with one.
        if (client?.Message.From is { } who && person.SignedAs is null
            && readings.Where(r => r.Party == Party.Us && r.Message.To.Count == 1 && SameAddress(r.Message.To[0], who))
                .Select(r => Salutations.GreetingOf(r.Message.Text)).OfType<string>().LastOrDefault() is { } used
            && used.Split(' ') is [_, var called] && called.Length > 1 && called.All(char.IsLetter) && char.IsUpper(called[0]))
        {
            person = person with { SignedAs = called };
        }

        // A client who writes "Dear Mr. Brooks" or "Mr. Brooks," expects the same from us.
        var clientIsFormal = client is not null && GreetsFormally(client);
        var register = Salutations.For(person, ourGreetings, language, form, clientIsFormal, userName);
        // "Dear Sir," or "Sir," from the client and "Dear Farah Ma'am" from us: the thread speaks in honorifics, and so does the summary.
        if (language == ThreadLanguage.En && client is not null && HonorificGreeting(readings, client, ourGreetings, person) is { } honorific)
        {
            return (register with { Salutation = honorific, Closing = "Kind regards", Signature = userName }, client);
        }

        // Both by first name with the same greeting: "Hallo Verena und Florian", "Hi Deb and Alan"; else the client we wrote to.
        if (beside is not null
            && Salutations.For(PersonOf(beside), ourGreetings, language, form, clientIsFormal, userName).Salutation.Split(' ') is [var opener, var otherName]
            && register.Salutation.Split(' ') is [var ourOpener, var name] && opener == ourOpener && otherName != name)
        {
            register = register with { Salutation = $"{opener} {name} {(language == ThreadLanguage.De ? "und" : "and")} {otherName}" };
        }

        return (register, client);
    }

    /// <summary>"Dear Ma'am" or "Dear Sir" to a client who opens with a bare honorific, where we greet with one too or not yet at all.</summary>
    private static string? HonorificGreeting(List<MessageReading> readings, MessageReading client, List<string> ourGreetings, Salutations.Person person)
    {
        // "Sir," from the client, or "Mr. Ghosh," to us after our own "Dear Ma'am,": the thread speaks in honorifics.
        var ourOpenings = readings.Where(r => r.Party == Party.Us).Select(r => FirstLine(r.Message.Text)).ToList();
        if (!BareHonorific().IsMatch(client.Message.Text.TrimStart()) && !(GreetsFormally(client) && ourOpenings.Exists(g => BareHonorific().IsMatch(g))))
        {
            return null;
        }

        if (ourGreetings.Count > 0 && !ourOpenings.Exists(g => HonorificWord().IsMatch(g)))
        {
            // "Dear Ms. Okafor" from us stays, whatever the client calls us.
            return null;
        }

        var gender = ourOpenings.Exists(g => g.Contains("Ma'am", StringComparison.Ordinal) || g.Contains("Madam", StringComparison.Ordinal)) ? 'f'
            : ourOpenings.Exists(g => g.Contains("Sir", StringComparison.Ordinal)) ? 'm'
            : Salutations.Gender(person.SignedAs ?? Salutations.FirstNameOf(person.DisplayName ?? ""));
        return gender switch
        {
            'f' => "Dear Ma'am",
            'm' => "Dear Sir",
            _ => null,
        };
    }

    /// <summary>The first line of a mail that has words.</summary>
    private static string FirstLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                return line.Trim().ToString();
            }
        }

        return "";
    }

    /// <summary>Whether a client's mail opens "Dear Mr. Brooks" or "Mr. Brooks,".</summary>
    private static bool GreetsFormally(MessageReading reading) =>
        FormalGreeting().IsMatch(reading.Message.Text.AsSpan(0, Math.Min(120, reading.Message.Text.Length)));

    /// <summary>Whether a client's mail greets us formally, in either language: "Mr. Brooks,", "Sehr geehrter Herr Weber", "Guten Tag Frau Keller".</summary>
    private static bool WritesFormally(MessageReading reading) =>
        GreetsFormally(reading)
        || Salutations.GreetingOf(reading.Message.Text) is { } greeting
            && (greeting.Contains("Herr ", StringComparison.Ordinal) || greeting.Contains("Frau ", StringComparison.Ordinal) || greeting.StartsWith("Sehr geehrte", StringComparison.Ordinal))
        // "Herr Krämer," or "Mr. Brooks," alone on the first line: curter, and as formal.
        || BareFormalAddress().IsMatch(reading.Message.Text.TrimStart());

    private static bool SameAddress(MailAddress a, MailAddress b) => string.Equals(a.Address, b.Address, StringComparison.OrdinalIgnoreCase);

    private static Salutations.Person PersonOf(MessageReading client) =>
        new(client.Message.From?.Name, SignedName(client), client.Message.From?.Address ?? "", client.Message.Text[MessageReading.ClosingStart(client.Message.Text)..]);

    /// <summary>How the client signs: the short name line after their closing ("Tim", "K. Vogt"), or the name on the closing's own line ("Gruß Tom").</summary>
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

            // "Im Auftrag", "i. A.", "In Vertretung" stand above the name they sign for.
            if (OnBehalf().IsMatch(line))
            {
                continue;
            }

            var words = line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var valediction = Array.FindLastIndex(words, w => Valediction.Contains(w.Trim(',', '.', '!').ToLowerInvariant()));
            if (valediction >= 0)
            {
                // "Gruß Tom", "Cheers, Sam", "LG Anna": one name after the closing words, above a signature that gives the full name.
                if (valediction == words.Length - 2 && words[^1] is { Length: > 1 } name && char.IsUpper(name[0]) && name.All(char.IsLetter))
                {
                    return name;
                }

                continue;
            }

            if (words.Length is >= 1 and <= 4 && words.All(w => char.IsUpper(w[0])) && !line.EndsWith(','))
            {
                return line.ToString();
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:im\s+auftrag|in\s+vertretung|i\.\s?a\.|i\.\s?v\.|p\.\s?p\.)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OnBehalf();

    private static readonly HashSet<string> Valediction = new(StringComparer.Ordinal)
    {
        "grüße", "gruesse", "grüsse", "grüßen", "grüssen", "gruß", "gruss", "freundliche", "freundlichen", "mfg", "lg", "vg", "regards", "wishes", "woche", "wochenende", "cheers", "thanks", "thank", "danke", "best",
        "beste", "viele", "liebe", "herzliche", "schöne", "schönen", "sonnige", "bis", "bald", "ciao", "tschüss", "servus", "sincerely", "yours",
        // Swiss and Austrian: "Gruess", "Liebi Grüess", "Grüessli", "GLG", "Baba", "Pfiat di", "Salü".
        "gruess", "grüess", "gruäss", "grüessli", "liebi", "glg", "baba", "pfiat", "salü", "tschau",
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

    private static bool IsBareDate(string line) => CalendarWords().Replace(line, "").Count(char.IsLetter) < 3;

    /// <summary>"Herr Wirth prüft …", "Anil from our infrastructure team will …", "Could Dwayne let us know": a named person owns the step.</summary>
    private static string? NamedOwner(string sentence, bool acting = true)
    {
        // "Herr Demir bräuchte bis Freitag eine Liste", "Priya needs the logins": whoever needs it waits for it; it is the other side's step.
        // Who "she" is in the sentence after ("Marisol will need a key. She'll call you Friday") is that person all the same.
        var clean = Phrasing.Clean(sentence);
        if (acting && Needs().IsMatch(clean))
        {
            return null;
        }

        // "Chantal, move Mrs P's try-in to Tuesday": whom a sentence addresses by name owns what it bids; "Arjun, our specialist Ben
        // will send you …" is about whoever comes after the address.
        if (Vocative().Match(clean) is { Success: true } vocative && Salutations.Gender(vocative.Groups["name"].Value) != '?')
        {
            return Imperative().IsMatch(clean[vocative.Length..]) ? vocative.Groups["name"].Value : NamedOwner(Capital(clean[vocative.Length..]), acting);
        }

        // "Den italienischen Teil betreut ab sofort mein Kollege Luca Bernasconi": the colleague we introduce.
        if (MyColleague().Match(clean) is { Success: true } colleague)
        {
            return colleague.Groups["name"].Value;
        }

        // "Tarek (in Kopie) baut die Terminbuchung ein": whoever we copied in and name first is a person, known name or not,
        // also after a short lead ("Deposit: Sandra (cc) does our payments on Thursdays").
        var lead = clean.IndexOf(": ", StringComparison.Ordinal);
        if ((CopiedInSubject().Match(clean) is { Success: true } copied ? copied
            : lead is > 0 and < 30 ? CopiedInSubject().Match(clean[(lead + 2)..]) : Match.Empty) is { Success: true } copiedIn)
        {
            return copiedIn.Groups["name"].Value;
        }

        // "Frau Pichler (in Kopie) schickt Ihnen …": an aside in brackets is no part of who does what.
        sentence = Parenthetical().Replace(clean, "");

        // "Our office manager, Karen Liu, will send you the login": the person named in apposition.
        if (Appositive().Match(sentence) is { Success: true } appositive)
        {
            return appositive.Groups["name"].Value;
        }

        // "Unsere Designerin Jana Roth schaut sich das an": the person after their role, when the name is one.
        if (RoleThenName().Match(sentence) is { Success: true } role && (role.Groups["title"].Success || Salutations.Gender(role.Groups["first"].Value) != '?'))
        {
            return role.Groups["name"].Value;
        }

        // "Die App richtet Ihnen unser Elektriker Herr Frei ein", "Die Liste schickt Ihnen Frau Adam": the person after the verb.
        if (ObjectFirstOwner().Match(sentence) is { Success: true } objectFirst)
        {
            return objectFirst.Groups["name"].Value;
        }

        // "Am Donnerstag kommt Herr Brenner zur Abnahme", "Die Einladungen verschickt Frau Lindqvist am Montag": the person after the verb.
        if (!sentence.TrimEnd().EndsWith('?') && InvertedNamedSubject().Match(sentence) is { Success: true } inverted)
        {
            return inverted.Groups["name"].Value;
        }

        // "I've asked Tessa Marlow, our site lead, to call you", "Ich habe Herrn Kühn gebeten, Sie anzurufen": whom we put on it.
        if (AskedToAct().Match(sentence) is { Success: true } put)
        {
            return put.Groups["name"].Success ? put.Groups["name"].Value
                : $"{(put.Groups["title"].Value == "Herrn" ? "Herr" : "Frau")} {put.Groups["last"].Value}";
        }

        // "Have Devon call him", "Lassen Sie Herrn Kaya …": the person the client wants on it.
        if ((HaveSomeone().Match(sentence) is { Success: true } someone ? someone : ChaseSomeone().Match(sentence)) is { Success: true } have)
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

        // "It is under warranty; Jono will bring a replacement on Friday": the clause after a semicolon has its own subject, unless
        // the first clause already has a person ("You recover the projects by Wednesday; …") or the second only knows ("…; Herr Özdemir weiß Bescheid").
        var semicolon = sentence.IndexOf("; ", StringComparison.Ordinal);
        if (semicolon > 0 && !PersonFirst().IsMatch(sentence) && !Knows().IsMatch(sentence[semicolon..]) && NamedOwner(Capital(sentence[(semicolon + 2)..]), acting) is { } afterSemicolon)
        {
            return afterSemicolon;
        }

        // A bare capitalised word is a person only as a known first name or with their team ("Site is back" is no one), or
        // when the next sentence calls it "she" or "he" ("Marisol will need a key. She'll call you …").
        var match = NamedSubject().Match(sentence);
        if (match.Success && (match.Value.StartsWith("Herr", StringComparison.Ordinal) || match.Value.StartsWith("Frau", StringComparison.Ordinal)
            || Salutations.Gender(match.Groups["name"].Value) != '?' || TeamOf().IsMatch(match.Value) || (!acting && !CalendarWord().IsMatch(match.Groups["name"].Value))))
        {
            return match.Groups["name"].Value;
        }

        // "Ronny kommt morgen und legt die Zuleitung": a known first name, then its verb.
        if (KnownNameFirst().Match(sentence) is { Success: true } first && Salutations.Gender(first.Groups["name"].Value) != '?')
        {
            return first.Groups["name"].Value;
        }

        var asked = NamedAsked().Match(sentence);
        return asked.Success ? asked.Groups["name"].Value : null;
    }

    /// <summary>A promise of ours: "I'll send …", "schicke ich …", or, led by "dann" or a day, "Dann lege ich alle vorab an".</summary>
    private static bool IsPromise(string text) => Matches(Promise(), text) || Matches(LeadPromise(), text);

    /// <summary>"Please send us your brand guidelines": a request of ours to the client.</summary>
    /// <remarks>"I need to check with our insurer …" is a check of ours.</remarks>
    private static bool ClientIsAsked(SentenceReading sentence) =>
        sentence.IsAsk && (sentence.HasRequestCue || sentence.IsImperative) && !IsPromise(sentence.Sentence.Text) && !AskedOnlyInRelative(sentence.Sentence.Text)
        && !Matches(OwnCheck(), sentence.Sentence.Text);

    /// <summary>"Frau Frei schickt Ihnen … einen Fragebogen, den die Teilnehmenden bitte bis … ausfüllen": the "bitte" is in the relative clause; the sentence is our colleague's promise.</summary>
    private static bool AskedOnlyInRelative(string text)
    {
        if (RelativeClause().Match(text) is not { Success: true } relative)
        {
            return false;
        }

        var please = PleaseWord().Match(text);
        return please.Success && please.Index > relative.Index;
    }

    /// <summary>The thread's subject without "AW:", "Re:", "WG:", "Fwd:".</summary>
    internal static string Topic(string subject)
    {
        // "Intranet: Verschiebung der Datenmigration?" is labelled by what comes before its colon, like "… – Go-live-Termin" by what comes before its dash.
        var topic = ReplyPrefix().Replace(subject, "").Trim();
        var dash = topic.IndexOfAny(['–', '—']);
        topic = dash > 3 ? topic[..dash] : topic;
        var colon = topic.IndexOf(": ", StringComparison.Ordinal);
        return (colon > 3 ? topic[..colon] : topic).Trim(' ', '-', ':', '?', '!');
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
        "answer", "question", "antwort", "frage",
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

        public string Me => context.Me;

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

            // "Wir kommen am Mittwoch, 16.12. … Die Theke steht am Mittwochabend": a bare weekday is the day of that name the message dated before it.
            for (var i = 0; i < found.Count; i++)
            {
                if (!found[i].IsDeadline && BareWeekday().IsMatch(found[i].Text) && Earlier(reading, sentence, found[i].Date.DayOfWeek, sentDay) is { } named)
                {
                    found[i] = found[i] with { Date = named };
                }
            }

            return found;
        }

        private DateOnly? Earlier(MessageReading reading, SentenceReading sentence, DayOfWeek day, DateOnly sentDay)
        {
            foreach (var before in reading.Sentences.TakeWhile(s => !ReferenceEquals(s, sentence)).Reverse())
            {
                if (In(reading, before).Find(d => d.Date.DayOfWeek == day && d.Date >= sentDay && d.Date <= sentDay.AddDays(14) && d.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0) is { Text: not null } named)
                {
                    return named.Date;
                }
            }

            return null;
        }

        public bool IsWorkday(DateOnly day) => context.WorkingHours.Days.Count == 0 || context.WorkingHours.Days.Contains(day.DayOfWeek);

        public DateOnly AddWorkdays(DateOnly day, int count)
        {
            var result = day;
            var added = 0;
            while (added < count)
            {
                result = result.AddDays(1);
                if (IsWorkday(result))
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
}
