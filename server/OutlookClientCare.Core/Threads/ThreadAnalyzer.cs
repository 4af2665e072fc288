using OutlookClientCare.Core.Threads.Analysis;

namespace OutlookClientCare.Core.Threads;

/// <summary>
/// Reads a whole thread the way the client-care method asks (listen first, find the real
/// issue) and returns the <see cref="SituationCard"/>. Deterministic and in-process: the same
/// messages and context always give the same card.
/// </summary>
public static class ThreadAnalyzer
{
    private static readonly HashSet<string> FreeMailDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com",
        "me.com", "aol.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de", "posteo.de",
        "mailbox.org", "proton.me", "protonmail.com", "outlook.de", "hotmail.de", "yahoo.de", "arcor.de", "1und1.de",
    };

    /// <summary>Dates are read from this many latest messages.</summary>
    public const int MaxDateMessages = 12;

    public static SituationCard Analyze(IReadOnlyList<ThreadMessage> messages, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(context);

        var isUs = OurSide(context);
        var scratch = new List<CueMatch>();
        var ordered = messages.Where(m => !m.IsDraft).OrderBy(m => m.SentDateTime).ToList();
        var readings = new List<MessageReading>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var message = ordered[i];
            var party = message.From is { } from && isUs(from.Address) ? Party.Us : Party.Client;

            // Every client message is read (the trend shows each one); of our own, the latest ones say what
            // we promised and asked, while older ones only mark where the client's turns begin and end.
            var reading = party == Party.Us && i < ordered.Count - MaxDateMessages
                ? MessageReading.Marker(message, party)
                : MessageReading.Read(message, party, scratch);
            if (!reading.IsAutoReply)
            {
                readings.Add(reading);
            }
        }

        var language = LanguageOf(readings);
        var client = readings.Where(r => r.Party == Party.Client).ToList();
        var lastOurs = readings.FindLastIndex(r => r.Party == Party.Us);
        var unanswered = readings.Skip(lastOurs + 1).ToList();
        var turns = ClientTurns.Of(readings);
        var bulk = BulkMail.IsBulk(readings);

        var mood = MoodJudge.Judge(turns, bulk);
        var resolved = !bulk && turns.Latest.Count > 0 && (turns.Latest[^1].Resolves || (turns.Latest[^1].Settles && lastOurs > readings.IndexOf(turns.Latest[^1])));
        var (issue, issueEvidence) = bulk ? (MainIssue.Other, []) : Issue(readings);
        var asks = bulk ? [] : Asks(client, unanswered);
        var promises = new List<Promise>();
        var dates = Dates(readings, context, promises);
        var overdue = resolved || bulk ? null : EscalationJudge.Overdue(readings, context, promises);
        var escalation = bulk ? new EscalationSummary(EscalationRisk.Low, []) : EscalationJudge.Judge(readings, turns, unanswered, mood.Level, resolved, overdue);
        var waiting = bulk ? new WaitingSummary(ReplyOwedBy.None, null, 0) : Waiting(readings, unanswered, context);
        var facts = new NextSteps.Facts(bulk, resolved, mood, issue, asks, escalation, waiting, turns, EscalationJudge.BringsInManagement(turns), overdue is not null);
        var (nextStep, reason) = NextSteps.Choose(context.UserLanguage ?? language, facts);

        return new SituationCard
        {
            Language = language,
            MessageCount = messages.Count,
            MainIssue = issue,
            Mood = mood,
            Asks = asks,
            Dates = dates,
            Escalation = escalation,
            Waiting = waiting,
            NextStep = nextStep,
            NextStepReason = reason,
            MainIssueEvidence = issueEvidence,
            MoodTrend = [.. client.Select(MoodJudge.Point)],
            Client = ClientOf(readings, messages, isUs),
            FormOfAddress = language == ThreadLanguage.De ? AddressForms.Of(readings) : null,
            Truncated = messages.Any(m => m.Truncated),
            Resolved = resolved,
            Kind = bulk ? ThreadKind.Bulk : ThreadKind.Conversation,
        };
    }

    internal static Func<string, bool> OurSide(AnalysisContext context)
    {
        var addresses = new HashSet<string>(context.Aliases.Append(context.Me).Select(a => a.Trim()), StringComparer.OrdinalIgnoreCase);
        var domains = new HashSet<string>(
            addresses.Select(DomainOf).Where(d => d.Length > 0 && !FreeMailDomains.Contains(d)),
            StringComparer.OrdinalIgnoreCase);

        // Colleagues on the user's own domain answer for "us" too.
        return address => addresses.Contains(address.Trim()) || domains.Contains(DomainOf(address));
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at < 0 ? "" : address[(at + 1)..].Trim();
    }

    private static ThreadLanguage LanguageOf(List<MessageReading> readings)
    {
        var german = 0;
        var english = 0;
        foreach (var reading in readings)
        {
            var weight = reading.Party == Party.Client ? 2 : 1;
            german += reading.GermanWords * weight;
            english += reading.EnglishWords * weight;
        }

        return german > english ? ThreadLanguage.De : ThreadLanguage.En;
    }

    private static (MainIssue Issue, IReadOnlyList<Evidence> Evidence) Issue(List<MessageReading> readings)
    {
        var totals = new double[5];
        var contributions = new List<(int Issue, double Weight, string MessageId, string Text)>();
        var lastClient = readings.FindLastIndex(r => r.Party == Party.Client);

        // Without any displeasure the thread is about what it names plainly ("Rechnung", "bug"), not about a
        // budget or an offer mentioned in passing.
        var untroubled = !readings.Exists(r => r.Party == Party.Client && (r.Score >= MoodJudge.ConcernedFrom || r.Pressure > 0));
        for (var index = 0; index < readings.Count; index++)
        {
            // Our own messages often name the trouble plainly ("the delay", "fixed"), but the client's words count more.
            var reading = readings[index];
            var weight = reading.Party == Party.Us ? 0.5 : index == lastClient ? 1.5 : 1.0;
            var chasedUnanswered = index > 0 && readings[index - 1].Party == Party.Client;
            foreach (var sentence in reading.Sentences)
            {
                if (reading.Party == Party.Client && sentence.IsApology)
                {
                    // "Sorry for the delay, our CFO was traveling": the client's own delay is no complaint.
                    continue;
                }

                if (sentence.Chase > 0 && reading.Party == Party.Client)
                {
                    // Chasing an unanswered message is about answers; chasing after we answered is about the late work.
                    var chased = chasedUnanswered ? MainIssue.Responsiveness : MainIssue.Delay;
                    totals[chased - MainIssue.Delay] += sentence.Chase * weight;
                }

                // In a thread with displeasure, the trouble it is about is the one the feeling is attached to:
                // "Nur noch zwei Kleinigkeiten" after a dispute about scope is not the main issue.
                var emphasis = 1 + Math.Min(1.5, sentence.Negative) - (!untroubled && sentence.Negative == 0 && reading.Party == Party.Client ? 0.4 : 0);
                for (var i = 0; i < totals.Length; i++)
                {
                    // "No need to reply" settles the matter; it is no complaint about answers.
                    var settling = sentence.IsClosure && i == MainIssue.Responsiveness - MainIssue.Delay;
                    if (sentence.Issues[i] > 0 && !settling && !(untroubled && sentence.Issues[i] < 1))
                    {
                        var contribution = sentence.Issues[i] * emphasis * weight;
                        totals[i] += contribution;
                        if (reading.Party == Party.Client)
                        {
                            contributions.Add((i, contribution, reading.Message.Id, sentence.Sentence.Text));
                        }
                    }
                }
            }
        }

        // Writing again and again without an answer is itself a complaint about responsiveness.
        var unansweredClient = readings.Count - 1 - readings.FindLastIndex(r => r.Party == Party.Us);
        totals[MainIssue.Responsiveness - MainIssue.Delay] += Math.Max(0, unansweredClient - 1) * 0.5;

        if (readings.Count > 0)
        {
            // The subject the thread started with often names the matter ("Rechnung 2026-113").
            var subject = Analysis.Sentence.Create(readings[0].Message.Subject);
            var reading = SentenceReading.Read(subject, []);
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] += 0.7 * reading.Issues[i];
            }
        }

        var best = 0;
        for (var i = 1; i < totals.Length; i++)
        {
            if (totals[i] > totals[best])
            {
                best = i;
            }
        }

        if (totals[best] < 0.65)
        {
            return (MainIssue.Other, []);
        }

        var evidence = contributions
            .Where(c => c.Issue == best)
            .OrderByDescending(c => c.Weight)
            .Take(2)
            .Select(c => new Evidence(c.MessageId, c.Text))
            .ToList();
        return ((MainIssue)best, evidence);
    }

    private static List<Ask> Asks(List<MessageReading> client, List<MessageReading> unanswered)
    {
        var asks = new List<Ask>();
        foreach (var reading in client)
        {
            foreach (var sentence in reading.Sentences)
            {
                if (sentence.IsAsk && !sentence.IsClosure)
                {
                    asks.Add(new Ask(reading.Message.Id, sentence.Sentence.Text, sentence.AskKind) { IsOpen = unanswered.Contains(reading) });
                }
            }
        }

        return asks;
    }

    private static WaitingSummary Waiting(List<MessageReading> readings, List<MessageReading> unanswered, AnalysisContext context)
    {
        if (readings.Count == 0)
        {
            return new WaitingSummary(ReplyOwedBy.None, null, 0);
        }

        var last = readings[^1];
        ReplyOwedBy owed;
        DateTimeOffset since;
        if (last.Party == Party.Client)
        {
            owed = last.IsClosure || last.Resolves ? ReplyOwedBy.None : ReplyOwedBy.Us;
            since = owed == ReplyOwedBy.Us ? unanswered[0].Message.SentDateTime : last.Message.SentDateTime;
        }
        else
        {
            owed = last.HasAsk ? ReplyOwedBy.Client : ReplyOwedBy.None;
            since = last.Message.SentDateTime;
        }

        var hours = BusinessHours.Between(since, context.Now, context.TimeZone, context.WorkingHours);
        return new WaitingSummary(owed, since, Math.Round(hours, 1, MidpointRounding.AwayFromZero));
    }

    private static List<DateMention> Dates(List<MessageReading> readings, AnalysisContext context, List<Promise> promises)
    {
        var dates = new List<DateMention>();
        var seen = new HashSet<(string, DateOnly)>();
        var found = new List<DateExtractor.Found>();
        var lastWorkday = context.WorkingHours.Days.Count == 0 ? DayOfWeek.Friday : context.WorkingHours.Days.MaxBy(d => ((int)d + 6) % 7);

        // The pane shows the dates that matter now: those of the latest messages, not a long thread's history.
        foreach (var reading in readings.Skip(Math.Max(0, readings.Count - MaxDateMessages)))
        {
            var sentLocal = TimeZoneInfo.ConvertTime(reading.Message.SentDateTime, context.TimeZone);
            var sentDay = DateOnly.FromDateTime(sentLocal.DateTime);
            var monthFirst = reading.EnglishWords > reading.GermanWords;
            foreach (var sentence in reading.Sentences)
            {
                if (!DateExtractor.MightContainDate(sentence.Sentence))
                {
                    continue;
                }

                found.Clear();
                DateExtractor.Extract(sentence.Sentence, sentDay, sentLocal, monthFirst, lastWorkday, found);
                foreach (var date in found)
                {
                    if (seen.Add((reading.Message.Id, date.Date)))
                    {
                        dates.Add(new DateMention(reading.Message.Id, date.Text, date.Date, date.IsDeadline, reading.Party));
                        if (reading.Party == Party.Us && sentence.Speaks && sentence.Addresses && date.Date >= sentDay && !(sentence.IsAsk && (sentence.HasRequestCue || sentence.IsImperative)))
                        {
                            // "Ich melde mich bis Freitag, 13.11.": a date our side commits to; "Bitte senden Sie mir … bis 20.11." is the client's.
                            promises.Add(new Promise(reading.Message.Id, date.Date, sentence.Sentence.Text));
                        }
                    }
                }
            }
        }

        return dates;
    }

    private static Participant? ClientOf(List<MessageReading> readings, IReadOnlyList<ThreadMessage> messages, Func<string, bool> isUs)
    {
        var sender = readings.LastOrDefault(r => r.Party == Party.Client)?.Message.From;
        sender ??= messages.SelectMany(m => m.To.Concat(m.Cc)).FirstOrDefault(a => !isUs(a.Address));
        return sender is null ? null : new Participant(sender.Name, sender.Address);
    }
}
