using OutlookClientCare.Core;
using OutlookClientCare.Core.Snippets;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;

namespace OutlookClientCare.Server.Snippets;

/// <summary>
/// Fills a snippet's context from what we know: the thread's situation card (asks, issue, client),
/// the client's card (timelines, deliverables, constraints, promise) and the user (name, next
/// booked client block). What the pane typed in wins over what we derived.
/// </summary>
public sealed class SnippetContextSource(GraphAccess graph, MailboxService mailbox, ClientCards cards, TimeProvider time)
{
    private static readonly TimeSpan BlockLookAhead = TimeSpan.FromDays(7);

    public sealed record Request(string? ConversationId, ThreadLanguage? Language, AddressForm? Form, SnippetsApi.RenderValues? Values);

    /// <summary>Null when a conversation was named but does not exist in the mailbox.</summary>
    public async Task<SnippetContext?> BuildAsync(AppUser user, Request request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var profile = await mailbox.GetProfileAsync(user, ct);

        ThreadSituation? situation = null;
        if (!string.IsNullOrWhiteSpace(request.ConversationId))
        {
            situation = await mailbox.GetSituationAsync(user, request.ConversationId, ct);
            if (situation is null)
            {
                return null;
            }
        }

        var situationCard = situation?.Card;
        var clientAddress = situationCard?.Client?.Address;
        var card = await cards.MatchAsync(user, clientAddress, ct);

        var language = request.Language
            ?? LanguageOf(card?.PreferredLanguage)
            ?? situationCard?.Language ?? profile.Language;
        var form = request.Form
            ?? FormOf(card?.FormOfAddress)
            ?? situationCard?.FormOfAddress
            ?? AddressForm.Sie;

        var asks = situationCard?.Asks ?? [];
        var openAsks = asks.Where(a => a.IsOpen).Select(a => a.Text).ToList();
        var values = request.Values;
        var clientName = values?.ClientName ?? card?.DisplayName ?? situationCard?.Client?.Name;

        return new SnippetContext
        {
            Language = language,
            Form = form,
            Culture = profile.CultureFor(language),
            TimeZone = profile.TimeZone,
            ClientName = clientName,
            ClientFirstName = values?.ClientFirstName ?? FirstNameOf(situationCard?.Client?.Name),
            Company = values?.Company,
            UserName = profile.DisplayName,
            Asks = openAsks.Count > 0 ? openAsks : [.. asks.Select(a => a.Text)],
            MainIssue = IssueKey(situationCard?.MainIssue),
            Impact = values?.Impact,
            AgreedTimelines = card?.AgreedTimelines ?? [],
            Deliverables = card?.Deliverables ?? [],
            Constraints = card?.Constraints ?? [],
            ResponseTimePromise = card?.ResponseTimePromise,
            RevisedDate = values?.RevisedDate,
            Steps = values?.Steps ?? [],
            CanDo = values?.Can ?? [],
            CannotDo = values?.Cannot ?? [],
            HandoverName = values?.HandoverName,
            HandoverRole = values?.HandoverRole,
            Progress = values?.Progress,
            Fixed = values?.Fixed,
            NextClientBlockStart = await NextClientBlockAsync(graph.For(user), profile, now, ct),
        };
    }

    private static async Task<DateTimeOffset?> NextClientBlockAsync(GraphGateway gateway, MailboxProfile profile, DateTimeOffset now, CancellationToken ct)
    {
        var today = profile.At(profile.Today(now), TimeOnly.MinValue);
        var events = await gateway.GetCalendarViewAsync(today, today + BlockLookAhead, profile.TimeZoneId, ct);
        return events
            .Where(e => e.IsOurs && !e.IsCancelled && e.Start > now)
            .OrderBy(e => e.Start)
            .Select(e => (DateTimeOffset?)e.Start)
            .FirstOrDefault();
    }

    internal static ThreadLanguage? LanguageOf(string? language) => language switch
    {
        "de" => ThreadLanguage.De,
        "en" => ThreadLanguage.En,
        _ => null,
    };

    internal static AddressForm? FormOf(string? form) => form switch
    {
        "sie" => AddressForm.Sie,
        "du" => AddressForm.Du,
        _ => null,
    };

    private static string? FirstNameOf(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Contains(',', StringComparison.Ordinal) ? null : name.Trim().Split(' ')[0];

    private static string IssueKey(MainIssue? issue) => issue switch
    {
        Core.Threads.MainIssue.Delay => "delay",
        Core.Threads.MainIssue.Expectations => "expectations",
        Core.Threads.MainIssue.Quality => "quality",
        Core.Threads.MainIssue.Billing => "billing",
        Core.Threads.MainIssue.Responsiveness => "responsiveness",
        _ => "other",
    };
}
