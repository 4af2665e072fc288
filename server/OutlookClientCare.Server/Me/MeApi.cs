using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookClientCare.Server.Graph;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.Me;

public static class MeApi
{
    /// <summary>Who the pane works for, and the mailbox settings that shape wording and planning.</summary>
    public sealed record MeResponse(
        string DisplayName,
        string UserPrincipalName,
        string? Mail,
        string? Language,
        string? TimeZone,
        WorkingHoursResponse? WorkingHours);

    public sealed record WorkingHoursResponse(IReadOnlyList<string> DaysOfWeek, string? StartTime, string? EndTime, string? TimeZone);

    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me").RequireAuthorization().WithTags("Me");
        group.MapGet("", GetMeAsync)
            .WithName("GetMe")
            .WithSummary("The signed-in user with time zone, working hours and language from Outlook.");
        return app;
    }

    private static async Task<Ok<MeResponse>> GetMeAsync(ClaimsPrincipal principal, GraphGatewayFactory graph, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var gateway = graph.For(user);
        var me = await gateway.GetUserAsync(ct);
        var settings = await gateway.GetMailboxSettingsAsync(ct);
        var hours = settings?.WorkingHours;
        return TypedResults.Ok(new MeResponse(
            me?.DisplayName ?? user.UserPrincipalName,
            me?.UserPrincipalName ?? user.UserPrincipalName,
            me?.Mail,
            settings?.Language?.Locale ?? me?.PreferredLanguage,
            settings?.TimeZone,
            hours is null ? null : new WorkingHoursResponse(
                [.. (hours.DaysOfWeek ?? []).Select(d => d?.ToString()?.ToLowerInvariant() ?? "")],
                hours.StartTime?.ToString(),
                hours.EndTime?.ToString(),
                hours.TimeZone?.Name)));
    }
}
