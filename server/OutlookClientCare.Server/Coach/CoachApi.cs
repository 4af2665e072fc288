using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookClientCare.Core.Coach;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;

namespace OutlookClientCare.Server.Coach;

public static class CoachApi
{
    /// <summary>The draft as text or HTML (one of them), its language if known, and the thread it answers.</summary>
    public sealed record CoachRequest(string? Text, string? Html, string? Language, string? ConversationId);

    /// <summary>HTML is read up to this many characters; the coach itself reads <see cref="DraftCoach.MaxDraftLength"/> of the text.</summary>
    public const int MaxHtmlRead = 2_000_000;

    public static IEndpointRouteBuilder MapCoach(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/drafts").RequireAuthorization().WithTags("Coach")
            .MapPost("/coach", CoachAsync)
            .WithName("CoachDraft")
            .WithSummary("Checks a reply draft (blame, rudeness, empty promises, jargon, length, next step, form of address); with a conversation it also reports which client asks the draft answers.");
        return app;
    }

    private static async Task<Results<Ok<CoachResult>, ValidationProblem, NotFound<ProblemDetails>>> CoachAsync(
        CoachRequest request, ClaimsPrincipal principal, MailboxService mailbox, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request.Text is null == request.Html is null)
        {
            errors.Add(request.Text is null ? "text" : "html", "Give the draft either as text or as html, not both.");
        }

        errors.OneOf("language", request.Language, "de", "en");
        errors.Text("conversationId", request.ConversationId, ThreadSituation.MaxConversationId);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var draft = request.Text ?? HtmlDraft.ToText(request.Html!.Length > MaxHtmlRead ? request.Html[..MaxHtmlRead] : request.Html);
        var options = new CoachOptions
        {
            Language = request.Language switch { "de" => ThreadLanguage.De, "en" => ThreadLanguage.En, _ => null },
        };

        if (!string.IsNullOrWhiteSpace(request.ConversationId))
        {
            var situation = await mailbox.GetSituationAsync(AppUser.From(principal), request.ConversationId, ct);
            if (situation is null)
            {
                return TypedResults.NotFound(new ProblemDetails
                {
                    Status = StatusCodes.Status404NotFound,
                    Title = "No such conversation.",
                    Detail = "The conversation was not found in your mailbox.",
                });
            }

            options = WithThread(options, situation.Card);
        }

        return TypedResults.Ok(DraftCoach.Coach(draft, options));
    }

    /// <summary>The client's open asks, mood and form of address from the thread, as the coach takes them.</summary>
    public static CoachOptions WithThread(CoachOptions options, SituationCard card)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(card);
        return options with
        {
            ClientAsks = [.. card.Asks.Where(a => a.IsOpen).Select(a => a.Text)],
            ClientMoodLevel = card.Mood.Level,
            ClientFormOfAddress = card.FormOfAddress,
        };
    }
}
