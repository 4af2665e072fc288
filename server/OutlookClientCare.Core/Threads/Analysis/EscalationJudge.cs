namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>
/// The risk now that the relationship escalates. Signals count from the client's messages since
/// they last settled; those of their latest turn count fully, older ones at most as "medium".
/// Chasing counts only while messages go unanswered; a date we promised that passed days ago
/// without a word from us counts too. Every signal names the message and sentence it came from.
/// </summary>
internal static class EscalationJudge
{
    /// <summary>A promise is overdue this many working days after its date.</summary>
    private const double OverdueAfterHours = 16;

    private static readonly Cue[] Severe = [Cue.Cancel, Cue.Legal, Cue.PublicReview, Cue.Refund];

    public static EscalationSummary Judge(
        List<MessageReading> readings,
        ClientTurns turns,
        List<MessageReading> unanswered,
        MoodLevel moodNow,
        bool settled,
        Promise? overdue)
    {
        if (settled || turns.Latest.Count == 0)
        {
            return new EscalationSummary(EscalationRisk.Low, []);
        }

        // Nothing raised before the client last settled counts any more.
        var client = turns.Earlier.Concat(turns.Latest).ToList();
        var since = client.FindLastIndex(r => r.Settles && r != turns.Latest[^1]);
        var live = client.Skip(since + 1).ToList();

        var fresh = new List<(Cue Cue, SignalEvidence Evidence)>();
        var stale = new List<(Cue Cue, SignalEvidence Evidence)>();
        foreach (var reading in live)
        {
            var target = turns.Latest.Contains(reading) ? fresh : stale;
            foreach (var sentence in reading.Sentences)
            {
                foreach (var cue in Cues.FromBits(sentence.Signals))
                {
                    if (!fresh.Exists(f => f.Cue == cue) && !target.Exists(f => f.Cue == cue))
                    {
                        target.Add((cue, new SignalEvidence(SignalName(cue), reading.Message.Id, sentence.Sentence.Text)));
                    }
                }
            }
        }

        stale.RemoveAll(s => fresh.Exists(f => f.Cue == s.Cue));
        var structural = new List<SignalEvidence>();
        if (Chasing(unanswered) is { } chase)
        {
            structural.Add(chase);
        }

        if (overdue is { } promise)
        {
            structural.Add(new SignalEvidence("overdue-promise", promise.MessageId, promise.Text));
        }

        var freshCues = fresh.Select(f => f.Cue).ToHashSet();
        var high = freshCues.Overlaps(Severe)
            || (freshCues.Contains(Cue.FinalDeadline) && (freshCues.Count >= 2 || moodNow >= MoodLevel.Frustrated))
            || (moodNow == MoodLevel.Angry && freshCues.Count >= 1)
            || freshCues.Count >= 3;
        var medium = fresh.Count > 0 || stale.Exists(s => Severe.Contains(s.Cue)) || structural.Count > 0 || moodNow >= MoodLevel.Frustrated;
        var risk = high ? EscalationRisk.High : medium ? EscalationRisk.Medium : EscalationRisk.Low;

        var evidence = fresh.Concat(stale).OrderBy(s => s.Cue).Select(s => s.Evidence).Concat(structural).ToList();
        return new EscalationSummary(risk, [.. evidence.Select(e => e.Signal).Distinct(StringComparer.Ordinal)]) { Evidence = evidence };
    }

    /// <summary>The client's latest turn asks for our management or brings in their own.</summary>
    public static bool BringsInManagement(ClientTurns turns) =>
        turns.Latest.Exists(r => r.Sentences.Exists(s => (s.Signals & (1 << (int)Cue.Manager)) != 0));

    /// <summary>
    /// Two or more nudges without an answer: a second or third unanswered message, voicemails or
    /// calls the client mentions, or "third time I'm asking" in a message still unanswered.
    /// </summary>
    private static SignalEvidence? Chasing(List<MessageReading> unanswered)
    {
        var client = unanswered.Where(r => r.Party == Party.Client).ToList();
        if (client.Count == 0)
        {
            return null;
        }

        var nudges = client.Count - 1;
        if (client.Exists(r => r.MentionsOtherAttempts))
        {
            nudges++;
        }

        if (client.Skip(1).Any(r => r.Sentences.Exists(s => s.SaysRepeated)) || (client.Count == 1 && client[0].Sentences.Exists(s => s.SaysRepeated)))
        {
            nudges++;
        }

        if (nudges < 2)
        {
            return null;
        }

        var last = client[^1];
        var sentence = last.Sentences.FirstOrDefault(s => s.MentionsOtherAttempts) ?? last.Sentences.FirstOrDefault(s => s.SaysRepeated)
            ?? last.Sentences.FirstOrDefault(s => s.Chase > 0 || s.Issues[MainIssue.Responsiveness - MainIssue.Delay] > 0) ?? last.Sentences.FirstOrDefault();
        return new SignalEvidence("repeated-follow-up", last.Message.Id, sentence?.Sentence.Text ?? "");
    }

    /// <summary>Our latest promise with a date, if that date passed over two working days ago and we have not written since.</summary>
    public static Promise? Overdue(List<MessageReading> readings, AnalysisContext context, IReadOnlyList<Promise> promises)
    {
        var lastOurs = readings.FindLastIndex(r => r.Party == Party.Us);
        if (lastOurs < 0)
        {
            return null;
        }

        // A question of ours leaves the ball with the client: nothing of ours is overdue then.
        if (readings[lastOurs].HasAsk && lastOurs == readings.Count - 1)
        {
            return null;
        }

        var ours = readings[lastOurs].Message;
        var promise = promises.Where(p => p.MessageId == ours.Id).OrderBy(p => p.Date).LastOrDefault();
        if (promise is null)
        {
            return null;
        }

        var due = new DateTimeOffset(promise.Date.ToDateTime(context.WorkingHours.End), context.TimeZone.GetUtcOffset(promise.Date.ToDateTime(context.WorkingHours.End)));
        return due > ours.SentDateTime && BusinessHours.Between(due, context.Now, context.TimeZone, context.WorkingHours) >= OverdueAfterHours ? promise : null;
    }

    public static string SignalName(Cue cue) => cue switch
    {
        Cue.Cancel => "cancel",
        Cue.Legal => "legal",
        Cue.Manager => "manager",
        Cue.PublicReview => "public-review",
        Cue.FinalDeadline => "final-deadline",
        Cue.Refund => "refund-demand",
        _ => "repeated-follow-up",
    };
}

/// <summary>A date our side committed to in a message ("Ich melde mich bis Freitag, 13.11.").</summary>
internal sealed record Promise(string MessageId, DateOnly Date, string Text);
