using System.Globalization;
using System.Text.RegularExpressions;
using MimeKit;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Tests;
using Xunit.Abstractions;

namespace OutlookClientCare.Core.Tests.Threads;

/// <summary>
/// Quote stripping measured against public fixtures nobody on this project wrote
/// (../shared/corpus/reply-fixtures, see its SOURCES.md). Each suite prints its share of
/// matches and every miss, and fails below the floor we reach today.
/// </summary>
public sealed partial class ReplyFixtureEvaluationTests(ITestOutputHelper output)
{
    [SharedFact("talon standard replies (.eml from 13 mail clients) reduce to their expected reply")]
    public void Talon_standard_replies_reduce_to_the_expected_reply()
    {
        var folder = SharedFolder.File("corpus", "reply-fixtures", "talon", "tests", "fixtures", "standard_replies");
        var results = new List<(string Name, bool Match, string Got)>();
        foreach (var file in Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var expectedFile = Path.Combine(folder, name + "_reply_text");
            var expected = File.Exists(expectedFile) ? File.ReadAllText(expectedFile) : "Hello";
            using var message = MimeMessage.Load(file);

            // talon's expectations keep signatures ("Sent from my iPhone"): compare quote removal only.
            var got = message.TextBody is { } text
                ? ReplyText.ExtractDetailed(text, BodyFormat.Text, keepSignature: true).Text
                : ReplyText.ExtractDetailed(message.HtmlBody, BodyFormat.Html, keepSignature: true).Text;
            results.Add((name, Squash(got) == Squash(expected), got));
        }

        AssertShare("talon standard replies", results, floor: 1.0);
    }

    [SharedFact("talon HTML replies (Gmail, Hotmail, Outlook 2003-2010, Thunderbird, ...) reduce to 'Hi. I am fine. Thanks, Alex'")]
    public void Talon_html_replies_reduce_to_the_new_text()
    {
        var folder = SharedFolder.File("corpus", "reply-fixtures", "talon", "tests", "fixtures", "html_replies");
        var results = new List<(string Name, bool Match, string Got)>();
        foreach (var file in Directory.GetFiles(folder, "*.html").Order(StringComparer.Ordinal))
        {
            var got = ReplyText.Extract(File.ReadAllText(file), BodyFormat.Html);
            results.Add((Path.GetFileName(file), WithoutWhitespace(got) == "Hi.Iamfine.Thanks,Alex", got));
        }

        AssertShare("talon html replies", results, floor: 1.0);
    }

    [SharedFact("crisp email-reply-parser fixtures whose first fragment is the lorem-ipsum reply")]
    public void Crisp_fixtures_keep_exactly_the_first_fragment()
    {
        var root = SharedFolder.File("corpus", "reply-fixtures", "crisp-email-reply-parser", "test");
        var script = File.ReadAllText(Path.Combine(root, "test.js"));
        var expected = CommonFirstFragment(script);
        var results = new List<(string Name, bool Match, string Got)>();
        foreach (var name in FixturesExpectingTheCommonFragment(script))
        {
            var got = ReplyText.Extract(File.ReadAllText(Path.Combine(root, "fixtures", name + ".txt")), BodyFormat.Text);
            results.Add((name, Squash(got) == Squash(expected), got));
        }

        AssertShare("crisp common-fragment fixtures", results, floor: 0.85);
    }

    private void AssertShare(string suite, List<(string Name, bool Match, string Got)> results, double floor)
    {
        var matched = results.Count(r => r.Match);
        var share = results.Count == 0 ? 0 : (double)matched / results.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{suite}: {matched}/{results.Count} = {share:P0} (floor {floor:P0})"));
        foreach (var miss in results.Where(r => !r.Match))
        {
            output.WriteLine($"  miss {miss.Name}: got \"{Shorten(miss.Got)}\"");
        }

        Assert.NotEmpty(results);
        Assert.True(share >= floor, string.Create(CultureInfo.InvariantCulture, $"{suite}: {share:P0} is below {floor:P0}"));
    }

    /// <summary>The constant at the top of crisp's test.js, written as one string over continued lines.</summary>
    private static string CommonFirstFragment(string script)
    {
        var match = CommonFragmentRegex().Match(script);
        Assert.True(match.Success, "COMMON_FIRST_FRAGMENT not found in crisp's test.js");
        return match.Groups["text"].Value.Replace("\\n\\\n", "\n", StringComparison.Ordinal).Replace("\\n\\\r\n", "\n", StringComparison.Ordinal);
    }

    private static IEnumerable<string> FixturesExpectingTheCommonFragment(string script)
    {
        foreach (var function in script.Split("export function", StringSplitOptions.RemoveEmptyEntries))
        {
            var email = GetEmailRegex().Match(function);
            if (email.Success && function.Contains("test.equal(COMMON_FIRST_FRAGMENT, fragments[0]", StringComparison.Ordinal))
            {
                yield return email.Groups["name"].Value;
            }
        }
    }

    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    private static string WithoutWhitespace(string text) => Whitespace().Replace(text, "");

    private static string Shorten(string text)
    {
        var flat = Squash(text);
        return flat.Length <= 160 ? flat : flat[..160] + "…";
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"COMMON_FIRST_FRAGMENT = '(?<text>[^']*)';", RegexOptions.None, 1000)]
    private static partial Regex CommonFragmentRegex();

    [GeneratedRegex(@"get_email\(""(?<name>[^""]+)""\)", RegexOptions.None, 1000)]
    private static partial Regex GetEmailRegex();
}
