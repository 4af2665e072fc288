using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests.Threads;

public sealed class BusinessHoursTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void Nights_and_weekends_do_not_count()
    {
        // Friday 16:00 to Monday 10:00 Berlin time (CET, UTC+1).
        var hours = BusinessHours.Between(
            new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero),
            Berlin,
            WorkingHours.Default);

        Assert.Equal(2.0, hours, precision: 6);
    }

    [Fact]
    public void The_users_own_working_week_is_used()
    {
        var shortWeek = new WorkingHours(new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday }, new TimeOnly(8, 0), new TimeOnly(12, 0));

        // Monday 00:00 to the next Monday 00:00: four mornings of four hours.
        var hours = BusinessHours.Between(
            new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.FromHours(1)),
            Berlin,
            shortWeek);

        Assert.Equal(16.0, hours, precision: 6);
    }

    [Fact]
    public void The_clock_change_is_counted_on_the_wall_clock()
    {
        // Working day across the spring change (Monday 30 March 2026 is after it): 8 hours each day.
        var hours = BusinessHours.Between(
            new DateTimeOffset(2026, 3, 27, 0, 0, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.FromHours(2)),
            Berlin,
            WorkingHours.Default);

        Assert.Equal(16.0, hours, precision: 6);
    }

    [Fact]
    public void Backwards_or_empty_ranges_are_zero()
    {
        var now = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(0, BusinessHours.Between(now, now.AddHours(-5), Berlin, WorkingHours.Default));
        Assert.Equal(0, BusinessHours.Between(now, now, Berlin, WorkingHours.Default));
    }
}
