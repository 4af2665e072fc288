using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Server.Handovers;

/// <summary>
/// What a colleague needs to take a client over, in the words of the brief's language: who the
/// client is, the mood now and where it goes, the real issue, the open asks, the dates and promises,
/// who waits since when, the recommended next step, the expectation card and the last log entries.
/// The client's own sentences (asks, date mentions) appear only in the draft, which forwards the
/// thread anyway; <see cref="ForStorage"/> is what we keep and what the colleague's pane shows.
/// </summary>
public sealed record HandoverBrief(
    string Language,
    BriefPerson From,
    BriefPerson To,
    BriefPerson? Client,
    MoodLevel Mood,
    MoodDirection MoodDirection,
    EscalationRisk Risk,
    MainIssue MainIssue,
    int OpenAskCount,
    IReadOnlyList<string> OpenAsks,
    IReadOnlyList<BriefDate> Dates,
    ReplyOwedBy ReplyOwedBy,
    DateTimeOffset? WaitingSince,
    double BusinessHoursWaited,
    NextStep NextStep,
    BriefCard? Card,
    IReadOnlyList<BriefLogEntry> RecentLog,
    string? Note)
{
    public const int LogEntries = 5;

    /// <summary>The brief without anything the client wrote: counts and dates stay, sentences go.</summary>
    public HandoverBrief ForStorage() => this with { OpenAsks = [], Dates = [.. Dates.Select(d => d with { Text = null })] };
}

public sealed record BriefPerson(string? Name, string Address);

/// <summary>A date the thread names: when, who named it, whether it is a deadline, and (in the draft only) the sentence.</summary>
public sealed record BriefDate(DateOnly Date, Party From, bool IsDeadline, string? Text);

/// <summary>The client's expectation card as the user typed it (step 6 of the method).</summary>
public sealed record BriefCard(
    IReadOnlyList<string> Deliverables,
    IReadOnlyList<string> Timelines,
    IReadOnlyList<string> Constraints,
    string? ResponseTimePromise,
    string? FormOfAddress,
    string? PreferredLanguage);

public sealed record BriefLogEntry(DateTimeOffset At, string Kind, string Text);
