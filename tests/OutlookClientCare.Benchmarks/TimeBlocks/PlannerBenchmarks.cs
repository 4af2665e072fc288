using BenchmarkDotNet.Attributes;
using OutlookClientCare.Core.TimeBlocks;

namespace OutlookClientCare.Benchmarks.TimeBlocks;

/// <summary>design.md target: planning 90 days against 5,000 busy events in under 5 ms (median).</summary>
[ShortRunJob]
[MemoryDiagnoser]
[MedianColumn]
public class PlannerBenchmarks
{
    private const int Days = 90;
    private const int EventCount = 5_000;
    private static readonly DateOnly From = new(2026, 3, 2);

    private readonly TimeBlockSettings _settings = new() { TimeZoneId = "Europe/Berlin" };
    private readonly HashSet<DateOnly> _holidays = [new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 1)];
    private List<BusyEvent> _busy = [];
    private List<ExistingBlock> _booked = [];

    [GlobalSetup]
    public void Setup()
    {
        // A heavy but realistic calendar: about 55 meetings a day (crossing the March clock change),
        // some tentative, free or cancelled, and a few all-day entries.
        var random = new Random(20260302);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        _busy = new List<BusyEvent>(EventCount);
        for (var i = 0; i < EventCount; i++)
        {
            var date = From.AddDays(random.Next(Days));
            if (i % 250 == 0)
            {
                _busy.Add(BusyEvent.AllDay(date, date.AddDays(1), i % 500 == 0 ? ShowAs.Oof : ShowAs.Busy));
                continue;
            }

            var local = date.ToDateTime(new TimeOnly(random.Next(7, 18), random.Next(4) * 15));
            var start = new DateTimeOffset(local, zone.GetUtcOffset(local));
            var showAs = (i % 10) switch { 0 => ShowAs.Tentative, 1 => ShowAs.Free, _ => ShowAs.Busy };
            _busy.Add(new BusyEvent(start, start.AddMinutes(15 * random.Next(1, 5)), showAs) { IsCancelled = i % 37 == 0, Id = $"evt-{i}" });
        }

        _booked = DailyBlockPlanner.Plan(_settings, From, Days, _busy, [], _holidays).Blocks
            .Where(b => b.Start is not null)
            .Select(b => new ExistingBlock(b.Date, b.Start, b.End, $"block-{b.Date:yyyyMMdd}"))
            .ToList();
    }

    [Benchmark(Baseline = true)]
    public TimeBlockPlan PlanFresh() => DailyBlockPlanner.Plan(_settings, From, Days, _busy, [], _holidays);

    [Benchmark]
    public TimeBlockPlan ReplanUnchanged() => DailyBlockPlanner.Plan(_settings, From, Days, _busy, _booked, _holidays);
}
