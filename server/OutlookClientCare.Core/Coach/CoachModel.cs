using System.Text.Json.Serialization;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Coach;

/// <summary>What the coach flags; printed kebab-case ("passive-aggressive", "no-next-step").</summary>
public enum CoachFindingKind
{
    Blame,
    PassiveAggressive,
    Rudeness,
    EmptyPromise,
    Jargon,
    TooLong,
    ApologyBut,
    NoNextStep,
    AddressForm,
}

/// <summary>
/// One thing to change: the span in the draft text (Start and Length in UTF-16 code units, as
/// JavaScript strings count them in the pane), why, and what to write instead.
/// </summary>
public sealed record CoachFinding(
    CoachFindingKind Kind,
    string Text,
    int Start,
    int Length,
    string Reason,
    string Suggestion);

public sealed record CoachOptions
{
    /// <summary>The draft's language; null detects it from the text.</summary>
    public ThreadLanguage? Language { get; init; }

    /// <summary>The client's mood; null when unknown (the coach then reads unhappiness from the draft's own apology).</summary>
    public MoodLevel? ClientMoodLevel { get; init; }

    /// <summary>The client's open questions and requests, in their words.</summary>
    public IReadOnlyList<string> ClientAsks { get; init; } = [];

    /// <summary>How the client addresses us in German; null when unknown.</summary>
    public AddressForm? ClientFormOfAddress { get; init; }

    /// <summary>The user's own jargon words, flagged in addition to the built-in list.</summary>
    public IReadOnlyList<string> ExtraJargon { get; init; } = [];
}

public sealed record CoachResult
{
    public required IReadOnlyList<CoachFinding> Findings { get; init; }

    /// <summary>One line for the pane, in the draft's language.</summary>
    public required string Verdict { get; init; }

    /// <summary>The client's asks the draft answers; null when no asks were given.</summary>
    public IReadOnlyList<string>? AnsweredAsks { get; init; }

    /// <summary>The client's asks the draft leaves open; null when no asks were given.</summary>
    public IReadOnlyList<string>? OpenAsks { get; init; }

    public required ThreadLanguage Language { get; init; }

    /// <summary>The draft (or the list of asks) was longer than the coach reads; only its beginning was checked.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Truncated { get; init; }
}
