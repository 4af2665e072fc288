using OutlookClientCare.Core.Calendars;
using OutlookClientCare.Core.TimeBlocks;
using OutlookClientCare.Tests;

namespace OutlookClientCare.Core.Tests.Calendars;

public class CalendarViewJsonTests
{
    [Fact]
    public void Graph_events_are_read_in_their_own_zone_with_show_as_and_flags()
    {
        const string json = """
            {"value":[
              {"id":"a","start":{"dateTime":"2026-03-30T09:00:00.0000000","timeZone":"W. Europe Standard Time"},"end":{"dateTime":"2026-03-30T10:00:00.0000000","timeZone":"W. Europe Standard Time"},"showAs":"tentative"},
              {"id":"b","start":{"dateTime":"2026-03-30T07:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-03-30T08:00:00.0000000","timeZone":"UTC"},"showAs":"workingElsewhere","isCancelled":true},
              {"id":"c","start":{"dateTime":"2026-04-03T00:00:00.0000000","timeZone":"Europe/Berlin"},"end":{"dateTime":"2026-04-04T00:00:00.0000000","timeZone":"Europe/Berlin"},"showAs":"oof","isAllDay":true}
            ]}
            """;

        var busy = CalendarViewJson.ReadBusy(json);

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), busy[0].Start);
        Assert.Equal((ShowAs.Tentative, false), (busy[0].ShowAs, busy[0].IsCancelled));
        Assert.Equal((ShowAs.WorkingElsewhere, true), (busy[1].ShowAs, busy[1].IsCancelled));
        Assert.Equal(BusyEvent.AllDay(new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 4), ShowAs.Oof) with { Id = "c" }, busy[2]);
    }

    [Theory]
    [InlineData("""{"value":[{"start":{"dateTime":"x","timeZone":"UTC"}}]}""", "value[0].start.dateTime")]
    [InlineData("""{"value":[{"start":{"dateTime":"2026-03-30T09:00:00","timeZone":"Mars"},"end":{"dateTime":"2026-03-30T09:00:00"}}]}""", "value[0].start.timeZone")]
    [InlineData("""{"value":[{"start":{"dateTime":"2026-03-30T09:00:00"},"end":{"dateTime":"2026-03-30T09:00:00"},"showAs":"asleep"}]}""", "value[0].showAs")]
    [InlineData("""{"value":[{"start":{"dateTime":"2026-03-30T09:00:00"}}]}""", "value[0].end")]
    [InlineData("""{"events":[]}""", "\"value\" array")]
    public void A_malformed_event_names_its_index_and_field(string json, string field)
    {
        var error = Assert.Throws<FormatException>(() => CalendarViewJson.ReadBusy(json));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_oversized_page_is_refused_instead_of_read()
    {
        var json = "{\"value\":[" + string.Join(",", Enumerable.Repeat("{}", CalendarViewJson.MaxEvents + 1)) + "]}";

        var error = Assert.Throws<FormatException>(() => CalendarViewJson.ReadBusy(json));

        Assert.Contains("more than 100,000 events", error.Message, StringComparison.Ordinal);
    }

    [SharedTheory("Graph's documented event list responses read as busy time")]
    [InlineData("user-list-events.01.response.json", 1)]
    [InlineData("event-list-instances.01.response.json", 4)]
    public void Graph_documentation_examples_are_read(string file, int expected)
    {
        var busy = CalendarViewJson.ReadBusy(File.ReadAllText(SharedFolder.File("corpus", "graph-examples", "json", file)));

        Assert.Equal(expected, busy.Count);
        Assert.All(busy, b => Assert.True(b.End > b.Start));
    }
}
