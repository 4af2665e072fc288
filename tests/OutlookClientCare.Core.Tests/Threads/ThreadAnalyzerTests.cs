using System.Text.Json;
using OutlookClientCare.Core.Threads;
using static OutlookClientCare.Core.Tests.Threads.ThreadBuilder;

namespace OutlookClientCare.Core.Tests.Threads;

public sealed class ThreadAnalyzerTests
{
    [Theory]
    [InlineData("Könnten Sie mir bitte die Rechnung noch einmal schicken?", AskKind.Request)]
    [InlineData("Wäre es möglich, den Termin auf Donnerstag zu legen?", AskKind.Request)]
    [InlineData("Bitte nennen Sie mir einen verbindlichen Termin.", AskKind.Request)]
    [InlineData("Schicken Sie mir die Unterlagen bis morgen.", AskKind.Request)]
    [InlineData("I'd appreciate it if you could send the slides today.", AskKind.Request)]
    [InlineData("Could you confirm the new date?", AskKind.Request)]
    [InlineData("Wann ist die Seite online?", AskKind.Question)]
    [InlineData("What happened to the second batch?", AskKind.Question)]
    public void Direct_and_polite_indirect_asks_are_found_with_their_kind(string sentence, AskKind kind)
    {
        var card = AnalyzeOne($"Hallo Herr Weber,\n\ndas Projekt läuft. {sentence}\n\nViele Grüße\nKerstin Mahler");

        var ask = Assert.Single(card.Asks);
        Assert.Equal(sentence, ask.Text);
        Assert.Equal(kind, ask.Kind);
        Assert.True(ask.IsOpen);
    }

    [Theory]
    [InlineData("Please find attached the signed contract.")]
    [InlineData("Bitte entschuldigen Sie die späte Rückmeldung.")]
    [InlineData("Bei Fragen melden Sie sich gern.")]
    public void Courtesy_phrases_with_please_or_bitte_are_not_asks(string sentence) =>
        Assert.Empty(AnalyzeOne(sentence).Asks);

