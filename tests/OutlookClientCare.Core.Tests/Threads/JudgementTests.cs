using OutlookClientCare.Core.Threads;
using OutlookClientCare.Core.Threads.Analysis;
using static OutlookClientCare.Core.Tests.Threads.ThreadBuilder;

namespace OutlookClientCare.Core.Tests.Threads;

/// <summary>
/// Where the client stands now, and whose feeling a word is: the card must not cry wolf on calm
/// mail, must stay calm once a client has settled, and must still hear restrained anger.
/// </summary>
public sealed class JudgementTests
{
    [Theory]
    [InlineData("We understand your frustration, and are working on it. The next update follows at 3 pm.")]
    [InlineData("Ich verstehe Ihren Ärger über die Verzögerung voll und ganz, das ist für uns kein Thema.")]
    [InlineData("ATTENTION: the office is closed on Friday. Please plan your visits accordingly.")]
    [InlineData("WICHTIG: Bitte tragen Sie Ihre Zeiten bis Freitag ein.")]
    [InlineData("Kein Problem, Montag passt auch.")]
    [InlineData("I'm not upset at all, I just wanted to check where things stand.")]
    [InlineData("If this slipped again we'd be pretty annoyed, but I'm sure it won't. See you Thursday.")]
    [InlineData("Falls sich das noch einmal verschiebt, wären wir schon verärgert, aber ich gehe nicht davon aus.")]
    [InlineData("Are you frustrated with the new ticket tool too? We keep hearing mixed things.")]
    [InlineData("Another Monday, another budget meeting, what a nightmare haha. See you at 10!")]
    [InlineData("Sorry to hear you were ill, I hope you are better. No rush with the draft.")]
    public void Feelings_that_are_not_the_clients_own_anger_do_not_read_as_anger(string text)
    {
        var card = AnalyzeOne(text);

        Assert.True(card.Mood.Level <= MoodLevel.Concerned, $"{card.Mood.Level} ({card.Mood.Score})");
        Assert.Equal(EscalationRisk.Low, card.Escalation.Risk);
    }

    [Theory]
    [InlineData("Our staff are annoyed that the printers jam every morning. Could someone come by this week?")]
    [InlineData("Unsere Kolleginnen sind ziemlich genervt, weil der Drucker ständig hängt. Können Sie diese Woche vorbeikommen?")]
    [InlineData("The users are frustrated with the new login page. Can we talk about it on Monday?")]
    public void What_others_feel_is_pressure_on_the_client_not_their_anger(string text)
    {
        var card = AnalyzeOne(text);

        Assert.Equal(MoodLevel.Concerned, card.Mood.Level);
    }

    [Theory]
    [InlineData("Wir sind irritiert, dass die Lieferung erneut verschoben wurde.")]
    [InlineData("Das entspricht nicht unserer Vereinbarung. Wir erwarten eine Lösung bis Freitag.")]
    [InlineData("I'm disappointed that the report still isn't ready.")]
    [InlineData("To be frank, this is now affecting our launch, and it is not what we signed up for.")]
    [InlineData("I understand things get busy, but a reply within two days is the minimum we expect.")]
    public void Restrained_anger_is_heard(string text)
    {
        var card = AnalyzeOne(text);

        Assert.True(card.Mood.Level >= MoodLevel.Frustrated, $"{card.Mood.Level} ({card.Mood.Score})");
    }

    [Theory]
    [InlineData("If this continues, we will have to look at other providers.", "cancel")]
    [InlineData("Sollte das bis Freitag nicht laufen, werden wir uns nach Alternativen umsehen.", "cancel")]
    [InlineData("Our counsel is reviewing the contract.", "legal")]
    [InlineData("Ich zahle ab Januar nicht mehr, bis das geklärt ist.", "refund-demand")]
    public void Threats_aimed_at_us_are_high_risk(string text, string signal)
    {
        var card = AnalyzeOne(text);

        Assert.Equal(EscalationRisk.High, card.Escalation.Risk);
        Assert.Contains(signal, card.Escalation.Signals);
    }

