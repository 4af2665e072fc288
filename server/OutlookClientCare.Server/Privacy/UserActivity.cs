using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Privacy;

/// <summary>
/// Records when a user last used the API (at most once an hour per user), so retention can erase
/// everything of people who stopped using the add-in. The row is written before the request goes on.
/// </summary>
public sealed class UserActivity(RequestDelegate next, IMemoryCache cache, UserActivityRecorder recorder)
{
    private static readonly TimeSpan RecordEvery = TimeSpan.FromHours(1);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var user = TryGetUser(context);
            if (user is not null && !cache.TryGetValue(("seen", user.TenantId, user.ObjectId), out _))
            {
                await recorder.RecordAsync(user, context.RequestAborted);
                cache.Set(("seen", user.TenantId, user.ObjectId), true, RecordEvery);
            }
        }

        await next(context);
    }

    /// <summary>One statement set for many users; a row another instance inserted meanwhile is left as it is (its LastSeen is as good as ours).</summary>
    internal static async Task RecordAsync(ClientCareDb db, IReadOnlyList<AppUser> users, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var tenant in users.GroupBy(u => u.TenantId, StringComparer.Ordinal))
        {
            var ids = tenant.Select(u => u.ObjectId).ToList();
            var known = await db.Users.Where(u => u.TenantId == tenant.Key && ids.Contains(u.ObjectId)).ToDictionaryAsync(u => u.ObjectId, StringComparer.Ordinal, ct);
            foreach (var user in tenant)
            {
                if (known.TryGetValue(user.ObjectId, out var profile))
                {
                    profile.LastSeen = now;
                    profile.UserPrincipalName = user.UserPrincipalName;
                }
                else
                {
                    db.Users.Add(new UserProfile { TenantId = user.TenantId, ObjectId = user.ObjectId, UserPrincipalName = user.UserPrincipalName, FirstSeen = now, LastSeen = now });
                }
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (users.Count > 1)
        {
            // One of them was inserted in parallel (another instance): the others one by one.
            db.ChangeTracker.Clear();
            foreach (var user in users)
            {
                await RecordAsync(db, [user], now, ct);
            }
        }
        catch (DbUpdateException)
        {
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

/// <summary>
/// Writes users' activity in groups: requests that arrive while a write is running wait for the next
/// one, which records all of them at once. A burst of first requests (200 pane users after a restart)
/// then costs a few writes instead of 200 writers contending for the database, which on SQLite ended
/// in its busy-wait (a blocking sleep on a pool thread) and seconds of latency for the first cards.
/// </summary>
public sealed class UserActivityRecorder(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly Lock _gate = new();
    private Dictionary<(string, string), AppUser> _pending = [];
    private TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose() => _writer.Dispose();

    public async Task RecordAsync(AppUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        Task written;
        lock (_gate)
        {
            _pending[(user.TenantId, user.ObjectId)] = user;
            written = _written.Task;
        }

        await WriteWhatIsPendingAsync();
        await written.WaitAsync(ct);
    }

    private async Task WriteWhatIsPendingAsync()
    {
        await _writer.WaitAsync();
        try
        {
            Dictionary<(string, string), AppUser> users;
            TaskCompletionSource written;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    return; // an earlier writer took ours along
                }

                (users, written) = (_pending, _written);
                (_pending, _written) = ([], new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await UserActivity.RecordAsync(scope.ServiceProvider.GetRequiredService<ClientCareDb>(), [.. users.Values], time.GetUtcNow(), CancellationToken.None);
                written.SetResult();
            }
            catch (Exception error)
            {
                written.SetException(error);
            }
        }
        finally
        {
            _writer.Release();
        }
    }
}
