using System.Diagnostics;
using OutlookClientCare.Core.Snippets;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests.Snippets;

public class SnippetRendererTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void A_reply_time_promise_uses_the_next_client_block_in_the_users_time_zone_and_language()
    {
        var block = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var de = SnippetRenderer.Render(SnippetLibrary.BuiltIn.Find("propose-solution")!, new SnippetContext { Language = ThreadLanguage.De, NextClientBlockStart = block, TimeZone = Berlin });
        var en = SnippetRenderer.Render(SnippetLibrary.BuiltIn.Find("propose-solution")!, new SnippetContext { Language = ThreadLanguage.En, NextClientBlockStart = block, TimeZone = Berlin });

        Assert.Contains("bis Donnerstag, 10:00", de.Text, StringComparison.Ordinal);
        Assert.Contains("by Thursday 10:00", en.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_i_hear_repeats_the_clients_own_asks_as_a_list()
    {
        var rendered = SnippetRenderer.Render(SnippetLibrary.BuiltIn.Find("what-i-hear")!, BuiltInSnippetTests.Friendly() with { Language = ThreadLanguage.De });

        Assert.Contains("- Wann kommt der Bericht?\n- Wer trägt die Mehrkosten?", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("<br>- Wer trägt die Mehrkosten?", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_expectations_restates_the_clients_card()
    {
        var context = BuiltInSnippetTests.Friendly() with { Language = ThreadLanguage.De, Form = AddressForm.Du };

        var text = SnippetRenderer.Render(SnippetLibrary.BuiltIn.Find("set-expectations")!, context, SnippetTone.Brief).Text;

        Assert.Equal(
            "Unsere Vereinbarung:\n- Was du bekommst: Monatsbericht\n- Wann: Entwurf bis 1. Dezember\n- Voraussetzungen: Zugang zu den Verkaufsdaten\nIch antworte dir innerhalb eines Werktags.",
            text);
    }

    [Fact]
    public void The_revised_date_is_written_out_in_the_clients_language()
    {
        var context = BuiltInSnippetTests.Friendly();

        var de = SnippetRenderer.Render(SnippetLibrary.BuiltIn.Find("propose-solution")!, context with { Language = ThreadLanguage.De }, SnippetTone.Brief).Text;
        var en = SnippetRenderer.Render(SnippetLibrary.BuiltIn.Find("propose-solution")!, context with { Language = ThreadLanguage.En }, SnippetTone.Brief).Text;

        Assert.Contains("Neuer Termin: Freitag, 4. Dezember.", de, StringComparison.Ordinal);
        Assert.Contains("New date: Friday, 4 December.", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_become_p_elements_and_the_plain_text_keeps_them_apart()
    {
        var rendered = SnippetRenderer.Render("Hallo {{ client.first_name }},\n\n\n  Danke & Gruß\n{{ user.name }}", new SnippetContext { ClientFirstName = "Eva", UserName = "Jo <Admin>" });

        Assert.Equal("Hallo Eva,\n\nDanke & Gruß\nJo <Admin>", rendered.Text);
        Assert.Equal("<p>Hallo Eva,</p><p>Danke &amp; Gruß<br>Jo &lt;Admin&gt;</p>", rendered.Html);
    }

    [Fact]
    public void Oversized_values_are_cut_and_flagged_instead_of_failing()
    {
        var rendered = SnippetRenderer.Render("{{ client.name }}", new SnippetContext { ClientName = new string('x', 100_000) });

        Assert.True(rendered.Truncated);
        Assert.True(rendered.Text.Length <= 201);
    }

    [Fact]
    public void Templates_reach_only_our_values_not_dotnet_members_of_the_context()
    {
        var rendered = SnippetRenderer.Render("[{{ client.name.Length }}{{ card.timelines.Capacity }}]", new SnippetContext { ClientName = "Eva" });

        Assert.Equal("[]", rendered.Text);
        Assert.Throws<SnippetTemplateException>(() => SnippetRenderer.Render("{{ ClientName }}{{ EffectiveCulture.Name }}", new SnippetContext()));
    }

    [Fact]
    public void A_syntax_error_is_reported_with_line_and_column()
    {
        var ex = Assert.Throws<SnippetTemplateException>(() => SnippetRenderer.Render("Hallo,\nbis {{ revised_date \nGruß", new SnippetContext()));

        Assert.Equal(2, ex.Line);
        Assert.True(ex.Column > 1);
        Assert.Contains("}}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runaway_loop_in_a_user_snippet_stops_with_a_clear_error_within_a_second()
    {
        var bomb = "{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}";
        var watch = Stopwatch.StartNew();

        var ex = Assert.Throws<SnippetRenderException>(() => SnippetRenderer.Render(bomb, new SnippetContext()));

        Assert.Contains("loops or nests too much", ex.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), watch.Elapsed.ToString());
    }

    [Fact]
    public void Deep_nesting_is_refused_before_it_can_overflow_the_parser_stack()
    {
        var deep = string.Concat(Enumerable.Repeat("{% if true %}", 300)) + "x" + string.Concat(Enumerable.Repeat("{% endif %}", 300));

        var ex = Assert.Throws<SnippetTemplateException>(() => SnippetRenderer.Render(deep, new SnippetContext()));

        Assert.Contains("nested", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
    }

    [Theory]
    [InlineData("{{ (1..50000000) | join: ',' }}", "ranges may span")]
    [InlineData("{% for i in (1..client.name) %}x{% endfor %}", "whole numbers")]
    [InlineData("{% assign s = 'x' %}{{ s }}", "'assign' is not allowed")]
    [InlineData("{% capture s %}x{% endcapture %}", "'capture' is not allowed")]
    [InlineData("{% include 'other' %}", "'include' is not allowed")]
    public void Constructs_that_could_exhaust_memory_or_reach_outside_are_refused(string template, string expected)
    {
        var ex = Assert.Throws<SnippetTemplateException>(() => SnippetRenderer.Render(template, new SnippetContext()));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
