using System.Collections.Concurrent;

namespace OutlookClientCare.GraphSandbox.Faults;

/// <summary>A count of requests for one route template and user ("" for requests without a known user).</summary>
public sealed record RequestCount(string Route, string User, long Count);

/// <summary>
/// Requests per (route template, user). User-scoped routes are counted in their /me form ("GET /me/calendarView"),
/// whether they came as /me/... or /users/{id}/...; the user is the mailbox addressed. $batch steps count too.
/// </summary>
public sealed class RequestCounters
{
    private readonly ConcurrentDictionary<(string Route, string User), long> _counts = new();

    public long Total => _counts.Values.Sum();

    /// <summary>Requests for a route, for one user (UPN) or summed over all users when <paramref name="user"/> is null.</summary>
    public long Get(string route, string? user = null) =>
        _counts.Where(c => c.Key.Route.Equals(route, StringComparison.OrdinalIgnoreCase)
                && (user is null || c.Key.User.Equals(user, StringComparison.OrdinalIgnoreCase)))
            .Sum(c => c.Value);

    public IReadOnlyList<RequestCount> Snapshot() =>
        [.. _counts.Select(c => new RequestCount(c.Key.Route, c.Key.User, c.Value))
            .OrderBy(c => c.Route, StringComparer.Ordinal)
            .ThenBy(c => c.User, StringComparer.Ordinal)];

    public void Reset() => _counts.Clear();

    internal long Increment(string route, string user) =>
        _counts.AddOrUpdate((route, user.ToLowerInvariant()), 1, (_, n) => n + 1);
}
