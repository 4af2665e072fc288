using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.FollowUps;

/// <summary>
/// Which follow-up summary fits: one that records what was agreed, or, while the client is upset
/// and nothing is agreed yet, one that says back what we heard (step 4 of the method).
/// </summary>
public enum SummaryForm
{
    Agreed,
    WhatIHear,
}

/// <summary>A concrete action, who does it (by name) and by when, in the user's time zone.</summary>
public sealed record SummaryStep(string What, string Owner, DateOnly? Due)
{
    /// <summary>True when the client (or someone on their side) does it; false for us and our colleagues.</summary>
    public bool ByClient { get; init; }
}

/// <summary>
/// What the one-click follow-up summary will say, decided on the server and previewed in the pane:
/// the agreed facts, the client's open points in our words with what we will do about each, the next
/// steps with owners and dates, and a salutation and closing in the client's register. Nothing here is
/// an internal label of the pane.
/// </summary>
public sealed record SummaryProposal
{
    public required SummaryForm Form { get; init; }

    public required ThreadLanguage Language { get; init; }

    /// <summary>"Sehr geehrter Herr Hansen", "Hallo Tim", "Hi Aisha": without the comma.</summary>
    public required string Salutation { get; init; }

    /// <summary>One line of text per agreed fact.</summary>
    public required IReadOnlyList<string> Agreed { get; init; }

    /// <summary>The client's points in our words, each with what we will do about it.</summary>
    public required IReadOnlyList<string> Asks { get; init; }

    public required IReadOnlyList<SummaryStep> NextSteps { get; init; }

    /// <summary>"Mit freundlichen Grüßen", "Viele Grüße", "Best regards".</summary>
    public required string Closing { get; init; }

    /// <summary>The user's name under the closing, as they sign to this client.</summary>
    public required string Signature { get; init; }

    /// <summary>The client as the greeting names them ("Tim", "Herr Hansen", "Aisha"): the owner of their steps.</summary>
    public string? ClientName { get; init; }

    /// <summary>"sie" or "du" in German; null in English.</summary>
    public string? FormOfAddress { get; init; }

    /// <summary>Why this form was chosen, for the pane, in the user's language.</summary>
    public required string FormReason { get; init; }
}

/// <summary>What the summary is made from: the thread, its card, who the user is and when.</summary>
public sealed record SummaryInput(IReadOnlyList<ThreadMessage> Messages, SituationCard Card, AnalysisContext Context)
{
    /// <summary>The user's display name ("Anna Keller").</summary>
    public required string UserName { get; init; }

    /// <summary>"sie" or "du" from the client card, when the user set it.</summary>
    public string? FormOfAddress { get; init; }

    /// <summary>The language from the client card, when the user set it.</summary>
    public ThreadLanguage? Language { get; init; }
}
