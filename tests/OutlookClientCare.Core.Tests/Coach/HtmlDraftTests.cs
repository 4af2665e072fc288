using OutlookClientCare.Core.Coach;

namespace OutlookClientCare.Core.Tests.Coach;

public class HtmlDraftTests
{
    [Fact]
    public void Paragraphs_and_line_breaks_survive_and_markup_scripts_and_quoted_history_do_not()
    {
        const string Html = """
            <html><head><style>p{color:red}</style></head><body>
            <p>Hi&nbsp;Anna,</p>
            <div>we fix it <b>today</b>.<br>Best,</div><div>Tom</div>
            <script>alert(1)</script>
            <div class="gmail_quote">On Monday Anna wrote: THIS IS UNACCEPTABLE!!!</div>
            <blockquote>old text</blockquote>
            </body></html>
            """;

        Assert.Equal("Hi Anna,\n\nwe fix it today.\nBest,\nTom", HtmlDraft.ToText(Html));
    }

    [Fact]
    public void Outlook_lines_in_consecutive_divs_stay_single_lines()
    {
        Assert.Equal("one\ntwo\nthree", HtmlDraft.ToText("<div>one</div><div>two</div><div>three</div>"));
    }

    [Fact]
    public void Absurdly_deep_nesting_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<span>", 100_000)) + "deep" + string.Concat(Enumerable.Repeat("</span>", 100_000));

        Assert.Equal("deep", HtmlDraft.ToText(html));
    }
}
