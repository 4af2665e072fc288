namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>
/// The client's mood now: read from their latest turn (the messages they wrote since our last
/// reply, or their last run of messages before it), with earlier heat fading as they calm down
/// and gone once they settle. The direction compares now with their turn before; the confidence
/// says how much evidence the reading rests on.
/// </summary>
internal static class MoodJudge
{
    public const double ConcernedFrom = 0.12;
    public const double FrustratedFrom = 0.42;
    public const double AngryFrom = 0.7;

    public static MoodLevel LevelOf(double score) => score switch
    {
        < ConcernedFrom => MoodLevel.Calm,
        < FrustratedFrom => MoodLevel.Concerned,
        < AngryFrom => MoodLevel.Frustrated,
        _ => MoodLevel.Angry,
    };

    public static MoodSummary Judge(ClientTurns turns, bool bulk)
    {
        if (turns.Latest.Count == 0 || bulk)
        {
            return new MoodSummary(MoodLevel.Calm, 0, []) { Confidence = bulk ? 0.9 : 0.3 };
        }

        var latest = turns.Latest;
        var (score, hostile) = Now(turns);
        var level = (LevelOf(score), hostile) switch
        {
            // Anger shows in threats, ultimatums and shouting; strong displeasure without them is frustration.
            (MoodLevel.Angry, false) => MoodLevel.Frustrated,
            (MoodLevel.Frustrated, true) when score >= 0.5 => MoodLevel.Angry,
            (var other, _) => other,
        };

        var direction = Direction(turns, score, level);
        return new MoodSummary(level, Round(score), Evidence(turns, level))
        {
            Direction = direction,
            Confidence = Round(Confidence(latest, score, level)),
        };
    }

    /// <summary>Each client message's own reading, oldest first (the trend the pane draws).</summary>
    public static MoodPoint Point(MessageReading reading) =>
        new(reading.Message.Id, reading.Message.SentDateTime, LevelOf(reading), Round(reading.Score));

    private static (double Score, bool Hostile) Now(ClientTurns turns)
    {
        var latest = turns.Latest;
        var last = latest[^1];
        var turnScore = latest.Max(r => r.Score);

        // Writing again without an answer is itself a sign of growing impatience.
        turnScore = Math.Min(1, turnScore + (0.08 * (latest.Count - 1)));

        // Earlier heat lingers only where it was real (frustration or worse) and fades as the client calms down.
        var earlier = turns.Earlier.Count == 0 ? 0 : turns.Earlier.Max(r => r.Score);
        var carry = earlier < FrustratedFrom || last.Settles ? 0
            : last.PartlyRelieved ? 0.35
            : latest.Sum(r => r.PositiveTotal) >= 0.2 && turnScore < 0.2 ? 0.3
            : turnScore < ConcernedFrom ? 0.45
            : 0.7;
        var score = Math.Max(turnScore, carry * earlier);

        // Pressure from others ("our staff are annoyed") makes a client concerned, not angry.
        var pressure = latest.Max(r => r.Pressure);
        if (pressure > 0 && score < ConcernedFrom && !last.Settles)
        {
            score = Math.Max(score, Math.Min(0.3, ConcernedFrom + (pressure / 2)));
        }

        var hostile = latest.Exists(r => r.IsHostile) || (carry * earlier >= turnScore && turns.Earlier.Count > 0 && turns.Earlier[^1].IsHostile && carry >= 0.7);
        return (score, hostile);
    }

    /// <summary>Now against the client's previous message or two: a change of level, or a clear move within one.</summary>
    private static MoodDirection Direction(ClientTurns turns, double score, MoodLevel level)
    {
        // The turn before against this one; within a first turn, its earlier messages against the last.
        var before = turns.Earlier.Count > 0 ? turns.Earlier.TakeLast(2).ToList() : turns.Latest.Take(turns.Latest.Count - 1).ToList();
        if (before.Count == 0)
        {
            return MoodDirection.Steady;
        }

        var previous = before.MaxBy(r => r.Score)!;
        var was = LevelOf(previous);
        if (level != was)
        {
            return level > was ? MoodDirection.Rising : MoodDirection.Falling;
        }

        return (score - previous.Score) switch
        {
            >= 0.3 => MoodDirection.Rising,
            <= -0.3 => MoodDirection.Falling,
            _ => MoodDirection.Steady,
        };
    }

