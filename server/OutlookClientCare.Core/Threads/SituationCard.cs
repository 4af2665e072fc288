namespace OutlookClientCare.Core.Threads;

public enum ThreadLanguage
{
    De,
    En,
}

public enum MainIssue
{
    Delay,
    Expectations,
    Quality,
    Billing,
    Responsiveness,
    Other,
}

public enum MoodLevel
{
    Calm,
    Concerned,
    Frustrated,
    Angry,
}

/// <summary>How the client's mood moved from their earlier messages to now.</summary>
public enum MoodDirection
{
    Rising,
    Falling,
    Steady,
}

/// <summary>A conversation with a client, or mail nobody expects an answer to (newsletters, notifications).</summary>
public enum ThreadKind
{
    Conversation,
    Bulk,
}

public enum AskKind
{
    Question,
    Request,
}

public enum EscalationRisk
{
    Low,
    Medium,
    High,
}

public enum ReplyOwedBy
{
    Us,
    Client,
    None,
}

public enum NextStep
{
    Listen,
    Acknowledge,
    ClarifyExpectations,
    ProposeSolution,
    FollowUp,
    Escalate,
}

/// <summary>Who wrote a message, seen from the user: our side or the client's.</summary>
public enum Party
{
    Us,
    Client,
}

/// <summary>
/// What the pane shows for a thread (the <c>analyze</c> contract of design.md, plus extras).
/// Serialise with <see cref="CoreJson.Options"/>.
/// </summary>
public sealed record SituationCard
{
    public required ThreadLanguage Language { get; init; }

    public required int MessageCount { get; init; }

    public required MainIssue MainIssue { get; init; }

    public required MoodSummary Mood { get; init; }

    public required IReadOnlyList<Ask> Asks { get; init; }

    public required IReadOnlyList<DateMention> Dates { get; init; }

    public required EscalationSummary Escalation { get; init; }

    public required WaitingSummary Waiting { get; init; }

    public required NextStep NextStep { get; init; }

    /// <summary>One line, in the thread's language, saying why this next step.</summary>
    public required string NextStepReason { get; init; }

    /// <summary>The sentences that decided <see cref="MainIssue"/>.</summary>
    public required IReadOnlyList<Evidence> MainIssueEvidence { get; init; }

    /// <summary>The client's mood message by message, oldest first.</summary>
    public required IReadOnlyList<MoodPoint> MoodTrend { get; init; }

    public Participant? Client { get; init; }

    /// <summary>"sie" or "du" in German threads; null when English or undecided.</summary>
    public string? FormOfAddress { get; init; }

    /// <summary>Some input was oversized and cut before the analysis.</summary>
    public bool Truncated { get; init; }

    /// <summary>The client's latest message accepts the outcome or closes the matter.</summary>
    public bool Resolved { get; init; }

    /// <summary><see cref="ThreadKind.Bulk"/> for newsletters, announcements and notifications: never anger or escalation.</summary>
    public ThreadKind Kind { get; init; }
}

/// <summary>
/// The client's mood as of their latest message(s): <see cref="Level"/> and <see cref="Score"/> are now,
/// <see cref="Direction"/> how it moved, <see cref="Confidence"/> (0..1) how clear the evidence is.
/// </summary>
public sealed record MoodSummary(MoodLevel Level, double Score, IReadOnlyList<Evidence> Evidence)
{
    public MoodDirection Direction { get; init; } = MoodDirection.Steady;

    public double Confidence { get; init; } = 1;
}

public sealed record Evidence(string MessageId, string Text);

public sealed record Ask(string MessageId, string Text, AskKind Kind)
{
    /// <summary>Asked after our last reply, so not answered yet.</summary>
    public bool IsOpen { get; init; }
}

/// <summary>A date the thread mentions, resolved against the message's sent day in the user's time zone.</summary>
public sealed record DateMention(string MessageId, string Text, DateOnly Date, bool IsDeadline, Party From);

/// <summary>
/// The risk now, the signals that raised it (codes, as design.md fixes them) and, for each, the
/// client message and sentence it was read from.
/// </summary>
public sealed record EscalationSummary(EscalationRisk Risk, IReadOnlyList<string> Signals)
{
    public IReadOnlyList<SignalEvidence> Evidence { get; init; } = [];
}

/// <summary>One escalation signal and where it was read: the message and the sentence.</summary>
public sealed record SignalEvidence(string Signal, string MessageId, string Text);

/// <summary>Who owes the next reply, since when, and for how many of the user's working hours.</summary>
public sealed record WaitingSummary(ReplyOwedBy ReplyOwedBy, DateTimeOffset? Since, double BusinessHours);

public sealed record MoodPoint(string MessageId, DateTimeOffset SentDateTime, MoodLevel Level, double Score);

public sealed record Participant(string? Name, string Address);
