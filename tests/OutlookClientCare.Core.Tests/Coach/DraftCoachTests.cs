using OutlookClientCare.Core.Coach;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests.Coach;

public class DraftCoachTests
{
    private static CoachResult Coach(string draft, CoachOptions? options = null) => DraftCoach.Coach(draft, options);

    private static CoachFinding Single(CoachResult result, CoachFindingKind kind) => Assert.Single(result.Findings, f => f.Kind == kind);

    [Theory]
    [InlineData("As per my last email, the files are attached.", CoachFindingKind.PassiveAggressive, "As per my last email")]
    [InlineData("Wie bereits mehrfach erwähnt, fehlen die Zahlen.", CoachFindingKind.PassiveAggressive, "Wie bereits mehrfach erwähnt")]
    [InlineData("This happened because you didn't send the data.", CoachFindingKind.Blame, "because you didn't")]
    [InlineData("Das ist passiert, weil Sie die Daten nicht geschickt haben.", CoachFindingKind.Blame, "weil Sie die Daten nicht")]
    [InlineData("We will send it asap.", CoachFindingKind.EmptyPromise, "asap")]
    [InlineData("Das Update kommt garantiert.", CoachFindingKind.EmptyPromise, "garantiert")]
    [InlineData("We did not miss anything!!!", CoachFindingKind.Rudeness, "!!!")]
    [InlineData("That is SIMPLY NOT TRUE.", CoachFindingKind.Rudeness, "SIMPLY NOT TRUE")]
    [InlineData("Let us circle back on Monday.", CoachFindingKind.Jargon, "circle back")]
    [InlineData("Das Deployment ist am Montag.", CoachFindingKind.Jargon, "Deployment")]
    [InlineData("I'm sorry for the delay, but the supplier was late.", CoachFindingKind.ApologyBut, "sorry for the delay, but")]
    [InlineData("Es tut mir leid. Aber der Lieferant war spät dran.", CoachFindingKind.ApologyBut, "tut mir leid. Aber")]
    public void Each_problem_is_found_with_the_exact_span_in_the_draft(string draft, CoachFindingKind kind, string span)
    {
        var finding = Single(Coach(draft, new CoachOptions { ClientMoodLevel = MoodLevel.Calm }), kind);

        Assert.Equal(span, finding.Text);
        Assert.Equal(span, draft.Substring(finding.Start, finding.Length));
        Assert.False(string.IsNullOrWhiteSpace(finding.Reason));
        Assert.False(string.IsNullOrWhiteSpace(finding.Suggestion));
    }

