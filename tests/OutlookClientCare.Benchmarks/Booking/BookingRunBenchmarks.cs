using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OutlookClientCare.LoadHarness;
using OutlookClientCare.Server.Booking;

namespace OutlookClientCare.Benchmarks.Booking;

/// <summary>
/// 1,000 sandbox users (Graph's per-mailbox limits on, 50 ms latency on every request and every
/// $batch step) booked in one background run. <see cref="FirstRun"/> books a fresh 10-day horizon
/// (8 working days each); <see cref="NextDayRun"/> is the daily case, a day later, when one day
/// enters the horizon. The server is composed exactly as Program composes it (LoadServer), so a
/// service the server adds can never again break this benchmark. The 10,000-user figures come from
/// the load harness (README, "Load figures").
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class BookingRunBenchmarks
{
    private BookingFleet _fleet = null!;
    private IReadOnlyList<UserBookingResult> _results = [];

    private static int Users => BenchmarkScale.Smoke ? 20 : 1_000;

    [GlobalSetup(Target = nameof(FirstRun))]
    public Task SetupFirstRunAsync() => SetupAsync(bookedYesterday: false);

    [GlobalSetup(Target = nameof(NextDayRun))]
    public Task SetupNextDayAsync() => SetupAsync(bookedYesterday: true);

    [Benchmark]
    public async Task FirstRun() => _results = (await BookingFleet.RunAsync(_fleet.Servers[0], CancellationToken.None)).Results;

    [Benchmark]
    public async Task NextDayRun() => _results = (await BookingFleet.RunAsync(_fleet.Servers[0], CancellationToken.None)).Results;

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        var perUser = _fleet.Sandbox.Counters.Snapshot()
            .Where(c => c.Route != "POST /$batch" && c.User.Length > 0)
            .GroupBy(c => c.User)
            .Select(g => g.Sum(c => c.Count))
            .ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BOOKING-RESULT users={_results.Count} created={_results.Sum(r => r.Created)} failedUsers={_results.Count(r => r.Failed > 0)} " +
            $"graphRequestsPerUser(max)={perUser.DefaultIfEmpty(0).Max()} graphRequestsPerUser(avg)={perUser.DefaultIfEmpty(0).Average():0.00} " +
            $"batchRequests={_fleet.Sandbox.Counters.Get("POST /$batch")} stepsTotal={perUser.Sum()}"));
        if (_results.Count != Users || _results.Any(r => r.Failed > 0))
        {
            throw new InvalidOperationException($"The run booked {_results.Count} of {Users} users, {_results.Count(r => r.Failed > 0)} with failures.");
        }

        await _fleet.DisposeAsync();
    }

    private async Task SetupAsync(bool bookedYesterday)
    {
        _fleet = await BookingFleet.StartAsync(Users, instances: 1, FleetStorage.SqliteFile(), latencyMilliseconds: bookedYesterday ? 0 : 50);
        if (bookedYesterday)
        {
            await BookingFleet.RunAsync(_fleet.Servers[0], CancellationToken.None);
            _fleet.Clock.Now += TimeSpan.FromDays(1);
            _fleet.Sandbox.Faults.Add(new GraphSandbox.Faults.FaultRule { Kind = GraphSandbox.Faults.FaultKind.Latency, LatencyMilliseconds = 50 });
        }

        _fleet.Sandbox.Counters.Reset();
    }
}
