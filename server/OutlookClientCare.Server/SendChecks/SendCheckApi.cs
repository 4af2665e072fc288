using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookClientCare.Core.Coach;
using OutlookClientCare.Core.TimeBlocks;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Coach;
using OutlookClientCare.Server.Graph;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Threads;

namespace OutlookClientCare.Server.SendChecks;

/// <summary>
/// POST /api/drafts/send-check: Outlook's OnMessageSend handler asks whether a reply to a client
/// should go out as it is. It is the draft coach and the thread situation the pane uses, read at the
/// moment of sending; nothing of the draft is stored or logged. The handler fails open, so this
/// endpoint answers "send" whenever there is nothing to check.
/// </summary>
public static class SendCheckApi
{
    /// <summary>The draft as Outlook's compose item gives it (design.md).</summary>
    public sealed record SendCheckRequest(string? ConversationId, IReadOnlyList<string?>? To, IReadOnlyList<string?>? Cc, string? Subject, string? Body, string? BodyType);

    /// <summary>Outlook allows 500 recipients per message.</summary>
    public const int MaxRecipients = 500;

    public static IServiceCollection AddSendChecks(this IServiceCollection services)
    {
        services.AddOptions<SendCheckOptions>().BindConfiguration(SendCheckOptions.Section);
        services.AddHostedService<CoachWarmUp>();
        return services;
    }

    public static IEndpointRouteBuilder MapSendChecks(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/drafts").RequireAuthorization().WithTags("Send check")
            .MapPost("/send-check", CheckAsync)
            .WithName("SendCheckDraft")
            .WithSummary("Reviews a reply to a client at the moment it is sent: open asks, blame, passive aggression, empty promises, the wrong Sie/du and promises the calendar cannot keep. \"send\" when there is nothing to say.");
        return app;
    }

    private static async Task<Results<Ok<SendCheckResult>, ValidationProblem>> CheckAsync(
        SendCheckRequest request,
        ClaimsPrincipal principal,
        GraphGatewayFactory graph,
        MailboxContext mailboxes,
        IOptionsSnapshot<SendCheckOptions> options,
        TimeProvider time,
        CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Text("conversationId", request.ConversationId, ThreadSituation.MaxConversationId);
        errors.List("to", request.To, MaxRecipients, 320);
        errors.List("cc", request.Cc, MaxRecipients, 320);
        errors.Text("subject", request.Subject, 2_000);
        if (request.Body is null)
        {
            errors.Add("body", "Required (it may be empty).");
        }

        if (request.BodyType is null)
        {
            errors.Add("bodyType", "Required: html or text.");
        }

        errors.OneOf("bodyType", request.BodyType, "html", "text");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var draft = request.BodyType == "html"
            ? HtmlDraft.ToText(request.Body!.Length > CoachApi.MaxHtmlRead ? request.Body[..CoachApi.MaxHtmlRead] : request.Body)
            : request.Body!;
        var result = await ReviewAsync(request, draft, AppUser.From(principal), graph, mailboxes, options.Value, time, ct);
        return TypedResults.Ok(Completed(result));
    }

    /// <summary>Every send check ends here, whatever its answer: the one place to count them.</summary>
    private static SendCheckResult Completed(SendCheckResult result) => result;

    private static async Task<SendCheckResult> ReviewAsync(
        SendCheckRequest request, string draft, AppUser user, GraphGatewayFactory graph, MailboxContext mailboxes, SendCheckOptions options, TimeProvider time, CancellationToken ct)
    {
        // Neither switched off nor a thread nor anyone outside the company: nothing is read at all.
        var recipients = (request.To ?? []).Concat(request.Cc ?? []).OfType<string>().ToList();
        if (!options.Enabled || string.IsNullOrWhiteSpace(request.ConversationId) || recipients.Count == 0)
        {
            return SendCheck.Nothing(draft);
        }

        var profile = await mailboxes.GetAsync(user, ct);
        if (recipients.All(r => IsColleague(r, profile.Address, user.UserPrincipalName)))
        {
            return SendCheck.Nothing(draft);
        }

        var context = mailboxes.AnalysisContextFor(profile, user);
        var gateway = graph.For(user);
        var promised = SendCheck.PromisedDates(draft, context);
        var calendar = promised.Count == 0
            ? Task.FromResult<IReadOnlyList<BusyEvent>>([])
            : BusyAsync(gateway, profile, context.Now, promised.Max(p => p.Date), ct);
        var situation = await SituationAsync(gateway, profile, request.ConversationId, context.Now, ct);
        var busy = await calendar;
        if (situation?.Card.Client is null)
        {
            return SendCheck.Nothing(draft);
        }

        var coach = DraftCoach.Coach(draft, CoachApi.WithThread(new CoachOptions(), situation.Card));
        return SendCheck.Review(coach, SendCheck.Conflicts(promised, busy, context));
    }

    /// <summary>
    /// The thread and its situation card, through the path the coach uses. Issue 12's mailbox service
    /// replaces this one call.
    /// </summary>
    private static Task<ThreadSituation?> SituationAsync(GraphGateway gateway, MailboxProfile profile, string conversationId, DateTimeOffset now, CancellationToken ct) =>
        ThreadSituation.LoadAsync(gateway, profile, conversationId, now, ct);

    private static async Task<IReadOnlyList<BusyEvent>> BusyAsync(GraphGateway gateway, MailboxProfile profile, DateTimeOffset now, DateOnly lastPromised, CancellationToken ct)
    {
        // Up to two weeks past the last promised day, to name the next day with time.
        var end = profile.At(lastPromised.AddDays(15), TimeOnly.MinValue);
        var events = await gateway.GetCalendarViewAsync(now, end, profile.TimeZoneId, ct);
        return [.. events.Select(e => e.ToBusy())];
    }

    /// <summary>A recipient in the user's own domain (or exactly the user) is a colleague, not a client.</summary>
    private static bool IsColleague(string recipient, string me, string userPrincipalName)
    {
        var domain = DomainOf(recipient);
        return domain.Length > 0
            && (domain.Equals(DomainOf(me), StringComparison.OrdinalIgnoreCase) || domain.Equals(DomainOf(userPrincipalName), StringComparison.OrdinalIgnoreCase));
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at < 0 ? "" : address[(at + 1)..].Trim().TrimEnd('>');
    }
}
