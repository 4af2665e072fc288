using System.Globalization;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Snippets;

/// <summary>
/// Everything a snippet may say, as plain values (from the SituationCard, the client's expectation
/// card and the user). Templates see them under these Liquid names:
/// <c>client.name</c>, <c>client.first_name</c>, <c>client.company</c>, <c>user.name</c>,
/// <c>asks</c> (list), <c>issue</c> (delay|expectations|quality|billing|responsiveness|other),
/// <c>issue_text</c> (the issue in words), <c>impact</c>, <c>card.timelines</c>, <c>card.deliverables</c>,
/// <c>card.constraints</c> (lists), <c>card.response_time</c>, <c>revised_date</c>, <c>steps</c> (list),
/// <c>can</c> and <c>cannot</c> (lists), <c>handover.name</c>, <c>handover.role</c>, <c>progress</c>,
/// <c>fixed</c> and <c>next_block</c> (the next booked client block, e.g. "Donnerstag, 10:00").
/// Dates are formatted here, in the context's culture and time zone, never inside templates.
/// </summary>
public sealed record SnippetContext
{
    public ThreadLanguage Language { get; init; } = ThreadLanguage.En;

    /// <summary>German only; ignored for English.</summary>
    public AddressForm Form { get; init; } = AddressForm.Sie;

    /// <summary>Culture for dates; null means de-DE for German and en-US for English.</summary>
    public CultureInfo? Culture { get; init; }

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public string? ClientName { get; init; }

    public string? ClientFirstName { get; init; }

    public string? Company { get; init; }

    public string? UserName { get; init; }

    public IReadOnlyList<string> Asks { get; init; } = [];

    public string MainIssue { get; init; } = "other";

    public string? Impact { get; init; }

    public IReadOnlyList<string> AgreedTimelines { get; init; } = [];

    public IReadOnlyList<string> Deliverables { get; init; } = [];

    public IReadOnlyList<string> Constraints { get; init; } = [];

    public string? ResponseTimePromise { get; init; }

    public DateOnly? RevisedDate { get; init; }

    public IReadOnlyList<string> Steps { get; init; } = [];

    public IReadOnlyList<string> CanDo { get; init; } = [];

    public IReadOnlyList<string> CannotDo { get; init; } = [];

    public string? HandoverName { get; init; }

    public string? HandoverRole { get; init; }

    /// <summary>What moved since the last update (may be little).</summary>
    public string? Progress { get; init; }

    /// <summary>What was fixed, for the satisfaction check.</summary>
    public string? Fixed { get; init; }

    public DateTimeOffset? NextClientBlockStart { get; init; }

    public CultureInfo EffectiveCulture =>
        Culture ?? CultureInfo.GetCultureInfo(Language == ThreadLanguage.De ? "de-DE" : "en-US");
}
