using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Core.FollowUps;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Interactions;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.FollowUps;

public static class FollowUpsApi
{
    public sealed record FollowUpResponse(Guid Id, string What, string Who, DateOnly Due, string State, string ConversationId, string? Client, DateTimeOffset? DoneAt, string? TodoTaskId = null)
    {
        public static FollowUpResponse From(FollowUpItem item, DateTimeOffset now) =>
            new(item.Id, item.What, item.Who, item.Due, item.StateOn(item.TodayIn(now)), item.ConversationId, item.ClientAddress, item.DoneAt, item.TodoTaskId);
    }

    public sealed record SummaryResponse(
        Guid Id,
        string DraftId,
        string? WebLink,
        string RepliedToMessageId,
        DateOnly FlagDue,
        bool Repeated,
        IReadOnlyList<FollowUpResponse> FollowUps);

    public sealed record FollowUpPatch(bool? Done);

    /// <summary>A next step; <c>InEmail</c> is false where the e-mail says it already with the point above ("… – erledige ich bis Montag"), so the pane can mark it.</summary>
    public sealed record StepResponse(string What, string Owner, DateOnly? Due, bool InEmail);

    /// <summary>The proposal as the pane previews it; <c>form</c> is "agreed" or "what-i-hear".</summary>
    public sealed record ProposalResponse(
        string Form,
        string Language,
        string Salutation,
        IReadOnlyList<string> Agreed,
        IReadOnlyList<string> Asks,
        IReadOnlyList<StepResponse> NextSteps,
        string Closing,
        string Signature,
        string? FormOfAddress,
        string FormReason)
    {
        public static ProposalResponse From(SummaryProposal proposal) => new(
            proposal.Form == SummaryForm.WhatIHear ? "what-i-hear" : "agreed",
            proposal.Language == ThreadLanguage.De ? "de" : "en",
            proposal.Salutation,
            proposal.Agreed,
            proposal.Asks,
            [.. proposal.NextSteps.Select(s => new StepResponse(s.What, s.Owner, s.Due, !SummaryComposer.SaidAbove(proposal, s)))],
            proposal.Closing,
            proposal.Signature,
            proposal.FormOfAddress,
            proposal.FormReason);
    }

    public static IServiceCollection AddFollowUps(this IServiceCollection services) =>
        services.AddScoped<FollowUpSummaryService>()
            .AddScoped<FollowUpAgenda>()
            .AddScoped<Booking.IBlockAgenda, FollowUpBlockAgenda>();

    public static IEndpointRouteBuilder MapFollowUps(this IEndpointRouteBuilder app)
    {
        var threads = app.MapGroup("/api/threads").RequireAuthorization().WithTags("FollowUps");
        threads.MapGet("/{conversationId}/follow-up-summary/proposal", ProposeSummaryAsync)
            .WithName("ProposeFollowUpSummary")
            .WithSummary("What the follow-up summary of a conversation would say now: its form (agreed or what-i-hear), greeting, agreed points, the client's points, next steps with owner and date, closing. Nothing is created.");
        threads.MapPost("/{conversationId}/follow-up-summary", DraftSummaryAsync)
            .WithName("DraftFollowUpSummary")
            .WithSummary("Creates a reply-all draft with the summary on top ({} takes the proposal, edited lines replace its parts), flags the client's message and records the next steps as follow-ups. A changed summary rewrites the same draft. Never sends.");

        var group = app.MapGroup("/api/follow-ups").RequireAuthorization().WithTags("FollowUps");
        group.MapGet("", ListAsync)
            .WithName("ListFollowUps")
            .WithSummary("Follow-ups, optionally only those due (today or later), overdue or done.");
        group.MapPatch("/{id:guid}", PatchAsync)
            .WithName("UpdateFollowUp")
            .WithSummary("Marks a follow-up done (or open again).");
        group.MapGet("/check-ins", CheckInsAsync)
            .WithName("ListCheckInsDue")
            .WithSummary("Clients whose check-in cadence is due on a date (default: today in the user's time zone).");
        return app;
    }

    private static async Task<Results<Ok<ProposalResponse>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> ProposeSummaryAsync(
        string conversationId, ClaimsPrincipal principal, FollowUpSummaryService summaries, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Text("conversationId", conversationId, ThreadSituation.MaxConversationId, required: true);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await summaries.ProposeAsync(AppUser.From(principal), conversationId, ct) switch
        {
            FollowUpSummaryService.Proposed proposed => TypedResults.Ok(ProposalResponse.From(proposed.Proposal)),
            FollowUpSummaryService.ConversationNotFound => NoSuchConversation(),
            _ => NothingToReplyTo(),
        };
    }

