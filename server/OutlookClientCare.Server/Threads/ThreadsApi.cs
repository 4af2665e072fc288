using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Server.Graph;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.Threads;

public static class ThreadsApi
{
    /// <summary>A Graph thread page is rarely above a few hundred KB; oversized bodies are truncated by Core anyway.</summary>
    private const long MaxThreadJsonBytes = 8 * 1024 * 1024;

    public static IServiceCollection AddThreads(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<MailboxContext>();
        return services;
    }

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
        HttpRequest request, ClaimsPrincipal principal, MailboxContext mailboxes, CancellationToken ct)
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

        var user = AppUser.From(principal);
        var mailbox = await mailboxes.GetAsync(user, ct);
        return TypedResults.Ok(ThreadAnalyzer.Analyze(messages, mailboxes.AnalysisContextFor(mailbox, user)));
    }

    private static async Task<Results<Ok<SituationCard>, ProblemHttpResult>> GetSituationAsync(
        string conversationId, ClaimsPrincipal principal, GraphGatewayFactory graph, MailboxContext mailboxes, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var mailbox = await mailboxes.GetAsync(user, ct);
        var messages = await graph.For(user).GetThreadAsync(conversationId, ct);
        if (messages.Count == 0)
        {
            return TypedResults.Problem(title: "No such conversation.", detail: $"No message of conversation '{conversationId}' is in this mailbox.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(ThreadAnalyzer.Analyze(GraphThreadMessages.From(messages), mailboxes.AnalysisContextFor(mailbox, user)));
    }
}
