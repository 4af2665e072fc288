using System.Text.Json;
using OutlookClientCare.Server.Cli;

namespace OutlookClientCare.Server.Tests.Cli;

public sealed class CoachCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coach-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliRunner.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task A_German_text_draft_prints_findings_with_contract_kinds_spans_and_a_German_verdict()
    {
        const string Draft = "Sehr geehrter Herr Meier,\n\nwie bereits mehrfach erwähnt, brauchen wir die Zahlen. Wir kümmern uns sofort darum.\n\nGruß\nAnna";
        var input = Write("draft.txt", Draft);

        var (code, output, error) = await Run("coach", "--input", input);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(["passive-aggressive", "empty-promise"], findings.Select(f => f.GetProperty("kind").GetString()));
        foreach (var finding in findings)
        {
            var start = finding.GetProperty("start").GetInt32();
            var length = finding.GetProperty("length").GetInt32();
            Assert.Equal(Draft.Substring(start, length), finding.GetProperty("text").GetString());
            Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("reason").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("suggestion").GetString()));
        }

        Assert.StartsWith("Vor dem Senden ändern:", root.GetProperty("verdict").GetString(), StringComparison.Ordinal);
        Assert.False(root.TryGetProperty("answeredAsks", out _));
        Assert.False(root.TryGetProperty("openAsks", out _));
    }

    [Fact]
    public async Task An_html_draft_is_read_as_text_and_spans_refer_to_that_text()
    {
        var input = Write("draft.html", "<html><body><p>Hi Tom,</p><p>we will fix it <b>ASAP</b>!!!</p><blockquote>YOU ARE LATE!!!</blockquote></body></html>");

        var (code, output, _) = await Run("coach", "--input", input);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(["empty-promise", "rudeness"], findings.Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal("ASAP", findings[0].GetProperty("text").GetString());
        Assert.Equal("Hi Tom,\n\nwe will fix it ".Length, findings[0].GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task Lang_overrides_detection_and_the_answer_is_in_that_language()
    {
        var input = Write("draft.txt", "Wir melden uns asap.");

        var (code, output, _) = await Run("coach", "--input", input, "--lang", "en");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("en", json.RootElement.GetProperty("language").GetString());
        Assert.StartsWith("Change before sending:", json.RootElement.GetProperty("verdict").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lang", "fr", "--lang must be de or en")]
    [InlineData("--tone", "warm", "unknown option --tone")]
    [InlineData("--thread", "t.json", "--thread: file not found")]
    public async Task Bad_options_exit_with_2_and_name_the_option(string option, string value, string message)
    {
        var input = Write("draft.txt", "Hello");

        var (code, output, error) = await Run("coach", "--input", input, option, value);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_or_an_unknown_file_type_exits_with_2()
    {
        var pdf = Write("draft.pdf", "%PDF");

        var missing = await Run("coach", "--input", Path.Combine(_folder, "nope.txt"));
        var wrongType = await Run("coach", "--input", pdf);
        var noInput = await Run("coach");

        Assert.Equal((2, 2, 2), (missing.Code, wrongType.Code, noInput.Code));
        Assert.Contains("file not found", missing.Err, StringComparison.Ordinal);
        Assert.Contains(".txt or .html", wrongType.Err, StringComparison.Ordinal);
        Assert.Contains("--input is required", noInput.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_hostile_draft_is_coached_and_reported_as_truncated()
    {
        var input = Write("huge.txt", string.Concat(Enumerable.Repeat("NO!!! \u202E\u0001 ", 300_000)));

        var (code, output, _) = await Run("coach", "--input", input);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("truncated").GetBoolean());
    }

    private const string Thread = """
        {"value":[
          {"id":"m1","conversationId":"c1","subject":"Lieferung","from":{"emailAddress":{"name":"Karl Kunde","address":"kunde@client.example"}},
           "toRecipients":[{"emailAddress":{"name":"Anna","address":"anna@contoso.example"}}],"sentDateTime":"2026-11-23T08:00:00Z",
           "body":{"contentType":"text","content":"Hallo Frau Albrecht,\n\nwann kommt endlich die Lieferung? Können Sie mir bitte die korrigierte Rechnung schicken?\n\nGrüße\nKarl Kunde"}}
        ]}
        """;

    [Fact]
    public async Task With_a_thread_the_result_lists_the_client_asks_the_draft_answers_and_those_still_open()
    {
        var draft = Write("reply.txt", "Guten Tag Herr Kunde,\n\ndie Lieferung kommt am Freitag, 4. Dezember, bis 12 Uhr bei Ihnen an.\n\nViele Grüße\nAnna");
        var thread = Write("thread.json", Thread);

        var (code, output, error) = await Run("coach", "--input", draft, "--thread", thread, "--me", "anna@contoso.example");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["wann kommt endlich die Lieferung?"], json.RootElement.GetProperty("answeredAsks").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["Können Sie mir bitte die korrigierte Rechnung schicken?"], json.RootElement.GetProperty("openAsks").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task The_thread_form_of_address_flags_a_du_draft_to_a_Sie_client()
    {
        var draft = Write("reply.txt", "Hallo Karl,\n\nkannst du mir sagen, ob die Lieferung am Freitag bei dir ankommen soll? Ich melde mich bis Donnerstag.\n\nAnna");
        var thread = Write("thread.json", Thread);

        var (_, output, _) = await Run("coach", "--input", draft, "--thread", thread, "--me", "anna@contoso.example");

        using var json = JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "address-form");
    }

    [Fact]
    public async Task A_thread_without_me_a_me_without_thread_or_a_broken_thread_exits_with_2()
    {
        var draft = Write("reply.txt", "Hallo");
        var thread = Write("thread.json", Thread);
        var broken = Write("broken.json", """{"value":[{"id":"m1"}]}""");

        var noMe = await Run("coach", "--input", draft, "--thread", thread);
        var noThread = await Run("coach", "--input", draft, "--me", "anna@contoso.example");
        var badMe = await Run("coach", "--input", draft, "--thread", thread, "--me", "anna");
        var badThread = await Run("coach", "--input", draft, "--thread", broken, "--me", "anna@contoso.example");

        Assert.Equal((2, 2, 2, 2), (noMe.Code, noThread.Code, badMe.Code, badThread.Code));
        Assert.Contains("--me", noMe.Err, StringComparison.Ordinal);
        Assert.Contains("--thread", noThread.Err, StringComparison.Ordinal);
        Assert.Contains("'anna'", badMe.Err, StringComparison.Ordinal);
        Assert.Contains("value[0].from is missing", badThread.Err, StringComparison.Ordinal);
    }
}