    [Theory]
    [InlineData("Heute kam eine Abmahnung, der Anwalt der Gegenseite fordert 170 € Schadensersatz. Bitte prüfen Sie das.")]
    [InlineData("A lawyer from the other side sent us a letter about the fonts. Could you check the website?")]
    [InlineData("Die Bestätigung brauche ich für unseren Anwalt, bitte mit Uhrzeit.")]
    public void A_lawyer_the_client_only_mentions_is_no_legal_threat(string text)
    {
        var card = AnalyzeOne(text);

        Assert.DoesNotContain("legal", card.Escalation.Signals);
    }

    [Fact]
    public void A_credit_note_the_client_thanks_us_for_is_not_a_refund_demand_and_settles_the_thread()
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-23T09:00:00Z", "Das ist nicht in Ordnung! Ich will eine Gutschrift, sonst kündige ich den Vertrag."),
            FromMe("2026-11-24T09:00:00Z", "Sie haben recht, die Gutschrift über 120 € ist unterwegs."),
            FromClient("2026-11-25T09:00:00Z", "Danke für die Gutschrift, damit ist das für uns erledigt."));

        Assert.True(card.Resolved);
        Assert.Equal(MoodLevel.Calm, card.Mood.Level);
        Assert.Equal(MoodDirection.Falling, card.Mood.Direction);
        Assert.Equal(EscalationRisk.Low, card.Escalation.Risk);
        Assert.Empty(card.Escalation.Signals);
        Assert.Equal(NextStep.FollowUp, card.NextStep);
        Assert.Equal(ReplyOwedBy.None, card.Waiting.ReplyOwedBy);
    }

    [Theory]
    [InlineData("Thanks, that helps.")]
    [InlineData("All good now, thanks!")]
    [InlineData("Passt, danke!")]
    [InlineData("Funktioniert wieder, danke für die schnelle Hilfe.")]
    public void Earlier_heat_fades_once_the_client_settles(string settling)
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-23T09:00:00Z", "This is unacceptable!! The shop has been DOWN since yesterday and nobody answers the phone."),
            FromMe("2026-11-23T10:00:00Z", "We are on it, the shop is back online since 9:55."),
            FromClient("2026-11-23T11:00:00Z", settling));

        Assert.True(card.Resolved);
        Assert.Equal(MoodLevel.Calm, card.Mood.Level);
        Assert.NotEqual(EscalationRisk.High, card.Escalation.Risk);
        Assert.Equal(2, card.MoodTrend.Count);
        Assert.True(card.MoodTrend[0].Level >= MoodLevel.Frustrated, "the trend keeps the earlier heat");
    }

    [Fact]
    public void A_client_who_calms_only_in_part_is_concerned_and_not_settled()
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-23T09:00:00Z", "Ich bin, gelinde gesagt, fassungslos. Wir haben Sie genau dafür bezahlt."),
            FromMe("2026-11-23T10:00:00Z", "Das ist behoben, alle Schriften liegen jetzt auf Ihrem Server."),
            FromClient("2026-11-23T11:00:00Z", "Danke für die schnelle Reaktion, das beruhigt mich etwas. Bitte prüfen Sie auch den Rest der Seite."));

        Assert.False(card.Resolved);
        Assert.Equal(MoodLevel.Concerned, card.Mood.Level);
        Assert.Equal(MoodDirection.Falling, card.Mood.Direction);
    }

    [Fact]
    public void A_calm_client_who_turns_sharp_is_rising_and_heard_now()
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-20T09:00:00Z", "Could you send the new date for the catalogue?"),
            FromMe("2026-11-20T10:00:00Z", "You will have the proofs from me by Tuesday, November 24."),
            FromClient("2026-11-30T09:00:00Z", "It is Monday and still nothing. I'm disappointed that we have to chase this, our Christmas mailing is at risk."));

        Assert.True(card.Mood.Level >= MoodLevel.Frustrated);
        Assert.Equal(MoodDirection.Rising, card.Mood.Direction);
        Assert.NotEqual(EscalationRisk.Low, card.Escalation.Risk);
    }

    [Fact]
    public void Chasing_without_an_answer_is_at_least_medium_risk_and_names_the_message()
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-24T09:00:00Z", "Could you check the booking form?", "a"),
            FromClient("2026-11-26T09:00:00Z", "Just following up on my email from Tuesday.", "b"),
            FromClient("2026-11-30T09:00:00Z", "Following up again. I also left you two voicemails.", "c"));

        Assert.True(card.Escalation.Risk >= EscalationRisk.Medium);
        var chase = Assert.Single(card.Escalation.Evidence, e => e.Signal == "repeated-follow-up");
        Assert.Equal("c", chase.MessageId);
        Assert.Contains("voicemails", chase.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chasing_after_we_answered_is_no_unanswered_chase()
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-24T09:00:00Z", "Could you check the booking form?"),
            FromMe("2026-11-24T12:00:00Z", "Yes, it is fixed now."),
            FromClient("2026-11-30T09:00:00Z", "Thanks. A quick follow-up: can we also add a newsletter box?"));

        Assert.DoesNotContain("repeated-follow-up", card.Escalation.Signals);
        Assert.Equal(EscalationRisk.Low, card.Escalation.Risk);
    }

    [Fact]
    public void Waiting_days_past_a_date_we_promised_is_at_least_medium_risk()
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-16T09:00:00Z", "Wann bekommen wir die Aufstellung?"),
            FromMe("2026-11-16T12:00:00Z", "Ich schicke Ihnen die Aufstellung bis Freitag, 20.11.", "promise"));

        Assert.Equal(EscalationRisk.Medium, card.Escalation.Risk);
        var overdue = Assert.Single(card.Escalation.Evidence);
        Assert.Equal("overdue-promise", overdue.Signal);
        Assert.Equal("promise", overdue.MessageId);
        Assert.Equal(NextStep.FollowUp, card.NextStep);
    }

    [Fact]
    public void Every_signal_names_its_message_and_sentence()
    {
        var card = Analyze(
            "2026-12-01T12:00:00Z",
            FromClient("2026-11-30T09:00:00Z", "Der Termin ist zum dritten Mal geplatzt. Ich habe unsere Geschäftsführerin in Kopie genommen. Unser Anwalt prüft, ob wir kündigen.", "x"));

        Assert.Equal(EscalationRisk.High, card.Escalation.Risk);
        Assert.Equal(card.Escalation.Signals.Count, card.Escalation.Evidence.Select(e => e.Signal).Distinct().Count());
        Assert.All(card.Escalation.Evidence, e =>
        {
            Assert.Equal("x", e.MessageId);
            Assert.False(string.IsNullOrWhiteSpace(e.Text));
        });
        Assert.Contains(card.Escalation.Evidence, e => e.Signal == "manager" && e.Text.Contains("Kopie", StringComparison.Ordinal));
    }

    [Fact]
    public void Reasons_are_words_in_the_users_language_never_codes()
    {
        var messages = new[] { FromClient("2026-11-30T09:00:00Z", "Wir fordern eine volle Rückerstattung, sonst gehen wir zum Anwalt und kündigen.") };
        var german = ThreadAnalyzer.Analyze(messages, At("2026-12-01T12:00:00Z") with { UserLanguage = ThreadLanguage.De });
        var english = ThreadAnalyzer.Analyze(messages, At("2026-12-01T12:00:00Z") with { UserLanguage = ThreadLanguage.En });

        Assert.Equal(NextStep.Escalate, german.NextStep);
        Assert.Contains("refund-demand", german.Escalation.Signals);
        foreach (var code in german.Escalation.Signals)
        {
            Assert.DoesNotContain(code, german.NextStepReason, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("refund-demand", english.NextStepReason, StringComparison.Ordinal);
        Assert.DoesNotContain("(", english.NextStepReason, StringComparison.Ordinal);

        Assert.Contains("Vorgesetzte", german.NextStepReason, StringComparison.Ordinal);
        Assert.Contains("manager", english.NextStepReason, StringComparison.Ordinal);
        Assert.Contains(SignalWords.For("legal", german: true), german.NextStepReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newsletter_is_bulk_and_never_angry()
    {
        var newsletter = new ThreadMessage
        {
            Id = "n",
            From = new MailAddress("Kanzleisoftware News", "newsletter@software.example"),
            To = [new MailAddress(null, Me)],
            SentDateTime = DateTimeOffset.Parse("2026-11-30T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            Subject = "WICHTIG: Störung behoben!!",
            Text = "ACHTUNG: Die Störung vom Wochenende ist behoben!! Wir wissen, wie ärgerlich das war.\n\nIm Browser anzeigen\n\nSie erhalten diesen Newsletter, weil Sie Kunde sind. Newsletter abbestellen.",
        };

        var card = ThreadAnalyzer.Analyze([newsletter], At("2026-12-01T12:00:00Z"));

        Assert.Equal(ThreadKind.Bulk, card.Kind);
        Assert.Equal(MoodLevel.Calm, card.Mood.Level);
        Assert.Equal(EscalationRisk.Low, card.Escalation.Risk);
        Assert.Equal(ReplyOwedBy.None, card.Waiting.ReplyOwedBy);
        Assert.Equal(NextStep.Listen, card.NextStep);
    }

    [Fact]
    public void A_monitoring_alert_is_bulk()
    {
        var alert = Message("alerts@monitoring.example", "2026-11-30T03:00:00Z", "ALERT: CPU usage CRITICAL on web-01 since 02:55 UTC.\nThis is an automated message, please do not reply.");

        Assert.Equal(ThreadKind.Bulk, ThreadAnalyzer.Analyze([alert], At("2026-12-01T12:00:00Z")).Kind);
    }

    [Fact]
    public void A_person_who_is_fed_up_with_our_newsletter_is_a_conversation()
    {
        var card = AnalyzeOne("Please unsubscribe me from your newsletter NOW. This is the third time I'm asking and I'm fed up!");

        Assert.Equal(ThreadKind.Conversation, card.Kind);
        Assert.True(card.Mood.Level >= MoodLevel.Frustrated);
    }

    [Fact]
    public void Thin_or_contradictory_evidence_lowers_the_confidence()
    {
        var clear = AnalyzeOne("This is unacceptable. I'm disappointed and frankly fed up with the delays. We will look at other providers.");
        var thin = AnalyzeOne("Hm, ok.");
        var mixed = AnalyzeOne("Thanks, the new page looks great! But the prices are wrong again, which is annoying.");

        Assert.True(clear.Mood.Confidence > thin.Mood.Confidence, $"{clear.Mood.Confidence} vs {thin.Mood.Confidence}");
        Assert.True(clear.Mood.Confidence > mixed.Mood.Confidence, $"{clear.Mood.Confidence} vs {mixed.Mood.Confidence}");
        Assert.InRange(thin.Mood.Confidence, 0, 0.5);
    }

    [Fact]
    public void A_forwarded_angry_mail_is_not_the_clients_own_mood()
    {
        var text = "Hi Daniel, see below from one of our customers, could you have a look this week?\n\n"
            + "---------- Forwarded message ---------\nFrom: Angry Customer <x@else.example>\nDate: Mon, Nov 30, 2026\nSubject: Order\n\n"
            + "This is UNACCEPTABLE!!! I will never order from you again and I'll tell everyone!";

        var card = AnalyzeOne(ReplyText.Extract(text, BodyFormat.Text));

        Assert.True(card.Mood.Level <= MoodLevel.Concerned, $"{card.Mood.Level}");
        Assert.Equal(EscalationRisk.Low, card.Escalation.Risk);
    }
}
