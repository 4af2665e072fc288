namespace OutlookClientCare.Server.Tests.Cli;

public sealed class ReplyTextCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reply-text-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_text_mail_prints_only_the_new_text_without_quote_and_footer()
    {
        var input = Write("mail.txt", "Danke, passt so.\n\nVon meinem iPhone gesendet\n\nAm 24.11.2026 um 11:00 schrieb Petra Lang\n<petra@example.com>:\n> Hier ist das Angebot.\n");

        var (code, stdout, stderr) = await AnalyzeCommandTests.RunAsync("reply-text", "--input", input);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Equal("Danke, passt so.", stdout.Trim());
    }

    [Fact]
    public async Task An_html_mail_drops_the_outlook_reply_header_and_everything_after_it()
    {
        var input = Write("mail.html", "<html><body><div>Hi Anna,</div><div>the new version looks good.</div><div id=\"appendonsend\"></div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Anna<br><b>Sent:</b> Monday<br><b>Subject:</b> Draft</div><div>Old text</div></body></html>");

        var (code, stdout, _) = await AnalyzeCommandTests.RunAsync("reply-text", "--input", input);

        Assert.Equal(0, code);
        Assert.Equal("Hi Anna,\nthe new version looks good.", stdout.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_eml_file_is_read_with_its_mime_structure()
    {
        var input = Write("mail.eml", "From: Bob <bob@example.com>\r\nTo: Alice <alice@example.com>\r\nSubject: Re: Test\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nGr=C3=BC=C3=9Fe, das passt.\r\n\r\n-----Urspr=C3=BCngliche Nachricht-----\r\nVon: Alice\r\nGesendet: Montag\r\n\r\nAlter Text\r\n");

        var (code, stdout, _) = await AnalyzeCommandTests.RunAsync("reply-text", "--input", input);

        Assert.Equal(0, code);
        Assert.Equal("Grüße, das passt.", stdout.Trim());
    }

    [Theory]
    [InlineData("zoho.txt", "Passt, danke.\r\n\r\n---- On Tue, 24 Nov 2026 11:00:12 +0100 Petra Lang <petra@example.com> wrote ----\r\n\r\nAngebot anbei.\r\n")]
    [InlineData("k9.txt", "Passt, danke.\n\nPetra Lang <petra@example.com> schrieb:\n\n> Angebot anbei.\n")]
    [InlineData("gmx.txt", "Passt, danke.\n\nDiese Nachricht wurde von meinem Android-Mobiltelefon mit GMX Mail gesendet.\n\nAm 24.11.2026 um 11:00\nschrieb Petra Lang <\npetra@example.com>:\n> Angebot anbei.\n")]
    [InlineData("outlook.html", "<html><body><p class=MsoNormal>Passt, danke.</p><div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>Von:</b> Petra Lang &lt;petra@example.com&gt;<br><b>Gesendet:</b> Dienstag, 24. November 2026 11:00<br><b>An:</b> Kai Busch<br><b>Betreff:</b> Angebot</p></div><p class=MsoNormal>Angebot anbei.</p></body></html>")]
    [InlineData("ios.html", "<div dir=\"ltr\">Passt, danke.</div><div id=\"ms-outlook-mobile-signature\">Get <a href=\"https://aka.ms/o0ukef\">Outlook for iOS</a></div><hr><div dir=\"ltr\"><b>From:</b> Petra Lang &lt;petra@example.com&gt;<br><b>Sent:</b> Tuesday, November 24, 2026 11:00:12 AM<br><b>To:</b> Kai Busch<br><b>Subject:</b> Re: Angebot</div><div>Angebot anbei.</div>")]
    public async Task The_mail_forms_of_zoho_k9_gmx_and_outlook_print_only_the_new_text(string name, string content) =>
        Assert.Equal("Passt, danke.", await ReplyTextOf(name, content));

    [Fact]
    public async Task An_inline_reply_prints_the_answers_in_order() =>
        Assert.Equal(
            "Ja, Montag ab 10 Uhr.\n\nGeht heute raus.",
            await ReplyTextOf("inline.txt", "Am 24.11.2026 um 11:00 schrieb Petra Lang <petra@example.com>:\n> Können Sie am Montag liefern?\nJa, Montag ab 10 Uhr.\n\n> Und die Rechnung?\nGeht heute raus.\n"));

    [Fact]
    public async Task A_sentence_that_only_looks_like_a_quote_intro_is_printed_whole() =>
        Assert.Equal(
            "Am Montag schrieb ich Ihnen:\nDie Lieferung kommt am Freitag.",
            await ReplyTextOf("plain.txt", "Am Montag schrieb ich Ihnen:\nDie Lieferung kommt am Freitag.\n"));

    [Fact]
    public async Task An_unknown_file_type_exits_with_2()
    {
        var input = Write("mail.pdf", "%PDF");

        var (code, stdout, stderr) = await AnalyzeCommandTests.RunAsync("reply-text", "--input", input);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains(".txt, .html or .eml", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_exits_with_2_naming_the_option()
    {
        var (code, _, stderr) = await AnalyzeCommandTests.RunAsync("reply-text", "--input", Path.Combine(_folder, "nope.txt"));

        Assert.Equal(2, code);
        Assert.Contains("--input: file not found", stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs the verb on a file with this content; it must succeed silently. Returns stdout with '\n' line ends.</summary>
    private async Task<string> ReplyTextOf(string name, string content)
    {
        var (code, stdout, stderr) = await AnalyzeCommandTests.RunAsync("reply-text", "--input", Write(name, content));

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        return stdout.Trim().ReplaceLineEndings("\n");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