    [Fact]
    public void Reasons_suggestions_and_verdict_follow_the_detected_language()
    {
        var de = Coach("Hallo Frau Weber, wir melden uns sofort bei Ihnen, das ist garantiert.");
        var en = Coach("Hi Ms Weber, we will get back to you immediately, that is guaranteed.");

        Assert.Equal(ThreadLanguage.De, de.Language);
        Assert.Equal(ThreadLanguage.En, en.Language);
        Assert.StartsWith("Vor dem Senden ändern: leere Versprechen", de.Verdict, StringComparison.Ordinal);
        Assert.StartsWith("Change before sending: empty promises", en.Verdict, StringComparison.Ordinal);
        Assert.Contains("Zeitpunkt", de.Findings[0].Suggestion, StringComparison.Ordinal);
        Assert.Contains("time", en.Findings[0].Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_draft_gets_a_ready_verdict_and_no_findings()
    {
        var result = Coach("Hi Mia,\n\nhere are the slides from Tuesday. I will send the notes on Friday.\n\nBest,\nLeo", new CoachOptions { ClientMoodLevel = MoodLevel.Calm });

        Assert.Empty(result.Findings);
        Assert.Equal("Ready to send: calm, clear and concrete.", result.Verdict);
        Assert.Null(result.AnsweredAsks);
        Assert.Null(result.OpenAsks);
    }

    [Fact]
    public void The_verdict_says_how_many_of_the_clients_questions_the_draft_answers()
    {
        var result = Coach(
            "Hi Olivia,\n\nthe invoice is higher because your team booked six extra training hours. Paying in two instalments is fine.\n\nBest,\nNoah",
            new CoachOptions
            {
                ClientMoodLevel = MoodLevel.Calm,
                ClientAsks = ["Why was the invoice higher than the quote?", "Can we pay in two instalments?", "When do we get the new training plan?"],
            });

        Assert.Equal(["Why was the invoice higher than the quote?", "Can we pay in two instalments?"], result.AnsweredAsks);
        Assert.Equal(["When do we get the new training plan?"], result.OpenAsks);
        Assert.EndsWith("Answers 2 of 3 questions.", result.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_about_when_needs_a_date_in_the_draft_to_count_as_answered()
    {
        var asks = new[] { "Wann bekommen wir den Bericht?" };

        var vague = Coach("Hallo Frau Roth,\n\nden Bericht bekommen Sie bald.\n\nGruß", new CoachOptions { ClientAsks = asks, ClientMoodLevel = MoodLevel.Calm });
        var dated = Coach("Hallo Frau Roth,\n\nden Bericht bekommen Sie am Donnerstag bis 10 Uhr.\n\nGruß", new CoachOptions { ClientAsks = asks, ClientMoodLevel = MoodLevel.Calm });

        Assert.Equal(asks, vague.OpenAsks);
        Assert.Equal(asks, dated.AnsweredAsks);
        Assert.EndsWith("Beantwortet 1 von 1 Fragen.", dated.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void German_compounds_and_inflections_meet_the_ask_words()
    {
        var result = Coach(
            "Hallo Herr Kunz,\n\ndie Rechnungsbeträge für März sind korrigiert.\n\nGruß",
            new CoachOptions { ClientAsks = ["Korrigieren Sie die Rechnung für März?"], ClientMoodLevel = MoodLevel.Calm });

        Assert.Equal(["Korrigieren Sie die Rechnung für März?"], result.AnsweredAsks);
    }

    [Fact]
    public void An_unhappy_client_without_a_next_step_and_date_is_flagged_on_the_last_real_sentence()
    {
        var draft = "Dear Mr Hughes,\n\nI am sorry about the outage. We are looking into it.\n\nKind regards,\nEmma";

        var finding = Single(Coach(draft, new CoachOptions { ClientMoodLevel = MoodLevel.Angry }), CoachFindingKind.NoNextStep);

        Assert.Equal("We are looking into it.", finding.Text);
    }

    [Fact]
    public void A_calm_client_needs_no_date_and_an_unknown_mood_is_read_from_the_drafts_apology()
    {
        const string NoDate = "Hi Ben,\n\nthanks, the files arrived and look good to us.\n\nBest,\nLaura";
        const string Apology = "Hi Ben,\n\nI am sorry the files were missing. We are looking into it.\n\nBest,\nLaura";

        Assert.DoesNotContain(Coach(NoDate, new CoachOptions { ClientMoodLevel = MoodLevel.Calm }).Findings, f => f.Kind == CoachFindingKind.NoNextStep);
        Assert.DoesNotContain(Coach(NoDate).Findings, f => f.Kind == CoachFindingKind.NoNextStep);
        Assert.Contains(Coach(Apology).Findings, f => f.Kind == CoachFindingKind.NoNextStep);
    }

    [Fact]
    public void A_date_inside_an_empty_promise_is_not_a_concrete_next_step()
    {
        var result = Coach("Hi Sarah,\n\nsorry for this. It will definitely be done tomorrow.\n\nTom", new CoachOptions { ClientMoodLevel = MoodLevel.Angry });

        Assert.Contains(result.Findings, f => f.Kind == CoachFindingKind.EmptyPromise);
        Assert.Contains(result.Findings, f => f.Kind == CoachFindingKind.NoNextStep);
    }

    [Theory]
    [InlineData("Guten Morgen Herr Kunz,\n\nes tut mir leid, wir prüfen das.\n\nGruß")]
    [InlineData("Hallo Herr Kunz,\n\nes tut mir leid, wir kümmern uns so schnell wie möglich darum.\n\nGruß")]
    public void Greetings_and_vague_time_words_are_not_dates(string draft)
    {
        Assert.Contains(Coach(draft, new CoachOptions { ClientMoodLevel = MoodLevel.Frustrated }).Findings, f => f.Kind == CoachFindingKind.NoNextStep);
    }

    [Fact]
    public void Ab_sofort_means_from_now_on_and_is_no_promise()
    {
        var result = Coach("Ab sofort übernimmt Frau Dorn das Thema; sie ruft Sie morgen um 9 Uhr an.", new CoachOptions { ClientMoodLevel = MoodLevel.Calm });

        Assert.DoesNotContain(result.Findings, f => f.Kind == CoachFindingKind.EmptyPromise);
    }

    [Fact]
    public void Du_words_in_a_reply_to_a_client_who_writes_Sie_are_flagged_with_the_formal_word()
    {
        var draft = "Hallo Herr Brandt,\n\ndanke für deine Nachricht. Ich schicke dir morgen um 12 Uhr eine Lösung.";

        var findings = Coach(draft, new CoachOptions { ClientFormOfAddress = AddressForm.Sie }).Findings.Where(f => f.Kind == CoachFindingKind.AddressForm).ToList();

        Assert.Equal(["deine", "dir"], findings.Select(f => f.Text));
        Assert.Equal(["„Ihre“", "„Ihnen“"], findings.Select(f => f.Suggestion));
    }

    [Fact]
    public void Mixed_Sie_and_du_are_flagged_even_when_the_clients_form_is_unknown()
    {
        var draft = "Hallo Kai,\n\ndanke für deine Rückmeldung. Ich schicke Ihnen die Entwürfe bis Donnerstag, dann kannst du entscheiden.";

        var finding = Single(Coach(draft), CoachFindingKind.AddressForm);

        Assert.Equal("Ihnen", finding.Text);
    }

    [Fact]
    public void Sie_at_the_start_of_a_sentence_may_mean_they_and_is_not_counted()
    {
        var draft = "Hallo Kai,\n\nich habe mit Anna und Tom gesprochen. Sie schicken dir die Entwürfe bis Donnerstag.";

        Assert.DoesNotContain(Coach(draft, new CoachOptions { ClientFormOfAddress = AddressForm.Du }).Findings, f => f.Kind == CoachFindingKind.AddressForm);
    }

    [Fact]
    public void The_users_own_jargon_is_flagged_too()
    {
        var result = Coach("We will fix it in the next PI planning on Monday.", new CoachOptions { ExtraJargon = ["PI planning"], ClientMoodLevel = MoodLevel.Calm });

        var finding = Single(result, CoachFindingKind.Jargon);
        Assert.Equal("PI planning", finding.Text);
        Assert.Equal("This is on your own jargon list.", finding.Reason);
    }

    [Fact]
    public void A_long_draft_is_flagged_where_it_passes_the_word_limit()
    {
        var sentence = "We checked the export and the numbers match the report. ";
        var draft = string.Concat(Enumerable.Repeat(sentence, 30));

        var finding = Assert.Single(Coach(draft, new CoachOptions { ClientMoodLevel = MoodLevel.Calm }).Findings, f => f.Kind == CoachFindingKind.TooLong && f.Reason.Contains("300 words", StringComparison.Ordinal));

        Assert.Equal(sentence.Trim(), finding.Text);
        Assert.True(finding.Start > 1_000);
    }

    [Fact]
    public void Flesch_and_Amstad_reading_ease_follow_their_formulas()
    {
        var english = DraftText.Of("The cat sat on the mat.");
        var german = DraftText.Of("Die Lösung kommt morgen.");

        // 6 words, 6 syllables, 1 sentence: 206.835 - 1.015*6 - 84.6*1
        Assert.Equal(116.145, LengthRule.ReadingEase(english, english.Words, 1, german: false), 3);

        // 4 words, 6 syllables (Die, Lö-sung, kommt, mor-gen), 1 sentence: 180 - 4 - 58.5*1.5
        Assert.Equal(88.25, LengthRule.ReadingEase(german, german.Words, 1, german: true), 3);
    }

    [Fact]
    public void Hostile_drafts_never_throw_and_oversized_ones_are_cut_with_a_flag()
    {
        var huge = string.Concat(Enumerable.Repeat("SORRY!!! but \u202E\u0000 asap " + new string('x', 50), 50_000));
        string[] hostile = [huge, "", "\n\n\n", new string('!', 100_000), new string('A', 100_000), "Sie du Ihnen dir " + new string('.', 10_000)];

        foreach (var draft in hostile)
        {
            var result = Coach(draft, new CoachOptions { ClientAsks = [huge[..5_000]], ExtraJargon = ["(", "[", "\\"] });
            Assert.NotNull(result.Verdict);
            Assert.All(result.Findings, f => Assert.True(f.Start + f.Length <= DraftCoach.MaxDraftLength));
        }

        Assert.True(Coach(huge).Truncated);
        Assert.False(Coach("Hi").Truncated);
    }
}

public class DraftCoachBoundaryTests
{
    [Theory]
    [InlineData("Hi Tom,\n\nthe report is attached and the numbers are final.\n\nBest,\nAnna\n\nOn Mon, 3 Mar 2026 at 09:12, Tom <tom@example.com> wrote:\n> THIS IS UNACCEPTABLE!!! Fix it ASAP.")]
    [InlineData("Hallo Tom,\n\nder Bericht ist im Anhang, die Zahlen sind endgültig.\n\nViele Grüße\nAnna\n\nVon: Tom Kunz <tom@example.com>\nGesendet: Montag, 3. März 2026 09:12\nAn: Anna\nBetreff: Bericht\n\nDAS IST EINE FRECHHEIT!!! Sofort ändern.")]
    [InlineData("Hi Tom,\n\nthe report is attached and the numbers are final.\n\n-----Original Message-----\nWhat NONSENSE, fix it asap!!")]
    public void The_clients_quoted_message_below_the_reply_is_not_coached(string draft)
    {
        var result = DraftCoach.Coach(draft, new CoachOptions { ClientMoodLevel = MoodLevel.Calm });

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_company_name_in_capitals_below_the_sign_off_is_not_shouting()
    {
        var draft = "Hi Tom,\n\nthe report is attached.\n\nKind regards,\nAnna Berg\nMUELLER BAUTECHNIK GMBH\nPROJECT OFFICE";

        Assert.Empty(DraftCoach.Coach(draft, new CoachOptions { ClientMoodLevel = MoodLevel.Calm }).Findings);
    }

    [Fact]
    public void The_missing_next_step_points_at_the_last_sentence_before_the_sign_off()
    {
        var draft = "Hallo Herr Kunz,\n\nes tut mir leid, dass der Export wieder fehlerhaft war. Wir sehen uns das genau an.\n\nMit freundlichen Grüßen\nAnna Berg, Leitung Kundenservice Region Süd";

        var finding = Assert.Single(DraftCoach.Coach(draft, new CoachOptions { ClientMoodLevel = MoodLevel.Angry }).Findings);

        Assert.Equal(CoachFindingKind.NoNextStep, finding.Kind);
        Assert.Equal("Wir sehen uns das genau an.", finding.Text);
    }
}

public class DraftCoachLimitTests
{
    [Fact]
    public void An_absurd_number_of_asks_is_capped_and_flagged()
    {
        var asks = Enumerable.Range(1, 10_000).Select(i => $"Question number {i} about the invoice?").ToList();

        var result = DraftCoach.Coach("The invoice is attached.", new CoachOptions { ClientAsks = asks });

        Assert.True(result.Truncated);
        Assert.Equal(DraftCoach.MaxAsks, result.AnsweredAsks!.Count + result.OpenAsks!.Count);
    }

    [Fact]
    public void Oversized_entries_in_the_users_jargon_list_are_ignored_instead_of_compiled()
    {
        var result = DraftCoach.Coach("We use synergy here.", new CoachOptions { ExtraJargon = [new string('x', 5_000), "here"], ClientMoodLevel = MoodLevel.Calm });

        Assert.Equal(["synergy", "here"], result.Findings.Select(f => f.Text));
    }
}