    [Theory]
    [InlineData("Bitte schicken Sie das bis Freitag.", "bis Freitag", "2026-12-04", true)]
    [InlineData("Wir brauchen das Ende nächster Woche.", "Ende nächster Woche", "2026-12-11", false)]
    [InlineData("Please send it by EOD.", "by EOD", "2026-12-01", true)]
    [InlineData("I need an approved master by COB Friday, no later.", "by COB Friday", "2026-12-04", true)]
    [InlineData("Send it over by EOD Thursday.", "by EOD Thursday", "2026-12-03", true)]
    [InlineData("Die Anzeigen starten am 4.12. und nicht später.", "4.12.", "2026-12-04", false)]
    [InlineData("The event is on December 4th, 2026.", "December 4th, 2026", "2026-12-04", false)]
    [InlineData("Geht es bis spätestens 15. Januar?", "bis spätestens 15. Januar", "2027-01-15", true)]
    [InlineData("Können wir in 3 Tagen sprechen?", "in 3 Tagen", "2026-12-04", false)]
    [InlineData("Wir starten in KW 50.", "KW 50", "2026-12-07", false)]
    [InlineData("Bitte bis morgen früh melden.", "bis morgen früh", "2026-12-02", true)]
    [InlineData("Next Monday would be fine.", "Next Monday", "2026-12-07", false)]
    [InlineData("We need a call with someone senior before Thursday.", "before Thursday", "2026-12-02", true)]
    [InlineData("She says the figures will come not before Thursday.", "before Thursday", "2026-12-03", true)]
    [InlineData("The crew finishes on Wednesday 30th.", "on Wednesday 30th", "2026-12-30", false)]
    [InlineData("We start on Tuesday 5 and finish by lunchtime.", "on Tuesday 5", "2027-01-05", false)]
    [InlineData("She'll call you this Friday (Dec 11) about the keys.", "this Friday (Dec 11)", "2026-12-11", false)]
    [InlineData("Der Drucker lief heute Morgen noch nicht.", "heute Morgen", "2026-12-01", false)]
    [InlineData("Frau Frei schickt Ihnen nächste Woche Dienstag den Fragebogen.", "nächste Woche Dienstag", "2026-12-08", false)]
    [InlineData("Tuesday next week works for us.", "Tuesday next week", "2026-12-08", false)]
    [InlineData("Die neuen Etiketten sind bis Mittwochabend hier.", "bis Mittwochabend", "2026-12-02", true)]
    [InlineData("Die Fotos kommen Mittwochabend, 9.12., per WeTransfer.", "Mittwochabend, 9.12.", "2026-12-09", false)]
    [InlineData("Ein Angebot bis Mitte Dezember ist machbar.", "bis Mitte Dezember", "2026-12-15", true)]
    [InlineData("The final guidelines come in mid-January.", "mid-January.", "2027-01-15", false)]
    [InlineData("Die Abnahme ist Ende Januar.", "Ende Januar.", "2027-01-31", false)]
    [InlineData("Could you send the figures by the 9th?", "by the 9th", "2026-12-09", true)]
    [InlineData("Tue 8th at 2pm is perfect for us.", "Tue 8th", "2026-12-08", false)]
    [InlineData("Der Workshop ist am 26. und 27. Januar in Esslingen.", "26. und 27. Januar", "2027-01-26", false)]
    [InlineData("Der zweite Testimport läuft am Wochenende 5./6.12.", "5./6.12.", "2026-12-05", false)]
    [InlineData("I want a call with our CEO this week.", "this week", "2026-12-04", false)]
    [InlineData("Bitte melden Sie sich bis diese Woche.", "bis diese Woche", "2026-12-04", true)]
    [InlineData("We need the report by the 1st.", "by the 1st", "2027-01-01", true)]
    [InlineData("The payroll run is set for the 18th.", "for the 18th", "2026-12-18", false)]
    [InlineData("Ab Januar prüfen wir die Daten monatlich.", "Ab Januar", "2027-01-01", false)]
    [InlineData("Im Oktober lief das noch.", "Im Oktober", "2026-10-01", false)]
    [InlineData("The call is on Thursday, December 10 at 3 PM.", "on Thursday, December 10", "2026-12-10", false)]
    [InlineData("Bitte bis Donnerstag, den 10.12. zurückmelden.", "bis Donnerstag, den 10.12.", "2026-12-10", true)]
    [InlineData("You'll have the proofs by Thursday (10/12).", "by Thursday (10/12)", "2026-12-10", true)]
    [InlineData("The crew starts on 08/12 with the scaffold.", "08/12", "2026-12-08", false)]
    [InlineData("Can we move the call to 12/3?", "12/3", "2026-12-03", false)]
    [InlineData("We kick off on 6/1 after the break.", "6/1", "2027-01-06", false)]
    [InlineData("The part arrives Thursday morning 12/17 at the earliest.", "Thursday morning 12/17", "2026-12-17", false)]
    public void Dates_are_resolved_against_the_sent_day(string sentence, string text, string date, bool deadline)
    {
        // Sent Tuesday 1 December 2026.
        var card = AnalyzeOne(sentence);

        var found = Assert.Single(card.Dates);
        Assert.Equal(text, found.Text);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), found.Date);
        Assert.Equal(deadline, found.IsDeadline);
    }

    [Theory]
    [InlineData("Revised handover date is Tuesday, 22/12. We will start work tonight.", "We will start work tonight.")]
    [InlineData("The call is at 10:30. Please dial in five minutes early.", "Please dial in five minutes early.")]
    [InlineData("Die Druckdaten kommen am 16.12. Dann geht alles in den Druck.", "Dann geht alles in den Druck.")]
    public void A_sentence_after_a_date_or_a_time_starts_on_its_own(string text, string second) =>
        Assert.Contains(OutlookClientCare.Core.Threads.Analysis.Segmenter.Split(text), s => s.Text == second);

    [Theory]
    [InlineData("Mirjam fragt, ob du am Konzert (Sa 19.12.) ab 16 Uhr vorbeikommen könntest. Natürlich gegen Rechnung.", "Mirjam fragt, ob du am Konzert (Sa 19.12.) ab 16 Uhr vorbeikommen könntest.")]
    [InlineData("Die Rechnung für die Etiketten (die vom 27.11.) könnt ihr stornieren. Danke!", "Die Rechnung für die Etiketten (die vom 27.11.) könnt ihr stornieren.")]
    public void A_date_in_brackets_does_not_end_the_sentence(string text, string first) =>
        Assert.Equal(first, OutlookClientCare.Core.Threads.Analysis.Segmenter.Split(text)[0].Text);

    [Theory]
    [InlineData("On the Saturday fee: we expect it to be waived.")]
    [InlineData("Is there a Sunday surcharge?")]
    public void The_price_of_a_kind_of_day_is_no_date(string sentence) =>
        Assert.Empty(AnalyzeOne(sentence).Dates);

    [Fact]
    public void The_sent_day_is_taken_in_the_users_time_zone()
    {
        // 23:30 UTC on Monday is already Tuesday in Berlin: "morgen" is Wednesday.
        var card = Analyze("2026-12-02T12:00:00Z", FromClient("2026-11-30T23:30:00Z", "Bitte bis morgen antworten."));

        Assert.Equal(new DateOnly(2026, 12, 2), Assert.Single(card.Dates).Date);
    }

    [Theory]
    [InlineData("We are not unhappy with the design.", MoodLevel.Calm)]
    [InlineData("Vielen Dank, wir sind sehr zufrieden.", MoodLevel.Calm)]
    [InlineData("Mit dem Farbton sind wir leider nicht zufrieden.", MoodLevel.Concerned)]
    [InlineData("I'm not happy with the colours.", MoodLevel.Concerned)]
    [InlineData("Wir sind äußerst verwundert über Ihre Mitteilung und erwarten eine Erklärung.", MoodLevel.Frustrated)]
    [InlineData("This is UNACCEPTABLE!!! I am furious.", MoodLevel.Angry)]
    public void Mood_reads_negation_intensity_and_tone(string text, MoodLevel expected)
    {
        var level = AnalyzeOne(text).Mood.Level;

        Assert.True(Math.Abs(level - expected) <= (expected is MoodLevel.Calm or MoodLevel.Angry ? 0 : 1), $"{text}: {level}");
        if (expected != MoodLevel.Calm)
        {
            Assert.NotEqual(MoodLevel.Calm, level);
        }
    }

    [Fact]
    public void Anger_needs_threats_or_shouting_strong_disappointment_alone_is_frustration()
    {
        const string disappointed = "Ich frage jetzt zum dritten Mal. Ich bin wirklich sehr enttäuscht und ehrlich gesagt verärgert, das ist unprofessionell.";

        Assert.Equal(MoodLevel.Frustrated, AnalyzeOne(disappointed).Mood.Level);
        Assert.Equal(MoodLevel.Angry, AnalyzeOne(disappointed + " Sonst kündigen wir den Vertrag.").Mood.Level);
    }

    [Fact]
    public void Intensifiers_and_shouting_raise_the_score()
    {
        var plain = AnalyzeOne("Das ist enttäuschend.").Mood.Score;
        var intense = AnalyzeOne("Das ist wirklich enttäuschend.").Mood.Score;
        var shouted = AnalyzeOne("Das ist WIRKLICH ENTTÄUSCHEND!!").Mood.Score;

        Assert.True(plain < intense && intense < shouted, $"{plain} < {intense} < {shouted}");
    }

    [Fact]
    public void Praise_in_a_complaint_is_read_as_sarcasm()
    {
        var card = AnalyzeOne("Na toll. Der Shop ist schon wieder offline, und das am Black Friday.");

        Assert.True(card.Mood.Level >= MoodLevel.Frustrated, card.Mood.Level.ToString());
    }

    [Fact]
    public void The_mood_trend_follows_each_client_message_and_evidence_names_the_sentence()
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-20T08:00:00Z", "Können Sie mir den Stand mitteilen?", "a"),
            FromMe("2026-11-20T10:00:00Z", "Wir melden uns Montag.", "b"),
            FromClient("2026-12-01T08:00:00Z", "Ich frage jetzt zum dritten Mal. Ich bin ehrlich gesagt sehr enttäuscht.", "c"));

        Assert.Equal(["a", "c"], card.MoodTrend.Select(p => p.MessageId));
        Assert.True(card.MoodTrend[0].Score < card.MoodTrend[1].Score);
        Assert.Contains(card.Mood.Evidence, e => e.MessageId == "c" && e.Text.Contains("enttäuscht", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Die Website sollte am 20.11. online gehen, der Termin ist längst überfällig.", MainIssue.Delay)]
    [InlineData("Das war so nicht vereinbart, die Schnittstelle war im Angebot enthalten.", MainIssue.Expectations)]
    [InlineData("The checkout crashes and the menu is broken on mobile.", MainIssue.Quality)]
    [InlineData("Die Rechnung liegt 800 € über dem Angebot, bitte erstellen Sie eine Gutschrift.", MainIssue.Billing)]
    [InlineData("I have had no response to my last three emails and nobody calls back.", MainIssue.Responsiveness)]
    [InlineData("Wir planen die Weihnachtsfeier für 40 Personen.", MainIssue.Other)]
    public void The_main_issue_comes_with_its_evidence(string text, MainIssue expected)
    {
        var card = AnalyzeOne(text);

        Assert.Equal(expected, card.MainIssue);
        if (expected != MainIssue.Other)
        {
            Assert.Equal(text, Assert.Single(card.MainIssueEvidence).Text);
        }
    }

    [Theory]
    [InlineData("Wenn das so weitergeht, kündigen wir den Vertrag.", EscalationRisk.High, "cancel")]
    [InlineData("Ich werde das an meinen Anwalt weitergeben.", EscalationRisk.High, "legal")]
    [InlineData("I will leave a review on Trustpilot about this.", EscalationRisk.High, "public-review")]
    [InlineData("Ich schalte jetzt unsere Geschäftsführung ein.", EscalationRisk.Medium, "manager")]
    [InlineData("We expect a full refund.", EscalationRisk.High, "refund-demand")]
    [InlineData("Danke für die schnelle Lieferung.", EscalationRisk.Low, null)]
    public void Escalation_signals_set_the_risk(string text, EscalationRisk risk, string? signal)
    {
        var escalation = AnalyzeOne(text).Escalation;

        Assert.Equal(risk, escalation.Risk);
        if (signal is null)
        {
            Assert.Empty(escalation.Signals);
        }
        else
        {
            Assert.Contains(signal, escalation.Signals);
        }
    }

    [Fact]
    public void Chasing_again_and_again_without_an_answer_is_a_repeated_follow_up()
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-25T08:00:00Z", "Wie ist der Stand?"),
            FromClient("2026-11-27T08:00:00Z", "Gibt es schon Neuigkeiten?"),
            FromClient("2026-12-01T08:00:00Z", "Hallo? Ich warte auf eine Antwort."));

        Assert.Contains("repeated-follow-up", card.Escalation.Signals);
        Assert.Equal(MainIssue.Responsiveness, card.MainIssue);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), card.Waiting.Since);
    }

    [Fact]
    public void Chasing_after_our_answer_is_about_the_late_work_and_chasing_into_silence_about_answers()
    {
        var answered = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-25T08:00:00Z", "Could you send the proofs?"),
            FromMe("2026-11-25T09:00:00Z", "Sure, you will have them on Friday."),
            FromClient("2026-12-01T08:00:00Z", "Following up on my email from last week."));
        var unanswered = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-25T08:00:00Z", "Could you send the proofs?"),
            FromClient("2026-12-01T08:00:00Z", "Following up on my email from last week."));

        Assert.Equal(MainIssue.Delay, answered.MainIssue);
        Assert.Equal(MainIssue.Responsiveness, unanswered.MainIssue);
    }

    [Fact]
    public void One_polite_nudge_is_not_an_escalation()
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-27T08:00:00Z", "Could you send me a quote for the translation?"),
            FromClient("2026-12-01T08:00:00Z", "Just bumping this, no rush!"));

        Assert.Equal(EscalationRisk.Low, card.Escalation.Risk);
        Assert.Contains(card.Asks, a => a.IsOpen && a.Text == "Could you send me a quote for the translation?");
    }

    [Fact]
    public void The_client_waits_on_us_in_working_hours_only()
    {
        // Friday 16:00 Berlin to Monday 11:00 Berlin: 1 h on Friday, 2 h on Monday.
        var card = Analyze("2026-11-30T10:00:00Z", FromClient("2026-11-27T15:00:00Z", "Können Sie mir das Angebot schicken?"));

        Assert.Equal(ReplyOwedBy.Us, card.Waiting.ReplyOwedBy);
        Assert.Equal(3.0, card.Waiting.BusinessHours);
        Assert.Equal(NextStep.ProposeSolution, card.NextStep);
    }

    [Fact]
    public void After_our_question_the_client_owes_the_reply_and_we_follow_up_after_two_days()
    {
        var card = Analyze(
            "2026-12-04T15:00:00Z",
            FromClient("2026-11-30T08:00:00Z", "Wann kommt die Auswertung?"),
            FromMe("2026-11-30T09:00:00Z", "Sie kommt Donnerstag. Könnten Sie mir bis Montag die Abteilungsliste schicken?"));

        Assert.Equal(ReplyOwedBy.Client, card.Waiting.ReplyOwedBy);
        Assert.Equal(NextStep.FollowUp, card.NextStep);
        Assert.False(card.Asks.Single().IsOpen);
    }

    [Fact]
    public void A_closing_thank_you_means_nobody_owes_a_reply()
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-30T08:00:00Z", "Das Kontaktformular funktioniert nicht. Kannst du mal schauen?"),
            FromMe("2026-11-30T09:00:00Z", "Ist behoben, bitte teste es noch einmal."),
            FromClient("2026-11-30T10:00:00Z", "Super, danke, passt so!"));

        Assert.Equal(ReplyOwedBy.None, card.Waiting.ReplyOwedBy);
        Assert.Equal(MainIssue.Quality, card.MainIssue);
        Assert.Equal(AddressForm.Du, card.FormOfAddress);
    }

    [Fact]
    public void An_angry_unanswered_client_is_acknowledged_first_and_threats_escalate()
    {
        var angry = AnalyzeOne("Das ist eine Frechheit!! Der Termin ist geplatzt.");
        var threat = AnalyzeOne("Das ist eine Frechheit. Wir kündigen den Vertrag.");

        Assert.Equal(NextStep.Acknowledge, angry.NextStep);
        Assert.Equal(NextStep.Escalate, threat.NextStep);
        Assert.False(string.IsNullOrWhiteSpace(threat.NextStepReason));
    }

    [Fact]
    public void Colleagues_on_our_domain_answer_for_us_and_the_client_is_named()
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-30T08:00:00Z", "Could you send the files?"),
            Message("anna.colleague@agentur.example", "2026-11-30T09:00:00Z", "Here they are."));

        Assert.Equal(ReplyOwedBy.None, card.Waiting.ReplyOwedBy);
        Assert.Equal(Client, card.Client!.Address);
    }

    [Theory]
    [InlineData("Sehr geehrter Herr Weber, können Sie mir Ihre Einschätzung schicken?", "de", "sie")]
    [InlineData("Hi Jonas, kannst du mir deine Einschätzung schicken?", "de", "du")]
    [InlineData("Hi Jonas, could you send me your estimate?", "en", null)]
    public void Language_and_form_of_address_are_recognised(string text, string language, string? form)
    {
        var card = AnalyzeOne(text);

        Assert.Equal(language, card.Language.ToString().ToLowerInvariant());
        Assert.Equal(form, card.FormOfAddress?.ToString().ToLowerInvariant());
    }

    [Fact]
    public void Umlauts_written_as_ascii_still_count()
    {
        var card = AnalyzeOne("Wir sind aeusserst veraergert und erwarten eine Erklaerung.");

        Assert.True(card.Mood.Level >= MoodLevel.Frustrated, card.Mood.Level.ToString());
    }

    [Fact]
    public void The_card_serialises_with_the_contract_names_and_kebab_case_values()
    {
        var json = JsonSerializer.Serialize(AnalyzeOne("Bitte klären Sie das, das war so nicht vereinbart."), CoreJson.Options);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        foreach (var name in new[] { "language", "messageCount", "mainIssue", "mood", "asks", "dates", "escalation", "waiting", "nextStep" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }

        Assert.Equal("clarify-expectations", root.GetProperty("nextStep").GetString());
        Assert.Equal("us", root.GetProperty("waiting").GetProperty("replyOwedBy").GetString());
        Assert.Equal("expectations", root.GetProperty("mainIssue").GetString());
        Assert.Matches("^(calm|concerned|frustrated|angry)$", root.GetProperty("mood").GetProperty("level").GetString());
    }

    [Fact]
    public void Drafts_and_empty_threads_do_not_break_the_card()
    {
        var draftOnly = new ThreadMessage { Id = "d", SentDateTime = DateTimeOffset.UnixEpoch, Text = "Entwurf", IsDraft = true };

        var card = ThreadAnalyzer.Analyze([draftOnly], At("2026-12-01T12:00:00Z"));

        Assert.Equal(1, card.MessageCount);
        Assert.Equal(ReplyOwedBy.None, card.Waiting.ReplyOwedBy);
        Assert.Equal(MoodLevel.Calm, card.Mood.Level);
    }

    [Fact]
    public void A_long_message_still_loses_its_signature_and_imprint()
    {
        var body = string.Concat(Enumerable.Repeat("Wir haben die Unterlagen geprüft und melden uns mit Anmerkungen.\n", 60))
            + "\nMit freundlichen Grüßen\nKai Busch\nBusch Logistik GmbH\nGeschäftsführer: Anton Busch, Amtsgericht Hamburg";

        var card = AnalyzeOne(body);

        Assert.DoesNotContain("manager", card.Escalation.Signals);
        Assert.Equal(EscalationRisk.Low, card.Escalation.Risk);
    }

    [Fact]
    public void Hostile_text_yields_a_sensible_card()
    {
        var messages = new[]
        {
            FromClient("2026-12-01T08:00:00Z", new string('!', InputLimits.MaxTextChars)),
            FromClient("2026-12-01T08:01:00Z", string.Concat(Enumerable.Repeat("bis Freitag ", 3000))),
            FromClient("2026-12-01T08:02:00Z", string.Concat(Enumerable.Repeat("? ", 10_000))),
            FromClient("2026-12-01T08:03:00Z", ""),
        };

        var card = ThreadAnalyzer.Analyze(messages, At("2026-12-01T12:00:00Z"));

        Assert.Equal(ReplyOwedBy.Us, card.Waiting.ReplyOwedBy);
        Assert.Equal(4, card.MessageCount);
    }
}
