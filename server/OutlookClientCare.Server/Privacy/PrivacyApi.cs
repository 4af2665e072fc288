using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Settings;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Privacy;

/// <summary>A user's right of access (export everything we keep about them) and of erasure.</summary>
public static class PrivacyApi
{
    public sealed record ExportResponse(DateTimeOffset ExportedAt, string TenantId, string ObjectId, IReadOnlyDictionary<string, List<SortedDictionary<string, object?>>> Tables);

    public sealed record EraseResponse(IReadOnlyDictionary<string, int> DeletedRows, int CalendarBlocksRemoved, int TasksRemoved = 0);

    /// <summary>How far around today our calendar blocks are looked for when the user asks to remove them.</summary>
    internal static readonly TimeSpan BlocksBack = TimeSpan.FromDays(31);
    internal static readonly TimeSpan BlocksAhead = TimeSpan.FromDays(400);

    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSettings<PrivacyOptions>(PrivacyOptions.Section);
        services.AddMemoryCache();
        services.AddScoped<RetentionPurge>();
        services.AddSingleton<UserActivityRecorder>();
        services.AddHostedService<RetentionPurgeService>();
        return services;
    }

    /// <summary>After authentication: remembers when each user was last active, for retention.</summary>
    public static WebApplication UsePrivacy(this WebApplication app)
    {
        app.UseMiddleware<UserActivity>();
        return app;
    }

    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me").RequireAuthorization().WithTags("Privacy");
        group.MapGet("/export", ExportAsync)
            .WithName("ExportMyData")
            .WithSummary("Everything OutlookClientCare keeps about the signed-in user, as JSON.");
        group.MapDelete("", EraseAsync)
            .WithName("EraseMyData")
            .WithSummary("Erases everything kept about the signed-in user; ?removeCalendarBlocks=true also deletes the blocks we booked (our tagged events only), ?removeTasks=true the To Do tasks we created (only those).");
        return app;
    }

    private static async Task<Ok<ExportResponse>> ExportAsync(ClaimsPrincipal principal, ClientCareDb db, TimeProvider time, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var tables = await PersonalData.ExportAsync(db, user, ct);
        return TypedResults.Ok(new ExportResponse(time.GetUtcNow(), user.TenantId, user.ObjectId, tables));
    }

    private static async Task<Ok<EraseResponse>> EraseAsync(
        ClaimsPrincipal principal, ClientCareDb db, GraphAccess graph, TimeProvider time, ToDo.ToDoMirror todo, [FromServices] TokenSessions? sessions, CancellationToken ct, bool removeCalendarBlocks = false, bool removeTasks = false)
    {
        var user = AppUser.From(principal);
        var removed = 0;
        if (removeCalendarBlocks)
        {
            // Before the rows go: if Graph fails, nothing is erased and the user can simply retry.
            var now = time.GetUtcNow();
            var ours = (await graph.For(user).GetCalendarViewAsync(now - BlocksBack, now + BlocksAhead, "UTC", ct)).Where(e => e.IsOurs).ToList();
            var answers = await graph.Batches(user).SendAsync([.. ours.Select((e, i) => new DeleteEventRequest($"d{i}", user.MailboxId, e))], ct);
            if (answers.Values.FirstOrDefault(a => !a.IsSuccess && a.Status != System.Net.HttpStatusCode.NotFound) is { } failed)
            {
                throw new GraphGatewayException($"Graph answered {(int)failed.Status} when removing a block; nothing was erased.", failed.Status);
            }

            removed = ours.Count;
        }

        // Like the blocks: our tasks go first, so a Graph failure erases nothing and the user can retry.
        var tasksRemoved = removeTasks ? await todo.RemoveOurTasksAsync(user, ct) : 0;
        var deleted = await PersonalData.EraseAsync(db, user, ct);
        if (sessions is not null)
        {
            // A real tenant only: after this no background work can act for the user any more.
            await sessions.EndBackgroundSessionAsync(user);
        }

        return TypedResults.Ok(new EraseResponse(deleted, removed, tasksRemoved));
    }
}
