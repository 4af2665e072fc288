using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Privacy;

/// <summary>
/// Records when a user last used the API (at most once an hour per user), so retention can erase
/// everything of people who stopped using the add-in.
/// </summary>
public sealed class UserActivity(RequestDelegate next, IMemoryCache cache, TimeProvider time)
{
    private static readonly TimeSpan RecordEvery = TimeSpan.FromHours(1);

    public async Task InvokeAsync(HttpContext context, ClientCareDb db)
    {
        if (context.User.Identity?.IsAuthenticated == true && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var user = TryGetUser(context);
            if (user is not null && !cache.TryGetValue(("seen", user.TenantId, user.ObjectId), out _))
            {
                await RecordAsync(db, user, time.GetUtcNow(), context.RequestAborted);
                cache.Set(("seen", user.TenantId, user.ObjectId), true, RecordEvery);
            }
        }

        await next(context);
    }

    internal static async Task RecordAsync(ClientCareDb db, AppUser user, DateTimeOffset now, CancellationToken ct)
    {
        var profile = await db.Users.FindAsync([user.TenantId, user.ObjectId], ct);
        if (profile is null)
        {
            db.Users.Add(new UserProfile { TenantId = user.TenantId, ObjectId = user.ObjectId, UserPrincipalName = user.UserPrincipalName, FirstSeen = now, LastSeen = now });
        }
        else
        {
            profile.LastSeen = now;
            profile.UserPrincipalName = user.UserPrincipalName;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A parallel first request of the same user inserted the row; its LastSeen is as good as ours.
            db.ChangeTracker.Clear();
        }
    }

    private static AppUser? TryGetUser(HttpContext context)
    {
        try
        {
            return AppUser.From(context.User);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
