using System.Text.RegularExpressions;
using OutlookClientCare.Core.Snippets;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests.Snippets;

public class BuiltInSnippetTests
{
    private static readonly string[] RequiredIds =
    [
        "acknowledge-impact", "validate-feelings", "what-i-hear", "set-expectations", "boundary", "propose-solution",
        "collaborate", "diplomatic-no", "escalation-handover", "status-update", "satisfaction-check",
    ];

    public static TheoryData<string, ThreadLanguage, AddressForm, SnippetTone> AllVariants()
    {
        var data = new TheoryData<string, ThreadLanguage, AddressForm, SnippetTone>();
        foreach (var snippet in SnippetLibrary.BuiltIn.Snippets)
        {
            foreach (var variant in snippet.Variants)
            {
                data.Add(snippet.Id, variant.Language, variant.Form ?? AddressForm.Sie, variant.Tone);
            }
        }

        return data;
    }

    [Fact]
    public void Every_step_of_the_method_has_a_snippet_in_English_German_Sie_and_du_each_warm_and_brief()
    {
        Assert.Equal(RequiredIds.Order(StringComparer.Ordinal), SnippetLibrary.BuiltIn.Snippets.Select(s => s.Id).Order(StringComparer.Ordinal));
        foreach (var snippet in SnippetLibrary.BuiltIn.Snippets)
        {
            Assert.False(string.IsNullOrWhiteSpace(snippet.Title.De) || string.IsNullOrWhiteSpace(snippet.Title.En), snippet.Id);
            Assert.False(string.IsNullOrWhiteSpace(snippet.Description.De) || string.IsNullOrWhiteSpace(snippet.Description.En), snippet.Id);
            var keys = snippet.Variants.Select(v => (v.Language, v.Form, v.Tone)).ToHashSet();
            foreach (var tone in new[] { SnippetTone.Warm, SnippetTone.Brief })
            {
                Assert.Contains((ThreadLanguage.En, (AddressForm?)null, tone), keys);
                Assert.Contains((ThreadLanguage.De, (AddressForm?)AddressForm.Sie, tone), keys);
                Assert.Contains((ThreadLanguage.De, (AddressForm?)AddressForm.Du, tone), keys);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllVariants))]
    public void Every_variant_renders_hostile_client_values_without_any_unescaped_markup(string id, ThreadLanguage language, AddressForm form, SnippetTone tone)
    {
        var hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>\u202Egnp.exe & \"quoted\" </p><p>";
        var context = Hostile(hostile) with { Language = language, Form = form };

        var rendered = SnippetRenderer.Render(SnippetLibrary.BuiltIn.Find(id)!, context, tone);

        var withoutOurTags = Regex.Replace(rendered.Html, "</?p>|<br>", "", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("<", withoutOurTags, StringComparison.Ordinal);
        Assert.DoesNotContain(">", withoutOurTags, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", rendered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", rendered.Text, StringComparison.Ordinal);
        Assert.StartsWith("<p>", rendered.Html, StringComparison.Ordinal);
        Assert.True(rendered.Text.Length < 100_000, $"{id}: {rendered.Text.Length} characters");
    }

    [Theory]
    [MemberData(nameof(AllVariants))]
    public void Every_variant_reads_as_finished_text_when_the_context_is_empty(string id, ThreadLanguage language, AddressForm form, SnippetTone tone)
    {
        var rendered = SnippetRenderer.Render(SnippetLibrary.BuiltIn.Find(id)!, new SnippetContext { Language = language, Form = form }, tone);

        Assert.False(string.IsNullOrWhiteSpace(rendered.Text), id);
        Assert.DoesNotContain(" .", rendered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(": .", rendered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("()", rendered.Text, StringComparison.Ordinal);
        Assert.False(rendered.Truncated);
    }

    [Theory]
    [MemberData(nameof(AllVariants))]
    public void German_du_variants_never_say_Sie_and_Sie_variants_never_say_du(string id, ThreadLanguage language, AddressForm form, SnippetTone tone)
    {
        if (language != ThreadLanguage.De)
        {
            return;
        }

        var text = SnippetRenderer.Render(SnippetLibrary.BuiltIn.Find(id)!, Friendly() with { Language = language, Form = form }, tone).Text;
        var duWords = Regex.Matches(text, @"\b(du|dich|dir|dein\w*)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        var sieWords = Regex.Matches(text, @"(?<![.:!?]\s|^)\b(Sie|Ihnen|Ihr\w*)\b", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (form == AddressForm.Du)
        {
            Assert.Empty(sieWords);
        }
        else
        {
            Assert.Empty(duWords);
        }
    }

    internal static SnippetContext Friendly() => new()
    {
        ClientName = "Petra Schulz",
        ClientFirstName = "Petra",
        Company = "Schulz & Partner",
        UserName = "Jonas Weber",
        Asks = ["Wann kommt der Bericht?", "Wer trägt die Mehrkosten?"],
        MainIssue = "delay",
        Impact = "den Launch am 3. Dezember",
        AgreedTimelines = ["Entwurf bis 1. Dezember"],
        Deliverables = ["Monatsbericht"],
        Constraints = ["Zugang zu den Verkaufsdaten"],
        ResponseTimePromise = "innerhalb eines Werktags",
        RevisedDate = new DateOnly(2026, 12, 4),
        Steps = ["Daten prüfen", "Bericht liefern"],
        CanDo = ["den Entwurf vorziehen"],
        CannotDo = ["zwei Zusatzberichte diesen Monat"],
        HandoverName = "Anna Berg",
        HandoverRole = "Teamleitung",
        Progress = "die Daten sind geprüft",
        Fixed = "der Export",
        NextClientBlockStart = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero),
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
    };

    private static SnippetContext Hostile(string value)
    {
        var longText = string.Concat(Enumerable.Repeat(value, 500));
        string[] list = [value, longText, .. Enumerable.Repeat(value, 40)];
        return new SnippetContext
        {
            ClientName = value,
            ClientFirstName = longText,
            Company = value,
            UserName = value,
            Asks = list,
            MainIssue = value,
            Impact = longText,
            AgreedTimelines = list,
            Deliverables = list,
            Constraints = list,
            ResponseTimePromise = value,
            RevisedDate = new DateOnly(2026, 12, 4),
            Steps = list,
            CanDo = list,
            CannotDo = list,
            HandoverName = value,
            HandoverRole = longText,
            Progress = longText,
            Fixed = value,
            NextClientBlockStart = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero),
        };
    }
}
