using System.Net.Mail;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;

namespace OutlookClientCare.Server.Handovers;

/// <summary>Hand a client to a teammate (step 8, delegate): colleague search, the brief's preview, the forward draft, and the hand-overs to me.</summary>
public static class HandoversApi
{
    public const int MinQuery = 2;
    public const int MaxQuery = 64;

    public sealed record Colleague(string Name, string Mail, string? JobTitle);

    public sealed record HandoverRequest(string? To, string? Note);

    public sealed record HandoverResponse(string DraftId, string? WebLink, Guid Id, BriefPerson To, bool Repeated);

    public sealed record PreviewResponse(string Language, string Html, HandoverBrief Brief);

    /// <summary>A hand-over to me: who, which client, when, and the brief. Nothing else of the sender's crosses.</summary>
    public sealed record IncomingHandover(Guid Id, BriefPerson From, BriefPerson? Client, DateTimeOffset At, HandoverBrief? Brief);

    public static IServiceCollection AddHandovers(this IServiceCollection services) =>
        services.AddScoped<HandoverService>();

    public static IEndpointRouteBuilder MapHandovers(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/colleagues").RequireAuthorization().WithTags("Handovers")
            .MapGet("", SearchAsync)
            .WithName("SearchColleagues")
            .WithSummary("Up to 10 people of your organisation whose name or address starts with q (at least 2 characters); never the whole directory.");

        var threads = app.MapGroup("/api/threads").RequireAuthorization().WithTags("Handovers");
        threads.MapPost("/{conversationId}/handover", HandOverAsync)
            .WithName("HandOverThread")
            .WithSummary("Creates a forward draft of the thread to a colleague with a hand-over brief on top (never sends it) and records the hand-over.");
        threads.MapGet("/{conversationId}/handover/preview", PreviewAsync)
            .WithName("PreviewHandover")
            .WithSummary("The brief a hand-over to this colleague would carry, in the colleague's language; creates nothing.");

        app.MapGroup("/api/handovers").RequireAuthorization().WithTags("Handovers")
            .MapGet("", IncomingAsync)
            .WithName("ListHandoversToMe")
            .WithSummary("Clients colleagues of your organisation handed over to you: who, which client, when, and the brief.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<Colleague>>, ValidationProblem>> SearchAsync(
        string? q, ClaimsPrincipal principal, HandoverService handovers, CancellationToken ct)
    {
        var text = q?.Trim() ?? "";
        if (text.Length is < MinQuery or > MaxQuery || text.Any(char.IsControl))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [$"Type {MinQuery} to {MaxQuery} characters of a name or address."] });
        }

        var found = await handovers.SearchColleaguesAsync(AppUser.From(principal), text, ct);
        return TypedResults.Ok<IReadOnlyList<Colleague>>([.. found.Select(u => new Colleague(u.DisplayName, u.Address, u.JobTitle))]);
    }

    private static async Task<Results<Created<HandoverResponse>, Ok<HandoverResponse>, ValidationProblem, NotFound<ProblemDetails>>> HandOverAsync(
        string conversationId, HandoverRequest request, ClaimsPrincipal principal, HandoverService handovers, CancellationToken ct)
    {
        if (Validate(conversationId, request?.To, request?.Note) is { } invalid)
        {
            return invalid;
        }

        var outcome = await handovers.HandOverAsync(AppUser.From(principal), conversationId, request!.To!, request.Note, ct);
        return outcome switch
        {
            HandoverService.HandedOver { Repeated: false } done => TypedResults.Created($"/api/threads/{Uri.EscapeDataString(conversationId)}/handover", Response(done)),
            HandoverService.HandedOver again => TypedResults.Ok(Response(again)),
            HandoverService.Refused refused => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [refused.Field] = [refused.Reason] }),
            _ => NoSuchConversation(),
        };
    }

    private static async Task<Results<Ok<PreviewResponse>, ValidationProblem, NotFound<ProblemDetails>>> PreviewAsync(
        string conversationId, string? to, string? note, ClaimsPrincipal principal, HandoverService handovers, MailboxService mailbox, CancellationToken ct)
    {
        if (Validate(conversationId, to, note) is { } invalid)
        {
            return invalid;
        }

        var user = AppUser.From(principal);
        var outcome = await handovers.PreviewAsync(user, conversationId, to!, note, ct);
        if (outcome is HandoverService.Previewed previewed)
        {
            var profile = await mailbox.GetProfileAsync(user, ct);
            return TypedResults.Ok(new PreviewResponse(previewed.Brief.Language, BriefHtml.Render(previewed.Brief, profile.TimeZone), previewed.Brief));
        }

        return outcome is HandoverService.Refused refused
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [refused.Field] = [refused.Reason] })
            : NoSuchConversation();
    }

    private static async Task<Ok<IReadOnlyList<IncomingHandover>>> IncomingAsync(ClaimsPrincipal principal, HandoverService handovers, CancellationToken ct)
    {
        var rows = await handovers.ToAsync(AppUser.From(principal), ct);
        return TypedResults.Ok<IReadOnlyList<IncomingHandover>>([.. rows.Select(h => new IncomingHandover(
            h.Id,
            new BriefPerson(h.FromName, h.FromAddress),
            h.ClientAddress is { } client ? new BriefPerson(h.ClientName, client) : null,
            h.CreatedAt,
            HandoverService.ReadBrief(h)))]);
    }

    private static ValidationProblem? Validate(string conversationId, string? to, string? note)
    {
        var errors = new FieldErrors();
        errors.Text("conversationId", conversationId, ThreadSituation.MaxConversationId, required: true);
        errors.Text("to", to, 320, required: true);
        if (!string.IsNullOrWhiteSpace(to) && to.Trim().Length <= 320 && !(MailAddress.TryCreate(to.Trim(), out var parsed) && string.Equals(parsed.Address, to.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add("to", "Give the colleague's e-mail address (name@your-organisation.example).");
        }

        errors.Text("note", note, HandoverService.MaxNote);
        return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary()) : null;
    }

    private static HandoverResponse Response(HandoverService.HandedOver done) =>
        new(done.Handover.DraftId, done.Handover.WebLink, done.Handover.Id, new BriefPerson(done.Handover.ToName, done.Handover.ToAddress), done.Repeated);

    private static NotFound<ProblemDetails> NoSuchConversation() => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "No such conversation.",
        Detail = "The conversation was not found in your mailbox.",
    });
}
