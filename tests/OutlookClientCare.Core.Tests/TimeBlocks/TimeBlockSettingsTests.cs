using OutlookClientCare.Core.TimeBlocks;
using OutlookClientCare.Tests;

namespace OutlookClientCare.Core.Tests.TimeBlocks;

public class TimeBlockSettingsTests
{
    [Fact]
    public void Defaults_are_a_valid_one_hour_block_between_nine_and_twelve()
    {
        var settings = new TimeBlockSettings { TimeZoneId = "Europe/Berlin" };

        Assert.Empty(settings.Validate());
        Assert.Equal((60, new TimeOnly(9, 0), new TimeOnly(12, 0), 30, 10, 0, true, 10),
            (settings.Block.Minutes, settings.Block.WindowStart, settings.Block.WindowEnd, settings.Block.MinMinutes, settings.Block.BufferMinutes, settings.Block.BreakMinutes, settings.TentativeBlocks, settings.HorizonDays));
    }

    [Fact]
    public void Every_invalid_field_is_named()
    {
        var settings = new TimeBlockSettings
        {
            TimeZoneId = "Mars/Olympus",
            WorkingHours = new WorkingHours([], new(17, 0), new(8, 0)),
            Block = new BlockSettings { Minutes = 5, MinMinutes = 1, BufferMinutes = -1, BreakMinutes = 90, WindowStart = new(12, 0), WindowEnd = new(9, 0), Title = " " },
            HorizonDays = 0,
        };

        var errors = settings.Validate();

        foreach (var field in new[] { "timeZone", "workingHours.daysOfWeek", "workingHours.endTime", "block.minutes", "block.minMinutes", "block.bufferMinutes", "block.breakMinutes", "block.windowEnd", "block.title", "horizonDays" })
        {
            Assert.Contains(errors, e => e.StartsWith(field, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Graph_mailbox_settings_are_read_with_the_working_hours_own_zone()
    {
        var settings = TimeBlockSettings.FromMailboxSettings(
            "UTC", ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"], "09:00:00.0000000", "18:30:00.0000000", "Pacific Standard Time");

        Assert.Equal("Pacific Standard Time", settings.TimeZoneId);
        Assert.Equal(6, settings.WorkingHours.DaysOfWeek.Count);
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(18, 30)), (settings.WorkingHours.Start, settings.WorkingHours.End));
        Assert.Empty(settings.Validate());
    }

    [Fact]
    public void A_custom_graph_time_zone_falls_back_to_the_mailbox_zone()
    {
        var settings = TimeBlockSettings.FromMailboxSettings("W. Europe Standard Time", ["monday"], "08:00", "17:00", "Customized Time Zone");

        Assert.Equal("W. Europe Standard Time", settings.TimeZoneId);
        Assert.Equal("Europe/Berlin", TimeZoneInfo.TryConvertWindowsIdToIanaId(settings.ResolveTimeZone().Id, out var iana) ? iana : settings.ResolveTimeZone().Id);
    }

    [SharedFact("Graph's documented mailboxSettings response becomes planner settings")]
    public void Graphs_documented_mailbox_settings_become_planner_settings()
    {
        var json = File.ReadAllText(SharedFolder.File("corpus", "graph-examples", "json", "user-get-mailboxsettings.01.response.json"));

        var settings = TimeBlockSettingsJson.FromMailboxSettings(json, null, out var errors);

        Assert.Empty(errors);
        Assert.NotNull(settings);
        Assert.Equal("Pacific Standard Time", settings.TimeZoneId);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], settings.WorkingHours.DaysOfWeek);
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(17, 0)), (settings.WorkingHours.Start, settings.WorkingHours.End));
    }

    [Fact]
    public void Mailbox_settings_without_working_hours_name_the_missing_field()
    {
        var settings = TimeBlockSettingsJson.FromMailboxSettings("""{"timeZone":"Europe/Berlin"}""", null, out var errors);

        Assert.Null(settings);
        Assert.Contains(errors, e => e.StartsWith("workingHours is required", StringComparison.Ordinal));
    }

    [Fact]
    public void The_contract_json_is_read_with_graph_style_times()
    {
        const string json = """
            {"timeZone":"America/New_York","workingHours":{"daysOfWeek":["monday","friday"],"startTime":"08:30:00.0000000","endTime":"16:00"},
             "block":{"minutes":45,"windowStart":"10:00","windowEnd":"11:30","minMinutes":20,"bufferMinutes":5,"breakMinutes":10,"title":"Kunden-Zeit"},
             "tentativeBlocks":false}
            """;

        var settings = TimeBlockSettingsJson.Read(json, out var errors);

        Assert.Empty(errors);
        Assert.NotNull(settings);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], settings.WorkingHours.DaysOfWeek);
        Assert.Equal(new BlockSettings { Minutes = 45, WindowStart = new(10, 0), WindowEnd = new(11, 30), MinMinutes = 20, BufferMinutes = 5, BreakMinutes = 10, Title = "Kunden-Zeit" }, settings.Block);
        Assert.False(settings.TentativeBlocks);
    }

    [Theory]
    [InlineData("""{"workingHours":{"daysOfWeek":["monday"],"startTime":"08:00","endTime":"17:00"}}""", "timeZone is required")]
    [InlineData("""{"timeZone":"Europe/Berlin","workingHours":{"daysOfWeek":["someday"],"startTime":"08:00","endTime":"17:00"}}""", "workingHours.daysOfWeek: unknown day 'someday'")]
    [InlineData("""{"timeZone":"Europe/Berlin","workingHours":{"daysOfWeek":["monday"],"startTime":"8 Uhr","endTime":"17:00"}}""", "workingHours.startTime must be a time")]
    [InlineData("""{"timeZone":"Europe/Berlin","workingHours":{"daysOfWeek":["monday"],"startTime":"08:00","endTime":"17:00"},"block":{"minutes":"sixty"}}""", "block.minutes must be a whole number")]
    [InlineData("""{"timeZone":"Europe/Berlin","workingHours":{"daysOfWeek":["monday"],"startTime":"08:00","endTime":"17:00"},"block":{"minutes":600}}""", "block.minutes must be between 15 and 240")]
    [InlineData("""[1,2]""", "settings must be a JSON object")]
    [InlineData("""{"timeZone":""", "invalid JSON")]
    public void Broken_settings_json_names_the_field(string json, string expected)
    {
        var settings = TimeBlockSettingsJson.Read(json, out var errors);

        Assert.Null(settings);
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }
}
