using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Snippets;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Interactions;

public static class InteractionsApi
{
    public const int MaxConversationId = 512;

    /// <summary>What the pane reports: "snippet-inserted" (with snippetId) or "note" (with the user's text).</summary>
    public sealed record LogRequest(string? Kind, string? Client, string? ConversationId, string? Text, string? SnippetId, string? Language);

    public sealed record InteractionResponse(Guid Id, DateTimeOffset At, InteractionKind Kind, string? Client, string? ConversationId, string Text)
    {
        public static InteractionResponse From(InteractionEntry entry) =>
            new(entry.Id, entry.At, entry.Kind, entry.ClientAddress, entry.ConversationId, entry.Text);
    }

    public static IServiceCollection AddInteractions(this IServiceCollection services) =>
        services.AddScoped<InteractionLog>();

    public static IEndpointRouteBuilder MapInteractions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/interactions").RequireAuthorization().WithTags("Interactions");
        group.MapGet("", ListAsync)
            .WithName("ListInteractions")
            .WithSummary("The interaction log, newest first, for a client (address or domain) and/or a conversation.");
        group.MapPost("", LogAsync)
            .WithName("LogInteraction")
            .WithSummary("Logs an action taken in the pane: a snippet inserted or a note.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<InteractionResponse>>, ValidationProblem>> ListAsync(
        string? client, string? conversationId, ClaimsPrincipal principal, InteractionLog log, CancellationToken ct)
    {
        if (client is not null && ClientKeys.Problem(client) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["client"] = [problem] });
        }

        var entries = await log.ListAsync(AppUser.From(principal), client, conversationId, ct);
        return TypedResults.Ok<IReadOnlyList<InteractionResponse>>([.. entries.Select(InteractionResponse.From)]);
    }

    private static async Task<Results<Created<InteractionResponse>, ValidationProblem>> LogAsync(
        LogRequest request, ClaimsPrincipal principal, InteractionLog log, SnippetCatalog snippets, ClientCareDb db, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var errors = new FieldErrors();
        errors.OneOf("kind", request.Kind ?? "", "snippet-inserted", "note");
        if (request.Client is not null && ClientKeys.Problem(request.Client) is { } clientProblem)
        {
            errors.Add("client", clientProblem);
        }

        errors.Text("conversationId", request.ConversationId, MaxConversationId);
        errors.OneOf("language", request.Language, "de", "en");
        var language = request.Language == "de" ? ThreadLanguage.De : ThreadLanguage.En;
        string? text = null;
        if (request.Kind == "note")
        {
            errors.Text("text", request.Text, InteractionEntry.MaxText, required: true);
            text = request.Text?.Trim();
        }
        else if (request.Kind == "snippet-inserted")
        {
            var snippet = string.IsNullOrWhiteSpace(request.SnippetId) ? null : await snippets.FindAsync(user, request.SnippetId, ct);
            if (snippet is null)
            {
                errors.Add("snippetId", "Name a snippet that exists (built-in or your own).");
            }
            else
            {
                text = (language == ThreadLanguage.De ? "Textbaustein eingefügt: " : "Snippet inserted: ") + snippet.Title.For(language);
            }
        }

        if (errors.Any || text is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var kind = request.Kind == "note" ? InteractionKind.Note : InteractionKind.SnippetInserted;
        var entry = log.Add(user, kind, text, request.Client, request.ConversationId);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/interactions/{entry.Id}", InteractionResponse.From(entry));
    }
}
