using System.Globalization;
using OutlookClientCare.Core.FollowUps;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests.FollowUps;

public sealed class SummaryDraftTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private static SummaryProposal Proposal(SummaryForm form = SummaryForm.Agreed, string? form2 = "sie") => new()
    {
        Form = form,
        Language = ThreadLanguage.De,
        Salutation = "Sehr geehrter Herr Hansen",
        Agreed = ["Go-live am Freitag, 4.12."],
        Asks = ["Schriftliche Stellungnahme <script>alert(1)</script> – erledige ich bis Montag, 30. November"],
        NextSteps = [new SummaryStep("Stellungnahme schicken", "Anna", new DateOnly(2026, 11, 30))],
        Closing = "Mit freundlichen Grüßen",
        Signature = "Anna Keller",
        FormOfAddress = form2,
        FormReason = "",
    };

    [Fact]
    public void Text_from_the_thread_is_encoded_never_markup()
    {
        var html = SummaryDraft.Html(Proposal(), German);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_draft_has_greeting_sections_steps_with_owner_and_date_and_closing()
    {
        var text = HtmlText.ToText(SummaryDraft.Html(Proposal(), German));

        Assert.StartsWith("Sehr geehrter Herr Hansen,", text, StringComparison.Ordinal);
        Assert.Contains("Vereinbart:", text, StringComparison.Ordinal);
        Assert.Contains("Ihre Anliegen:", text, StringComparison.Ordinal);
        Assert.Contains("Stellungnahme schicken – Anna, Montag, 30. November", text, StringComparison.Ordinal);
        Assert.EndsWith("Anna Keller", text.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_what_i_hear_draft_says_back_what_we_heard_and_asks_to_be_corrected()
    {
        var text = HtmlText.ToText(SummaryDraft.Html(Proposal(SummaryForm.WhatIHear), German));

        Assert.Contains("was ich von Ihnen höre", text, StringComparison.Ordinal);
        Assert.Contains("falsch verstanden", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_du_client_is_written_to_with_du()
    {
        var text = HtmlText.ToText(SummaryDraft.Html(Proposal(form2: "du") with { Salutation = "Hallo Tim", Closing = "Viele Grüße", Signature = "Anna" }, German));

        Assert.Contains("Deine Anliegen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ihnen", text, StringComparison.Ordinal);
    }
}
