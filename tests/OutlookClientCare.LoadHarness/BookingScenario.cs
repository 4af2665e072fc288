using System.Globalization;
using System.Text.Json.Nodes;
using OutlookClientCare.Core.TimeBlocks;
using OutlookClientCare.Graph;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Booking;

namespace OutlookClientCare.LoadHarness;

/// <summary>
/// Booking at scale: a first run over N users, then the daily run a day later, on one instance
/// (SQLite) or several sharing a PostgreSQL database. Checks what the issue asks and prints the figures.
/// </summary>
public static class BookingScenario
{
    public static async Task<bool> RunAsync(int users, int instances, FleetStorage storage, Report report, CancellationToken ct)
    {
        await using var fleet = await BookingFleet.StartAsync(users, instances, storage, latencyMilliseconds: 50);
        var foreignBefore = ForeignEvents(fleet.Sandbox);
        report.Line($"booking: {users} users, {instances} instance(s) on {storage.Provider}, sandbox latency 50 ms, limits 4 concurrent / 10,000 per 10 min per mailbox");

        var runtime = RuntimeFigures.Start();
        var (firstTook, first) = await RunEverywhereAsync(fleet, ct);
        var firstRuntime = runtime.Describe();
        var throttledFirst = fleet.Sandbox.Limits.ThrottledForConcurrency + fleet.Sandbox.Limits.ThrottledForRate;
        report.Figure("first run", firstTook, TimeSpan.FromSeconds(60), $"{first.Sum(r => r.Created)} blocks created, {first.Count(r => r.Failed > 0)} users with failures, {throttledFirst} requests throttled (429) and retried");
        report.Line(firstRuntime);
        report.Check("every user booked once (no user in two instances' results)", first.Count == users && first.Select(r => r.UserPrincipalName).Distinct(StringComparer.OrdinalIgnoreCase).Count() == users,
            $"{first.Count} results for {users} users");
        report.Check("no user failed (every 429 answered by a retry)", first.All(r => r.Failed == 0), string.Join("; ", first.Where(r => r.Failed > 0).Take(3).Select(r => $"{r.UserPrincipalName}: {string.Join(", ", r.Problems)}")));
        CheckBlocks(fleet.Sandbox, first, report, "after the first run");
        var calendarReads = fleet.Sandbox.Counters.Snapshot().Where(c => c.Route == "GET /me/calendarView").ToList();
        report.Check("each user's calendar read exactly once (booked by one instance only)", calendarReads.Count == users && calendarReads.All(c => c.Count == 1),
            $"{calendarReads.Count(c => c.Count > 1)} users read more than once");

        fleet.Clock.Now += TimeSpan.FromDays(1);
        fleet.Sandbox.Counters.Reset();
        fleet.Sandbox.Limits.Reset();
        runtime = RuntimeFigures.Start();
        var (dailyTook, daily) = await RunEverywhereAsync(fleet, ct);
        var dailyRuntime = runtime.Describe();
        var perUser = fleet.Sandbox.Counters.Snapshot().Where(c => c.Route != "POST /$batch" && c.User.Length > 0)
            .GroupBy(c => c.User, StringComparer.OrdinalIgnoreCase).Select(g => g.Sum(c => c.Count)).ToList();
        report.Figure("daily run", dailyTook, TimeSpan.FromSeconds(30), string.Create(CultureInfo.InvariantCulture,
            $"{daily.Sum(r => r.Created)} created, {daily.Sum(r => r.Moved)} moved, {daily.Sum(r => r.Kept)} kept; Graph requests per user max {perUser.DefaultIfEmpty(0).Max()}, avg {perUser.DefaultIfEmpty(0).Average():0.00}; {fleet.Sandbox.Counters.Get("POST /$batch")} $batch calls"));
        report.Line(dailyRuntime);
        report.Check("daily run: at most 2 Graph requests per user", perUser.DefaultIfEmpty(0).Max() <= 2, $"max {perUser.DefaultIfEmpty(0).Max()}");
        report.Check("daily run: no user failed", daily.All(r => r.Failed == 0), "");
        CheckBlocks(fleet.Sandbox, daily, report, "after the daily run");
        report.Check("no foreign event touched", ForeignEvents(fleet.Sandbox).SequenceEqual(foreignBefore), "an event without our tag changed");
        return report.Passed;
    }

    private static async Task<(TimeSpan, List<UserBookingResult>)> RunEverywhereAsync(BookingFleet fleet, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var runs = await Task.WhenAll(fleet.Servers.Select(s => BookingFleet.RunAsync(s, ct)));
        return (watch.Elapsed, [.. runs.SelectMany(r => r.Results)]);
    }

    /// <summary>Per user: exactly one of our events on each day the plan books, none on others.</summary>
    private static void CheckBlocks(GraphSandboxHost sandbox, IReadOnlyList<UserBookingResult> results, Report report, string when)
    {
        int duplicates = 0, gaps = 0, strays = 0;
        foreach (var result in results.Where(r => r.Plan is not null))
        {
            var ours = sandbox.EventsOf(result.UserPrincipalName).Where(IsOurs).Select(Day).ToList();
            var planned = result.Plan!.Blocks.Where(b => b.Placement != BlockPlacement.None).Select(b => b.Date).ToHashSet();
            duplicates += ours.Count - ours.Distinct().Count();
            gaps += planned.Count(d => !ours.Contains(d));
            strays += ours.Distinct().Count(d => !planned.Contains(d) && d >= planned.DefaultIfEmpty(d).Min());
        }

        report.Check($"{when}: no duplicate blocks, no gaps, none off-plan", duplicates == 0 && gaps == 0 && strays == 0,
            $"{duplicates} duplicates, {gaps} planned days without a block, {strays} blocks on unplanned days");
    }

    private static bool IsOurs(JsonObject calendarEvent) =>
        calendarEvent["singleValueExtendedProperties"] is JsonArray properties && properties.Any(p => (string?)p?["id"] == OurEventTag.PropertyId);

    private static DateOnly Day(JsonObject calendarEvent) =>
        DateOnly.FromDateTime(DateTime.Parse((string)calendarEvent["start"]!["dateTime"]!, CultureInfo.InvariantCulture));

    private static List<string> ForeignEvents(GraphSandboxHost sandbox) =>
        [.. sandbox.Tenant.Users.SelectMany(u => sandbox.EventsOf(u.UserPrincipalName)).Where(e => !IsOurs(e)).Select(e => e.ToJsonString()).Order(StringComparer.Ordinal)];
}
