using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Clients;

public static class ClientsApi
{
    public sealed record CardRequest(
        string? DisplayName,
        List<string?>? AgreedTimelines,
        List<string?>? Deliverables,
        List<string?>? Constraints,
        string? ResponseTimePromise,
        string? PreferredLanguage,
        string? FormOfAddress,
        int? CheckInEveryDays,
        string? Notes);

    public sealed record CardResponse(
        string Key,
        string Kind,
        string? DisplayName,
        IReadOnlyList<string> AgreedTimelines,
        IReadOnlyList<string> Deliverables,
        IReadOnlyList<string> Constraints,
        string? ResponseTimePromise,
        string? PreferredLanguage,
        string? FormOfAddress,
        int? CheckInEveryDays,
        string? Notes,
        DateTimeOffset UpdatedAt,
        CardOwner? Owner)
    {
        public static CardResponse From(ClientCard card) => new(
            card.Key,
            ClientKeys.IsAddress(card.Key) ? "address" : "domain",
            card.DisplayName,
            card.AgreedTimelines,
            card.Deliverables,
            card.Constraints,
            card.ResponseTimePromise,
            card.PreferredLanguage,
            card.FormOfAddress,
            card.CheckInEveryDays,
            card.Notes,
            card.UpdatedAt,
            card.OwnerAddress is { } owner ? new CardOwner(card.OwnerName, owner, card.OwnerSince) : null);
    }

    /// <summary>The colleague who took the client over (a hand-over), and since when.</summary>
    public sealed record CardOwner(string? Name, string Address, DateTimeOffset? Since);

    public static IServiceCollection AddClients(this IServiceCollection services) =>
        services.AddScoped<ClientCards>();

    public static IEndpointRouteBuilder MapClients(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/clients").RequireAuthorization().WithTags("Clients");
        group.MapGet("", ListAsync)
            .WithName("ListClientCards")
            .WithSummary("The user's client expectation cards.");
        group.MapGet("/match", MatchAsync)
            .WithName("MatchClientCard")
            .WithSummary("The card for a sender: the address card first, then the domain card.");
        group.MapGet("/{key}/card", GetAsync)
            .WithName("GetClientCard")
            .WithSummary("One client card by address or domain.");
        group.MapPut("/{key}/card", PutAsync)
            .WithName("PutClientCard")
            .WithSummary("Creates or replaces the card of an address or a domain.");
        group.MapDelete("/{key}/card", DeleteAsync)
            .WithName("DeleteClientCard")
            .WithSummary("Removes a client card.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<CardResponse>>> ListAsync(ClaimsPrincipal principal, ClientCards cards, CancellationToken ct)
    {
        var all = await cards.Of(AppUser.From(principal)).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<CardResponse>>([.. all.OrderBy(c => c.Key, StringComparer.Ordinal).Select(CardResponse.From)]);
    }

    private static async Task<Results<Ok<CardResponse>, NotFound, ValidationProblem>> MatchAsync(
        string? address, ClaimsPrincipal principal, ClientCards cards, CancellationToken ct)
    {
        if (ClientKeys.Problem(address) is { } problem || !ClientKeys.IsAddress(address!.Trim()))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["address"] = [ClientKeys.Problem(address) ?? "Give an e-mail address."] });
        }

        var card = await cards.MatchAsync(AppUser.From(principal), address, ct);
        return card is null ? TypedResults.NotFound() : TypedResults.Ok(CardResponse.From(card));
    }

    private static async Task<Results<Ok<CardResponse>, NotFound, ValidationProblem>> GetAsync(
        string key, ClaimsPrincipal principal, ClientCards cards, CancellationToken ct)
    {
        if (ClientKeys.Problem(key) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["key"] = [problem] });
        }

        var card = await cards.FindAsync(AppUser.From(principal), key, ct);
        return card is null ? TypedResults.NotFound() : TypedResults.Ok(CardResponse.From(card));
    }

    private static async Task<Results<Ok<CardResponse>, ValidationProblem>> PutAsync(
        string key, CardRequest request, ClaimsPrincipal principal, ClientCards cards, ClientCareDb db, TimeProvider time, CancellationToken ct)
    {
        var errors = Validate(key, request);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var user = AppUser.From(principal);
        var now = time.GetUtcNow();
        var card = await cards.FindAsync(user, key, ct);
        if (card is null)
        {
            card = new ClientCard
            {
                Id = Guid.NewGuid(),
                TenantId = user.TenantId,
                ObjectId = user.ObjectId,
                Key = ClientKeys.NormalizeOrNull(key)!,
                CreatedAt = now,
            };
            db.Add(card);
        }

        card.DisplayName = Clean(request.DisplayName);
        card.AgreedTimelines = CleanList(request.AgreedTimelines);
        card.Deliverables = CleanList(request.Deliverables);
        card.Constraints = CleanList(request.Constraints);
        card.ResponseTimePromise = Clean(request.ResponseTimePromise);
        card.PreferredLanguage = request.PreferredLanguage;
        card.FormOfAddress = request.FormOfAddress;
        card.CheckInEveryDays = request.CheckInEveryDays;
        card.Notes = Clean(request.Notes);
        card.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CardResponse.From(card));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteAsync(
        string key, ClaimsPrincipal principal, ClientCards cards, ClientCareDb db, CancellationToken ct)
    {
        if (ClientKeys.Problem(key) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["key"] = [problem] });
        }

        var card = await cards.FindAsync(AppUser.From(principal), key, ct);
        if (card is null)
        {
            return TypedResults.NotFound();
        }

        db.Remove(card);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static FieldErrors Validate(string key, CardRequest request)
    {
        var errors = new FieldErrors();
        if (ClientKeys.Problem(key) is { } problem)
        {
            errors.Add("key", problem);
        }

        errors.Text("displayName", request.DisplayName, ClientCardLimits.ShortText);
        errors.List("agreedTimelines", request.AgreedTimelines, ClientCardLimits.ListItems, ClientCardLimits.ListItemText);
        errors.List("deliverables", request.Deliverables, ClientCardLimits.ListItems, ClientCardLimits.ListItemText);
        errors.List("constraints", request.Constraints, ClientCardLimits.ListItems, ClientCardLimits.ListItemText);
        errors.Text("responseTimePromise", request.ResponseTimePromise, ClientCardLimits.ShortText);
        errors.OneOf("preferredLanguage", request.PreferredLanguage, "de", "en");
        errors.OneOf("formOfAddress", request.FormOfAddress, "sie", "du");
        if (request.CheckInEveryDays is { } days && days is < 1 or > ClientCardLimits.MaxCheckInDays)
        {
            errors.Add("checkInEveryDays", $"A whole number of days from 1 to {ClientCardLimits.MaxCheckInDays}.");
        }

        errors.Text("notes", request.Notes, ClientCardLimits.Notes);
        return errors;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> CleanList(List<string?>? items) => [.. (items ?? []).Select(i => i!.Trim())];
}
