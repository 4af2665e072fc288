using System.Text.Json;
using OutlookClientCare.Server.Cli;
using OutlookClientCare.Tests;

namespace OutlookClientCare.Server.Tests.Cli;

public sealed class PlanCommandTests : IDisposable
{
    private const string Settings = """
        {"timeZone":"Europe/Berlin","workingHours":{"daysOfWeek":["monday","tuesday","wednesday","thursday","friday"],"startTime":"08:00","endTime":"17:00"},
         "block":{"minutes":60,"windowStart":"09:00","windowEnd":"12:00","minMinutes":30,"bufferMinutes":10,"title":"Kundenzeit"}}
        """;

    private const string GraphBusy = """
        {"value":[
          {"id":"m1","start":{"dateTime":"2026-03-30T09:00:00.0000000","timeZone":"W. Europe Standard Time"},"end":{"dateTime":"2026-03-30T10:00:00.0000000","timeZone":"W. Europe Standard Time"},"showAs":"busy","isAllDay":false,"isCancelled":false},
          {"id":"m2","start":{"dateTime":"2026-03-31T07:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-03-31T08:00:00.0000000","timeZone":"UTC"},"showAs":"free"}
        ]}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("plan-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliRunner.RunAsync(["plan", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task A_graph_calendar_view_plans_around_meetings_with_offsets_in_the_users_zone()
    {
        var (code, output, error) = await Run("--settings", Write("s.json", Settings), "--busy", Write("b.json", GraphBusy), "--from", "2026-03-27", "--days", "5");

        Assert.Equal((0, ""), (code, error));
        using var json = JsonDocument.Parse(output);
        var blocks = json.RootElement.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(["2026-03-27T09:00:00+01:00", null, null, "2026-03-30T10:10:00+02:00", "2026-03-31T09:00:00+02:00"],
            blocks.Select(b => b.TryGetProperty("start", out var s) ? s.GetString() : null));
        Assert.Equal(["window", "none", "none", "window", "window"], blocks.Select(b => b.GetProperty("placement").GetString()));
        Assert.Equal("day off", blocks[1].GetProperty("reason").GetString());
        Assert.All(json.RootElement.GetProperty("ops").EnumerateArray(), o => Assert.Equal("create", o.GetProperty("op").GetString()));
    }

    [Fact]
    public async Task An_ics_busy_file_and_a_holiday_feed_are_used_and_the_blocks_exported_as_ics()
    {
        var busy = Write("busy.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Europe/Berlin:20261208T083000\r\nDTEND;TZID=Europe/Berlin:20261208T113000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        var holidays = Write("holidays.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:h\r\nDTSTART;VALUE=DATE:20261207\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        var ics = Path.Combine(_dir, "out.ics");

        var (code, output, error) = await Run("--settings", Write("s.json", Settings), "--busy", busy, "--holidays", holidays,
            "--from", "2026-12-07", "--days", "2", "--ics", ics, "--now", "2026-12-01T08:00:00Z", "--user", "anna@example.com");

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("\"reason\": \"holiday\"", output, StringComparison.Ordinal);
        Assert.Contains("\"start\": \"2026-12-08T11:40:00+01:00\"", output, StringComparison.Ordinal);
        var exported = await File.ReadAllTextAsync(ics);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20261208T114000", exported, StringComparison.Ordinal);
        Assert.Contains("TZID:Europe/Berlin", exported, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261201T080000Z", exported, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Kundenzeit", exported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeding_the_output_back_as_existing_only_keeps_and_respects_hand_edits()
    {
        var settings = Write("s.json", Settings);
        var busy = Write("b.json", GraphBusy);
        var first = (await Run("--settings", settings, "--busy", busy, "--from", "2026-03-30", "--days", "3")).Out;
        var again = await Run("--settings", settings, "--busy", busy, "--from", "2026-03-30", "--days", "3", "--existing", Write("e.json", first));

        Assert.Equal(0, again.Code);
        using (var json = JsonDocument.Parse(again.Out))
        {
            Assert.All(json.RootElement.GetProperty("ops").EnumerateArray(), o => Assert.Equal("keep", o.GetProperty("op").GetString()));
        }

        const string edited = """
            [{"date":"2026-03-30","start":"2026-03-30T15:00:00+02:00","end":"2026-03-30T16:00:00+02:00","eventId":"e1","movedByUser":true},
             {"date":"2026-03-31","deletedByUser":true,"eventId":"e2"},
             {"date":"2026-04-01","placement":"none","reason":"no free time of at least 30 minutes"}]
            """;
        var result = await Run("--settings", settings, "--busy", busy, "--from", "2026-03-30", "--days", "3", "--existing", Write("edited.json", edited));

        using var plan = JsonDocument.Parse(result.Out);
        var ops = plan.RootElement.GetProperty("ops").EnumerateArray().Select(o => (o.GetProperty("op").GetString(), o.GetProperty("date").GetString(), o.TryGetProperty("eventId", out var id) ? id.GetString() : null)).ToList();
        Assert.Equal([("keep", "2026-03-30", "e1"), ("create", "2026-04-01", null)], ops);
        Assert.Equal("deleted by user", plan.RootElement.GetProperty("blocks")[1].GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("--from", "2026-13-01", "plan: --from must be a date written YYYY-MM-DD")]
    [InlineData("--days", "0", "plan: --days must be a whole number from 1 to 366")]
    [InlineData("--days", "", "plan: --days must be a whole number")]
    [InlineData("--color", "red", "plan: unknown option --color")]
    public async Task Bad_options_exit_with_2_and_name_the_option(string option, string value, string expected)
    {
        var args = new Dictionary<string, string>
        {
            ["--settings"] = Write("s.json", Settings),
            ["--busy"] = Write("b.json", GraphBusy),
            ["--from"] = "2026-03-30",
            ["--days"] = "3",
        };
        args[option] = value;

        var (code, output, error) = await Run([.. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);

        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("settings", """{"timeZone":"Europe/Berlin","workingHours":{"daysOfWeek":["monday"],"startTime":"08:00","endTime":"17:00"},"block":{"minutes":500}}""", "plan: --settings: block.minutes must be between 15 and 240")]
    [InlineData("settings", """{"timeZone":"Atlantis/Capital","workingHours":{"daysOfWeek":["monday"],"startTime":"08:00","endTime":"17:00"}}""", "plan: --settings: timeZone: unknown time zone 'Atlantis/Capital'")]
    [InlineData("busy", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2025-99-99\nEND:VEVENT\nEND:VCALENDAR", "plan: --busy: line 3: DTSTART value '2025-99-99'")]
    [InlineData("busy", """{"value":[{"start":{"dateTime":"2026-03-30T09:00:00","timeZone":"Mars"},"end":{"dateTime":"2026-03-30T10:00:00","timeZone":"UTC"}}]}""", "plan: --busy: value[0].start.timeZone: unknown time zone 'Mars'")]
    [InlineData("busy", """{"value":[""", "plan: --busy: ")]
    [InlineData("existing", """{"blocks":[{"date":"30.03.2026"}]}""", "plan: --existing: blocks[0].date must be a date")]
    [InlineData("existing", """[{"date":"2026-03-30","start":"2026-03-30T09:00:00","end":"2026-03-30T10:00:00+02:00"}]""", "plan: --existing: blocks[0].start must be an ISO-8601 date and time with an offset")]
    [InlineData("holidays", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261207\nEND:VEVENT", "plan: --holidays: line 1: BEGIN:VCALENDAR is never closed")]
    public async Task A_bad_input_file_exits_with_2_and_names_the_option_and_field(string option, string content, string expected)
    {
        var files = new Dictionary<string, string>
        {
            ["settings"] = Settings,
            ["busy"] = GraphBusy,
        };
        files[option] = content;
        var extension = option == "busy" && content.StartsWith("BEGIN", StringComparison.Ordinal) ? ".ics" : option == "holidays" ? ".ics" : ".json";
        var args = files.SelectMany(kv => new[] { "--" + kv.Key, Write(kv.Key + (kv.Key == option ? extension : ".json"), kv.Value) })
            .Concat(["--from", "2026-03-30", "--days", "3"]);

        var (code, output, error) = await Run([.. args]);

        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var (code, _, error) = await Run("--settings", Path.Combine(_dir, "nope.json"), "--busy", Write("b.json", GraphBusy), "--from", "2026-03-30", "--days", "1");

        Assert.Equal(2, code);
        Assert.StartsWith("plan: --settings: file not found", error, StringComparison.Ordinal);
    }

    [SharedFact("a broken corpus .ics file as --busy exits with 2 and the line")]
    public async Task A_broken_corpus_file_is_reported_with_its_line()
    {
        var broken = SharedFolder.File("corpus", "ics", "python-icalendar", "broken_ical.ics");

        var (code, _, error) = await Run("--settings", Write("s.json", Settings), "--busy", broken, "--from", "2014-04-07", "--days", "5");

        Assert.Equal(2, code);
        Assert.StartsWith("plan: --busy: line 4: Could not parse line", error, StringComparison.Ordinal);
    }
}
