using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;

namespace OutlookClientCare.Server.Threads;

public static class ThreadsApi
{
    /// <summary>A Graph thread page is rarely above a few hundred KB; oversized bodies are truncated by Core anyway.</summary>
    private const long MaxThreadJsonBytes = 8 * 1024 * 1024;

    public static IEndpointRouteBuilder MapThreads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").RequireAuthorization().WithTags("Threads");
        group.MapPost("/analysis", AnalyzeAsync)
            .Accepts<object>("application/json")
            .WithName("AnalyzeThread")
            .WithSummary("Analyses a Graph thread ({\"value\":[message, ...]}) into a SituationCard.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxThreadJsonBytes));
        group.MapGet("/threads/{conversationId}/situation", GetSituationAsync)
            .WithName("GetThreadSituation")
            .WithSummary("Reads a conversation from the mailbox and returns its SituationCard.");
        return app;
    }

    private static async Task<Results<Ok<SituationCard>, ProblemHttpResult>> AnalyzeAsync(
        HttpRequest request, ClaimsPrincipal principal, MailboxService mailbox, CancellationToken ct)
    {
        IReadOnlyList<ThreadMessage> messages;
        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 64 }, ct);
            messages = GraphThreadReader.Read(json.RootElement);
        }
        catch (JsonException ex)
        {
            return TypedResults.Problem(title: "The thread could not be read.", detail: $"The body is not valid JSON: {ex.Message}", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (ThreadFormatException ex)
        {
            return TypedResults.Problem(title: "The thread could not be read.", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        var profile = await mailbox.GetProfileAsync(AppUser.From(principal), ct);
        return TypedResults.Ok(mailbox.Analyze(profile, messages));
    }

    private static async Task<Results<Ok<SituationCard>, ProblemHttpResult>> GetSituationAsync(
        string conversationId, ClaimsPrincipal principal, MailboxService mailbox, CancellationToken ct)
    {
        var situation = await mailbox.GetSituationAsync(AppUser.From(principal), conversationId, ct);
        if (situation is null)
        {
            return TypedResults.Problem(title: "No such conversation.", detail: $"No message of conversation '{conversationId}' is in this mailbox.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(situation.Card);
    }
}
