using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;

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

    private static async Task<Ok<MeResponse>> GetMeAsync(ClaimsPrincipal principal, MailboxService mailbox, CancellationToken ct)
    {
        var profile = await mailbox.GetProfileAsync(AppUser.From(principal), ct);
        var settings = profile.Settings;
        var hours = settings.WorkingHours;
        return TypedResults.Ok(new MeResponse(
            profile.DisplayName,
            profile.UserPrincipalName,
            profile.Address,
            settings.Locale,
            settings.MailboxTimeZone,
            hours is null ? null : new WorkingHoursResponse(
                [.. hours.DaysOfWeek.Select(d => d.ToString().ToLowerInvariant())],
                Time(hours.Start),
                Time(hours.End),
                settings.WorkingHoursTimeZone)));
    }

    private static string Time(TimeOnly time) => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
