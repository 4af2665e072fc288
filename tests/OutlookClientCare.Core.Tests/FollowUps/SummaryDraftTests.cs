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
    public void A_point_that_says_what_we_do_by_when_is_not_repeated_as_a_step_unless_the_step_was_changed()
    {
        var proposal = Proposal() with
        {
            Asks =
            [
                "In der Telefonnummer im Fußbereich ist ein Zahlendreher – erledige ich bis Montag, 30. November",
                "Ist die Entsorgung im Preis enthalten? – Antwort bis Dienstag, 1. Dezember",
                "Den Newsletter nicht mehr an Privatadressen – erledige ich bis Montag, 30. November",
                "Ob die Rechnung storniert wird – Antwort bis Dienstag, 1. Dezember",
                "Kam die doppelte Bestätigung noch vor der Korrektur? Kurz Bescheid geben, ob Sie weiter damit rechnen müssen – Antwort bis Dienstag, 1. Dezember",
            ],
            NextSteps =
            [
                new SummaryStep("In der Telefonnummer im Fußbereich ist ein Zahlendreher", "Anna", new DateOnly(2026, 11, 30)),
                new SummaryStep("Ist die Entsorgung im Preis enthalten beantworten", "Anna", new DateOnly(2026, 12, 1)),
                // Moved to Wednesday in the preview: the point's "bis Montag" no longer says it.
                new SummaryStep("Den Newsletter nicht mehr an Privatadressen", "Anna", new DateOnly(2026, 12, 2)),
                new SummaryStep("Go-live vorbereiten", "Anna", new DateOnly(2026, 12, 4)),
                new SummaryStep("Beantworten, ob die Rechnung storniert wird", "Anna", new DateOnly(2026, 12, 1)),
                // The point asks this and one more question about the same booking.
                new SummaryStep("Kam die doppelte Bestätigung noch vor der Korrektur", "Anna", new DateOnly(2026, 12, 1)),
            ],
        };

        var text = HtmlText.ToText(SummaryDraft.Html(proposal, German));
        var steps = text[text.IndexOf("Nächste Schritte:", StringComparison.Ordinal)..];

        Assert.Contains("Zahlendreher – erledige ich bis Montag, 30. November", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zahlendreher", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("Entsorgung", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("storniert", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("Korrektur", steps, StringComparison.Ordinal);
        Assert.Contains("Den Newsletter nicht mehr an Privatadressen – Anna, Mittwoch, 2. Dezember", steps, StringComparison.Ordinal);
        Assert.Contains("Go-live vorbereiten – Anna, Freitag, 4. Dezember", steps, StringComparison.Ordinal);
    }

    [Fact]
    public void What_we_agreed_is_not_repeated_as_a_step_of_ours_that_only_adds_our_name()
    {
        var proposal = Proposal() with
        {
            Agreed = ["Intranet: Die Freigabe für einen zweiten Testimport am Wochenende 5./6.12", "Schulung der Redaktion"],
            Asks = [],
            NextSteps =
            [
                new SummaryStep("Die Freigabe für einen zweiten Testimport am Wochenende 5./6.12", "Anna", new DateOnly(2026, 12, 5)),
                // The date of this one is only in the step: it stays.
                new SummaryStep("Schulung der Redaktion", "Anna", new DateOnly(2026, 12, 9)),
                new SummaryStep("Die Freigabe für einen zweiten Testimport am Wochenende 5./6.12", "Herr Reimers", null) { ByClient = true },
            ],
        };

        var text = HtmlText.ToText(SummaryDraft.Html(proposal, German));
        var steps = text[text.IndexOf("Nächste Schritte:", StringComparison.Ordinal)..];

        Assert.DoesNotContain("– Anna\n", steps.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Schulung der Redaktion – Anna, Mittwoch, 9. Dezember", steps, StringComparison.Ordinal);
        Assert.Contains("Testimport am Wochenende 5./6.12 – Herr Reimers", steps, StringComparison.Ordinal);
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
        var heard = HtmlText.ToText(SummaryDraft.Html(Proposal(SummaryForm.WhatIHear, form2: "du") with { Salutation = "Hallo Tim", Closing = "Viele Grüße", Signature = "Anna" }, German));

        Assert.Contains("Deine Anliegen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ihnen", text, StringComparison.Ordinal);
        Assert.Contains("Was ich von dir höre", heard, StringComparison.Ordinal);
        Assert.DoesNotContain("Ihnen", heard, StringComparison.Ordinal);
    }
}
