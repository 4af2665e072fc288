using System.Text.Json;
using OutlookClientCare.Server.Cli;

namespace OutlookClientCare.Server.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private const string Me = "jonas.weber@agentur.example";
    private readonly string _folder = Directory.CreateTempSubdirectory("analyze-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Prints_the_situation_card_with_the_contract_fields_and_values()
    {
        var input = Write("thread.json", Thread(
            Message("1", "kunde@firma.example", "2026-11-30T08:00:00Z", "Hallo Herr Weber,<br>die Lieferung ist immer noch nicht da. Wann können Sie liefern?"),
            Message("2", Me, "2026-11-30T10:00:00Z", "Sehr geehrte Frau Kunde, wir liefern am Freitag."),
            Message("3", "kunde@firma.example", "2026-12-01T08:00:00Z", "Das ist jetzt das dritte Mal, dass der Termin verschoben wird. Ich bin äußerst verärgert. Bitte bestätigen Sie mir den Liefertermin bis morgen.")));

        var (code, stdout, stderr) = await RunAsync("analyze", "--input", input, "--me", Me, "--now", "2026-12-01T15:00:00+01:00", "--time-zone", "Europe/Berlin");

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        using var card = JsonDocument.Parse(stdout);
        var root = card.RootElement;
        Assert.Equal("de", root.GetProperty("language").GetString());
        Assert.Equal(3, root.GetProperty("messageCount").GetInt32());
        Assert.Equal("delay", root.GetProperty("mainIssue").GetString());
        Assert.Contains(root.GetProperty("mood").GetProperty("level").GetString(), new[] { "frustrated", "angry" });
        Assert.Equal("us", root.GetProperty("waiting").GetProperty("replyOwedBy").GetString());
        Assert.Equal("2026-12-01T08:00:00+00:00", root.GetProperty("waiting").GetProperty("since").GetString());
        Assert.Contains(root.GetProperty("asks").EnumerateArray(), a => a.GetProperty("text").GetString()!.StartsWith("Bitte bestätigen", StringComparison.Ordinal) && a.GetProperty("kind").GetString() == "request");
        Assert.Contains(root.GetProperty("dates").EnumerateArray(), d => d.GetProperty("text").GetString() == "bis morgen" && d.GetProperty("date").GetString() == "2026-12-02");
        Assert.Contains(root.GetProperty("nextStep").GetString(), new[] { "acknowledge", "escalate" });
        Assert.True(root.TryGetProperty("escalation", out var escalation) && escalation.TryGetProperty("signals", out _));
    }

    [Fact]
    public async Task Without_now_and_time_zone_it_uses_the_current_time_in_utc()
    {
        var input = Write("thread.json", Thread(Message("1", "client@example.com", "2020-01-06T09:00:00Z", "Could you send the report?")));

        var (code, stdout, _) = await RunAsync("analyze", "--input", input, "--me", Me);

        Assert.Equal(0, code);
        using var card = JsonDocument.Parse(stdout);
        Assert.True(card.RootElement.GetProperty("waiting").GetProperty("businessHours").GetDouble() > 1000, "years of working hours since 2020");
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("{\"value\":[]}", "no messages")]
    [InlineData("{\"value\":[{\"id\":\"a\",\"sentDateTime\":\"2026-01-01T00:00:00Z\"}]}", "value[0].from is missing")]
    [InlineData("[1,2]", "value[0] must be a message object")]
    public async Task Bad_thread_json_exits_with_2_and_names_the_problem(string json, string expected)
    {
        var input = Write("bad.json", json);

        var (code, stdout, stderr) = await RunAsync("analyze", "--input", input, "--me", Me);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains(expected, stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(new[] { "analyze", "--me", Me }, "--input is required")]
    [InlineData(new[] { "analyze", "--input", "missing.json", "--me", Me }, "file not found")]
    [InlineData(new[] { "analyze", "--input", "THREAD", "--me", "nobody" }, "--me must be an e-mail address")]
    [InlineData(new[] { "analyze", "--input", "THREAD", "--me", Me, "--time-zone", "Mars/Olympus" }, "unknown time zone")]
    [InlineData(new[] { "analyze", "--input", "THREAD", "--me", Me, "--now", "yesterday" }, "--now must be an ISO-8601")]
    public async Task Bad_options_exit_with_2_and_say_which_option(string[] args, string expected)
    {
        var thread = Write("thread.json", Thread(Message("1", "client@example.com", "2026-01-06T09:00:00Z", "Hello")));
        var resolved = args.Select(a => a == "THREAD" ? thread : a).ToArray();

        var (code, _, stderr) = await RunAsync(resolved);

        Assert.Equal(2, code);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Thread(params object[] messages) => JsonSerializer.Serialize(new { value = messages });

    private static object Message(string id, string from, string sent, string html) => new
    {
        id,
        sentDateTime = sent,
        subject = "Lieferung",
        from = new { emailAddress = new { name = from, address = from } },
        toRecipients = Array.Empty<object>(),
        body = new { contentType = "html", content = $"<html><body><div>{html}</div></body></html>" },
    };

    internal static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliRunner.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
