using System.Security.Cryptography;
using System.Text;

namespace OutlookClientCare.GraphSandbox.Faults;

/// <summary>Over HTTP spelled kebab-case: "too-many-requests", "service-unavailable", "gateway-timeout", "latency", "drop-connection".</summary>
public enum FaultKind
{
    /// <summary>429 TooManyRequests with Retry-After.</summary>
    TooManyRequests,

    /// <summary>503 ServiceUnavailable (with Retry-After when RetryAfterSeconds is set).</summary>
    ServiceUnavailable,

    /// <summary>504 GatewayTimeout.</summary>
    GatewayTimeout,

    /// <summary>The request is answered normally after LatencyMilliseconds.</summary>
    Latency,

    /// <summary>The TCP connection is aborted without a response.</summary>
    DropConnection,
}

/// <summary>
/// One fault: which requests it hits (route template as counted, e.g. "GET /me/calendarView", or a prefix ending
/// in "*"; a user by UPN or id; null means any) and how often: the next <see cref="Count"/> matching requests,
/// or each matching request with <see cref="Probability"/>, or (neither set) every matching request.
/// </summary>
public sealed record FaultRule
{
    public FaultKind Kind { get; init; }

    public string? Route { get; init; }

    public string? User { get; init; }

    public int? Count { get; init; }

    public double? Probability { get; init; }

    public int? RetryAfterSeconds { get; init; }

    public int LatencyMilliseconds { get; init; }

    internal bool AppliesTo(string route, string userPrincipalName, string? userId)
    {
        var routeMatches = Route is null or "*"
            || (Route.EndsWith('*') ? route.StartsWith(Route[..^1], StringComparison.OrdinalIgnoreCase) : route.Equals(Route, StringComparison.OrdinalIgnoreCase));
        var userMatches = User is null
            || User.Equals(userPrincipalName, StringComparison.OrdinalIgnoreCase)
            || User.Equals(userId, StringComparison.OrdinalIgnoreCase);
        return routeMatches && userMatches;
    }
}

/// <summary>What the plan decided for one request: added latency and at most one failing fault.</summary>
public readonly record struct FaultDecision(int LatencyMilliseconds, FaultRule? Failure);

/// <summary>
/// The fault rules in force. Probabilistic rules draw from a hash of (seed, rule, route, user, n-th request of
/// that route and user) rather than from a shared Random, so the same seed gives the same faults to the same
/// requests even when many users call concurrently.
/// </summary>
public sealed class FaultPlan
{
    private readonly Lock _gate = new();
    private readonly List<(FaultRule Rule, int? Remaining)> _rules = [];
    private int _ruleCount;

    public int Seed { get; private set; }

    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return [.. _rules.Select(r => r.Rule with { Count = r.Remaining })];
            }
        }
    }

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _rules.Add((rule, rule.Count));
            Volatile.Write(ref _ruleCount, _rules.Count);
        }
    }

    /// <summary>Replaces every rule and the seed.</summary>
    public void Set(int seed, IEnumerable<FaultRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        lock (_gate)
        {
            Seed = seed;
            _rules.Clear();
            _rules.AddRange(rules.Select(r => (r, r.Count)));
            Volatile.Write(ref _ruleCount, _rules.Count);
        }
    }

    public void Clear() => Set(0, []);

    /// <summary>Decides for the <c>nth</c> request (1-based, from the counters) of this route and user.</summary>
    public FaultDecision Decide(string route, string userPrincipalName, string? userId, long nth)
    {
        // Load tests run without rules; they should not queue on this lock.
        if (Volatile.Read(ref _ruleCount) == 0)
        {
            return default;
        }

        lock (_gate)
        {
            var latency = 0;
            FaultRule? failure = null;
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, remaining) = _rules[i];
                if (remaining is <= 0
                    || (rule.Kind != FaultKind.Latency && failure is not null)
                    || !rule.AppliesTo(route, userPrincipalName, userId)
                    || (rule.Probability is { } p && Draw(i, route, userPrincipalName, nth) >= p))
                {
                    continue;
                }

                _rules[i] = (rule, remaining - 1);
                if (rule.Kind == FaultKind.Latency)
                {
                    latency += rule.LatencyMilliseconds;
                }
                else
                {
                    failure = rule;
                }
            }

            return new FaultDecision(latency, failure);
        }
    }

    private double Draw(int ruleIndex, string route, string user, long nth)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{Seed}|{ruleIndex}|{route}|{user.ToUpperInvariant()}|{nth}"), hash);
        return (BitConverter.ToUInt64(hash) >> 11) * (1.0 / (1UL << 53));
    }
}
