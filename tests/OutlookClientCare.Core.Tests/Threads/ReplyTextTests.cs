using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Tests;

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
    [InlineData("Passt, danke.\n\n---- On Tue, 24 Nov 2026 11:00:12 +0100 Petra Lang <petra@example.com> wrote ----\n\nAngebot anbei.\n")]
    [InlineData("Passt, danke.\n\n---- Am Di, 24 Nov 2026 11:00:12 +0100 Petra Lang <petra@example.com> schrieb ----\n\nAngebot anbei.\n")]
    [InlineData("Passt, danke.\n\n------On 24/11/2026 11:00, Petra Lang wrote-----\nAngebot anbei.")]
    public void Zoho_dashed_attribution_ends_the_new_text(string mail) =>
        Assert.Equal("Passt, danke.", ReplyText.Extract(mail, BodyFormat.Text));

    [Fact]
    public void Zoho_html_reply_keeps_only_the_new_text()
    {
        var html = "<div>Passt, danke.<br></div><div class=\"zmail_extra_hr\" style=\"border-top: 1px solid rgb(204, 204, 204); height: 0px;\"><br></div>"
            + "<div class=\"zmail_extra\" data-zbluepencil-ignore=\"true\"><div><br></div><div id=\"Zm-_Id_-Sgn1\">---- On Tue, 24 Nov 2026 11:00:12 +0100 "
            + "<b>Petra Lang &lt;petra@example.com&gt;</b> wrote ---<br></div><div><br></div><blockquote style=\"margin: 0px;\"><div>Angebot anbei.</div></blockquote></div>";

        Assert.Equal("Passt, danke.", ReplyText.Extract(html, BodyFormat.Html));
    }

    [Theory]
    [InlineData("Passt, danke.\n\nPetra Lang <petra@example.com> schrieb:\n\n> Angebot anbei.")]
    [InlineData("Passt, danke.\n\nPetra Lang <petra@example.com> schrieb:\n\nAngebot anbei.")]
    [InlineData("Passt, danke.\n\nPetra Lang schrieb:\n> Angebot anbei.\n> Gruß Petra")]
    [InlineData("Passt, danke.\n\n\"Lang, Petra\" <petra@example.com> wrote:\n> Angebot anbei.")]
    public void K9_and_thunderbird_attributions_on_their_own_line_end_the_new_text(string mail) =>
        Assert.Equal("Passt, danke.", ReplyText.Extract(mail, BodyFormat.Text));

    [Theory]
    [InlineData("<div>Passt, danke.</div><div class=\"gmail_quote\">Petra Lang &lt;petra@example.com&gt; schrieb:<blockquote class=\"gmail_quote\">Angebot anbei.</blockquote></div>")]
    [InlineData("<p>Passt, danke.</p><div class=\"moz-cite-prefix\">Petra Lang schrieb:<br></div><blockquote type=\"cite\">Angebot anbei.</blockquote>")]
    [InlineData("<p>Passt, danke.</p><p>Petra Lang schrieb:</p><blockquote>Angebot anbei.</blockquote>")]
    public void K9_and_thunderbird_html_replies_keep_only_the_new_text(string html) =>
        Assert.Equal("Passt, danke.", ReplyText.Extract(html, BodyFormat.Html));

    [Theory]
    [InlineData("Passt, danke.\n\nAm Di., 24. Nov. 2026 um 10:15 Uhr schrieb Petra Lang <\npetra@example.com>:\n> Angebot anbei.")]
    [InlineData("Passt, danke.\n\nAm Di., 24. Nov. 2026 um 10:15 Uhr\nschrieb Petra Lang <\npetra@example.com>:\n\n> Angebot anbei.")]
    [InlineData("Passt, danke.\n\nAm 24.11.2026 um 10:15 schrieb Petra Lang\n<petra@example.com>:\nAngebot anbei, ohne Zitatzeichen.")]
    [InlineData("Passt, danke.\nAm 24.11.2026 um 10:15 schrieb Petra Lang <petra@example.com>:\n\n> Angebot anbei.")]
    [InlineData("Passt, danke.\n\nPetra Lang <petra@example.com> schrieb am Di., 24. Nov. 2026, 10:15:\n> Angebot anbei.")]
    public void German_attribution_split_over_lines_ends_the_new_text(string mail) =>
        Assert.Equal("Passt, danke.", ReplyText.Extract(mail, BodyFormat.Text));

    [Theory]
    [InlineData("C'est parfait, merci.\n\nLe mar. 24 nov. 2026 à 10:15, Petra Lang <petra@example.com> a écrit :\n\n> Voici l'offre.", "C'est parfait, merci.")]
    [InlineData("C'est parfait, merci.\n\nLe 24/11/2026 à 10:15, Petra Lang a écrit :\n> Voici l'offre.", "C'est parfait, merci.")]
    [InlineData("Perfecto, gracias.\n\nEl mar, 24 nov 2026 a las 10:15, Petra Lang (<petra@example.com>) escribió:\n\n> Aquí está la oferta.", "Perfecto, gracias.")]
    [InlineData("Perfecto, gracias.\n\nEl 24/11/2026 a las 10:15, Petra Lang escribió:\n> Aquí está la oferta.", "Perfecto, gracias.")]
    public void French_and_spanish_attributions_end_the_new_text(string mail, string expected) =>
        Assert.Equal(expected, ReplyText.Extract(mail, BodyFormat.Text));

    [Theory]
    [InlineData("<div dir=\"ltr\">C'est parfait, merci.</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">Le mar. 24 nov. 2026 à 10:15, Petra Lang &lt;<a href=\"mailto:petra@example.com\">petra@example.com</a>&gt; a écrit&nbsp;:<br></div><blockquote class=\"gmail_quote\">Voici l'offre.</blockquote></div>", "C'est parfait, merci.")]
    [InlineData("<p>Perfecto, gracias.</p><p>El 24/11/2026 a las 10:15, Petra Lang escribió:</p><blockquote>Aquí está la oferta.</blockquote>", "Perfecto, gracias.")]
    public void French_and_spanish_html_replies_keep_only_the_new_text(string html, string expected) =>
        Assert.Equal(expected, ReplyText.Extract(html, BodyFormat.Html));

    [Theory]
    [InlineData("Passt, danke.\n\n-----Ursprüngliche Nachricht-----\nVon: Petra Lang [mailto:petra@example.com]\nGesendet: Dienstag, 24. November 2026 11:00\nAn: Kai Busch\nCc: Buchhaltung\nBetreff: AW: Angebot\n\nAngebot anbei.")]
    [InlineData("Passt, danke.\n\n-------- Original-Nachricht --------\nGesendet: Dienstag, 24. November 2026 um 11:00 Uhr\nVon: \"Petra Lang\" <petra@example.com>\nAn: kai@example.com\nBetreff: Angebot\n\nAngebot anbei.")]
    [InlineData("Passt, danke.\n\nVon: Lang, Petra\nGesendet: Dienstag, 24. November 2026 11:00\nAn: Busch, Kai\nBetreff: Angebot\n\nAngebot anbei.")]
    [InlineData("Passt, danke.\n\n*Von:* Petra Lang <petra@example.com>\n*Gesendet:* Dienstag, 24. November 2026 11:00\n*An:* Kai Busch\n*Betreff:* Angebot\n\nAngebot anbei.")]
    [InlineData("Passt, danke.\nVon: Petra Lang <petra@example.com> Gesendet: Dienstag, 24. November 2026 11:00 An: Kai Busch Betreff: Angebot\nAngebot anbei.")]
    public void Ursprüngliche_nachricht_and_von_gesendet_blocks_end_the_new_text(string mail) =>
        Assert.Equal("Passt, danke.", ReplyText.Extract(mail, BodyFormat.Text));

    [Theory]
    [InlineData("<div>Passt, danke.</div><hr><p><b>Von:</b> Petra Lang &lt;petra@example.com&gt;<br><b>Gesendet:</b> Dienstag, 24. November 2026 11:00<br><b>An:</b> Kai Busch<br><b>Betreff:</b> Angebot</p><p>Angebot anbei.</p>")]
    [InlineData("<div class=WordSection1><p class=MsoNormal>Passt, danke.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b><span lang=DE>Von:</span></b><span lang=DE> Petra Lang &lt;petra@example.com&gt; <br><b>Gesendet:</b> Dienstag, 24. November 2026 11:00<br><b>An:</b> Kai Busch &lt;kai@example.com&gt;<br><b>Betreff:</b> AW: Angebot<o:p></o:p></span></p></div></div><p class=MsoNormal>Angebot anbei.<o:p></o:p></p></div>")]
    [InlineData("<p class=MsoNormal>Passt, danke.</p><p class=MsoNormal>-----Ursprüngliche Nachricht-----<br>Von: Petra Lang [mailto:petra@example.com]<br>Gesendet: Dienstag, 24. November 2026 11:00<br>An: Kai Busch<br>Betreff: Angebot</p><p class=MsoNormal>Angebot anbei.</p>")]
    [InlineData("<div>Passt, danke.</div><div><span><b>Von:</b> Petra Lang &lt;petra@example.com&gt; </span><span><b>Gesendet:</b> Dienstag, 24. November 2026 11:00 </span><span><b>An:</b> Kai Busch </span><span><b>Betreff:</b> Angebot</span></div><div>Angebot anbei.</div>")]
    public void Outlook_html_without_its_ids_still_loses_the_quoted_header_block(string html) =>
        Assert.Equal("Passt, danke.", ReplyText.Extract(html, BodyFormat.Html));

    [Theory]
    [InlineData("Passt, danke.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n________________________________\nFrom: Petra Lang <petra@example.com>\nSent: Tuesday, November 24, 2026 11:00:12 AM\nTo: Kai Busch <kai@example.com>\nSubject: Re: Angebot\n\nAngebot anbei.")]
    [InlineData("Passt, danke.\n\nOutlook für iOS herunterladen<https://aka.ms/o0ukef>\n________________________________\nVon: Petra Lang <petra@example.com>\nGesendet: Dienstag, 24. November 2026 11:00:12\nAn: Kai Busch <kai@example.com>\nBetreff: AW: Angebot\n\nAngebot anbei.")]
    [InlineData("Passt, danke.\n\nGet Outlook for Android<https://aka.ms/ghei36>\n\nFrom: Petra Lang <petra@example.com>\nSent: Tuesday, November 24, 2026 11:00:12 AM\nTo: Kai Busch <kai@example.com>\nSubject: Re: Angebot\n\nAngebot anbei.")]
    [InlineData("Passt, danke.\n\nVon Outlook für Android gesendet<https://aka.ms/ghei36>\n________________________________\nFrom: Petra Lang <petra@example.com>\nDate: Tuesday, 24 November 2026 at 11:00\nTo: Kai Busch <kai@example.com>\nSubject: Angebot\n\nAngebot anbei.")]
    public void Outlook_mobile_headers_and_footers_are_removed(string mail) =>
        Assert.Equal("Passt, danke.", ReplyText.Extract(mail, BodyFormat.Text));

    [Fact]
    public void Outlook_mobile_html_reply_keeps_only_the_new_text()
    {
        var html = "<div dir=\"ltr\">Passt, danke.</div><div id=\"ms-outlook-mobile-signature\"><div><br></div>Get <a href=\"https://aka.ms/o0ukef\">Outlook for iOS</a></div>"
            + "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div dir=\"ltr\"><font face=\"Calibri, sans-serif\"><b>From:</b> Petra Lang &lt;petra@example.com&gt;<br>"
            + "<b>Sent:</b> Tuesday, November 24, 2026 11:00:12 AM<br><b>To:</b> Kai Busch<br><b>Subject:</b> Re: Angebot</font><div>&nbsp;</div></div><div>Angebot anbei.</div>";

        Assert.Equal("Passt, danke.", ReplyText.Extract(html, BodyFormat.Html));
    }

    [Theory]
    [InlineData("Diese Nachricht wurde von meinem Android-Mobiltelefon mit GMX Mail gesendet.")]
    [InlineData("Diese Nachricht wurde von meinem Android-Mobiltelefon mit WEB.DE Mail gesendet.")]
    [InlineData("Diese Nachricht wurde mit meinem iPhone mit 1&1 Mail gesendet.")]
    [InlineData("Gesendet mit der WEB.DE Mail App")]
    [InlineData("Gesendet mit der GMX Mail App")]
    [InlineData("Von meinem Samsung Galaxy Smartphone gesendet.")]
    [InlineData("Gesendet von Yahoo Mail auf Android")]
    [InlineData("Envoyé de mon iPhone")]
    [InlineData("Enviado desde mi iPhone")]
    [InlineData("Sent from my Verizon Wireless BlackBerry")]
    [InlineData("Sent from TypeApp<http://www.typeapp.com/r?b=2621>")]
    public void Mobile_mail_footers_are_removed(string footer) =>
        Assert.Equal("Bitte schicken Sie die Datei.", ReplyText.Extract("Bitte schicken Sie die Datei.\n\n" + footer, BodyFormat.Text));

    [Fact]
    public void Gmx_footer_in_html_is_removed()
    {
        var html = "<html><body><div>Bitte schicken Sie die Datei.</div><div><br></div><div>Diese Nachricht wurde von meinem Android-Mobiltelefon mit GMX Mail gesendet.</div></body></html>";

        Assert.Equal("Bitte schicken Sie die Datei.", ReplyText.Extract(html, BodyFormat.Html));
    }

    [Theory]
    [InlineData("Bitte schicken Sie die Datei.\n\n-- \nKai Busch\nBusch GmbH · Tel. 030 123")]
    [InlineData("Bitte schicken Sie die Datei.\n--\nKai Busch")]
    [InlineData("Bitte schicken Sie die Datei.\n\n_______________________________________________\nkunden mailing list\nkunden@lists.example.com\nhttps://lists.example.com/mailman/listinfo/kunden")]
    public void Signatures_after_the_delimiter_and_list_footers_are_removed(string mail) =>
        Assert.Equal("Bitte schicken Sie die Datei.", ReplyText.Extract(mail, BodyFormat.Text));

    [Fact]
    public void Gmail_html_signature_after_the_delimiter_is_removed()
    {
        var html = "<div dir=\"ltr\">Bitte schicken Sie die Datei.<br clear=\"all\"><div><br></div><span class=\"gmail_signature_prefix\">-- </span><br><div dir=\"ltr\" class=\"gmail_signature\">Kai Busch<br>Busch GmbH</div></div>";

        Assert.Equal("Bitte schicken Sie die Datei.", ReplyText.Extract(html, BodyFormat.Html));
    }

    [Fact]
    public void An_inline_reply_keeps_the_answers_in_order_and_drops_the_quoted_lines()
    {
        var mail = "Am 24.11.2026 um 11:00 schrieb Petra Lang <petra@example.com>:\n> Können Sie am Montag liefern?\nJa, Montag ab 10 Uhr.\n>\n> Und kommt die Rechnung noch diese Woche?\n\nDie Rechnung geht heute raus.\n\n> Viele Grüße\n> Petra\n\nGruß\nKai";

        Assert.Equal("Ja, Montag ab 10 Uhr.\n\nDie Rechnung geht heute raus.\n\nGruß\nKai", ReplyText.Extract(mail, BodyFormat.Text));
    }

    [Fact]
    public void An_inline_reply_under_a_quoted_question_keeps_a_lower_case_answer()
    {
        var mail = "Petra Lang <petra@example.com> wrote:\n> Passt Montag?\nja\n> Und Dienstag?\nauch\n> Danke!";

        Assert.Equal("ja\nauch", ReplyText.Extract(mail, BodyFormat.Text));
    }

    [Fact]
    public void A_quoted_line_wrapped_without_its_marker_stays_quoted()
    {
        var mail = "Danke, erledigt.\n\nOn Tue, Nov 24, 2026 at 11:00 AM Petra Lang <petra@example.com> wrote:\n> Bitte prüfen Sie die Rechnung, die Positionen drei und vier scheinen\ndoppelt berechnet zu sein.\n> Gruß Petra";

        Assert.Equal("Danke, erledigt.", ReplyText.Extract(mail, BodyFormat.Text));
    }

    [Fact]
    public void An_inline_html_reply_keeps_the_answers_between_the_quotes()
    {
        var html = "<div>Hallo Petra,</div><blockquote type=\"cite\">Können Sie am Montag liefern?</blockquote><div>Ja, Montag ab 10 Uhr.</div>"
            + "<blockquote type=\"cite\">Und die Rechnung?</blockquote><div>Geht heute raus.</div>";

        Assert.Equal("Hallo Petra,\n\nJa, Montag ab 10 Uhr.\n\nGeht heute raus.", ReplyText.Extract(html, BodyFormat.Html));
    }

    [Theory]
    [InlineData("Am Montag habe ich mit Herrn Weber gesprochen.\nEr schrieb mir, dass die Lieferung am Freitag kommt.")]
    [InlineData("Am Montag schrieb ich Ihnen:\nDie Lieferung kommt am Freitag.")]
    [InlineData("Am 12.03.2026 schrieb ich Ihnen bereits:\nBitte zahlen Sie bis Freitag.")]
    [InlineData("Herr Weber schrieb:\nDie Lieferung kommt am Freitag, bitte bestätigen.")]
    [InlineData("Sie schrieben gestern, dass die Farbe nicht passt:\nDas stimmt, wir drucken neu.")]
    [InlineData("On Monday we wrote to your team:\nThe launch moves to Friday.")]
    [InlineData("On second thought, Friday works.\nThanks!")]
    [InlineData("Von: unserer Seite ist alles erledigt.\nBetreff der Rechnung: bitte korrigieren.")]
    [InlineData("--- Wichtig ---\nBitte bis Freitag bestätigen.")]
    [InlineData("Visit us now for assistance...\n>>> http://www.example.com <<<\nVisit our site by clicking the link above")]
    [InlineData("Sent from my desk, which is much easier than my phone.")]
    [InlineData("Gesendet: die Unterlagen gingen gestern raus.\nBitte prüfen.")]
    [InlineData("Le devis a écrit noir sur blanc: 400 €.\nMerci de corriger.")]
    [InlineData("Our company is registered in England and Wales, so the invoice needs our VAT number.\nCould you add it?")]
    public void Text_that_only_looks_like_a_quote_intro_is_kept(string mail) =>
        Assert.Equal(mail, ReplyText.Extract(mail, BodyFormat.Text));

    [Theory]
    [InlineData("Sent from my iPhone")]
    [InlineData("Von meinem iPhone gesendet")]
    [InlineData("Gesendet von Outlook für Android")]
    [InlineData("Get Outlook for iOS")]
    [InlineData("-- \nKai Busch\nBusch GmbH\nTel. 030 123")]
    [InlineData("Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Empfänger bestimmt.")]
    [InlineData("This email and any attachments are confidential and intended solely for the addressee.")]
    [InlineData("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.")]
    [InlineData("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.")]
    [InlineData("Northbridge Legal LLP is a limited liability partnership registered in England and Wales (OC000000), authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it.")]
    [InlineData("Saffron & Thyme Catering Ltd, registered in England and Wales no. 09318845.")]
    [InlineData("This message may contain information that is privileged, confidential or attorney work product. If you are not the intended recipient, please notify the sender.")]
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

    [Fact]
    public void A_pattern_that_runs_out_of_time_counts_as_no_match()
    {
        // Nested quantifiers backtrack exponentially on this input; the timeout ends the attempt.
        var catastrophic = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(5));

        Assert.False(QuoteStripper.Matches(catastrophic, new string('a', 40) + "!"));
    }

    [Fact]
    public void Five_thousand_lines_that_almost_look_like_attributions_are_kept()
    {
        var line = "Am 1. Januar schrieb Petra Lang aus der Buchhaltung etwas, das keine Kopfzeile ist:";
        var mail = string.Join('\n', Enumerable.Repeat(line, 5_000));

        var result = ReplyText.ExtractDetailed(mail, BodyFormat.Text);

        Assert.False(result.Truncated);
        Assert.Equal(mail, result.Text);
    }

    [Fact]
    public void Ten_thousand_header_like_lines_without_a_sender_are_kept()
    {
        var mail = string.Join('\n', Enumerable.Repeat("Betreff: bitte prüfen\nAn: alle", 5_000));

        Assert.Equal(mail, ReplyText.Extract(mail, BodyFormat.Text));
    }

    [SharedFact("the upstream 'pathological' reply (github, zapier, mail-parser-reply) keeps only its two new lines")]
    public void The_upstream_pathological_mail_keeps_only_its_reply()
    {
        var mail = File.ReadAllText(SharedFolder.File("corpus", "reply-fixtures", "github-email_reply_parser", "test", "emails", "pathological.txt"));

        Assert.Equal("I think you're onto something. I will try to fix the problem as soon as I\nget back to a computer.", ReplyText.Extract(mail, BodyFormat.Text));
    }

    [SharedFact("the upstream 750 KB long-quote mail is cut, flagged, and loses its quoted lines")]
    public void The_upstream_long_quote_mail_is_cut_and_keeps_only_unquoted_lines()
    {
        var mail = File.ReadAllText(SharedFolder.File("corpus", "reply-fixtures", "github-email_reply_parser", "test", "emails", "email_long_quote.txt"));

        var result = ReplyText.ExtractDetailed(mail, BodyFormat.Text);

        Assert.True(result.Truncated);
        Assert.StartsWith("Hi folks\n\nWhat is the best way to clear a Riak bucket", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Text.Split('\n'), l => l.StartsWith('>'));
    }

    [Theory]
    [InlineData("<p>R&eacute;sum&eacute; &amp; &lt;Angebot&gt; &bdquo;fertig&ldquo; &hellip; &euro;&nbsp;400</p>", "Résumé & <Angebot> „fertig“ … € 400")]
    [InlineData("<p>&#228;&#x2013;&#150;&#0;&#99999999999;&#xD800;</p>", "ä––\uFFFD\uFFFD\uFFFD")]
    [InlineData("<p>&copy2026 &notit; &bogus; AT&T & Co</p>", "©2026 ¬it; &bogus; AT&T & Co")]
    [InlineData("<p>a<!-- <b>x</b> -->b<!---->c<!-->d<?php x ?>e<![CDATA[f]]>g</p>", "abcdeg")]
    [InlineData("<p>keep <script>var p = '<p>no</p>';</script><style>p { color: red }</style><title>no</title>this</p>", "keep this")]
    [InlineData("<div title='a > b' class=\"x\">text</div><p data-x=\"</p>\">more</p>", "text\n\nmore")]
    [InlineData("<table><tr><td>Menge</td><td>Preis</td></tr><tr><td>2</td><td>40 €</td></tr></table>", "Menge Preis\n2 40 €")]
    [InlineData("<pre>\n  eingerückt\n    bleibt</pre>", "eingerückt\n    bleibt")]
    public void Html_markup_and_character_references_are_read_as_the_html_parser_reads_them(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToText(html));

    [Theory]
    [InlineData("<p>Danke.</p><!-- ")]
    [InlineData("<p>Danke.</p><div class=\"")]
    [InlineData("<p>Danke.</p><script>")]
    [InlineData("<p>Danke.</p><blockquote>")]
    [InlineData("<p>Danke.</p><svg><svg><svg>")]
    public void Unterminated_markup_in_a_huge_body_ends_the_text_without_failing(string start)
    {
        var html = start + string.Concat(Enumerable.Repeat("<p>x</p>&amp;", 50_000));

        var result = ReplyText.ExtractDetailed(html, BodyFormat.Html);

        Assert.True(result.Truncated);
        Assert.Equal("Danke.", result.Text);
    }

    [Fact]
    public void Half_a_megabyte_of_angle_brackets_and_ampersands_stays_text()
    {
        var html = string.Concat(Enumerable.Repeat("< & <= &# &x; ", 20_000));

        var text = HtmlText.ToText(html);

        Assert.StartsWith("< & <= &# &x; < &", text, StringComparison.Ordinal);
        Assert.Equal(20_000 * 7, text.Count(c => c is '<' or '&' or '#' or '='));
    }

    [Fact]
    public void A_hundred_thousand_unclosed_blockquotes_are_dropped_in_linear_time()
    {
        var html = "<p>Neu</p>" + string.Concat(Enumerable.Repeat("<blockquote>alt", 100_000));

        Assert.Equal("Neu", ReplyText.Extract(html, BodyFormat.Html));
    }
}
