using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>One expanded occurrence of a series: its local date and its instants.</summary>
internal readonly record struct Occurrence(DateOnly Date, DateTime LocalStart, DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// Expands Graph's patternedRecurrence (daily, weekly, absolute/relative monthly and yearly; ranges endDate,
/// noEnd, numbered) in the series' own time zone, so a 09:00 series stays at 09:00 across a DST change.
/// Not modelled: modified occurrences (exceptions with their own times); a series stored with exceptions in
/// Outlook would show them at their moved time, the sandbox shows the pattern time.
/// </summary>
internal static class Recurrence
{
    // A guard against hostile or absurd seeds: no series is walked further than this.
    private const int MaxDaysWalked = 366 * 30;

    public static IEnumerable<Occurrence> Expand(JsonObject master, DateTimeOffset from, DateTimeOffset to)
    {
        if (master["recurrence"] is not JsonObject recurrence
            || recurrence["pattern"] is not JsonObject pattern
            || recurrence["range"] is not JsonObject range)
        {
            yield break;
        }

        var startTime = (JsonObject)master["start"]!;
        var zone = GraphTime.FindZone(JsonRead.Text(range["recurrenceTimeZone"])) ?? EventRules.Zone(startTime);
        var localStart = EventRules.WallClock(startTime);
        var wallDuration = EventRules.WallClock((JsonObject)master["end"]!) - localStart;
        var rule = new Rule(pattern, range, DateOnly.FromDateTime(localStart));
        var cancelled = CancelledDates(master);
        var lastDate = DateOnly.FromDateTime(GraphTime.ToWallClock(to, zone)).AddDays(1);
        if (rule.EndDate is { } end && end < lastDate)
        {
            lastDate = end;
        }

        var count = 0;
        var date = rule.StartDate;
        for (var walked = 0; date <= lastDate && walked < MaxDaysWalked; walked++, date = date.AddDays(1))
        {
            if (!rule.Matches(date))
            {
                continue;
            }

            count++;
            if (rule.MaxCount is { } max && count > max)
            {
                yield break;
            }

            if (cancelled.Contains(date))
            {
                continue;
            }

            var occurrenceLocal = date.ToDateTime(TimeOnly.FromTimeSpan(localStart.TimeOfDay));
            var start = GraphTime.ToInstant(occurrenceLocal, zone);
            var finish = GraphTime.ToInstant(occurrenceLocal + wallDuration, zone);
            if (Overlaps(start, finish, from, to))
            {
                yield return new Occurrence(date, occurrenceLocal, start, finish);
            }
        }
    }

    public static bool Overlaps(DateTimeOffset start, DateTimeOffset end, DateTimeOffset from, DateTimeOffset to) =>
        start == end ? start >= from && start < to : start < to && end > from;

    private static HashSet<DateOnly> CancelledDates(JsonObject master)
    {
        var dates = new HashSet<DateOnly>();
        foreach (var node in master["cancelledOccurrences"] as JsonArray ?? [])
        {
            if (JsonRead.Text(node) is { } text && CancelledOccurrence.TryParse(text, out _, out var date))
            {
                dates.Add(date);
            }
        }

        return dates;
    }

    private sealed class Rule
    {
        private readonly string _type;
        private readonly int _interval;
        private readonly HashSet<DayOfWeek> _days;
        private readonly int _dayOfMonth;
        private readonly int _month;
        private readonly string _index;
        private readonly DayOfWeek _firstDayOfWeek;

        public Rule(JsonObject pattern, JsonObject range, DateOnly seriesStart)
        {
            _type = JsonRead.Text(pattern["type"]) ?? "daily";
            _interval = Math.Max(1, JsonRead.Int(pattern["interval"]) ?? 1);
            _days = [.. (pattern["daysOfWeek"] as JsonArray ?? []).Select(d => ParseDay(JsonRead.Text(d))).OfType<DayOfWeek>()];
            _dayOfMonth = JsonRead.Int(pattern["dayOfMonth"]) ?? seriesStart.Day;
            _month = JsonRead.Int(pattern["month"]) ?? seriesStart.Month;
            _index = JsonRead.Text(pattern["index"]) ?? "first";
            _firstDayOfWeek = ParseDay(JsonRead.Text(pattern["firstDayOfWeek"])) ?? DayOfWeek.Sunday;
            StartDate = ParseDate(JsonRead.Text(range["startDate"])) ?? seriesStart;
            var rangeType = JsonRead.Text(range["type"]);
            EndDate = rangeType == "endDate" ? ParseDate(JsonRead.Text(range["endDate"])) : null;
            MaxCount = rangeType == "numbered" ? Math.Max(0, JsonRead.Int(range["numberOfOccurrences"]) ?? 0) : null;
            if (_days.Count == 0)
            {
                _days.Add(seriesStart.DayOfWeek);
            }
        }

        public DateOnly StartDate { get; }

        public DateOnly? EndDate { get; }

        public int? MaxCount { get; }

        public bool Matches(DateOnly date)
        {
            var months = ((date.Year - StartDate.Year) * 12) + date.Month - StartDate.Month;
            return _type switch
            {
                "daily" => (date.DayNumber - StartDate.DayNumber) % _interval == 0,
                "weekly" => _days.Contains(date.DayOfWeek) && WeeksBetween(StartDate, date) % _interval == 0,
                "absoluteMonthly" => date.Day == _dayOfMonth && months % _interval == 0,
                "relativeMonthly" => months % _interval == 0 && _days.Contains(date.DayOfWeek) && IsIndex(date),
                "absoluteYearly" => date.Month == _month && date.Day == _dayOfMonth && (date.Year - StartDate.Year) % _interval == 0,
                "relativeYearly" => date.Month == _month && _days.Contains(date.DayOfWeek) && IsIndex(date) && (date.Year - StartDate.Year) % _interval == 0,
                _ => false,
            };
        }

        private int WeeksBetween(DateOnly first, DateOnly date) =>
            (WeekStart(date).DayNumber - WeekStart(first).DayNumber) / 7;

        private DateOnly WeekStart(DateOnly date) =>
            date.AddDays(-(((int)date.DayOfWeek - (int)_firstDayOfWeek + 7) % 7));

        private bool IsIndex(DateOnly date) => _index switch
        {
            "first" => date.Day <= 7,
            "second" => date.Day is > 7 and <= 14,
            "third" => date.Day is > 14 and <= 21,
            "fourth" => date.Day is > 21 and <= 28,
            "last" => date.Day + 7 > DateTime.DaysInMonth(date.Year, date.Month),
            _ => false,
        };

        private static DayOfWeek? ParseDay(string? name) =>
            Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(name, out _) ? day : null;

        private static DateOnly? ParseDate(string? text) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