    /// <summary>A message's own level: strong displeasure without threats or shouting is frustration, not anger.</summary>
    public static MoodLevel LevelOf(MessageReading reading) =>
        LevelOf(reading.Score) == MoodLevel.Angry && !reading.IsHostile ? MoodLevel.Frustrated : LevelOf(reading.Score);

    /// <summary>
    /// High when the latest turn holds several clear cue words; lower when it is short, when words
    /// were read as not the client's own, when praise and complaint pull both ways, or when the
    /// score sits on a level boundary.
    /// </summary>
    private static double Confidence(List<MessageReading> latest, double score, MoodLevel level)
    {
        var cues = latest.Sum(r => r.CueCount) + latest.Sum(r => r.Sentences.Count(s => s.Signals != 0));
        var words = latest.Sum(r => r.Sentences.Sum(s => s.Sentence.Tokens.Length));
        var known = latest.Sum(r => r.GermanWords + r.EnglishWords);
        var confidence = 0.45 + (0.1 * Math.Min(cues, 4));
        if (level == MoodLevel.Calm && cues == 0 && words >= 8)
        {
            // A plain businesslike message with nothing emotional in it is clearly calm.
            confidence = 0.7;
        }

        if (words < 6)
        {
            confidence -= 0.15;
        }

        if (latest.Sum(r => r.Discounted) > 0)
        {
            confidence -= 0.1;
        }

        var negative = latest.Sum(r => r.Sentences.Sum(s => s.Negative));
        if (negative >= 0.3 && latest.Sum(r => r.PositiveTotal) >= 0.3)
        {
            confidence -= 0.15;
        }

        if (NearBoundary(score))
        {
            confidence -= 0.1;
        }

        if (known == 0)
        {
            confidence -= 0.2;
        }

        return Math.Clamp(confidence, 0.1, 0.95);
    }

    private static bool NearBoundary(double score) =>
        Math.Abs(score - ConcernedFrom) < 0.03 || Math.Abs(score - FrustratedFrom) < 0.04 || Math.Abs(score - AngryFrom) < 0.04;

    /// <summary>The sentences that show the mood now: the latest turn's first, then earlier ones.</summary>
    private static List<Evidence> Evidence(ClientTurns turns, MoodLevel level)
    {
        var latest = turns.Latest;
        if (level == MoodLevel.Calm)
        {
            return [.. latest.SelectMany(r => r.Sentences.Where(s => s.IsClosure || s.IsRelief).Select(s => new Evidence(r.Message.Id, s.Sentence.Text))).Take(2)];
        }

        var candidates = latest.SelectMany(r => r.Sentences.Select(s => (Reading: r, Sentence: s, Weight: s.Negative + s.Pressure + 0.5)))
            .Concat(turns.Earlier.SelectMany(r => r.Sentences.Select(s => (Reading: r, Sentence: s, Weight: s.Negative))));
        return [.. candidates
            .Where(x => x.Sentence.Negative >= 0.3 || x.Sentence.Pressure >= 0.3)
            .OrderByDescending(x => x.Weight)
            .Take(3)
            .Select(x => new Evidence(x.Reading.Message.Id, x.Sentence.Sentence.Text))];
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}

/// <summary>The client's messages split into their latest turn and everything before it.</summary>
internal sealed record ClientTurns(List<MessageReading> Earlier, List<MessageReading> Latest)
{
    /// <summary>
    /// The latest turn is the client's last run of messages with no message of ours between them;
    /// only the part after their last settling message, if the run settles and then complains anew, matters.
    /// </summary>
    public static ClientTurns Of(List<MessageReading> readings)
    {
        var lastClient = readings.FindLastIndex(r => r.Party == Party.Client);
        if (lastClient < 0)
        {
            return new ClientTurns([], []);
        }

        var start = lastClient;
        while (start > 0 && readings[start - 1].Party == Party.Client)
        {
            start--;
        }

        var latest = readings.GetRange(start, lastClient - start + 1);
        var earlier = readings.Take(start).Where(r => r.Party == Party.Client).ToList();
        return new ClientTurns(earlier, latest);
    }
}
