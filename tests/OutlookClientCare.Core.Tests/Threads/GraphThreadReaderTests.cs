using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests.Threads;

public sealed class GraphThreadReaderTests
{
    private const string Two = """
        {"value":[
          {"id":"b","sentDateTime":"2026-11-30T10:00:00Z","subject":"AW: Angebot","from":{"emailAddress":{"name":"Kai","address":"kai@kunde.example"}},
           "toRecipients":[{"emailAddress":{"name":"Jonas","address":"jonas@agentur.example"}}],
           "uniqueBody":{"contentType":"html","content":"<div>Danke, passt.</div><blockquote>Hier das Angebot.</blockquote>"},
           "body":{"contentType":"html","content":"<div>Danke, passt.</div><blockquote>Hier das Angebot.</blockquote><div>alt</div>"}},
          {"id":"a","sentDateTime":"2026-11-29T10:00:00Z","subject":"Angebot","from":{"emailAddress":{"address":"jonas@agentur.example"}},
           "body":{"contentType":"text","content":"Hier das Angebot.\r\n\r\n-- \r\nJonas"}}
        ]}
        """;

    [Fact]
    public void Messages_come_back_oldest_first_with_only_their_new_text()
    {
        var messages = GraphThreadReader.Read(Two);

        Assert.Equal(["a", "b"], messages.Select(m => m.Id));
        Assert.Equal("Hier das Angebot.", messages[0].Text);
        Assert.Equal("Danke, passt.", messages[1].Text);
        Assert.Equal("kai@kunde.example", messages[1].From!.Address);
        Assert.Equal("Kai", messages[1].From!.Name);
        Assert.Single(messages[1].To);
    }

    [Theory]
    [InlineData("""{"value":[]}""", "no messages")]
    [InlineData("""{"items":[]}""", "\"value\" array")]
    [InlineData("""{"value":{}}""", "value must be an array")]
    [InlineData("""{"value":[{"sentDateTime":"2026-01-01T00:00:00Z"}]}""", "value[0].id is missing")]
    [InlineData("""{"value":[{"id":"a","sentDateTime":"2026-01-01T00:00:00Z","from":{"emailAddress":{"address":"a@b.c"}}},{"id":"b","sentDateTime":"2026-01-01T00:00:00Z"}]}""", "value[1].from is missing")]
    [InlineData("""{"value":[{"id":"a","from":{"emailAddress":{"address":"a@b.c"}}}]}""", "value[0].sentDateTime is missing")]
    [InlineData("""{"value":[{"id":"a","sentDateTime":"soon","from":{"emailAddress":{"address":"a@b.c"}}}]}""", "value[0].sentDateTime is not an ISO-8601")]
    [InlineData("""{"value":[{"id":"a","sentDateTime":"2026-01-01T00:00:00Z","from":{"emailAddress":{}}}]}""", "value[0].from.emailAddress.address is missing")]
    [InlineData("""{"value":[{"id":7,"sentDateTime":"2026-01-01T00:00:00Z"}]}""", "value[0].id must be a string")]
    [InlineData("""{"value":[""", "not valid JSON")]
    public void Wrong_shapes_throw_a_thread_format_exception_naming_the_field(string json, string expected)
    {
        var error = Assert.Throws<ThreadFormatException>(() => GraphThreadReader.Read(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_without_sender_is_accepted_and_marked()
    {
        var messages = GraphThreadReader.Read("""{"value":[{"id":"d","isDraft":true,"createdDateTime":"2026-01-01T00:00:00Z","body":{"contentType":"text","content":"Entwurf"}}]}""");

        Assert.True(messages[0].IsDraft);
        Assert.Null(messages[0].From);
    }

    [Fact]
    public void An_oversized_body_is_truncated_and_flagged()
    {
        var body = new string('x', InputLimits.MaxBodyChars * 2);
        var json = """{"value":[{"id":"a","sentDateTime":"2026-01-01T00:00:00Z","from":{"emailAddress":{"address":"a@b.c"}},"body":{"contentType":"text","content":"BODY"}}]}""".Replace("BODY", body, StringComparison.Ordinal);

        var message = Assert.Single(GraphThreadReader.Read(json));

        Assert.True(message.Truncated);
        Assert.Equal(InputLimits.MaxTextChars, message.Text.Length);
    }

    [Fact]
    public void Hostile_bodies_still_give_a_card_flagged_as_truncated()
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "Bitte melden Sie sich!" + string.Concat(Enumerable.Repeat("</div>", 10_000));
        var bodies = new[]
        {
            ("html", nested),
            ("text", new string('a', 1_048_576)),
            ("text", string.Concat(Enumerable.Repeat("> ", 50_000))),
        };
        var value = bodies.Select((b, i) => new
        {
            id = "m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            sentDateTime = $"2026-12-01T0{i}:00:00Z",
            from = new { emailAddress = new { address = "client@example.com" } },
            body = new { contentType = b.Item1, content = b.Item2 },
        });
        var json = System.Text.Json.JsonSerializer.Serialize(new { value });

        var messages = GraphThreadReader.Read(json);
        var card = ThreadAnalyzer.Analyze(messages, ThreadBuilder.At("2026-12-01T12:00:00Z"));

        Assert.Equal("Bitte melden Sie sich!", messages[0].Text);
        Assert.Equal("", messages[2].Text);
        Assert.True(card.Truncated);
        Assert.Equal(3, card.MessageCount);
        Assert.Equal(ReplyOwedBy.Us, card.Waiting.ReplyOwedBy);
    }

    [Fact]
    public void A_stream_reads_like_a_string()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Two));

        Assert.Equal(2, GraphThreadReader.Read(stream).Count);
    }
}