    private static async Task<Results<Created<SummaryResponse>, Ok<SummaryResponse>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> DraftSummaryAsync(
        string conversationId, SummaryRequest request, ClaimsPrincipal principal, FollowUpSummaryService summaries, TimeProvider time, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Text("conversationId", conversationId, ThreadSituation.MaxConversationId, required: true);
        var edit = request.Validate(errors);
        if (edit is null || errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await summaries.DraftAsync(AppUser.From(principal), conversationId, edit, request.HasEdits(), ct);
        var now = time.GetUtcNow();
        return outcome switch
        {
            FollowUpSummaryService.Drafted { Created: true } drafted =>
                TypedResults.Created($"/api/follow-ups?conversationId={Uri.EscapeDataString(conversationId)}", ToResponse(drafted, now)),
            FollowUpSummaryService.Drafted drafted => TypedResults.Ok(ToResponse(drafted, now)),
            FollowUpSummaryService.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors.ToDictionary()),
            FollowUpSummaryService.ConversationNotFound => NoSuchConversation(),
            FollowUpSummaryService.NothingToSummarise => TypedResults.Conflict(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Nothing to summarise yet.",
                Detail = "The thread has no agreed point, no open point of the client and no next step; write the lines you want in the summary.",
            }),
            _ => NothingToReplyTo(),
        };
    }

    private static NotFound<ProblemDetails> NoSuchConversation() => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "No such conversation.",
        Detail = "The conversation was not found in your mailbox.",
    });

    private static Conflict<ProblemDetails> NothingToReplyTo() => TypedResults.Conflict(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Title = "Nothing to reply to.",
        Detail = "This conversation has no message from the client to answer with a summary.",
    });

    private static async Task<Results<Ok<IReadOnlyList<FollowUpResponse>>, ValidationProblem>> ListAsync(
        string? state, string? conversationId, ClaimsPrincipal principal, ClientCareDb db, TimeProvider time, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.OneOf("state", state, "due", "overdue", "done");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var user = AppUser.From(principal);
        var query = db.Set<FollowUpItem>().Where(i => i.TenantId == user.TenantId && i.ObjectId == user.ObjectId);
        if (!string.IsNullOrWhiteSpace(conversationId))
        {
            query = query.Where(i => i.ConversationId == conversationId);
        }

        var now = time.GetUtcNow();
        var items = await query.ToListAsync(ct);
        IReadOnlyList<FollowUpResponse> listed =
        [
            .. items.Select(i => FollowUpResponse.From(i, now))
                .Where(r => state is null || r.State == state)
                .OrderBy(r => r.Due)
                .ThenBy(r => r.What, StringComparer.Ordinal),
        ];
        return TypedResults.Ok(listed);
    }

    private static async Task<Results<Ok<FollowUpResponse>, NotFound, ValidationProblem>> PatchAsync(
        Guid id, FollowUpPatch patch, ClaimsPrincipal principal, ClientCareDb db, InteractionLog log, TimeProvider time, ToDo.ToDoMirror todo, CancellationToken ct)
    {
        if (patch.Done is not { } done)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["done"] = ["Required: true or false."] });
        }

        var user = AppUser.From(principal);
        var item = await db.Set<FollowUpItem>().FirstOrDefaultAsync(i => i.Id == id && i.TenantId == user.TenantId && i.ObjectId == user.ObjectId, ct);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        if (done && item.DoneAt is null)
        {
            item.DoneAt = now;
            log.Add(user, InteractionKind.FollowUpDone, LogText.FollowUpDone(item), item.ClientAddress, item.ConversationId);
        }
        else if (!done)
        {
            item.DoneAt = null;
        }

        await db.SaveChangesAsync(ct);
        await todo.CompleteAsync(user, item, ct);
        return TypedResults.Ok(FollowUpResponse.From(item, now));
    }

    private static async Task<Results<Ok<IReadOnlyList<CheckInDue>>, ValidationProblem>> CheckInsAsync(
        string? date, ClaimsPrincipal principal, FollowUpAgenda agenda, MailboxService mailbox, ToDo.ToDoMirror todo, TimeProvider time, CancellationToken ct)
    {
        DateOnly? day = null;
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["A date written YYYY-MM-DD."] });
            }

            day = parsed;
        }

        var user = AppUser.From(principal);
        var profile = await mailbox.GetProfileAsync(user, ct);
        var today = profile.Today(time.GetUtcNow());
        var due = await agenda.CheckInsDueAsync(user, day ?? today, profile.TimeZone, ct);
        if (day is null || day == today)
        {
            // What is due today also becomes a To Do task, once per due day, for users with To Do on.
            await todo.MirrorCheckInsAsync(user, due, profile, ct);
        }

        return TypedResults.Ok(due);
    }

    private static SummaryResponse ToResponse(FollowUpSummaryService.Drafted drafted, DateTimeOffset now) => new(
        drafted.Summary.Id,
        drafted.Summary.DraftId,
        drafted.Summary.WebLink,
        drafted.Summary.RepliedToMessageId,
        drafted.Summary.FlagDue,
        !drafted.Created,
        [.. drafted.Items.Select(i => FollowUpResponse.From(i, now))]);
}
