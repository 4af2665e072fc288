using System.Globalization;
using System.Text.Json.Nodes;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests.Threads;

/// <summary>The one set of reading rules, the same for a thread the server reads from Graph and for a thread JSON.</summary>
public sealed class ThreadMessagesTests
{
    private static readonly MailAddress Client = new("Karl Kunde", "kunde@client.example");

    [Fact]
    public void A_message_without_a_sent_time_takes_received_then_modified_then_created()
    {
        var created = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

        var messages = ThreadMessages.Normalize([Message("a") with { CreatedDateTime = created }, Message("b") with { LastModifiedDateTime = created.AddHours(1), CreatedDateTime = created.AddHours(-5) }]);

        Assert.Equal(["a", "b"], messages.Select(m => m.Id));
        Assert.Equal(created, messages[0].SentDateTime);
        Assert.Equal(created.AddHours(1), messages[1].SentDateTime);
    }

    [Fact]
    public void A_message_without_an_id_refuses_the_thread_in_both_readers_alike()
    {
        var fromGraph = Assert.Throws<ThreadFormatException>(() => ThreadMessages.Normalize([Sent("a", 1), Sent("", 2)]));
        var json = new JsonObject
        {
            ["value"] = new JsonArray(
                JsonMessage("a", 1),
                new JsonObject { ["from"] = Address(), ["sentDateTime"] = "2026-11-30T10:00:00Z", ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "x" } }),
        };
        var fromJson = Assert.Throws<ThreadFormatException>(() => GraphThreadReader.Read(json.ToJsonString()));

        Assert.Equal("value[1].id is missing.", fromGraph.Message);
        Assert.Equal(fromGraph.Message, fromJson.Message);
    }

    [Fact]
    public void A_thread_over_the_limit_keeps_its_newest_messages_and_says_it_was_cut()
    {
        var messages = ThreadMessages.Normalize([.. Enumerable.Range(0, InputLimits.MaxMessages + 20).Reverse().Select(n => Sent($"m{n:000}", n))]);

        Assert.Equal(InputLimits.MaxMessages, messages.Count);
        Assert.Equal("m020", messages[0].Id);
        Assert.True(messages[0].Truncated);
        Assert.DoesNotContain(messages.Skip(1), m => m.Truncated);
    }

    [Fact]
    public void An_oversized_text_is_cut_before_a_character_that_would_be_split_and_marked()
    {
        var text = new string('a', InputLimits.MaxTextChars - 1) + "😀 und mehr";

        var message = Assert.Single(ThreadMessages.Normalize([Sent("a", 1) with { Body = new MessageBody(text, BodyFormat.Text) }]));

        Assert.True(message.Truncated);
        Assert.Equal(InputLimits.MaxTextChars - 1, message.Text.Length);
        Assert.False(char.IsHighSurrogate(message.Text[^1]));
    }

    [Fact]
    public void The_new_text_comes_from_uniqueBody_then_body_then_the_preview()
    {
        var messages = ThreadMessages.Normalize(
        [
            Sent("a", 1) with { UniqueBody = new MessageBody("<p>Neu</p>", BodyFormat.Html), Body = new MessageBody("<p>Alt</p>", BodyFormat.Html) },
            Sent("b", 2) with { Body = new MessageBody("Nur Body", BodyFormat.Text) },
            Sent("c", 3) with { Body = null, BodyPreview = "Nur Vorschau" },
        ]);

        Assert.Equal(["Neu", "Nur Body", "Nur Vorschau"], messages.Select(m => m.Text.Trim()));
    }

    private static MailboxMessage Message(string id) => new() { Id = id, From = Client, Body = new MessageBody("Hallo", BodyFormat.Text) };

    private static MailboxMessage Sent(string id, int minute) =>
        Message(id) with { SentDateTime = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero).AddMinutes(minute) };

    private static JsonObject Address() => new() { ["emailAddress"] = new JsonObject { ["address"] = Client.Address, ["name"] = Client.Name } };

    private static JsonObject JsonMessage(string id, int minute) => new()
    {
        ["id"] = id,
        ["from"] = Address(),
        ["sentDateTime"] = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero).AddMinutes(minute).ToString("o", CultureInfo.InvariantCulture),
        ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "Hallo" },
    };
}
