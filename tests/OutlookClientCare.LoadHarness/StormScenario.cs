using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.Graph;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.Server.Booking;
using OutlookClientCare.Server.Telemetry;

namespace OutlookClientCare.LoadHarness;

/// <summary>
/// A notification storm: N users subscribed through the first run, then 10 changes per user in
/// Outlook (one burst each, users spread over 55 s): 10 x N change notifications within a minute,
/// delivered by the sandbox over loopback HTTP. Each user must be re-planned exactly once
/// (coalesced), none lost, none twice: counted by the sandbox as calendar reads per user.
/// </summary>
public static class StormScenario
{
    private const int ChangesPerUser = 10;

    public static async Task RunAsync(int users, Report report, CancellationToken ct)
    {
        await using var fleet = await BookingFleet.StartAsync(users, 1, FleetStorage.SqliteFile(), latencyMilliseconds: 0,
            settings: new Dictionary<string, string?> { ["Booking:ChangeNotifications"] = "true", ["Booking:ReplanSettle"] = "00:00:02" }, kestrel: true);
        var server = fleet.Servers[0];
        var setup = Stopwatch.StartNew();
        var (_, first) = await BookingFleet.RunAsync(server, ct);
        var queue = server.Services.GetRequiredService<ReplanQueue>();
        await fleet.Sandbox.WhenNotificationsSentAsync();
        await QuietAsync(fleet, queue, ct);
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"storm: {users} users subscribed and booked in {setup.Elapsed.TotalSeconds:0} s ({first.Count(r => r.Failed > 0)} failed); now {ChangesPerUser} changes per user within 55 s, sandbox latency 50 ms, limits on"));

        var targets = fleet.Sandbox.Tenant.Users.Select(u => (u.UserPrincipalName, Id: (string)fleet.Sandbox.EventsOf(u.UserPrincipalName).First(e => !IsOurs(e))["id"]!)).ToList();
        fleet.Sandbox.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMilliseconds = 50 });
        fleet.Sandbox.Counters.Reset();
        var deliveredBefore = fleet.Sandbox.Engine.NotificationsDelivered;
        using var counts = new NotificationCounts();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(targets.Select((target, i) => Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(55_000.0 * i / targets.Count), ct);
            for (var change = 0; change < ChangesPerUser; change++)
            {
                fleet.Sandbox.ActAsUserInOutlookUpdateEvent(target.UserPrincipalName, target.Id, new JsonObject { ["subject"] = $"Weekly sync ({change})" });
                await Task.Delay(20, ct);
            }
        }, ct)));
        var changed = watch.Elapsed;
        await fleet.Sandbox.WhenNotificationsSentAsync();
        var delivered = fleet.Sandbox.Engine.NotificationsDelivered - deliveredBefore;
        var sent = watch.Elapsed;
        await QuietAsync(fleet, queue, ct);
        var done = watch.Elapsed - TimeSpan.FromSeconds(5);

        var reads = fleet.Sandbox.Counters.Snapshot().Where(c => c.Route == "GET /me/calendarView").ToDictionary(c => c.User, c => c.Count, StringComparer.OrdinalIgnoreCase);
        var once = targets.Count(t => reads.GetValueOrDefault(t.UserPrincipalName) == 1);
        var lost = targets.Count(t => reads.GetValueOrDefault(t.UserPrincipalName) == 0);
        var twice = targets.Count(t => reads.GetValueOrDefault(t.UserPrincipalName) > 1);
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"  {delivered} notifications delivered in {sent.TotalSeconds:0.0} s (changes made in {changed.TotalSeconds:0.0} s); server: {counts.Received} received, {counts.Coalesced} coalesced, {counts.Rejected} rejected; last re-plan done {done.TotalSeconds:0.0} s after the first change"));
        report.Check($"{users * ChangesPerUser} notifications within a minute, every one received", delivered == users * ChangesPerUser && counts.Received == delivered && sent <= TimeSpan.FromSeconds(60),
            $"{delivered} delivered in {sent.TotalSeconds:0} s, {counts.Received} received");
        report.Check("each user re-planned exactly once (nothing lost, nothing doubled)", once == users, $"{once} once, {lost} never, {twice} more than once");
    }

    /// <summary>Until no user waits and no calendar read happened for 5 s (at most 5 minutes).</summary>
    private static async Task QuietAsync(BookingFleet fleet, ReplanQueue queue, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        var last = -1L;
        var quietSince = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            var reads = fleet.Sandbox.Counters.Get("GET /me/calendarView");
            if (reads != last || queue.Waiting > 0)
            {
                last = reads;
                quietSince.Restart();
            }
            else if (quietSince.Elapsed >= TimeSpan.FromSeconds(5))
            {
                return;
            }

            await Task.Delay(250, ct);
        }
    }

    private static bool IsOurs(JsonObject calendarEvent) =>
        calendarEvent["singleValueExtendedProperties"] is JsonArray properties && properties.Any(p => (string?)p?["id"] == OurEventTag.PropertyId);

    /// <summary>The server's notification counters, read from its meter in this process.</summary>
    private sealed class NotificationCounts : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _received;
        private long _coalesced;
        private long _rejected;

        public NotificationCounts()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ClientCareMetrics.MeterName && instrument.Name == "occ.notifications")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    switch (tag.Value as string)
                    {
                        case "received": Interlocked.Add(ref _received, value); break;
                        case "coalesced": Interlocked.Add(ref _coalesced, value); break;
                        case "rejected": Interlocked.Add(ref _rejected, value); break;
                    }
                }
            });
            _listener.Start();
        }

        public long Received => Interlocked.Read(ref _received);

        public long Coalesced => Interlocked.Read(ref _coalesced);

        public long Rejected => Interlocked.Read(ref _rejected);

        public void Dispose() => _listener.Dispose();
    }
}
