using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests.Threads;

public sealed class ReplyTextTests
{
    [Theory]
    [InlineData("Passt, danke.\n\nAm 24.11.2026 um 11:00 schrieb Petra Lang <petra@example.com>:\n> Angebot anbei.")]
    [InlineData("Passt, danke.\n\nAm Di., 24. Nov. 2026 um 10:15 Uhr schrieb Petra Lang <\npetra@example.com>:\n\n> Angebot anbei.")]
    [InlineData("Passt, danke.\n\n-----Ursprüngliche Nachricht-----\nVon: Petra Lang\nGesendet: Dienstag, 24. November 2026 11:00\nAn: Kai\nBetreff: Angebot\n\nAngebot anbei.")]
    [InlineData("Passt, danke.\n\nVon: Petra Lang <petra@example.com>\nGesendet: Dienstag, 24. November 2026 11:00\nAn: Kai <kai@example.com>\nBetreff: Angebot\n\nAngebot anbei.")]
    [InlineData("Passt, danke.\n\nOn Tue, Nov 24, 2026 at 11:00 AM Petra Lang <petra@example.com> wrote:\n> Angebot anbei.")]
    [InlineData("Passt, danke.\n\n-----Original Message-----\nFrom: Petra\nSent: Tuesday\nTo: Kai\nSubject: Offer\n\nAngebot anbei.")]
    [InlineData("Passt, danke.\n\n---------- Forwarded message ---------\nFrom: Petra <petra@example.com>\nDate: Tue, Nov 24, 2026\nSubject: Offer\n\nAngebot anbei.")]
    [InlineData("Passt, danke.\n\n________________________________\nFrom: Petra Lang\nSent: Tuesday, November 24, 2026 11:00 AM\nTo: Kai\nSubject: Offer\n\nAngebot anbei.")]
    public void Quoted_history_in_english_and_german_forms_is_removed(string mail) =>
        Assert.Equal("Passt, danke.", ReplyText.Extract(mail, BodyFormat.Text));

    [Theory]
    [InlineData("Sent from my iPhone")]
    [InlineData("Von meinem iPhone gesendet")]
    [InlineData("Gesendet von Outlook für Android")]
    [InlineData("Get Outlook for iOS")]
    [InlineData("-- \nKai Busch\nBusch GmbH\nTel. 030 123")]
    [InlineData("Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Empfänger bestimmt.")]
    [InlineData("This email and any attachments are confidential and intended solely for the addressee.")]
    public void Signatures_mobile_footers_and_disclaimers_are_removed(string footer) =>
        Assert.Equal("Bitte schicken Sie die Datei.", ReplyText.Extract("Bitte schicken Sie die Datei.\n\n" + footer, BodyFormat.Text));

    [Fact]
    public void Text_written_below_a_quote_is_kept()
    {
        var mail = "On 04/02/2012 06:26 PM, Megan wrote:\n> Is Friday fine?\nYes, Friday works.";

        Assert.Equal("Yes, Friday works.", ReplyText.Extract(mail, BodyFormat.Text));
    }

    [Fact]
    public void A_mail_without_quote_is_kept_whole_with_its_paragraphs()
    {
        var mail = "Hallo Jonas,\n\nder Shop ist online. Super!\n\nGruß\nKai";

        Assert.Equal(mail, ReplyText.Extract(mail, BodyFormat.Text));
    }

    [Fact]
    public void A_line_that_only_mentions_from_and_to_is_not_taken_for_a_header_block()
    {
        var mail = "From: our side nothing changed.\nPlease check again.";

        Assert.Equal(mail, ReplyText.Extract(mail, BodyFormat.Text));
    }

    [Theory]
    [InlineData("<div>Hi. I am fine.</div><div class=\"gmail_quote\">On Mon wrote:<blockquote>Hello?</blockquote></div>")]
    [InlineData("<div>Hi. I am fine.</div><blockquote type=\"cite\">Hello?</blockquote>")]
    [InlineData("<div>Hi. I am fine.</div><div id=\"appendonsend\"></div><hr><div id=\"divRplyFwdMsg\"><b>Von:</b> A<br><b>Gesendet:</b> Montag</div><div>Hello?</div>")]
    [InlineData("<div>Hi. I am fine.</div><div><div id=\"divRplyFwdMsg\"><b>From:</b> A</div></div><p>Hello?</p><p>More quoted text</p>")]
    public void Html_quote_containers_of_gmail_outlook_and_apple_are_removed(string html) =>
        Assert.Equal("Hi. I am fine.", ReplyText.Extract($"<html><body>{html}</body></html>", BodyFormat.Html));

    [Fact]
    public void Html_paragraphs_and_line_breaks_survive_as_text_structure()
    {
        var html = "<p>Hallo Frau Lang,</p><p>erste Zeile<br>zweite Zeile</p><ul><li>Punkt A</li><li>Punkt B</li></ul><script>alert(1)</script><style>p{}</style>";

        Assert.Equal("Hallo Frau Lang,\n\nerste Zeile\nzweite Zeile\n\nPunkt A\nPunkt B", ReplyText.Extract(html, BodyFormat.Html));
    }

    [Fact]
    public void Entities_and_non_breaking_spaces_are_decoded()
    {
        Assert.Equal("Grüße & Dank", ReplyText.Extract("<p>Gr&uuml;&szlig;e&nbsp;&amp;&nbsp;Dank</p>", BodyFormat.Html));
    }

    [Fact]
    public void A_body_of_only_quote_markers_gives_empty_text()
    {
        var body = string.Join('\n', Enumerable.Repeat("> > >", 20_000));

        Assert.Equal("", ReplyText.Extract(body, BodyFormat.Text));
    }

    [Fact]
    public void An_oversized_body_is_cut_and_flagged_instead_of_failing()
    {
        var body = new string('a', InputLimits.MaxBodyChars + 10);

        var result = ReplyText.ExtractDetailed(body, BodyFormat.Text);

        Assert.True(result.Truncated);
        Assert.Equal(InputLimits.MaxBodyChars, result.Text.Length);
    }

    [Fact]
    public void Ten_thousand_nested_elements_are_read_without_a_stack_overflow()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 5_000)) + "deep text" + string.Concat(Enumerable.Repeat("</span></div>", 5_000));

        Assert.Equal("deep text", ReplyText.Extract(html, BodyFormat.Html));
    }

    [Fact]
    public void A_one_megabyte_single_line_completes_and_is_flagged_truncated()
    {
        var line = string.Concat(Enumerable.Repeat("On and on it goes, wrote nobody: ", 32_000));

        var result = ReplyText.ExtractDetailed(line, BodyFormat.Text);

        Assert.True(result.Truncated);
        Assert.StartsWith("On and on it goes", result.Text, StringComparison.Ordinal);
    }
}
