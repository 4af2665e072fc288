using OutlookClientCare.Core.FollowUps;
using OutlookClientCare.Core.Threads;
using static OutlookClientCare.Core.Tests.Threads.ThreadBuilder;

namespace OutlookClientCare.Core.Tests.FollowUps;

public sealed class SummaryComposerTests
{
    private static SummaryProposal Propose(string nowUtc, params ThreadMessage[] messages)
    {
        var context = At(nowUtc);
        var card = ThreadAnalyzer.Analyze(messages, context);
        return SummaryComposer.Propose(new SummaryInput(messages, card, context) { UserName = "Jonas Weber" });
    }

    [Fact]
    public void A_clients_ultimatum_is_never_agreed_and_an_upset_client_gets_a_what_i_hear_summary()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-20T09:00:00Z", "Sehr geehrte Frau Mahler,\n\nder Go-live verschiebt sich auf den 27.11.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-27T09:00:00Z", "Sehr geehrter Herr Weber,\n\nwir sind äußerst verärgert. Wenn die Seite nicht bis Mittwoch, 2.12., online ist, kündigen wir den Vertrag. Ich erwarte bis morgen einen Anruf Ihrer Geschäftsführung.\n\nKerstin Mahler"));

        Assert.Equal(SummaryForm.WhatIHear, proposal.Form);
        Assert.Empty(proposal.Agreed);
        Assert.Contains(proposal.Asks, a => a.Contains("unserer Geschäftsführung", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks.Concat(proposal.Agreed), line => line.Contains("kündigen", StringComparison.Ordinal));
        Assert.Equal("Sehr geehrte Frau Mahler", proposal.Salutation);
        Assert.Equal("Mit freundlichen Grüßen", proposal.Closing);
    }

    [Theory]
    [InlineData("I am really frustrated: the cut-out is on the wrong side and my café has been a building site for a week. I want a confirmed fitting date from you by 12 noon tomorrow.")]
    [InlineData("I'm furious that nobody can tell me what is on that drive. Before I approve anything I need to know what you can actually get back.")]
    public void A_demand_that_names_a_confirmation_or_an_approval_is_no_agreement(string demand)
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hi Aoife,\n\nwe'll sort it out.\n\nBest,\nJonas"),
            FromClient("2026-12-07T17:00:00Z", $"Jonas,\n\n{demand}\n\nAoife"));

        Assert.Empty(proposal.Agreed);
        Assert.Equal(SummaryForm.WhatIHear, proposal.Form);
    }

    [Fact]
    public void The_slot_the_client_accepted_is_agreed_as_a_fact_and_our_dated_promise_is_a_next_step()
    {
        var proposal = Propose(
            "2026-11-30T14:00:00Z",
            FromMe("2026-11-23T15:00:00Z", "Hi Kerstin,\n\nthese times work for the review call:\n- Wednesday, December 9, 2:00 PM\n- Thursday, December 10, 10:00 AM\n\nI'll send the first draft by Friday, December 4.\n\nBest,\nJonas"),
            FromClient("2026-11-24T09:00:00Z", "Hi Jonas, December 9 at 2 PM works for us. Thanks!\n\nKerstin"));

        Assert.Equal(SummaryForm.Agreed, proposal.Form);
        Assert.Contains(proposal.Agreed, a => a.Contains("December 9", StringComparison.Ordinal) && a.Contains("2:00 PM", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Agreed, a => a.Contains("December 10", StringComparison.Ordinal));
        var draft = Assert.Single(proposal.NextSteps, s => s.What.Contains("first draft", StringComparison.Ordinal));
        Assert.Equal("Jonas", draft.Owner);
        Assert.Equal(new DateOnly(2026, 12, 4), draft.Due);
        Assert.Equal("Hi Kerstin", proposal.Salutation);
    }

    [Fact]
    public void A_date_the_client_asked_for_that_has_passed_is_not_presented_as_future()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromClient("2026-11-23T09:00:00Z", "Hallo Jonas,\n\nkannst du mir bis Freitag, 27.11., die Druckdaten schicken?\n\nViele Grüße\nKerstin"));

        var step = Assert.Single(proposal.NextSteps);
        Assert.Equal(new DateOnly(2026, 11, 30), step.Due);
        Assert.Equal("Hallo Kerstin", proposal.Salutation);
        Assert.Equal("du", proposal.FormOfAddress);
    }

    [Fact]
    public void A_colleague_named_in_our_promise_owns_the_step()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromClient("2026-11-26T09:00:00Z", "Sehr geehrter Herr Weber, wann wird der Server umgestellt? Mit freundlichen Grüßen, Kerstin Mahler"),
            FromMe("2026-11-27T09:00:00Z", "Sehr geehrte Frau Mahler,\n\nHerr Kaya installiert den neuen Server am Samstag, 5.12., ab 8 Uhr.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.Contains(proposal.NextSteps, s => s.Owner == "Herr Kaya" && s.Due == new DateOnly(2026, 12, 5));
    }

    [Fact]
    public void A_date_we_proposed_earlier_that_the_client_confirms_is_agreed_and_ours_to_keep()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-13T09:00:00Z", "Sehr geehrter Herr Reimers,\n\nrealistischer Termin für die Migration ist der 11.12. statt des 27.11.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromMe("2026-11-17T09:00:00Z", "Sehr geehrter Herr Reimers,\n\ndie Folie finden Sie im Anhang.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-26T09:00:00Z", "Hallo Herr Weber,\n\ndie Präsentation lief gut. Der 11.12. ist gesetzt.\n\nGruß\nGerd Reimers"));

        Assert.Contains(proposal.Agreed, a => a.Contains("Migration", StringComparison.Ordinal) && a.Contains("11.12.", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Migration", StringComparison.Ordinal) && s.Owner == "Jonas" && s.Due == new DateOnly(2026, 12, 11));
    }

    [Fact]
    public void A_recurring_promise_is_due_on_its_next_day_from_today()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromClient("2026-11-16T09:00:00Z", "Hallo Herr Weber, danke für die klare Antwort. Gruß, Gerd Reimers"),
            FromMe("2026-11-17T09:00:00Z", "Sehr geehrter Herr Reimers,\n\nbis zur Migration bekommen Sie jeden Freitag einen kurzen Statusbericht von mir.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Statusbericht", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 4));
    }

    [Fact]
    public void The_points_of_a_request_to_the_client_are_not_our_commitments()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-27T09:00:00Z", "Sehr geehrter Herr Reimers,\n\ndafür brauchen wir von Ihnen:\n1. zwei Ansprechpartner aus der Fachabteilung ab dem 7.12.\n2. die Freigabe für einen zweiten Testimport am 12.12.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.DoesNotContain(proposal.NextSteps, s => s.Owner == "Jonas" && (s.What.Contains("Ansprechpartner", StringComparison.Ordinal) || s.What.Contains("Testimport", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_meeting_the_client_took_is_named_as_one_needs_our_invitation_and_their_condition_is_due_at_it()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-18T09:00:00Z", "Sehr geehrter Herr Brandt,\n\nmein Vorschlag: Wir legen gemeinsam drei Ziele für das erste Quartal fest. Hätten Sie dafür am Donnerstag, 10.12., vormittags Zeit?\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-28T09:00:00Z", "Herr Weber, den Termin am 10.12. können Sie haben, aber dann will ich klare Zusagen sehen.\n\nBrandt"));

        Assert.Contains(proposal.Agreed, a => a.StartsWith("Termin", StringComparison.Ordinal) && a.Contains("Donnerstag, 10.12., vormittags", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("Kalendereinladung", StringComparison.Ordinal) && s.Owner == "Jonas" && s.Due == new DateOnly(2026, 11, 30));
        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("Klare Zusagen sehen", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 10));
    }

    [Fact]
    public void A_directory_name_written_last_name_first_still_gives_the_right_salutation()
    {
        var client = FromClient("2026-11-27T09:00:00Z", "Guten Tag Herr Weber,\n\ndas Paket Plus passt für uns.\n\nMit freundlichen Grüßen\nAnnegret Schneider-Albers") with
        {
            From = new MailAddress("Schneider-Albers, Annegret", Client),
        };

        var proposal = Propose("2026-11-30T09:00:00Z", client);

        Assert.Equal("Guten Tag Frau Schneider-Albers", proposal.Salutation);
        Assert.Equal("Frau Schneider-Albers", proposal.ClientName);
    }

    [Fact]
    public void A_condition_in_our_promise_is_the_clients_step_and_the_rest_ours_each_with_its_own_date()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromClient("2026-11-26T09:00:00Z", "Hi Jonas, we'll go with option B. Thanks, Kerstin"),
            FromMe("2026-11-27T09:00:00Z", "Hi Kerstin,\n\nIf you can sign it off by Thursday, December 3, the copies will be with you on Thursday, December 10.\n\nBest,\nJonas"));

        Assert.Contains(proposal.NextSteps, s => s.What == "Sign it off by Thursday, December 3" && s.ByClient && s.Due == new DateOnly(2026, 12, 3));
        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("The copies will be with you", StringComparison.Ordinal) && s.Owner == "Jonas" && s.Due == new DateOnly(2026, 12, 10));
    }

    [Fact]
    public void What_we_bring_to_the_agreed_meeting_is_due_that_day_and_a_client_who_has_it_in_the_calendar_gets_no_invitation()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-24T09:00:00Z", "Lieber Herr Albrecht,\n\nMittwoch, der 9.12., passt gut: Wie wäre es um 10:00 Uhr bei uns?\n\nWenn der Text Ihrer Frau bis Freitag, 4.12., bei uns ist, bringe ich Ihnen den ersten Entwurf zum Termin mit.\n\nHerzliche Grüße\nJonas Weber"),
            FromClient("2026-11-24T19:00:00Z", "Liebe Frau Keller,\n\nder 9.12. um 10 Uhr passt hervorragend, ich habe ihn mir eingetragen.\n\nIhr Georg Albrecht"));

        Assert.Contains(proposal.Agreed, a => a.StartsWith("Termin", StringComparison.Ordinal) && a.Contains("9.12., um 10:00 Uhr bei uns", StringComparison.Ordinal) && !a.Contains("Wie wäre", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What == "Ich bringe Ihnen den ersten Entwurf zum Termin mit" && s.Due == new DateOnly(2026, 12, 9));
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("Kalendereinladung", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_with_a_date_dates_the_promises_before_it_and_a_purpose_for_the_client_is_their_step()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromClient("2026-11-24T09:00:00Z", "Hallo Herr Weber,\n\ndie Fotos sind unscharf und das Logo hat die falsche Farbe. Können Sie das korrigieren?\n\nViele Grüße\nMaren Thiel"),
            FromMe("2026-11-25T09:00:00Z", "Hallo Frau Thiel,\n\nwir stellen die Galerie so um, dass große Bildschirme eine höhere Auflösung bekommen. Beim Logo übernehmen wir den Farbwert aus Ihrem Styleguide. Beides ist bis Freitag, 4.12., online. Ich schicke Ihnen dann einen Link, damit Sie es vor der Messe auf einem großen Bildschirm prüfen können.\n\nViele Grüße\nJonas Weber"));

        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Galerie", StringComparison.Ordinal) && s.Owner == "Jonas" && s.Due == new DateOnly(2026, 12, 4));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Farbwert", StringComparison.Ordinal) && s.Owner == "Jonas" && s.Due == new DateOnly(2026, 12, 4));
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.StartsWith("Beides", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What == "Vor der Messe auf einem großen Bildschirm prüfen" && s.ByClient && s.Owner == "Frau Thiel");
    }

    [Fact]
    public void A_short_ask_that_points_back_carries_the_problem_and_a_colleague_after_a_dated_lead_owns_the_step()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-23T09:00:00Z", "Sehr geehrte Frau Mahler,\n\nMontag, 7.12., ab 7:30 Uhr: Herr Kaya ist den Vormittag über bei Ihnen vor Ort.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-24T08:00:00Z", "Hallo Herr Weber,\n\nheute Nacht um 2:10 Uhr kam noch einmal eine doppelte Bestätigung, diesmal bei einer Buchung für Silvester. War die Korrektur da schon drin?\n\nGruß\nKerstin Mahler"));

        Assert.Contains(proposal.Asks, a => a.Contains("Silvester", StringComparison.Ordinal) && a.Contains("War die Korrektur da schon drin?", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.Owner == "Herr Kaya" && s.Due == new DateOnly(2026, 12, 7));
    }

    [Fact]
    public void Offered_slots_are_options_not_promises_and_a_weekday_picks_the_one_on_that_day_with_its_condition_as_an_ask()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-24T15:00:00Z", "Hi Mark,\n\nWe can set up in one of two slots:\n1. Thursday 10 December, from 2 PM\n2. Friday 11 December, from 9 AM\n\nSiobhán from our production team will lead the crew and be your contact on the day. I'll send you the final running order by Friday 4 December.\n\nBest,\nJonas"),
            FromClient("2026-11-25T17:00:00Z", "Hi Jonas,\n\nFriday morning works for us, on one condition: the crew needs to be out of the main hall by 4 PM.\n\nMark"));

        var agreed = Assert.Single(proposal.Agreed);
        Assert.Contains("Friday 11 December, from 9 AM", agreed, StringComparison.Ordinal);
        Assert.DoesNotContain(proposal.NextSteps.Concat(proposal.Agreed.Select(a => new SummaryStep(a, "", null))), s => s.What.Contains("Thursday 10 December", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.StartsWith("The crew needs to be out of the main hall by 4 PM", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.Owner == "Siobhán" && s.Due == new DateOnly(2026, 12, 11));
    }

    [Fact]
    public void The_lines_between_two_points_of_an_agreed_plan_belong_to_the_first_and_a_follow_on_question_stays_with_its_question()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-13T22:00:00Z", "Hi Carlos,\n\nTo sum up what we agreed:\n1. We switch the dashboard to live positions via the streaming API.\nEstimate: 64 hours, $9,600.\n2. The monthly reporting views move to phase 2 in January.\n\nBest,\nJonas"),
            FromClient("2026-11-23T15:00:00Z", "Hi Jonas,\n\nWe're approved to go ahead. Does that still leave you enough time for the December 9th test build? If not, what's the new date?\n\nCarlos"));

        Assert.Contains(proposal.Agreed, a => a.Contains("streaming API", StringComparison.Ordinal) && a.Contains("$9,600", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Agreed, a => a.StartsWith("Estimate", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.Contains("test build? If not, what's the new date?", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.StartsWith("If not", StringComparison.Ordinal));
    }

    [Fact]
    public void An_approved_inline_proposal_is_agreed_what_follows_our_request_is_ours_and_the_clients_only_condition_is_an_ask()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-25T13:00:00Z", "Hallo Moritz,\n\nmein Vorschlag für den Druck: 2.000 Flyer und 30 Plakate für 486 € netto. Gib mir bitte bis Montag, 30.11., kurz Bescheid, dann geht alles am Mittwoch, 2.12., in den Druck.\n\nViele Grüße\nJonas"),
            FromClient("2026-11-28T10:00:00Z", "Hey Jonas,\n\nsieht mega aus, passt so! Einzige Bedingung: Die Flyer müssen spätestens am Mittwoch, 9.12., bei uns sein.\n\nMoritz"));

        Assert.Contains("2.000 Flyer und 30 Plakate für 486 € netto", proposal.Agreed);
        Assert.Contains(proposal.NextSteps, s => s.What == "Alles geht am Mittwoch, 2.12., in den Druck" && s.Owner == "Jonas" && s.Due == new DateOnly(2026, 12, 2));
        Assert.Contains(proposal.Asks, a => a.StartsWith("Die Flyer müssen spätestens am Mittwoch, 9.12., bei ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_client_colleague_named_in_apposition_owns_their_step_by_the_day_of_the_month()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-24T17:00:00Z", "Hi James,\n\nhere's the plan:\n1. I'll send you the checklist by Thursday, December 3.\n2. Anil from our infrastructure team will move the site on Saturday, December 12.\n\nBest,\nJonas"),
            FromClient("2026-11-25T14:00:00Z", "Jonas,\n\nThat works. Our office manager, Karen Liu, will send you the registrar login by the 9th.\n\nJames"));

        Assert.Contains(proposal.NextSteps, s => s.Owner == "Karen Liu" && s.Due == new DateOnly(2026, 12, 9));
        Assert.Contains(proposal.NextSteps, s => s.Owner == "Anil" && s.Due == new DateOnly(2026, 12, 12));
    }

    [Fact]
    public void A_named_option_is_agreed_as_we_described_it_and_the_purpose_of_a_clients_request_is_their_step()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-24T14:00:00Z", "Sehr geehrte Frau Dr. Vogt,\n\nzum Umfang gibt es zwei Varianten:\nA) Workshop mit einer Moderatorin: 2.400 € netto\nB) Workshop mit zwei Moderatorinnen, damit wir in Kleingruppen arbeiten können: 3.350 € netto\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-27T10:00:00Z", "Sehr geehrter Herr Weber,\n\nwir nehmen Variante B. Damit ich die Einladung an die Teamleitungen verschicken kann, bräuchte ich bis Donnerstag, 3.12., eine Agenda für den Tag.\n\nMit freundlichen Grüßen\nKarin Vogt"));

        Assert.Contains("Variante B: Workshop mit zwei Moderatorinnen, damit wir in Kleingruppen arbeiten können: 3.350 € netto", proposal.Agreed);
        Assert.DoesNotContain(proposal.Agreed, a => a.Contains("2.400", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.StartsWith("Eine Agenda für den Tag – erledige ich bis Donnerstag, 3. Dezember", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What == "Die Einladung an die Teamleitungen verschicken" && s.ByClient);
    }

    [Fact]
    public void An_ultimatums_demand_names_the_thing_as_the_thread_does_and_goes_to_the_colleague_on_it()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-20T09:00:00Z", "Sehr geehrte Frau Hofbauer,\n\nHerr Yilmaz aus unserer Technik richtet die Scan-Anbindung für beide Geräte neu ein.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-27T15:00:00Z", "Sehr geehrter Herr Weber,\n\nwir sind äußerst verwundert. Sollte die Anbindung bis Donnerstag, 3.12., nicht zuverlässig laufen, werden wir den Betreuungsvertrag kündigen.\n\nMit freundlichen Grüßen\nSabine Hofbauer"));

        Assert.Equal(SummaryForm.WhatIHear, proposal.Form);
        Assert.Contains(proposal.Asks, a => a.StartsWith("Die Scan-Anbindung bis Donnerstag, 3.12., zuverlässig laufen", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Scan-Anbindung", StringComparison.Ordinal) && s.Owner == "Herr Yilmaz" && s.Due == new DateOnly(2026, 12, 3));
    }

    [Fact]
    public void The_clients_colleagues_own_their_steps_on_the_day_we_planned_and_a_discussed_date_is_no_step()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-25T15:00:00Z", "Sehr geehrter Herr Pfeiffer,\n\nwie am Montag besprochen, hier der Ablauf für die Umstellung auf den neuen Server:\n1. Samstag, 5.12., ab 8:00 Uhr: Herr Kaya aus unserem Technikteam installiert den Server.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-27T06:48:00Z", "Guten Morgen Herr Weber,\n\neinverstanden, so machen wir es. Unser Hausmeister, Herr Brenner, schließt Herrn Kaya am Samstag um 8 Uhr das Tor 2 auf. Die Benutzerliste schickt Ihnen Frau Adam aus der Buchhaltung bis Mittwoch.\n\nGruß\nPeter Pfeiffer"));

        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("Ihr Hausmeister, Herr Brenner", StringComparison.Ordinal) && s.Owner == "Herr Brenner" && s.Due == new DateOnly(2026, 12, 5));
        Assert.Contains(proposal.NextSteps, s => s.Owner == "Frau Adam" && s.Due == new DateOnly(2026, 12, 2));
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("besprochen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_standing_arrangement_from_a_month_on_is_a_step_from_that_month_and_a_past_month_is_no_step()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-25T09:00:00Z", "Sehr geehrter Herr Claasen,\n\ndas hatte ich im Oktober nur am Telefon erwähnt. Ab Januar prüfen wir das bei jedem Plugin-Update automatisch mit. Den Status halte ich jeden Montag aktuell und werde Sie informieren.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("Ab Januar prüfen wir", StringComparison.Ordinal) && s.Due == new DateOnly(2027, 1, 1));
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("Oktober", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_about_the_current_version_carries_what_it_is_in_our_words_and_a_contingency_is_no_step()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-18T21:00:00Z", "Hi Rachel,\n\nWe reply to every email within one business day. If a full answer takes longer, you'll get a short note saying when to expect it.\n\nBest,\nJonas"),
            FromClient("2026-11-25T21:00:00Z", "Hi Jonas,\n\nQuick follow-up: our brand guidelines are being updated right now and won't be final until mid-December. Should we send the current version, or would you rather wait?\n\nRachel"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Your brand guidelines are being updated", StringComparison.Ordinal) && a.Contains("Should you send the current version, or would we rather wait", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("short note", StringComparison.Ordinal));
    }

    [Fact]
    public void Look_at_it_points_past_a_sentence_that_points_back_itself_to_the_problem()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromClient("2026-11-19T15:00:00Z", "Hi Jonas,\n\nPatients are telling us the \"Book online\" button on our homepage leads to a blank page. It has been like this since at least Monday. Could you have someone look at it?\n\nBeth"));

        // "Could you have someone look at it?" adds nothing to the line's "– on it by …": the point is the problem it points to.
        Assert.Contains(proposal.Asks, a => a.StartsWith("Patients are telling you the \"Book online\" button on your homepage leads to a blank page – on it by", StringComparison.Ordinal));
    }

    [Fact]
    public void Look_at_it_points_to_the_problem_not_to_what_someone_reported_about_it()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromClient("2026-11-17T12:05:00Z", "Hallo Herr Weber,\n\nseit dem Update letzte Woche kommen über das Kontaktformular keine Anfragen mehr bei uns an. Eine Patientin hat heute am Telefon erzählt, dass sie schon dreimal eine Terminanfrage geschickt hat.\n\nKönnten Sie sich das bitte kurzfristig ansehen?\n\nViele Grüße\nNadine Kröger"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Seit dem Update letzte Woche kommen über das Kontaktformular keine Anfragen mehr bei Ihnen an – erledige ich bis", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("erzählt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fix_the_client_confirms_is_agreed_and_their_deadline_for_this_covers_every_point_of_the_message()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-16T18:00:00Z", "Hi Greg,\n\nWe'll restore the approved layout with the search at the top.\n\nBest,\nJonas"),
            FromClient("2026-11-25T22:55:00Z", "Jonas,\n\nThe search is back at the top, thank you. But the page still loads slowly on my phone, and three of the featured listings show last month's prices. Can we get this sorted by December 4th?\n\nGreg"));

        Assert.Equal(SummaryForm.Agreed, proposal.Form);
        Assert.Contains("The search is back at the top", proposal.Agreed);
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("loads slowly", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 4));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("prices", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 4));
    }

    [Fact]
    public void A_swiss_greeting_without_a_comma_is_kept_and_a_swiss_closing_is_no_name()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T07:45:00Z", "Grüezi Frau Baumann\n\nVielen Dank für Ihre Zusage! Die Auftragsbestätigung erhalten Sie heute Nachmittag.\n\nFreundliche Grüsse\nJonas Weber"),
            FromClient("2026-12-07T15:10:00Z", "Grüezi Herr Weber\n\nDas passt so.\n\nFreundliche Grüsse\nSibylle Baumann"));

        Assert.Equal("Grüezi Frau Baumann", proposal.Salutation);
        Assert.Equal("Frau Baumann", proposal.ClientName);
    }

    [Fact]
    public void A_colleague_with_an_aside_in_brackets_owns_the_step_and_a_date_the_client_wants_is_the_due_date()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Sehr geehrte Frau Kainz,\n\nFrau Pichler (in Kopie) schickt Ihnen am Mittwoch, 9.12., die Probeabrechnung für Dezember.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-07T08:00:00Z", "Hallo Herr Weber,\n\nder Drucker am Empfang druckt nicht. Ich will, dass morgen früh um 7:30 Uhr alles läuft.\n\nGruß\nMaria Kainz"));

        Assert.Contains(proposal.NextSteps, s => s.Owner == "Frau Pichler" && s.Due == new DateOnly(2026, 12, 9));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("alles läuft", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 8));
    }

    [Fact]
    public void A_colleague_named_with_a_role_or_after_a_lead_owns_the_step_and_an_english_date_ends_its_sentence()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-03T09:00:00Z", "Hi Ben, any news? Meredith"),
            FromMe("2026-12-04T09:00:00Z", "Hi Meredith,\n\nI'll send you the revised script on Thursday, December 10. Jordan Lee, our editor (cc'd), will deliver the first cut on Tuesday, December 22. The licence will not lapse: Nadia in our licensing team will send you a grace key by Friday, December 18.\n\nBest,\nJonas"));

        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("I'll send you the revised script", StringComparison.Ordinal) && s.Owner == "Jonas" && s.Due == new DateOnly(2026, 12, 10));
        Assert.Contains(proposal.NextSteps, s => s.Owner == "Jordan Lee" && s.Due == new DateOnly(2026, 12, 22));
        Assert.Contains(proposal.NextSteps, s => s.Owner == "Nadia" && s.Due == new DateOnly(2026, 12, 18));
    }

    [Fact]
    public void Each_point_of_a_demand_list_is_an_ask_and_a_claim_for_money_is_answered_not_promised()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Sehr geehrte Frau Hausmann,\n\nich melde mich heute bis 16 Uhr mit dem Stand.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-07T07:00:00Z", "Sehr geehrter Herr Weber,\n\nich erwarte von Ihnen:\n1. dass Sie heute noch Vorkasse per Überweisung als Zahlungsart freischalten,\n2. dass Sie uns den entgangenen Umsatz des Wochenendes ersetzen.\n\nMit freundlichen Grüßen\nPetra Hausmann"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Heute noch Vorkasse per Überweisung als Zahlungsart freischalten – erledige ich", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.StartsWith("Ihnen den entgangenen Umsatz des Wochenendes ersetzen – Antwort bis", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What == "Stellung nehmen zu: Ihnen den entgangenen Umsatz des Wochenendes ersetzen");
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("erwarte", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_earlier_commission_and_a_still_ahead_promise_of_the_clients_colleague_count_but_a_capitalised_word_is_no_person()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-01T09:00:00Z", "Sehr geehrter Herr Wagner,\n\nanbei unser Angebot über 9.850 € netto.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-03T08:00:00Z", "Sehr geehrter Herr Weber,\n\nes passt so, wir beauftragen Sie hiermit zu 9.850 € netto. Frau Öztürk aus der Unternehmenskommunikation (in Kopie) schickt Ihnen die Liste der Interviewpartner bis zum 11.12.\n\nMit freundlichen Grüßen\nKlaus Wagner"),
            FromMe("2026-12-03T13:00:00Z", "Sehr geehrter Herr Wagner,\n\nherzlichen Dank für den Auftrag!\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-04T10:00:00Z", "Sehr geehrter Herr Weber,\n\nSite is back. Herr Pohl holt Herrn Keller an Tor 2 ab.\n\nKlaus Wagner"));

        Assert.Contains(proposal.Agreed, a => a.Contains("9.850", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.Owner == "Frau Öztürk" && s.Due == new DateOnly(2026, 12, 11) && s.ByClient);
        Assert.Contains(proposal.NextSteps, s => s.Owner == "Herr Pohl" && s.ByClient);
        Assert.DoesNotContain(proposal.NextSteps, s => s.Owner == "Site");
    }

    [Fact]
    public void A_relative_date_in_a_line_read_later_says_its_day()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-03T08:00:00Z", "Hi Jonas, thanks! Klaus"),
            FromMe("2026-12-03T13:00:00Z", "Sehr geehrter Herr Wagner,\n\ndas Drehkonzept schicke ich Ihnen bis Ende nächster Woche.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.Contains(proposal.NextSteps, s => s.What == "Das Drehkonzept schicke ich Ihnen bis Freitag, 11.12." && s.Due == new DateOnly(2026, 12, 11));
    }

    [Fact]
    public void A_trailing_condition_is_the_clients_step_and_have_someone_names_our_colleague_for_the_person_it_points_to()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hi Meredith,\n\nThe shoot on December 14 holds as long as you send your notes by Tuesday at noon.\n\nBest,\nJonas"),
            FromClient("2026-12-05T09:00:00Z", "Hi Jonas,\n\nOur super, Luis, needs 48 hours' notice before any delivery. Could you have Devon call him at (718) 555-0142?\n\nMeredith"));

        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("The shoot on December 14 holds", StringComparison.Ordinal) && s.Owner == "Jonas" && s.Due == new DateOnly(2026, 12, 14));
        Assert.Contains(proposal.NextSteps, s => s.Owner == "Devon" && !s.ByClient && s.What.Contains("Luis", StringComparison.Ordinal));
    }

    [Fact]
    public void A_written_out_date_after_eod_keeps_its_words()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromClient("2026-11-20T09:00:00Z", "Hi Jonas, thanks. Aisha"),
            FromMe("2026-11-23T09:00:00Z", "Hi Aisha,\n\nI'll send a first roadmap draft by EOD Thursday, December 17.\n\nBest,\nJonas"));

        Assert.Contains(proposal.NextSteps, s => s.What == "I'll send a first roadmap draft by EOD Thursday, December 17" && s.Due == new DateOnly(2026, 12, 17));
    }

    [Fact]
    public void A_german_clients_present_tense_with_a_deadline_ahead_is_their_step_but_a_wish_or_a_refusal_is_not_and_reicht_das_asks_about_it()
    {
        var proposal = Propose(
            "2026-12-09T08:00:00Z",
            FromMe("2026-11-30T09:00:00Z", "Sehr geehrte Frau Kainz,\n\nwir benötigen die Belege für Oktober.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-09T06:50:00Z", "Sehr geehrter Herr Weber,\n\nbis Freitag schaffe ich die Stundenlisten leider nicht. Die Belege für Oktober lade ich spätestens morgen Vormittag ins Portal hoch. Reicht das noch für die Voranmeldung? Wir würden die Gutscheine gern am 18.12. übergeben.\n\nMit freundlichen Grüßen\nMaria Kainz"));

        var step = Assert.Single(proposal.NextSteps, s => s.What.Contains("Belege", StringComparison.Ordinal) && s.ByClient);
        Assert.Equal("Frau Kainz", step.Owner);
        Assert.Equal(new DateOnly(2026, 12, 10), step.Due);
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("Stundenlisten", StringComparison.Ordinal) || s.What.Contains("Gutscheine", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.Contains("Belege", StringComparison.Ordinal) && a.Contains("Reicht das noch für die Voranmeldung?", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.Owner == "Jonas" && s.What.Contains("Voranmeldung", StringComparison.Ordinal));
    }

    [Fact]
    public void An_earlier_request_of_ours_with_a_deadline_ahead_stays_the_clients_step_until_their_replies_take_it_up()
    {
        var proposal = Propose(
            "2026-12-09T08:00:00Z",
            FromMe("2026-11-30T09:00:00Z", "Sehr geehrte Frau Kainz,\n\nfür die Lohnverrechnung brauchen wir außerdem die Stundenlisten der Aushilfen bis 14. Dezember. Sagen Sie mir bitte bis 11.12. Bescheid, welche Variante Sie möchten.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-02T09:00:00Z", "Sehr geehrter Herr Weber,\n\nwir nehmen Variante B. Am Montag war ich leider krank.\n\nMit freundlichen Grüßen\nMaria Kainz"),
            FromMe("2026-12-03T09:00:00Z", "Sehr geehrte Frau Kainz,\n\ndanke, Variante B ist notiert.\n\nMit freundlichen Grüßen\nJonas Weber"));

        var step = Assert.Single(proposal.NextSteps, s => s.What.Contains("Stundenlisten", StringComparison.Ordinal));
        Assert.Equal("Frau Kainz", step.Owner);
        Assert.Equal(new DateOnly(2026, 12, 14), step.Due);
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("Bescheid", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_our_reply_passed_over_stays_open_but_one_it_took_up_or_a_reproach_does_not()
    {
        var proposal = Propose(
            "2026-12-09T10:00:00Z",
            FromMe("2026-12-01T09:00:00Z", "Sehr geehrter Herr Roth,\n\nanbei die drei Varianten.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-08T17:30:00Z", "Sehr geehrter Herr Weber,\n\nwir nehmen Variante 2. Die Akustikpaneele hätten wir gern in Salbeigrün. Was machen Sie eigentlich mit unseren Plänen? Eine Frage noch: Ist die Entsorgung der alten Möbel und des Tresens im Preis enthalten?\n\nMit freundlichen Grüßen\nSebastian Roth"),
            FromMe("2026-12-09T08:10:00Z", "Sehr geehrter Herr Roth,\n\nSalbeigrün ist kein Problem, die Paneele kosten in dieser Farbe dasselbe. Erin Walsh aus meinem Team schickt Ihnen bis Freitag, 11.12., den Beleuchtungsplan.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.Contains(proposal.Asks, a => a.Contains("Entsorgung der alten Möbel", StringComparison.Ordinal) && a.Contains("Antwort bis", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Entsorgung", StringComparison.Ordinal) && s.Owner == "Jonas");
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("Pläne", StringComparison.Ordinal) || a.Contains("Salbeigrün", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Beleuchtungsplan", StringComparison.Ordinal) && s.Owner == "Erin Walsh");
    }

    [Fact]
    public void What_the_clients_side_needs_from_us_is_their_ask_but_time_they_need_is_not()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromClient("2026-11-27T10:00:00Z", "Sehr geehrter Herr Weber,\n\nwir nehmen Donnerstag, den 10. Dezember. Außerdem benötigt unser Einkauf eine Auftragsbestätigung mit unserer Bestellnummer 4500-18832. Unser Team braucht eine halbe Stunde für den Aufbau.\n\nMit freundlichen Grüßen\nKarin Vogt"));

        Assert.Contains(proposal.Asks, a => a.Contains("Auftragsbestätigung", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("halbe Stunde", StringComparison.Ordinal));
    }

    [Fact]
    public void What_follows_so_i_need_is_the_point_not_a_purpose_to_drop()
    {
        var proposal = Propose(
            "2026-12-07T16:00:00Z",
            FromClient("2026-12-07T15:41:00Z", "Nicole,\n\nNow that the ads are off we're running nothing during our busiest month, so I need the new holiday creative live by Thursday.\n\nDerek"));

        Assert.Contains(proposal.Asks, a => a.Contains("holiday creative", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("holiday creative", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 10));
    }

    [Fact]
    public void A_refusal_to_pay_said_after_and_in_colloquial_austrian_is_a_claim_to_answer_not_a_step_of_the_clients()
    {
        var proposal = Propose(
            "2026-12-14T08:00:00Z",
            FromClient("2026-12-12T09:05:00Z", "Lukas,\n\nich wart auf deinen Anruf am Montag, aber Mittwoch bleibt Mittwoch. Und die 45 € zahl ich nicht.\n\nJo"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Die 45 € nicht berechnen", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.NextSteps, s => s.ByClient && s.What.Contains("45 €", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Aber die Rechnung zahlen wir natürlich nicht doppelt.")]
    [InlineData("Und das Porto zahl ich nicht selbst, das übernimmt der Verein.")]
    [InlineData("Aber die Rechnung überweisen wir nicht vor Januar.")]
    public void Paying_not_twice_not_oneself_or_not_before_a_date_is_no_refusal_to_pay(string sentence)
    {
        var proposal = Propose(
            "2026-12-14T08:00:00Z",
            FromClient("2026-12-12T09:05:00Z", $"Hallo Jonas,\n\ndanke für die Rechnung. {sentence}\n\nViele Grüße\nKaren"));

        Assert.DoesNotContain(proposal.Asks, a => a.Contains("nicht berechnen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refusal_to_pay_is_a_claim_to_answer_and_what_works_again_or_their_own_wish_is_no_point()
    {
        var proposal = Propose(
            "2026-12-07T13:00:00Z",
            FromClient("2026-12-07T12:25:00Z", "Finn,\n\nJetzt laufen drei Rechner, aber der Drucker am Empfang druckt immer noch nicht. Die Stunden von heute zahle ich nicht, und die Umzugspauschale von 890 € gibt's erst, wenn alles funktioniert. Wir würden die Praxis gern am Samstag neu streichen.\n\nAlex"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Die Stunden von heute nicht berechnen – Antwort bis", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.StartsWith("Die Umzugspauschale von 890 € erst berechnen, wenn alles funktioniert – Antwort bis", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("Stellung nehmen zu: Die Stunden von heute", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.Contains("Drucker", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("drei Rechner", StringComparison.Ordinal) || a.Contains("streichen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reminder_of_an_open_question_is_the_question_to_answer_and_an_urgent_plea_we_acted_on_is_not_reopened()
    {
        var proposal = Propose(
            "2026-12-09T08:00:00Z",
            FromClient("2026-12-07T07:00:00Z", "Hi Finn,\n\nder Drucker geht nicht. Kann bitte sofort jemand vorbeikommen?\n\nAlex"),
            FromMe("2026-12-07T07:10:00Z", "Hallo Alex,\n\nMalte ist um 9:30 Uhr bei euch.\n\nViele Grüße\nJonas"),
            FromClient("2026-12-09T06:50:00Z", "Hi Finn,\n\nder Drucker läuft wieder, danke. Und meine Frage zu den Weihnachtsgutscheinen ist leider noch offen.\n\nAlex"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Deine Frage zu den Weihnachtsgutscheinen – Antwort bis", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What == "Deine Frage zu den Weihnachtsgutscheinen beantworten" && s.Owner == "Jonas");
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("vorbeikommen", StringComparison.Ordinal));
    }

    [Fact]
    public void An_expectation_if_we_miss_a_date_is_two_asks_and_neither_is_agreed()
    {
        var proposal = Propose(
            "2026-12-07T14:00:00Z",
            FromMe("2026-12-03T15:20:00Z", "Hi Jon,\n\nI'll know by Monday whether December 21 is possible.\n\nBest,\nJonas"),
            FromClient("2026-12-04T13:05:00Z", "Thanks.\n\nTo be clear, my point stands: if the sofa isn't here by the 22nd, I'd expect you to cover the rental.\n\nJon"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("The sofa here by the 22nd", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.StartsWith("Cover the rental – answer by", StringComparison.Ordinal));
        Assert.Empty(proposal.Agreed);
    }

    [Fact]
    public void An_expectation_on_a_condition_that_may_happen_is_one_ask_with_its_condition_and_a_thanks_points_to_nothing()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-04T15:10:00Z", "Dear Graham,\n\nthe RAMS is attached for Sandeep.\n\nBest wishes,\nJonas"),
            FromClient("2026-12-04T17:25:00Z", "Jonas,\n\nThanks for the RAMS. Sandeep has booked the goods lift for Tuesday 8 December from 6pm.\n\nOne more thing from the partners: as it's a real tree, if it starts dropping needles before the open evening, we'd expect you to replace it at no charge.\n\nGraham"));

        var ask = Assert.Single(proposal.Asks, a => a.Contains("no charge", StringComparison.Ordinal));
        Assert.StartsWith("Replace it at no charge if it starts dropping needles before the open evening – ", ask, StringComparison.Ordinal);
        Assert.DoesNotContain(proposal.Asks, a => a.StartsWith("It starts dropping needles", StringComparison.Ordinal) || a.Contains("Thanks", StringComparison.Ordinal));
    }

    [Fact]
    public void The_price_the_client_accepts_is_agreed_as_we_quoted_it_and_our_question_heading_dates_each_answer()
    {
        var proposal = Propose(
            "2026-12-07T10:00:00Z",
            FromMe("2026-12-01T14:30:00Z", "Hi Siobhan,\n\nWe can offer 19–20 January or 26–27 January. For a group of 14 the price is £3,950 plus VAT, including all materials.\n\nBest,\nJonas"),
            FromClient("2026-12-04T16:50:00Z", "Hi Jonas,\n\nThe price is fine, we'll take 19–20 January.\n\nSiobhan"),
            FromMe("2026-12-07T09:35:00Z", "Hi Siobhan,\n\nWonderful, it is booked. Could you let us know by Friday:\n1. Will any delegates need accessibility adjustments?\n2. Does the room have a projector?\n\nBest,\nJonas"));

        Assert.Contains("For a group of 14 the price is £3,950 plus VAT, including all materials", proposal.Agreed);
        var answers = proposal.NextSteps.Where(s => s.ByClient).ToList();
        Assert.Equal(
            ["Your answer to our question: Will any delegates need accessibility adjustments?", "Your answer to our question: Does the room have a projector?"],
            answers.Select(s => s.What));
        Assert.All(answers, s => Assert.Equal((new DateOnly(2026, 12, 11), "Siobhan"), (s.Due!.Value, s.Owner)));
    }

    [Fact]
    public void A_quote_accepted_as_a_whole_is_agreed_as_its_total_not_as_the_sentence_that_accepts_it()
    {
        var english = Propose(
            "2026-12-07T10:00:00Z",
            FromMe("2026-11-23T17:30:00Z", "Dear Ms. Whitcombe,\n\nthank you for the files. My quotation:\nRate: $0.14 per word, including second-linguist review\nTotal: $2,590.00\n\nBest regards,\nJonas"),
            FromClient("2026-11-27T22:05:00Z", "Dear Mr. Weber,\n\nThank you for your quotation, which we accept. Our purchase order 4471-0923 is attached.\n\nKind regards,\nMargaret Whitcombe"),
            FromClient("2026-12-04T10:00:00Z", "Dear Mr. Weber,\n\nCould you confirm the delivery date?\n\nKind regards,\nMargaret Whitcombe"));
        var german = Propose(
            "2026-12-07T10:00:00Z",
            FromMe("2026-11-23T09:12:00Z", "Guten Tag Herr Gerber\n\nGerne offerieren wir Ihnen:\n1. Fällung der beiden Eschen: CHF 4'200.–\n2. Rückschnitt der Hecke: CHF 1'380.–\nTotal CHF 5'580.– exkl. MwSt.\nOptional: Ausfräsen der Wurzelstöcke, je CHF 380.–\n\nFreundliche Grüsse\nJonas Weber"),
            FromClient("2026-11-26T15:50:00Z", "Guten Tag Herr Weber\n\nWir erteilen Ihnen hiermit den Auftrag für beide Positionen, inklusive Ausfräsen der Wurzelstöcke.\n\nFreundliche Grüsse\nBeat Gerber"),
            FromMe("2026-11-27T08:30:00Z", "Guten Tag Herr Gerber\n\nHerzlichen Dank für den Auftrag! Damit beläuft sich das Total auf CHF 6'340.– exkl. MwSt.\n\nFreundliche Grüsse\nJonas Weber"),
            FromClient("2026-12-04T10:00:00Z", "Guten Tag Herr Weber\n\nWann können Sie beginnen?\n\nFreundliche Grüsse\nBeat Gerber"));

        Assert.Contains("Total: $2,590.00", english.Agreed);
        Assert.DoesNotContain(english.Agreed, a => a.Contains("which we accept", StringComparison.Ordinal));
        Assert.Contains("Damit beläuft sich das Total auf CHF 6'340.– exkl. MwSt", german.Agreed);
        Assert.DoesNotContain(german.Agreed, a => a.Contains("erteilen", StringComparison.Ordinal));
    }

    [Fact]
    public void An_option_taken_by_its_letter_after_an_emoji_is_the_option_as_we_described_it()
    {
        var proposal = Propose(
            "2026-12-01T08:00:00Z",
            FromMe("2026-11-20T15:00:00Z", "Hallo Konny,\n\nfür eure 12 Räder sehe ich zwei Wege:\n\nVariante A – bei uns in der Werkstatt, 95 € pro Rad plus Teile.\n\nVariante B – mobil bei euch im Hof, 115 € pro Rad plus Teile.\n\nViele Grüße\nJonas"),
            FromClient("2026-11-27T21:48:00Z", "Hi Jonas,\n\nsorry, knapp vor Deadline 😅 Wir nehmen B! Samstags fahren wir eh nur halbe Touren.\n\nKonny"));

        Assert.Equal(["Variante B: mobil bei euch im Hof, 115 € pro Rad plus Teile"], proposal.Agreed);
    }

    [Fact]
    public void Keeping_something_is_agreed_as_the_fact_without_the_comment_after_it()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-25T10:00:00Z", "Hallo Tim,\n\ndas Backup haben wir im Juni wegen des Plugins dazugenommen. Soll es drin bleiben?\n\nViele Grüße\nJonas"),
            FromClient("2026-11-26T08:00:00Z", "Hi Jonas,\n\nah okay, das mit dem Plugin hatte ich schon wieder verdrängt 🙈 Dann lass das Backup bitte drin, das ist es mir wert.\n\nTim"));

        Assert.Equal(["Das Backup bleibt drin"], proposal.Agreed);
    }

    [Fact]
    public void A_term_we_state_is_agreed_and_a_date_we_call_realistic_is_the_event_on_that_day()
    {
        var settled = Propose(
            "2026-11-30T09:00:00Z",
            FromClient("2026-11-24T10:00:00Z", "Sehr geehrte Frau Keller,\n\ndie Rechnung enthält Stunden, die wir nicht beauftragt haben.\n\nMit freundlichen Grüßen\nSabine Wendt"),
            FromMe("2026-11-25T10:00:00Z", "Sehr geehrte Frau Wendt,\n\nanbei die Gutschrift. Für den Restbetrag gilt das neue Zahlungsziel 02.12.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-26T10:00:00Z", "Sehr geehrter Herr Weber,\n\ndanke, damit ist das erledigt.\n\nMit freundlichen Grüßen\nSabine Wendt"));
        var golive = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-27T10:00:00Z", "Sehr geehrter Herr Hansen,\n\ndie Versandkostenregeln setzen wir bis Montag, 30.11., um. Damit ist der Go-live am Freitag, 4.12., realistisch.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-28T10:00:00Z", "Sehr geehrter Herr Weber,\n\ngut, danke.\n\nMit freundlichen Grüßen\nTorsten Hansen"));

        Assert.Contains("Für den Restbetrag gilt das neue Zahlungsziel 02.12.", settled.Agreed);
        Assert.DoesNotContain(settled.NextSteps, s => s.What.Contains("Zahlungsziel", StringComparison.Ordinal));
        Assert.Contains(golive.NextSteps, s => s.What == "Der Go-live am Freitag, 4.12." && s.Due == new DateOnly(2026, 12, 4) && s.Owner == "Jonas");
    }

    [Fact]
    public void What_an_earlier_mail_of_ours_says_will_happen_on_a_date_stays_a_step_after_later_mails()
    {
        var proposal = Propose(
            "2026-12-07T21:00:00Z",
            FromMe("2026-12-03T05:05:00Z", "Hi Bec,\n\nour supplier has pushed back the span steel, so the crew starts on Thursday 17 December. Commissioning and the first run will be on Tuesday 12 January, when we're back.\n\nCheers,\nJonas"),
            FromClient("2026-12-04T06:22:00Z", "No worries Jonas, the 17th is fine.\n\nCan you send a tax invoice for the deposit to Kylie?\n\nBec"),
            FromMe("2026-12-06T00:30:00Z", "Hi Bec,\n\nthe deposit has landed, thanks. The tax invoice is on its way to Kylie.\n\nCheers,\nJonas"),
            FromMe("2026-12-07T00:30:00Z", "Hi Bec,\n\none more thing: the crane needs the gate open from 7am.\n\nCheers,\nJonas"));

        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("Commissioning and the first run will be on Tuesday 12 January", StringComparison.Ordinal) && s.Due == new DateOnly(2027, 1, 12) && s.Owner == "Jonas");
    }

    [Fact]
    public void A_question_our_reply_touched_with_one_word_of_many_is_still_open_a_short_one_is_answered()
    {
        var proposal = Propose(
            "2026-12-07T21:00:00Z",
            FromMe("2026-12-03T05:05:00Z", "Hi Bec,\n\nthe crew starts on Thursday 17 December.\n\nCheers,\nJonas"),
            FromClient("2026-12-04T06:22:00Z", "Hi Jonas,\n\nDeposit went through this arvo. Can you send a tax invoice for the deposit to Kylie, our bookkeeper, before the quarterly statement closes? And will the irrigation pivot be running before the holidays?\n\nBec"),
            FromMe("2026-12-07T00:30:00Z", "Hi Bec,\n\nthanks, the deposit has landed. The pivot runs from Tuesday 12 January.\n\nCheers,\nJonas"));

        Assert.Contains(proposal.Asks, a => a.Contains("tax invoice", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("holidays", StringComparison.Ordinal));
    }

    [Fact]
    public void A_promise_whose_date_passed_and_that_the_client_still_awaits_is_owed_now_without_the_passed_date()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-11-30T10:00:00Z", "Liebe Frau Berger,\n\ndie Rechnung mit der Kaution schicke ich Ihnen bis Freitag, 4.12.\n\nViele Grüße\nJonas Weber"),
            FromClient("2026-12-07T16:00:00Z", "Lieber Herr Weber,\n\ndie Probe am Samstag passt. Die Rechnung mit der Kaution ist allerdings noch nicht angekommen.\n\nViele Grüße\nNele Berger"));
        var kept = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-11-30T10:00:00Z", "Liebe Frau Berger,\n\ndie Rechnung mit der Kaution schicke ich Ihnen bis Freitag, 4.12.\n\nViele Grüße\nJonas Weber"),
            FromClient("2026-12-07T16:00:00Z", "Lieber Herr Weber,\n\ndie Probe am Samstag passt.\n\nViele Grüße\nNele Berger"));

        var owed = Assert.Single(proposal.NextSteps, s => s.What.Contains("Rechnung mit der Kaution", StringComparison.Ordinal));
        Assert.Equal(("Jonas", new DateOnly(2026, 12, 8)), (owed.Owner, owed.Due!.Value));
        Assert.DoesNotContain("4.12", owed.What, StringComparison.Ordinal);
        Assert.DoesNotContain(kept.NextSteps, s => s.What.Contains("Rechnung mit der Kaution", StringComparison.Ordinal));
    }

    [Fact]
    public void An_amount_the_client_accepts_is_agreed_as_the_sentence_that_quoted_it()
    {
        var proposal = Propose(
            "2026-12-07T10:00:00Z",
            FromMe("2026-12-01T14:30:00Z", "Hi Brent,\n\nThe flight covers all 42 acres with 8 ground targets. The price for the survey and the cut/fill report is $3,850 plus tax.\n\nBest,\nJonas"),
            FromClient("2026-12-04T16:50:00Z", "Hi Jonas,\n\nThe $3,850 is fine. Can you fly on Thursday?\n\nBrent"));

        Assert.Contains("The price for the survey and the cut/fill report is $3,850 plus tax", proposal.Agreed);
    }

    [Fact]
    public void A_condition_with_a_modal_last_reads_as_a_sentence_of_its_own()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-25T09:30:00Z", "Sehr geehrter Herr Aksoy,\n\nmein Angebot: 8 Gerichte für 640 € netto.\n\nViele Grüße\nJonas Weber"),
            FromClient("2026-11-29T19:47:00Z", "Sehr geehrter Herr Weber,\n\ndie 640 € sind okay, einverstanden – aber nur, wenn wir die Fotos auch für die gedruckte Speisekarte nehmen dürfen.\n\nViele Grüße\nDeniz Aksoy"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Sie dürfen die Fotos auch für die gedruckte Speisekarte nehmen – ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_professor_is_greeted_as_we_greeted_him_in_swiss_style_without_a_comma_and_as_professor_where_we_did_not()
    {
        var ours = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-01T09:00:00Z", "Sehr geehrte Frau Baumann\n\nwir brauchen für den Seminarraum eine Offerte.\n\nFreundliche Grüsse\nReto Gubler") with { From = new MailAddress("Prof. Dr. Reto Gubler", "reto.gubler@fh-demo.example") },
            FromMe("2026-12-02T09:00:00Z", "Sehr geehrter Herr Professor Gubler\n\ngerne senden wir Ihnen die Offerte bis Freitag.\n\nFreundliche Grüsse\nJonas Weber"),
            FromClient("2026-12-04T09:00:00Z", "Sehr geehrte Frau Baumann\n\nbesten Dank, wir nehmen Variante B.\n\nFreundliche Grüsse\nReto Gubler") with { From = new MailAddress("Prof. Dr. Reto Gubler", "reto.gubler@fh-demo.example") });
        var fresh = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-04T09:00:00Z", "Guten Tag Herr Weber,\n\nwir brauchen für den Seminarraum eine Offerte.\n\nFreundliche Grüsse\nReto Gubler") with { From = new MailAddress("Prof. Dr. Reto Gubler", "reto.gubler@fh-demo.example") });

        Assert.Equal("Sehr geehrter Herr Professor Gubler", ours.Salutation);
        Assert.Equal("Guten Tag Herr Prof. Gubler", fresh.Salutation);
    }

    [Fact]
    public void A_colleague_the_client_brought_in_is_greeted_beside_her_by_first_name_and_her_formal_boss_alone()
    {
        var verena = new MailAddress("Verena Pichler", "verena@cafe-demo.example");
        var florian = new MailAddress("Florian Haas", "florian@cafe-demo.example");
        var both = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-01T09:00:00Z", "Servus Jonas,\n\nkannst du dir die Maschine anschauen? Sie tropft wieder.\n\nVerena") with { From = verena },
            FromMe("2026-12-02T09:00:00Z", "Hallo Verena,\n\nKemal kommt morgen bei dir vorbei.\n\nViele Grüße\nJonas") with { To = [verena] },
            FromClient("2026-12-04T09:00:00Z", "Jonas,\n\nsie tropft immer noch. Florian ist in Kopie.\n\nVerena") with { From = verena, Cc = [florian] },
            FromClient("2026-12-04T10:00:00Z", "Servus Jonas,\n\nkannst du uns bis Dienstag eine Leihmaschine bringen?\n\nFlorian") with { From = florian, Cc = [verena] });
        var boss = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-01T09:00:00Z", "Jonas,\n\nthe date moved again.\n\nMegan") with { From = new MailAddress("Megan Foster", "megan@brightpath-demo.example") },
            FromMe("2026-12-02T09:00:00Z", "Hi Megan,\n\nI'll send the plan by Friday.\n\nBest,\nJonas") with { To = [new MailAddress("Megan Foster", "megan@brightpath-demo.example")] },
            FromClient("2026-12-04T09:00:00Z", "Jonas,\n\nno plan yet.\n\nMegan") with { From = new MailAddress("Megan Foster", "megan@brightpath-demo.example"), Cc = [new MailAddress("Richard Alvarez", "richard@brightpath-demo.example")] },
            FromClient("2026-12-04T10:00:00Z", "Mr. Weber,\n\nunless I receive a written recovery plan by Tuesday, we will terminate the agreement.\n\nRichard Alvarez") with { From = new MailAddress("Richard Alvarez", "richard@brightpath-demo.example"), Cc = [new MailAddress("Megan Foster", "megan@brightpath-demo.example")] });

        var chef = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-02T09:00:00Z", "Sehr geehrte Frau Overbeck,\n\nhier die ersten beiden Vorschläge.\n\nMit freundlichen Grüßen\nJonas Weber") with { To = [new MailAddress("Sabrina Overbeck", "s.overbeck@logistik-demo.example")] },
            FromClient("2026-12-04T09:00:00Z", "Sehr geehrter Herr Weber,\n\nHerr Holtkamp (in Kopie) hat sich beide angesehen.\n\nMit freundlichen Grüßen\nSabrina Overbeck") with { From = new MailAddress("Sabrina Overbeck", "s.overbeck@logistik-demo.example"), Cc = [new MailAddress("Ralf Holtkamp", "r.holtkamp@logistik-demo.example")] },
            FromClient("2026-12-04T10:00:00Z", "Herr Weber,\n\nich erwarte bis morgen, 12 Uhr, eine Band, die dem entspricht, was wir gebucht haben.\n\nRalf Holtkamp") with { From = new MailAddress("Ralf Holtkamp", "r.holtkamp@logistik-demo.example"), Cc = [new MailAddress("Sabrina Overbeck", "s.overbeck@logistik-demo.example")] });

        Assert.Equal("Hallo Verena und Florian", both.Salutation);
        Assert.Equal("Dear Mr. Alvarez", boss.Salutation);
        // "Herr Weber," alone on the first line is as formal as "Sehr geehrter Herr Weber".
        Assert.Contains(chef.Salutation, new[] { "Sehr geehrter Herr Holtkamp", "Guten Tag Herr Holtkamp" });
    }

    [Fact]
    public void A_label_in_a_list_run_together_ends_at_the_next_label()
    {
        var proposal = Propose(
            "2026-12-03T10:00:00Z",
            FromMe("2026-12-01T14:30:00Z", "Hi Jon,\n\nthree swatches for the sofa: Swatch 1 – oat boucle (6 weeks) Swatch 2 – sage green velvet (4 weeks) Swatch 3 – charcoal linen (10 weeks)\n\nBest,\nJonas"),
            FromClient("2026-12-03T02:15:00Z", "Claire,\n\nYes to swatch 2.\n\nJon"));

        Assert.Contains("Swatch 2 – sage green velvet (4 weeks)", proposal.Agreed);
    }

    [Fact]
    public void Chase_someone_is_their_step_on_the_thing_before_and_a_colleague_from_a_department_owns_theirs()
    {
        var proposal = Propose(
            "2026-12-07T17:00:00Z",
            FromMe("2026-12-01T09:00:00Z", "Hi Dana,\n\nhere is the shortlist.\n\nBest,\nJonas"),
            FromClient("2026-12-07T14:05:00Z", "Hi Jonas,\n\nWe'll pass on Kevin. Trevor from HR (cc'd) will send you our background-check authorization form by Tuesday. I haven't had the interview packs yet. Could you chase Marco?\n\nDana"),
            FromMe("2026-12-07T16:30:00Z", "Hi Dana,\n\nThanks, Trevor – I'll look out for the authorization form.\n\nBest,\nJonas"));

        Assert.Contains(proposal.NextSteps, s => s.What.Contains("authorization form", StringComparison.Ordinal) && s.Owner == "Trevor" && s.Due == new DateOnly(2026, 12, 8));
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("look out", StringComparison.Ordinal) || s.What.Contains("Kevin", StringComparison.Ordinal));
    }

    [Fact]
    public void Could_you_chase_names_who_owes_the_thing_the_sentence_before_names()
    {
        var proposal = Propose(
            "2026-12-03T09:00:00Z",
            FromClient("2026-12-02T17:20:00Z", "Hi Hannah,\n\nJust checking in – I haven't had the allergen matrix yet. Could you chase Marco?\n\nPriya"));

        var ask = Assert.Single(proposal.Asks);
        Assert.Contains("allergen matrix", ask, StringComparison.Ordinal);
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("allergen matrix", StringComparison.Ordinal) && s.Owner == "Marco");
    }

    [Fact]
    public void An_approved_draft_is_agreed_and_a_condition_of_an_earlier_order_stays_open_after_our_reply()
    {
        var proposal = Propose(
            "2026-12-09T10:00:00Z",
            FromMe("2026-11-26T15:00:00Z", "Sehr geehrter Herr Roth,\n\nanbei der finale Entwurf für den Empfang. Variante 1: neue Wandfarbe, 18.400 € netto\nVariante 2: zusätzlich Akustikpaneele, 23.900 € netto\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-08T17:30:00Z", "Sehr geehrter Herr Weber,\n\nder Entwurf sieht sehr gut aus. Wir haben uns für Variante 2 entschieden und erteilen Ihnen hiermit den Auftrag – vorausgesetzt, die Arbeiten sind bis zum 15. Januar vollständig abgeschlossen. Eine Frage noch: Ist die Entsorgung der alten Möbel im Preis enthalten?\n\nMit freundlichen Grüßen\nSebastian Roth"),
            FromMe("2026-12-09T08:10:00Z", "Sehr geehrter Herr Roth,\n\nvielen Dank für Ihr Vertrauen! Den Termin stimme ich heute mit unserer Schreinerei ab.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.Contains("Variante 2: zusätzlich Akustikpaneele, 23.900 € netto", proposal.Agreed);
        Assert.Contains(proposal.Asks, a => a.StartsWith("Die Arbeiten sind bis zum 15. Januar vollständig abgeschlossen", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.StartsWith("Ist die Entsorgung der alten Möbel im Preis enthalten?", StringComparison.Ordinal));
    }

    [Fact]
    public void The_draft_we_sent_is_approved_when_the_client_says_it_looks_good()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-27T09:00:00Z", "Hallo Moritz,\n\nanbei der finale Entwurf für die Gutschein-Flyer.\n\nViele Grüße\nJonas"),
            FromClient("2026-11-28T10:17:00Z", "Hey Jonas,\n\nsieht mega aus, passt so!\n\nMoritz"));

        Assert.Contains("Der finale Entwurf für die Gutschein-Flyer – freigegeben", proposal.Agreed);
    }

    [Fact]
    public void What_we_granted_at_no_extra_cost_is_agreed_and_a_price_accepted_only_if_carries_its_condition()
    {
        var proposal = Propose(
            "2026-12-08T10:00:00Z",
            FromMe("2026-12-01T09:00:00Z", "Grüezi Frau Baumann\n\nEin Kurstag kostet CHF 2'400.–, inklusive Unterlagen.\n\nFreundliche Grüsse\nJonas Weber"),
            FromClient("2026-12-03T09:00:00Z", "Grüezi Herr Weber\n\nMit dem Preis sind wir einverstanden, allerdings nur, wenn die Kurse bei uns im Haus in Winterthur stattfinden können.\n\nFreundliche Grüsse\nRegula Baumann"),
            FromMe("2026-12-07T09:00:00Z", "Grüezi Frau Baumann\n\nDie Durchführung bei Ihnen im Haus ist kein Problem und kostet nichts extra.\n\nFreundliche Grüsse\nJonas Weber"));

        Assert.Contains("Ein Kurstag kostet CHF 2'400.–, inklusive Unterlagen", proposal.Agreed);
        Assert.Contains("Die Durchführung bei Ihnen im Haus ist kein Problem und kostet nichts extra", proposal.Agreed);
        Assert.Contains(proposal.Asks, a => a.StartsWith("Die Kurse bei", StringComparison.Ordinal) && a.Contains("Winterthur", StringComparison.Ordinal));
    }

    [Fact]
    public void You_will_have_our_notes_is_the_clients_promise_when_the_client_writes_it()
    {
        var proposal = Propose(
            "2026-12-04T19:00:00Z",
            FromMe("2026-11-24T23:05:00Z", "Hi Meredith,\n\nYou'll have the script draft on Monday.\n\nBen"),
            FromClient("2026-12-04T02:10:00Z", "Hi Ben,\n\nApologies – we won't have the feedback to you tomorrow. You'll have our notes by next Tuesday.\n\nMeredith"));

        Assert.Contains(proposal.NextSteps, s => s.What.Contains("notes", StringComparison.Ordinal) && s.ByClient && s.Owner == "Meredith" && s.Due == new DateOnly(2026, 12, 8));
    }

    [Fact]
    public void Ill_come_back_to_you_says_about_what_and_the_clients_colleague_keeps_a_step_beside_ours()
    {
        var proposal = Propose(
            "2026-12-02T09:00:00Z",
            FromClient("2026-11-30T11:05:00Z", "Hi Jonas,\n\nWe'd like the Thursday. Aoife from our facilities team will book the loading bay for you – she'll need the van registration by Friday 4 December.\n\nPriya"),
            FromMe("2026-12-01T09:40:00Z", "Hi Priya,\n\nI'll send the van registration to Aoife by Friday. On the 55 covers: let me check with Marco whether we can hold £46 a head at that number. I'll come back to you by Thursday.\n\nBest,\nJonas"));

        Assert.Contains(proposal.NextSteps, s => s.What.Contains("£46 a head", StringComparison.Ordinal) && s.What.EndsWith("I'll come back to you by Thursday", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 3));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("loading bay", StringComparison.Ordinal) && s.Owner == "Aoife");
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("van registration", StringComparison.Ordinal) && s.Owner == "Jonas");
    }

    [Fact]
    public void A_clients_threat_a_wait_or_a_wish_of_theirs_is_no_next_step_and_their_promise_is_in_our_voice()
    {
        var proposal = Propose(
            "2026-11-30T14:00:00Z",
            FromMe("2026-11-24T09:00:00Z", "Hi Tim,\n\nIf you'd rather wait for the new version, we'll hold the old one. The proof goes out on Tuesday.\n\nBest,\nJonas"),
            FromClient("2026-11-30T13:00:00Z", "Jonas,\n\nUnless I receive a written recovery plan by Tuesday, December 1, we will terminate the agreement. I'll keep an eye out for the proof on Tuesday. I'll send the signed order by Wednesday.\n\nTim"));

        Assert.DoesNotContain(proposal.NextSteps, s => s.ByClient && (s.What.Contains("terminate", StringComparison.Ordinal) || s.What.Contains("eye out", StringComparison.Ordinal) || s.What.Contains("rather", StringComparison.Ordinal)));
        Assert.Contains(proposal.NextSteps, s => s.ByClient && s.What == "You'll send the signed order by Wednesday" && s.Owner == "Tim");
    }

    [Fact]
    public void An_austrian_title_is_no_name_and_a_name_listed_last_name_first_is_read_from_the_signature()
    {
        var client = new MailAddress("Hofer Elisabeth", "e.hofer@museum.example");
        var proposal = Propose(
            "2026-12-04T09:00:00Z",
            FromClient("2026-12-03T15:50:00Z", "Sehr geehrter Herr Weber,\n\ndanke für den Kostenvoranschlag, der passt für uns.\n\nMit freundlichen Grüßen\nDr.in Elisabeth Hofer") with { From = client });

        Assert.Equal("Guten Tag Frau Dr.in Hofer", proposal.Salutation);
    }

    [Fact]
    public void A_moved_date_replaces_the_earlier_promise_and_two_dated_parts_are_two_steps()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T15:30:00Z", "Hi Dani,\n\nOur designer, Mira Singh, will have the creative concepts to you by Wednesday, December 9.\n\nBest,\nJonas"),
            FromClient("2026-12-07T14:15:00Z", "Hi Jonas,\n\nLogo pack attached – sorry, Friday got away from me.\n\nDani"),
            FromMe("2026-12-07T16:40:00Z", "Hi Dani,\n\nSince the logo pack came in today, the concepts will be with you on Thursday, December 10 rather than the 9th, and Owen's media plan moves to Friday, December 11.\n\nBest,\nJonas"));

        Assert.Contains(proposal.NextSteps, s => s.What.Contains("concepts", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 10) && s.Owner == "Mira Singh");
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("concepts", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 9));
        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("Owen's media plan", StringComparison.Ordinal) && s.Owner == "Owen" && s.Due == new DateOnly(2026, 12, 11));
    }

    [Fact]
    public void A_change_the_client_asked_for_and_we_accepted_is_agreed_and_the_point_it_replaced_is_not()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-01T16:00:00Z", "Hi Whitney,\n\nThanks for the details.\nHere's what we'd suggest:\n- Workplace Spanish (12 supervisors): Tuesdays and Thursdays, 6:00–7:00 AM, before first shift\n- ESL (up to 18 participants): Mondays and Wednesdays, 2:30–3:30 PM\n\nBest,\nJonas"),
            FromClient("2026-12-03T19:45:00Z", "Hi Jonas,\n\nThe Spanish schedule works. ESL on Mon/Wed at 2:30 clashes with our shift handover though – could it be Tuesdays and Thursdays, 3:45 to 4:45 PM instead? Marco sounds great. Luis Ortega, our plant superintendent (cc'd), will get you the participant list by Friday. Also, could everyone get a certificate at the end? Some of the guys would like that for their files.\n\nWhitney"),
            FromMe("2026-12-04T15:10:00Z", "Hi Whitney,\n\nTuesdays and Thursdays, 3:45–4:45 PM for ESL works. Certificates are included – everyone with 80% attendance gets one.\n\nBest,\nJonas"));

        Assert.Contains("Tuesdays and Thursdays, 3:45–4:45 PM for ESL works", proposal.Agreed);
        Assert.Contains("Certificates are included – everyone with 80% attendance gets one", proposal.Agreed);
        Assert.Contains("Workplace Spanish (12 supervisors): Tuesdays and Thursdays, 6:00–7:00 AM, before first shift", proposal.Agreed);
        Assert.DoesNotContain(proposal.Agreed, a => a.Contains("Mondays and Wednesdays", StringComparison.Ordinal));
    }

    [Fact]
    public void A_colleague_named_after_the_verb_owns_a_step_on_am_date_and_a_relayed_request_is_an_ask()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-03T11:30:00Z", "Grüezi Herr Weber\n\nFür uns ist wichtig: Läuft die Anlage noch vor Weihnachten?\n\nFreundliche Grüsse\nUrs Brunner"),
            FromMe("2026-12-04T08:15:00Z", "Guten Tag Herr Brunner\n\nVor Weihnachten wird das knapp, realistisch ist die erste Januarwoche. Die App richtet Ihnen unser Elektriker Herr Frei (in Kopie) direkt bei der Abnahme am 10. Dezember ein.\n\nFreundliche Grüsse\nJonas Weber"),
            FromClient("2026-12-07T06:55:00Z", "Guten Morgen Herr Weber\n\nGut, dann rechnen wir mit Januar. Frau Steiner bittet, die Rechnung an buchhaltung@brunner.example zu schicken und nicht an mich.\n\nFreundliche Grüsse\nUrs Brunner"));

        Assert.Contains(proposal.NextSteps, s => s.What.Contains("App", StringComparison.Ordinal) && s.Owner == "Herr Frei" && s.Due == new DateOnly(2026, 12, 10));
        Assert.Contains(proposal.Asks, a => a.Contains("buchhaltung@brunner.example", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("Weihnachten", StringComparison.Ordinal));
    }

    [Fact]
    public void A_demand_list_with_dashes_and_a_line_between_its_points_gives_each_point_and_what_a_colleague_did_is_no_step()
    {
        var proposal = Propose(
            "2026-12-07T16:00:00Z",
            FromClient("2026-12-07T15:20:00Z", "Sehr geehrte Frau Petersen,\n\nHerr Kurz war am Freitag hier und hat zwei Access Points getauscht. Seit heute Morgen haben wir wieder Abbrüche.\n\nWir erwarten daher:\n– ein stabiles WLAN bis Mittwoch, 9.12., 18 Uhr.\nAm Donnerstag überträgt ein Mieter seine Weihnachtsfeier per Livestream.\n– eine Gutschrift der vollen Dezembergebühr (649 € netto).\n– einen festen Ansprechpartner, der erreichbar ist.\n\nMit freundlichen Grüßen\nPaul Albrecht"));

        Assert.Contains(proposal.Asks, a => a.Contains("stabiles WLAN", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.Contains("Gutschrift", StringComparison.Ordinal) && a.Contains("Antwort bis", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.Contains("Ansprechpartner", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("Livestream", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.NextSteps, s => s.Owner == "Herr Kurz");
    }

    [Fact]
    public void A_correction_the_client_points_out_is_an_ask_for_us()
    {
        var proposal = Propose(
            "2026-12-07T11:00:00Z",
            FromClient("2026-12-07T10:05:00Z", "Hi Ciara,\n\nSound, thanks a mill. At the moment the plan shows 8 normal seats in rows K and L; it should be 4 wheelchair spaces with a companion seat next to each.\n\nDeclan"));

        Assert.Contains(proposal.Asks, a => a.Contains("4 wheelchair spaces", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("wheelchair", StringComparison.Ordinal) && s.Owner == "Jonas");
    }

    [Fact]
    public void A_colleague_with_a_who_clause_owns_a_step_for_the_18th_and_so_they_will_need_is_an_ask()
    {
        var proposal = Propose(
            "2026-12-07T13:00:00Z",
            FromMe("2026-12-03T09:30:00Z", "Hi Imogen,\n\nPriya (cc), who'll be looking after your payroll, will set up the December run for the 18th as soon as the payroll history is in.\n\nBest,\nJonas"),
            FromClient("2026-12-07T12:40:00Z", "Hi Jonas,\n\nTwo of our baristas are leaving on 11 December, so they'll need P45s.\n\nImogen"));

        Assert.Contains(proposal.NextSteps, s => s.What.Contains("December run", StringComparison.Ordinal) && s.Owner == "Priya" && s.Due == new DateOnly(2026, 12, 18));
        Assert.Contains(proposal.Asks, a => a.Contains("P45s", StringComparison.Ordinal));
    }

    [Fact]
    public void A_promise_about_it_carries_the_sentence_it_points_to()
    {
        var proposal = Propose(
            "2026-12-07T13:00:00Z",
            FromClient("2026-12-02T09:30:00Z", "Hi Jonas,\n\nCan you make sure you do the VAT return for the quarter to 30 November?\n\nImogen"),
            FromMe("2026-12-03T09:30:00Z", "Hi Imogen,\n\nYes, we'll do the VAT return for the quarter to 30 November. It's due on 7 January; we'll aim to file it by 22 December so you know the figure before Christmas.\n\nBest,\nJonas"));

        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("We'll do the VAT return", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 22));
    }

    [Fact]
    public void Whoever_we_copied_in_is_a_person_and_von_ihm_points_to_them()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-04T09:00:00Z", "Hi Lena,\n\nwie weit ist die Terminbuchung?\n\nJonas"),
            FromMe("2026-12-04T13:10:00Z", "Hi Jonas,\n\nTarek (in Kopie) baut die Terminbuchung ein. Einen Testlink bekommst du von ihm bis Freitag.\n\nViele Grüße\nLena"));

        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Testlink", StringComparison.Ordinal) && s.Owner == "Tarek" && s.Due == new DateOnly(2026, 12, 11));
    }

    [Fact]
    public void A_slot_the_client_proposed_and_we_booked_is_agreed_by_its_name_and_is_a_step_on_its_day()
    {
        var proposal = Propose(
            "2026-12-07T14:00:00Z",
            FromMe("2026-11-30T18:00:00Z", "Hi Rick,\n\nwelcome aboard! Could you suggest a couple of times for the kickoff next week?\n\nBest,\nJonas"),
            FromClient("2026-12-02T21:40:00Z", "Hi Jonas,\n\nLet's do the kickoff Tuesday Dec 8 at 10 AM Eastern if that works on your end.\n\nRick"),
            FromMe("2026-12-03T14:30:00Z", "Hi Rick,\n\nTuesday, Dec 8 at 10 AM Eastern is booked – the invite is on its way.\n\nBest,\nJonas"),
            FromClient("2026-12-04T22:55:00Z", "Hi Jonas,\n\nWould Wednesday January 6 or Thursday January 7 work for the training?\n\nRick"));

        Assert.Contains("Kickoff: Tuesday, Dec 8 at 10 AM Eastern", proposal.Agreed);
        var kickoff = Assert.Single(proposal.NextSteps, s => s.What.Contains("Dec 8", StringComparison.Ordinal));
        Assert.Equal(("Kickoff: Tuesday, Dec 8 at 10 AM Eastern", "Jonas", new DateOnly(2026, 12, 8)), (kickoff.What, kickoff.Owner, kickoff.Due));
        Assert.DoesNotContain(proposal.NextSteps, s => s.Owner is "Wednesday" or "Thursday");
    }

    [Fact]
    public void A_date_of_ours_the_client_took_in_an_earlier_mail_stays_agreed_with_what_it_is_for()
    {
        var proposal = Propose(
            "2026-12-07T10:00:00Z",
            FromMe("2026-12-01T15:10:00Z", "Hi Declan,\n\nTraining for Aoife: I'd propose Tuesday 8 December at 2pm, one hour on Teams.\n\nCiara"),
            FromClient("2026-12-03T09:40:00Z", "Hi Ciara,\n\nTue 8th at 2pm is perfect for Aoife.\n\nDeclan"),
            FromMe("2026-12-04T16:20:00Z", "Hi Declan,\n\nQuay Street is built – have a click around.\n\nCiara"),
            FromClient("2026-12-07T10:05:00Z", "Hi Ciara,\n\nSound, thanks a mill. Could we offer 'pay what you can' for the schools' screening?\n\nDeclan"));

        Assert.Contains("Training for Aoife: Tuesday 8 December at 2pm, one hour on Teams", proposal.Agreed);
        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("Training for Aoife", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 8));
    }

    [Fact]
    public void An_option_from_a_list_is_named_by_its_heading_and_our_confirmation_of_it_is_not_a_second_step()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-01T14:20:00Z", "Sehr geehrter Herr Wagner,\n\nfür den Drehtag in Ihrem Werk in Schwabach hätten wir folgende Termine frei:\n– Donnerstag, 14. Januar\n– Dienstag, 19. Januar\n– Mittwoch, 27. Januar\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-03T08:05:00Z", "Sehr geehrter Herr Weber,\n\nwir nehmen den 19. Januar – am 14. ist bei uns Inventur.\n\nMit freundlichen Grüßen\nPeter Wagner"),
            FromMe("2026-12-03T13:40:00Z", "Sehr geehrter Herr Wagner,\n\nder 19. Januar ist fest für Sie eingeplant. Das Drehkonzept schicke ich Ihnen bis Freitag, 11.12.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.Contains("Drehtag: Dienstag, 19. Januar", proposal.Agreed);
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("eingeplant", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Drehkonzept", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 11));
    }

    [Fact]
    public void The_points_under_our_confirmed_heading_are_agreed()
    {
        var proposal = Propose(
            "2026-12-07T17:00:00Z",
            FromMe("2026-12-03T22:20:00Z", "Hi Dana,\n\nI have these slots:\n– Wednesday, Dec 9, 10:00 AM\n– Wednesday, Dec 9, 2:00 PM\n– Friday, Dec 11, 9:00 AM\n\nLet me know who you'd like to meet and when.\n\nJonas"),
            FromClient("2026-12-07T14:05:00Z", "Hi Jonas,\n\nLet's meet Angela and Sam: Angela on Wednesday at 2, Sam on Friday morning.\n\nDana"),
            FromMe("2026-12-07T16:30:00Z", "Hi Dana,\n\nGreat choice. Confirmed at your Joliet site:\n– Angela Ruiz: Wednesday, Dec 9, 2:00 PM\n– Sam Okafor: Friday, Dec 11, 9:00 AM\n\nJonas"));

        Assert.Contains("Angela Ruiz: Wednesday, Dec 9, 2:00 PM", proposal.Agreed);
        Assert.Contains("Sam Okafor: Friday, Dec 11, 9:00 AM", proposal.Agreed);
    }

    [Fact]
    public void Of_two_dates_in_a_promise_the_one_we_report_back_on_is_the_due_date()
    {
        var proposal = Propose(
            "2026-12-09T09:00:00Z",
            FromClient("2026-12-08T16:00:00Z", "Sehr geehrter Herr Weber,\n\nwir nehmen Variante 2, vorausgesetzt, die Arbeiten sind bis 15. Januar abgeschlossen.\n\nMit freundlichen Grüßen\nMarkus Roth"),
            FromMe("2026-12-09T08:10:00Z", "Sehr geehrter Herr Roth,\n\nden Fertigstellungstermin 15. Januar stimme ich heute mit unserer Schreinerei ab und gebe Ihnen Donnerstag, 10.12., verbindlich Bescheid.\n\nMit freundlichen Grüßen\nJonas Weber"));

        var step = Assert.Single(proposal.NextSteps, s => s.What.Contains("Bescheid", StringComparison.Ordinal));
        Assert.Equal(("Jonas", new DateOnly(2026, 12, 10)), (step.Owner, step.Due));
    }

    [Fact]
    public void A_promise_of_parts_each_with_its_own_date_is_a_step_per_part()
    {
        var proposal = Propose(
            "2026-12-09T09:00:00Z",
            FromClient("2026-12-08T16:00:00Z", "Sehr geehrter Herr Weber,\n\nwann sind die Kisten fertig?\n\nMit freundlichen Grüßen\nElisabeth Hofer"),
            FromMe("2026-12-09T08:10:00Z", "Sehr geehrte Frau Hofer,\n\ndie fünf Standardkisten sind wie geplant bis Montag, 14.12., fertig, die Sonderkiste bis Freitag, 18.12.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Standardkisten", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 14));
        Assert.Contains(proposal.NextSteps, s => s.What == "Die Sonderkiste bis Freitag, 18.12., fertig" && s.Due == new DateOnly(2026, 12, 18));
    }

    [Fact]
    public void The_clients_news_of_a_later_date_moves_their_step_and_names_who_delivers()
    {
        var proposal = Propose(
            "2026-12-08T14:00:00Z",
            FromMe("2026-12-01T16:00:00Z", "Hi Whitney,\n\nJen will send the test links as soon as you give us the participant list.\n\nBest,\nJonas"),
            FromClient("2026-12-03T19:45:00Z", "Hi Jonas,\n\nLuis Ortega, our plant superintendent (cc'd), will get you the participant list by Friday.\n\nWhitney"),
            FromMe("2026-12-04T15:10:00Z", "Hi Whitney,\n\nGreat, thanks.\n\nJonas"),
            FromClient("2026-12-07T23:30:00Z", "Hi Jonas,\n\nLuis got pulled onto a rush job, so the list will come Wednesday – sorry about that. Tony's list is running late too, he's now saying Thursday. Gillian's now saying the payroll files will be Wednesday, not Friday.\n\nWhitney"));

        var list = Assert.Single(proposal.NextSteps, s => s.What.Contains("participant list", StringComparison.Ordinal));
        Assert.Equal(("Luis Ortega", new DateOnly(2026, 12, 9)), (list.Owner, list.Due));
        Assert.EndsWith("participant list by Wednesday, December 9", list.What, StringComparison.Ordinal);
        Assert.Contains(proposal.NextSteps, s => s.Owner == "Tony" && s.Due == new DateOnly(2026, 12, 10));
        var payroll = Assert.Single(proposal.NextSteps, s => s.What.Contains("payroll files", StringComparison.Ordinal));
        Assert.Equal(("Gillian", new DateOnly(2026, 12, 9)), (payroll.Owner, payroll.Due));
    }

    [Fact]
    public void Dates_the_client_offers_are_asked_about_what_the_sentence_before_names_and_answered_before_either()
    {
        var proposal = Propose(
            "2026-12-07T14:00:00Z",
            FromMe("2026-12-03T14:30:00Z", "Hi Rick,\n\nOn-site training in Tampa is possible: $1,200 for a full day plus travel.\n\nBest,\nJonas"),
            FromClient("2026-12-04T22:55:00Z", "Hi Jonas,\n\nLet's go ahead with the on-site training. Would Wednesday January 6 or Thursday January 7 work?\n\nRick"));

        var ask = Assert.Single(proposal.Asks, a => a.Contains("January 6", StringComparison.Ordinal));
        Assert.Contains("on-site training", ask, StringComparison.Ordinal);
        Assert.DoesNotContain("by Thursday, January 7", ask, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hi Mark,\n\nWe can set up in one of two slots:\n1. Thursday 10 December, from 2 PM\n2. Friday 11 December, from 9 AM\n\nJonas", "Hi Jonas, Friday morning works for us. Mark", "Set up: Friday 11 December, from 9 AM")]
    [InlineData("Sehr geehrte Frau Vogt,\n\nfür den Workshop bei Ihnen in Mainz kann ich Ihnen diese Termine anbieten, jeweils von 9:00 bis 16:30 Uhr:\n- Dienstag, 8. Dezember\n- Donnerstag, 10. Dezember\n\nZum Umfang gibt es zwei Varianten:\nA) Workshop mit einer Moderatorin: 2.400 € netto\nB) Workshop mit zwei Moderatorinnen: 3.350 € netto\n\nMit freundlichen Grüßen\nJonas Weber", "Sehr geehrter Herr Weber, wir nehmen Donnerstag, den 10. Dezember, und Variante B mit zwei Moderatorinnen. Mit freundlichen Grüßen, Karin Vogt", "Workshop: Donnerstag, 10. Dezember, von 9:00 bis 16:30 Uhr")]
    public void The_date_the_client_took_from_our_list_is_named_by_the_lists_heading_with_its_hours(string ours, string theirs, string expected)
    {
        var proposal = Propose("2026-11-30T09:00:00Z", FromMe("2026-11-24T14:30:00Z", ours), FromClient("2026-11-27T10:02:00Z", theirs));

        Assert.Contains(expected, proposal.Agreed);
    }

    [Fact]
    public void A_du_client_speaking_to_our_team_is_answered_as_we_and_a_one_word_fragment_is_no_step()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-11-30T10:00:00Z", "Hi Basti,\n\nanbei der Entwurf. Wenn du freigibst, geht's Donnerstag in den Druck.\n\nViele Grüße\nJonas"),
            FromClient("2026-12-06T18:00:00Z", "Hi Jonas,\n\nehrlich, ich bin echt sauer, auf den Etiketten steht die falsche Zahl. Also, was ich brauche:\n1. Ihr druckt die Etiketten neu, und zwar auf eure Kosten.\n2. Die neuen Etiketten sind bis Dienstagabend hier.\n\nBasti"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Wir drucken die Etiketten neu, und zwar auf unsere Kosten", StringComparison.Ordinal));
        Assert.All(proposal.NextSteps, s => Assert.Contains(' ', s.What));
    }

    [Fact]
    public void A_colleagues_present_tense_for_next_week_is_their_promise_by_that_friday_and_the_date_we_took_is_agreed_without_the_one_we_turned_down()
    {
        var proposal = Propose(
            "2026-12-07T10:00:00Z",
            FromClient("2026-12-01T13:00:00Z", "Liebe Frau Weber,\n\nTerminoptionen von unserer Seite: 19./20. Januar oder 26./27. Januar.\n\nViele Grüße\nSabine Hartmann"),
            FromMe("2026-12-02T08:40:00Z", "Liebe Frau Hartmann,\n\nder 26./27. Januar passt bei uns, der 19./20. leider nicht.\n\nViele Grüße\nJonas Weber"),
            FromClient("2026-12-03T16:15:00Z", "Liebe Frau Weber,\n\n26./27. Januar ist bei uns geblockt, und 6.900 € sind in Ordnung.\n\nViele Grüße\nSabine Hartmann"),
            FromMe("2026-12-04T15:50:00Z", "Liebe Frau Hartmann,\n\nschön, dass es klappt! Malte meldet sich nächste Woche bei Ihnen mit Terminvorschlägen für die Interviews.\n\nViele Grüße\nJonas Weber"));

        Assert.Contains(proposal.Agreed, a => a.EndsWith("Der 26./27. Januar passt bei uns", StringComparison.Ordinal));
        var malte = Assert.Single(proposal.NextSteps, s => s.What.Contains("Terminvorschlägen", StringComparison.Ordinal));
        Assert.Equal(("Malte", new DateOnly(2026, 12, 11)), (malte.Owner, malte.Due));
    }

    [Fact]
    public void A_grievance_beside_a_request_is_answered_in_its_line_and_the_step_is_what_they_asked_for()
    {
        var proposal = Propose(
            "2026-11-30T14:00:00Z",
            FromMe("2026-11-20T15:00:00Z", "Dear Mr. Alvarez,\n\nyou will get a status report every Friday.\n\nBest regards,\nJonas Weber"),
            FromClient("2026-11-29T09:00:00Z", "Mr. Weber,\n\nI am very disappointed. Friday's status report never arrived, again late. Please call me with a concrete recovery plan.\n\nRobert Alvarez"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Friday's status report never arrived", StringComparison.Ordinal) && a.Contains("I'll come back to you on this", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("never arrived", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("recovery plan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_client_who_lists_what_they_need_gets_those_points_and_not_the_complaints_around_the_list()
    {
        var proposal = Propose(
            "2026-12-08T15:00:00Z",
            FromMe("2026-12-04T10:00:00Z", "Hi Dana,\n\nthe fix for the export goes live on Sunday night.\n\nKevin"),
            FromClient("2026-12-07T21:00:00Z", "Kevin,\n\nthe export is still broken and I had to build the payroll file by hand. This is the second time this autumn an update has broken something we depend on.\n\nWhat I need:\n1. The export working by Wednesday.\n2. The payroll file from Friday checked by your team. It has to be right before the bank run.\n3. A credit for December.\n\nDana"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("The export working", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.Contains("credit for December", StringComparison.Ordinal));
        // The line right after a point explains it and stays with it.
        Assert.Contains(proposal.Asks, a => a.Contains("payroll file from Friday", StringComparison.Ordinal) || a.Contains("right before the bank run", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("second time this autumn", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("second time this autumn", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_about_the_sentence_before_is_the_point_not_that_sentence_on_its_own()
    {
        var proposal = Propose(
            "2026-11-30T08:00:00Z",
            FromMe("2026-11-20T09:00:00Z", "Hallo Jule,\n\ndu bekommst bis Dienstag einen neuen Testversand.\n\nViele Grüße\nAnna"),
            FromClient("2026-11-26T06:15:00Z", "Hallo Anna,\n\nder Testversand ist da, danke. Ich will nicht drängeln, aber der Versand ist nächste Woche Dienstag, und wir haben dafür extra Plakate drucken lassen. Kannst du mir Bescheid geben, ob das klappt?\n\nLiebe Grüße\nJule"));

        var point = Assert.Single(proposal.Asks, a => a.Contains("Plakate", StringComparison.Ordinal));
        Assert.Contains("Bescheid geben, ob das klappt", point, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hi Carlos,\n\nThanks for forwarding this, and please pass my apologies on to Dwayne. Tonight we'll extend the session to 12 hours.\n\nDaniel", "apologies")]
    [InlineData("Hallo Herr Mendes,\n\nrichten Sie Herrn Wolf bitte meine Entschuldigung aus. Heute Abend verlängern wir die Sitzung auf 12 Stunden.\n\nViele Grüße\nDaniel", "Entschuldigung")]
    public void A_courtesy_we_ask_the_client_to_pass_on_is_no_step_of_theirs(string ours, string courtesy)
    {
        var proposal = Propose(
            "2026-11-23T09:00:00Z",
            FromClient("2026-11-20T13:55:00Z", "Daniel,\n\nour night shift keeps getting logged out. Could you have someone look at it?\n\nCarlos"),
            FromMe("2026-11-20T15:10:00Z", ours));

        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains(courtesy, StringComparison.Ordinal));
    }

    [Fact]
    public void Black_friday_is_the_name_of_a_day_not_the_next_friday()
    {
        var proposal = Propose(
            "2026-11-27T12:30:00Z",
            FromMe("2026-11-20T14:40:00Z", "Hi Sam,\n\nthe codes start working on November 27.\n\nDaniel"),
            FromClient("2026-11-27T11:45:00Z", "Daniel, it's 6:45am on Black Friday and the discount code still doesn't apply to the gift sets.\n\nSam"));

        Assert.Contains(proposal.Asks, a => a.Contains("gift sets", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("December 4", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.NextSteps, s => s.Due == new DateOnly(2026, 12, 4));
    }

    [Fact]
    public void A_client_who_closes_with_gruss_and_a_short_name_is_greeted_by_that_name()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-01T09:00:00Z", "Servus,\n\nhier das Angebot für die Jacken, du kannst es dir in Ruhe anschauen.\n\nViele Grüße\nJonas"),
            FromClient("2026-12-07T18:00:00Z", "Servus Jonas,\n\npasst so, schick mir die Rechnung bitte bis Freitag.\n\nGruß Tom\n\n--\nThomas Ertl\n1. Kommandant\nFreiwillige Feuerwehr Haselbach") with { From = new MailAddress("Thomas Ertl", Client) });

        Assert.Equal("Hallo Tom", proposal.Salutation);
    }

    [Fact]
    public void From_our_greeting_of_two_people_the_summary_greets_the_client_it_answers()
    {
        var proposal = Propose(
            "2026-12-10T08:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Sehr geehrter Herr Reischl, sehr geehrter Herr Pröll,\n\nder Termin am 22.12. ist fix.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-09T09:00:00Z", "Sehr geehrter Herr Weber,\n\ndanke, der 22.12. passt uns.\n\nMit freundlichen Grüßen\nGerald Reischl") with { From = new MailAddress("Gerald Reischl", Client) });

        Assert.Equal("Sehr geehrter Herr Reischl", proposal.Salutation);
    }

    [Fact]
    public void When_we_wrote_last_to_two_people_the_summary_greets_the_one_we_greeted_first()
    {
        var proposal = Propose(
            "2026-12-10T14:00:00Z",
            FromClient("2026-12-07T15:00:00Z", "Dear Ms Beaulieu,\n\nwe accept the quote for the town hall.\n\nKind regards,\nFiona Kerrigan") with { From = new MailAddress("Dr. Fiona Kerrigan", Client) },
            FromClient("2026-12-08T15:00:00Z", "Hi Claire,\n\nthe AV team moved the tech check to 13:15.\n\nNadia") with { From = new MailAddress("Nadia Kowalczyk", "n.kowalczyk@kunde.example") },
            FromMe("2026-12-09T10:00:00Z", "Dear Dr. Kerrigan, dear Nadia,\n\nthanks, 13:15 works for our interpreters.\n\nBest regards,\nJonas Weber"));

        Assert.Equal("Dear Dr. Kerrigan", proposal.Salutation);
    }

    [Fact]
    public void A_client_who_will_not_pay_you_a_cent_claims_no_charge_at_all()
    {
        var proposal = Propose(
            "2026-12-08T15:00:00Z",
            FromClient("2026-12-08T14:00:00Z", "Jonas,\n\nthe walk-in is still warm and we lost a full day of stock. Until it holds temperature we won't pay you a cent.\n\nRay"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("No charge at all – answer by", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("us a cent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jonas,\n\nand nobody has answered my question as to whether the release went to the US list.\n\nJames", "Answer whether the release went to the US list")]
    [InlineData("Herr Weber,\n\nmeine Frage, ob die Rechnung storniert wird, haben Sie nicht beantwortet.\n\nAnja Seidl", "Beantworten, ob die Rechnung storniert wird")]
    public void A_question_we_left_open_is_a_step_that_reads_as_an_action(string mail, string step)
    {
        var proposal = Propose("2026-12-08T15:00:00Z", FromMe("2026-12-04T09:00:00Z", "Hallo,\n\ndie Krone kommt am Donnerstag.\n\nJonas"), FromClient("2026-12-08T14:00:00Z", mail));

        Assert.Contains(proposal.NextSteps, s => s.What == step);
    }

    [Fact]
    public void What_is_agreed_already_is_not_asked_again_in_the_same_words()
    {
        var proposal = Propose(
            "2026-11-30T14:00:00Z",
            FromMe("2026-11-24T09:00:00Z", "Hi Carlos,\n\nwe can switch the map to live positions: 64 hours, $9,600.\n\nBest,\nJonas"),
            FromClient("2026-11-27T16:00:00Z", "Hi Jonas,\n\nwe're approved to go ahead, but the provider says the streaming license will only be active on December 1.\n\nCarlos"));

        Assert.Contains(proposal.Agreed, a => a.Contains("streaming license", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("streaming license", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_questions_about_the_same_thing_are_one_point_that_names_it_once()
    {
        var proposal = Propose(
            "2026-11-30T08:00:00Z",
            FromMe("2026-11-25T09:00:00Z", "Guten Tag Frau Brüggemann,\n\ndie Korrektur ist seit Dienstag live.\n\nFreundliche Grüße\nJonas Weber"),
            FromClient("2026-11-28T07:30:00Z", "Guten Tag Herr Weber,\n\nheute Nacht kam allerdings noch einmal eine doppelte Bestätigung, diesmal für eine Buchung an Silvester. War die Korrektur da schon drin? Geben Sie mir bitte kurz Bescheid, ob ich weiter damit rechnen muss.\n\nFreundliche Grüße\nIlse Brüggemann"));

        var point = Assert.Single(proposal.Asks, a => a.Contains("doppelte Bestätigung", StringComparison.Ordinal));
        Assert.Contains("War die Korrektur da schon drin?", point, StringComparison.Ordinal);
        Assert.Contains("weiter damit rechnen", point, StringComparison.Ordinal);
        Assert.Equal(point.IndexOf("doppelte Bestätigung", StringComparison.Ordinal), point.LastIndexOf("doppelte Bestätigung", StringComparison.Ordinal));
    }

    [Fact]
    public void The_option_taken_starts_with_a_capital_after_its_label_and_as_a_step()
    {
        var proposal = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-24T09:00:00Z", "Sehr geehrter Herr Reimers,\n\nwir bräuchten von Ihnen die Freigabe für einen zweiten Testimport am Wochenende 5./6.12.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-26T09:00:00Z", "Hallo Herr Weber,\n\ndie Freigabe für den 5./6.12. erteile ich hiermit.\n\nGruß\nGerd Reimers"));

        Assert.Contains(proposal.Agreed, a => a.StartsWith("Projekt: Wir bräuchten von Ihnen die Freigabe", StringComparison.Ordinal));
        Assert.All(proposal.NextSteps, s => Assert.True(char.IsUpper(s.What[0]), s.What));
    }

    [Theory]
    [InlineData("AW: Intranet: Verschiebung der Datenmigration?", "Intranet")]
    [InlineData("AW: Onlineshop Nordlicht – Go-live-Termin", "Onlineshop Nordlicht")]
    [InlineData("RE: Q1 roadmap call", "Q1 roadmap call")]
    public void A_thread_is_labelled_by_its_subject_before_a_dash_or_colon(string subject, string topic) =>
        Assert.Equal(topic, SummaryComposer.Topic(subject));

    [Fact]
    public void A_colleagues_promise_takes_its_own_date_not_the_one_in_the_relative_clause()
    {
        var proposal = Propose(
            "2026-12-08T07:00:00Z",
            FromClient("2026-12-02T09:00:00Z", "Guten Tag Herr Weber,\n\nwir nehmen den Kurs am 14. Januar.\n\nFreundliche Grüsse\nSibylle Baumann"),
            FromMe("2026-12-03T09:00:00Z", "Guten Tag Frau Baumann,\n\nvielen Dank für Ihre Zusage! Frau Frei schickt Ihnen nächste Woche Dienstag einen kurzen Fragebogen, den die Teilnehmenden bitte bis am 8. Januar ausfüllen.\n\nFreundliche Grüsse\nJonas Weber"));

        var questionnaire = Assert.Single(proposal.NextSteps, s => s.What.Contains("Fragebogen", StringComparison.Ordinal));
        Assert.Equal(("Frau Frei", new DateOnly(2026, 12, 8)), (questionnaire.Owner, questionnaire.Due));
    }

    [Fact]
    public void What_someone_on_the_clients_side_needs_by_a_date_is_ours_to_deliver()
    {
        var proposal = Propose(
            "2026-12-08T07:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Guten Tag Frau Baumann,\n\nder Kurs findet bei Ihnen im Haus statt.\n\nFreundliche Grüsse\nJonas Weber"),
            FromClient("2026-12-07T09:00:00Z", "Guten Tag Herr Weber,\n\nperfekt. Herr Demir bräuchte bis Freitag, 11.12. eine Liste der Add-ins für die Laptops.\n\nFreundliche Grüsse\nSibylle Baumann"));

        var list = Assert.Single(proposal.NextSteps, s => s.What.Contains("Add-ins", StringComparison.Ordinal));
        Assert.Equal(("Jonas", new DateOnly(2026, 12, 11)), (list.Owner, list.Due));
    }

    [Fact]
    public void A_colleague_named_after_their_role_owns_their_promise()
    {
        var proposal = Propose(
            "2026-12-07T07:00:00Z",
            FromClient("2026-12-04T09:00:00Z", "Hallo Jonas,\n\ndie Etiketten sind falsch gedruckt, der EAN geht nicht.\n\nBasti"),
            FromMe("2026-12-04T15:00:00Z", "Hallo Basti,\n\ndas tut mir leid. Unsere Designerin Jana Roth (in Kopie) schaut sich das heute noch an und schickt dir bis Montagabend die korrigierte Datei zur Freigabe.\n\nViele Grüße\nJonas"));

        var file = Assert.Single(proposal.NextSteps, s => s.What.Contains("korrigierte Datei", StringComparison.Ordinal));
        Assert.Equal(("Jana Roth", new DateOnly(2026, 12, 7)), (file.Owner, file.Due));
    }

    [Fact]
    public void What_a_colleague_already_did_is_no_step_ahead()
    {
        var proposal = Propose(
            "2026-12-07T16:00:00Z",
            FromClient("2026-12-07T13:00:00Z", "Jonas,\n\nthe expired code is still in the ads. This is costing us money.\n\nDerek"),
            FromMe("2026-12-07T15:00:00Z", "Hi Derek,\n\nI'm sorry. Tasha paused all Black Friday ads at 9:15 this morning; nothing with the expired code is running anymore. I'll send you a breakdown of the spend by Wednesday, December 9.\n\nBest,\nJonas"));

        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("paused", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("breakdown", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 9));
    }

    [Fact]
    public void Our_part_after_an_event_both_sides_expect_is_a_step_that_says_when()
    {
        var proposal = Propose(
            "2026-12-07T08:00:00Z",
            FromClient("2026-12-03T09:00:00Z", "Sehr geehrter Herr Weber,\n\ndas Angebot passt, die Bestellung geht diese Woche raus.\n\nMit freundlichen Grüßen\nMehmet Öztürk"),
            FromMe("2026-12-04T09:00:00Z", "Sehr geehrter Herr Öztürk,\n\nvielen Dank! Sobald die Bestellung da ist, schicke ich Ihnen die Auftragsbestätigung und die Vorbereitungsfragen.\n\nMit freundlichen Grüßen\nJonas Weber"));

        var confirmation = Assert.Single(proposal.NextSteps, s => s.What.Contains("Auftragsbestätigung", StringComparison.Ordinal));
        Assert.Equal("Jonas", confirmation.Owner);
        Assert.Null(confirmation.Due);
        Assert.EndsWith("sobald die Bestellung da ist", confirmation.What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contingency_of_ours_is_still_no_step()
    {
        var proposal = Propose(
            "2026-11-30T14:00:00Z",
            FromClient("2026-11-27T09:00:00Z", "Hi Jonas, what does the import cost? Kerstin"),
            FromMe("2026-11-27T15:00:00Z", "Hi Kerstin,\n\nI'll send you the price by Tuesday, December 1. If a full answer takes longer, you'll get a short note.\n\nBest,\nJonas"));

        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("short note", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("price", StringComparison.Ordinal));
    }

    [Fact]
    public void How_things_usually_run_is_no_plan_the_client_agreed_to()
    {
        var proposal = Propose(
            "2026-12-07T14:00:00Z",
            FromMe("2026-11-30T18:00:00Z", "Hi Rick,\n\nwelcome aboard! Here's how onboarding usually runs for a team your size:\n1. Kickoff call (60 min) – goals, roles, your current workflows\n2. Data import – customers and service history from your CSV export\n3. Training for your office team\n\nCould you suggest a couple of times for the kickoff next week?\n\nBest,\nJonas"),
            FromClient("2026-12-02T21:40:00Z", "Hi Jonas,\n\nthanks – looking forward to it. Let's do the kickoff Tuesday Dec 8 at 10 AM Eastern if that works on your end.\n\nRick"));

        Assert.DoesNotContain(proposal.Agreed, a => a.Contains("Data import", StringComparison.Ordinal) || a.Contains("Training for", StringComparison.Ordinal));
    }

    [Fact]
    public void A_decision_recorded_as_agreed_is_no_open_ask()
    {
        var proposal = Propose(
            "2026-12-07T14:00:00Z",
            FromMe("2026-12-03T14:30:00Z", "Hi Rick,\n\non-site training in Tampa is possible: $1,200 for a full day plus travel. Just say the word.\n\nBest,\nJonas"),
            FromClient("2026-12-04T22:55:00Z", "Hi Jonas,\n\nlet's go ahead with the on-site training. Would Wednesday January 6 or Thursday January 7 work?\n\nRick"));

        var decision = Assert.Single(proposal.Agreed, a => a.Contains("on-site training", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(proposal.Asks, a => a.StartsWith(decision + " – ", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.NextSteps, s => s.What == decision);
    }

    [Fact]
    public void A_clients_promise_they_kept_since_is_no_step_of_theirs()
    {
        var proposal = Propose(
            "2026-12-07T14:00:00Z",
            FromClient("2026-12-02T21:40:00Z", "Hi Jonas,\n\nI'll send the customer export by end of day Friday.\n\nRick"),
            FromMe("2026-12-03T14:30:00Z", "Hi Rick,\n\ngreat, thanks.\n\nBest,\nJonas"),
            FromClient("2026-12-04T22:55:00Z", "Hi Jonas,\n\ncustomer export attached (3 files). Can we keep our old customer numbers?\n\nRick"));

        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("send the customer export", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Our_promise_we_kept_in_a_later_mail_is_no_step_ahead()
    {
        var proposal = Propose(
            "2026-12-07T14:00:00Z",
            FromMe("2026-12-01T09:00:00Z", "Hi Rick,\n\nI'll send you the revised proposal by Friday, December 11.\n\nBest,\nJonas"),
            FromClient("2026-12-02T10:00:00Z", "Thanks Jonas! Rick"),
            FromMe("2026-12-04T09:00:00Z", "Hi Rick,\n\nattached is the revised proposal, a week early. I'll call you on Wednesday, December 9 to go through it.\n\nBest,\nJonas"));

        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("send you the revised proposal", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("call you", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 9));
    }

    [Fact]
    public void Our_apology_is_no_step_and_heute_morgen_is_this_morning()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-07T06:48:00Z", "Hi Jonas,\n\nseit eurem Serverumzug druckt der Drucker am Empfang nicht mehr. Kann bitte sofort jemand vorbeikommen?\n\nAlex"),
            FromMe("2026-12-07T07:10:00Z", "Hi Alex,\n\ndas tut mir leid, gerade heute Morgen. Malte ist um 9:30 Uhr bei euch und kümmert sich vor Ort darum.\n\nJonas"));

        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("leid", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.NextSteps.Concat(proposal.Asks.Select(a => new SummaryStep(a, "", null))), s => s.What.Contains("8.12.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_promise_in_a_mail_a_colleague_wrote_is_the_colleagues()
    {
        var hollie = Message("hollie.brandt@agentur.example", "2026-12-04T10:00:00Z", "Hi Kerstin,\n\nI'll send you the full interview schedule by Wednesday, December 9.\n\nBest,\nHollie") with
        {
            From = new MailAddress("Hollie Brandt", "hollie.brandt@agentur.example"),
        };
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-03T09:00:00Z", "Hi Jonas,\n\nWednesday 16 December works for the interviews.\n\nKerstin"),
            hollie,
            FromMe("2026-12-04T11:00:00Z", "Hi Kerstin,\n\nI'll call you on Tuesday, December 8 about the terms letter.\n\nBest,\nJonas"));

        var schedule = Assert.Single(proposal.NextSteps, s => s.What.Contains("schedule", StringComparison.Ordinal));
        Assert.Equal(("Hollie Brandt", new DateOnly(2026, 12, 9)), (schedule.Owner, schedule.Due));
        Assert.Equal("Jonas", Assert.Single(proposal.NextSteps, s => s.What.Contains("terms letter", StringComparison.Ordinal)).Owner);
    }

    [Fact]
    public void A_colleague_we_introduce_owns_the_promise_the_next_sentence_makes_and_the_line_names_them()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Guten Tag Herr Weber,\n\nwir nehmen Variante 2.\n\nFreundliche Grüsse\nMonika Baumann"),
            FromMe("2026-12-07T15:00:00Z", "Guten Tag Frau Baumann,\n\nvielen Dank! Den italienischen Teil betreut ab sofort mein Kollege Luca Bernasconi (in Kopie). Er meldet sich bis Ende nächster Woche mit den ersten Terminologiefragen bei Herrn Gashi.\n\nFreundliche Grüsse\nJonas Weber"));

        var questions = Assert.Single(proposal.NextSteps, s => s.What.Contains("Terminologiefragen", StringComparison.Ordinal));
        Assert.Equal(("Luca Bernasconi", new DateOnly(2026, 12, 18)), (questions.Owner, questions.Due));
        Assert.StartsWith("Luca Bernasconi meldet sich", questions.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_she_is_does_not_depend_on_what_the_colleague_needs()
    {
        var proposal = Propose(
            "2026-12-09T15:00:00Z",
            FromClient("2026-12-08T15:00:00Z", "Hi Jonas,\n\nSaturday the 19th works for the cutover.\n\nKaren"),
            FromMe("2026-12-08T21:20:00Z", "Hi Karen,\n\ngreat. Marisol will need a key and the alarm code for Saturday. She'll call you on Friday, December 11 to sort out building access.\n\nBest,\nJonas"));

        var call = Assert.Single(proposal.NextSteps, s => s.What.Contains("building access", StringComparison.Ordinal));
        Assert.Equal(("Marisol", new DateOnly(2026, 12, 11)), (call.Owner, call.Due));
    }

    [Fact]
    public void The_date_in_a_condition_of_our_promise_is_not_its_due_date()
    {
        var proposal = Propose(
            "2026-12-11T09:00:00Z",
            FromClient("2026-12-10T09:00:00Z", "Sehr geehrter Herr Weber,\n\nwir nehmen Variante 2. Schaffen Sie die Lieferung bis Mitte Jänner?\n\nMit freundlichen Grüßen\nMonika Hofer"),
            FromMe("2026-12-10T15:00:00Z", "Sehr geehrte Frau Hofer,\n\ndanke für den Auftrag! Die Lieferung am Donnerstag, 14. Jänner, schaffen wir, vorausgesetzt, Sie geben das Muster bis Freitag, 18.12., frei.\n\nMit freundlichen Grüßen\nJonas Weber"));

        var delivery = Assert.Single(proposal.NextSteps, s => s.What.Contains("Lieferung", StringComparison.Ordinal) && s.Owner == "Jonas");
        Assert.Equal(new DateOnly(2027, 1, 14), delivery.Due);
    }

    [Fact]
    public void What_we_say_we_can_have_done_by_a_date_is_our_promise_and_the_same_day_is_the_date_before()
    {
        var proposal = Propose(
            "2026-12-07T19:00:00Z",
            FromClient("2026-12-06T09:00:00Z", "Hi Jonas,\n\ncan you still make it before our charters start on the 19th? And what happens with the customs inspection?\n\nMike"),
            FromMe("2026-12-07T18:30:00Z", "Hi Mike,\n\nwe can still have both boats back in the water by Thursday 17 December, as long as we have the keys by 4pm today. The earliest inspection slot at the depot is Tuesday 8 December. I'll send you the outcome the same day.\n\nBest,\nJonas"));

        var boats = Assert.Single(proposal.NextSteps, s => s.What.Contains("back in the water", StringComparison.Ordinal));
        Assert.Equal(("Jonas", new DateOnly(2026, 12, 17)), (boats.Owner, boats.Due));
        var outcome = Assert.Single(proposal.NextSteps, s => s.What.Contains("outcome", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 8), outcome.Due);
    }

    [Fact]
    public void The_option_chosen_is_agreed_as_we_described_it_even_when_it_refers_to_another_option()
    {
        var proposal = Propose(
            "2026-12-07T12:00:00Z",
            FromMe("2026-12-01T14:40:00Z", "Hi Owen,\n\nhere are the two options for the extract clean:\n\nOption 1: full TR19 clean of canopy, ducting and fan: £2,350 + VAT\nOption 2: as Option 1, plus six new stainless baffle filters for the canopy: £1,890 + VAT\n\nBest,\nJonas"),
            FromMe("2026-12-03T15:20:00Z", "Hi Owen,\n\njust checking in. All I need now is your go-ahead on Option 1 or Option 2.\n\nBest,\nJonas"),
            FromClient("2026-12-07T11:48:00Z", "Hi Jonas,\n\nsorry for the slow reply. Let's go with Option 2, the filters are past it anyway.\n\nOwen"));

        Assert.Contains("Option 2: as Option 1, plus six new stainless baffle filters for the canopy: £1,890 + VAT", proposal.Agreed);
        Assert.DoesNotContain(proposal.Agreed, a => a.Contains("go-ahead", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_offered_for_something_is_agreed_under_its_name_without_the_verbs_particle()
    {
        var proposal = Propose(
            "2026-12-09T09:00:00Z",
            FromMe("2026-12-08T10:40:00Z", "Sehr geehrter Herr Baumgartner,\n\nfür die Schulung schlage ich Dienstag, 12. Januar, oder Donnerstag, 14. Januar, jeweils 17 Uhr, vor.\n\nFreundliche Grüsse\nJonas Weber"),
            FromClient("2026-12-08T16:00:00Z", "Sehr geehrter Herr Weber,\n\nder Donnerstag, 14. Januar, passt uns.\n\nFreundliche Grüsse\nThomas Baumgartner"));

        Assert.Contains("Schulung: Donnerstag, 14. Januar, jeweils 17 Uhr", proposal.Agreed);
        Assert.DoesNotContain(proposal.Agreed.Concat(proposal.NextSteps.Select(s => s.What)), line => line.EndsWith(" vor", StringComparison.Ordinal));
    }

    [Fact]
    public void A_promise_that_holds_only_with_its_condition_keeps_it()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-07T08:00:00Z", "Guten Tag Herr Weber,\n\nbleibt es bei der Lieferung am 22.12.?\n\nFreundliche Grüsse\nNadia Keller"),
            FromMe("2026-12-07T09:30:00Z", "Guten Tag Frau Keller,\n\nder 22.12. gilt allerdings nur, sofern das Gut zum Druck am Montag, 14.12., bis 12 Uhr bei mir ist.\n\nFreundliche Grüsse\nJonas Weber"));

        Assert.DoesNotContain(proposal.Agreed.Concat(proposal.NextSteps.Select(s => s.What)), line => line.EndsWith("allerdings nur", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("Der 22.12. gilt allerdings nur, sofern", StringComparison.Ordinal));
    }

    [Fact]
    public void The_clients_part_of_our_du_condition_reads_as_an_action_and_an_event_they_wait_for_is_none()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Hallo Jonas,\n\nwie geht es jetzt weiter?\n\nLG Karen"),
            FromMe("2026-12-07T15:00:00Z", "Hallo Karen,\n\nsobald ihr euch entschieden habt, schicke ich dir den Vertrag. Wenn ihr mir das Layout bis Mittwoch freigebt, drucken wir am Donnerstag.\n\nLG\nJonas"));

        var release = Assert.Single(proposal.NextSteps, s => s.What.Contains("Layout", StringComparison.Ordinal));
        Assert.Equal(("Mir das Layout bis Mittwoch freigeben", "Karen"), (release.What, release.Owner));
        Assert.DoesNotContain(proposal.NextSteps, s => s.Owner == "Karen" && s.What.Contains("entschieden", StringComparison.Ordinal));
    }

    [Fact]
    public void A_problem_the_client_says_again_is_one_point_not_two()
    {
        var proposal = Propose(
            "2026-11-30T08:00:00Z",
            FromClient("2026-11-17T12:05:00Z", "Hallo Frau Keller,\n\nseit dem Update letzte Woche kommen über das Kontaktformular auf unserer Website keine Anfragen mehr bei uns an. Könnten Sie sich das bitte ansehen?\n\nViele Grüße\nNadine Kröger"),
            FromClient("2026-11-19T18:48:00Z", "Frau Keller, ich habe noch keine Antwort bekommen, und das Formular geht immer noch nicht. Bitte melden Sie sich.\n\nNadine Kröger"));

        Assert.Single(proposal.Asks, a => a.Contains("ormular", StringComparison.Ordinal) && !a.Contains("funktioniert", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.StartsWith("Das Formular geht immer noch nicht", StringComparison.Ordinal));
    }

    [Fact]
    public void A_condition_named_by_the_clients_act_or_by_what_they_send_is_their_step_and_the_rest_ours()
    {
        var approval = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-04T09:00:00Z", "Hallo Herr Weber,\n\nVariante B passt für uns.\n\nKaren Roth"),
            FromMe("2026-12-07T09:00:00Z", "Hallo Frau Roth,\n\nbei Freigabe bis Montag, 14. Dezember, geht die Broschüre am 15. Dezember in den Druck.\n\nViele Grüße\nJonas Weber"));
        Assert.Contains(approval.NextSteps, s => s.What == "Freigabe bis Montag, 14. Dezember" && s.ByClient && s.Due == new DateOnly(2026, 12, 14));
        Assert.Contains(approval.NextSteps, s => s.What == "Die Broschüre geht am 15. Dezember in den Druck" && s.Owner == "Jonas" && s.Due == new DateOnly(2026, 12, 15));

        var papers = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-04T09:00:00Z", "Hallo Herr Weber,\n\nwann bekommen wir den Abschluss?\n\nKaren Roth"),
            FromMe("2026-12-07T09:00:00Z", "Hallo Frau Roth,\n\nvorausgesetzt, die BWA ist bis Mittwoch, 9.12. bei mir, bekommen Sie den Abschluss am Freitag, 11.12.\n\nViele Grüße\nJonas Weber"));
        Assert.Contains(papers.NextSteps, s => s.What == "Die BWA bis Mittwoch, 9.12. schicken" && s.ByClient && s.Due == new DateOnly(2026, 12, 9));
        Assert.Contains(papers.NextSteps, s => s.What == "Sie bekommen den Abschluss am Freitag, 11.12." && s.Owner == "Jonas" && s.Due == new DateOnly(2026, 12, 11));

        var form = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-07T09:00:00Z", "Hi Karen,\n\nas long as the signed form is back with us by Friday 11 December, the crew starts on Monday 14 December.\n\nBest,\nJonas"));
        Assert.Contains(form.NextSteps, s => s.What == "Send the signed form by Friday 11 December" && s.ByClient && s.Due == new DateOnly(2026, 12, 11));
        Assert.Contains(form.NextSteps, s => s.What == "The crew starts on Monday 14 December" && s.Owner == "Jonas" && s.Due == new DateOnly(2026, 12, 14));

        // Without its comma: "Once you've chosen a layout I'll send the contract".
        var layout = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-07T09:00:00Z", "Hi Karen,\n\nonce you've chosen a layout I'll send the contract.\n\nBest,\nJonas"));
        Assert.Contains(layout.NextSteps, s => s.What == "Choose a layout" && s.ByClient);
        Assert.Contains(layout.NextSteps, s => s.What.StartsWith("I'll send the contract", StringComparison.Ordinal) && s.Owner == "Jonas");
    }

    [Fact]
    public void What_the_client_has_to_have_done_before_we_act_is_their_step_until_they_answer()
    {
        var german = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-04T09:00:00Z", "Sehr geehrter Herr Weber,\n\nkönnen Sie uns beide Varianten aufschlüsseln?\n\nMit freundlichen Grüßen\nClara Berger"),
            FromMe("2026-12-07T09:00:00Z", "Sehr geehrte Frau Berger,\n\ngern, die Aufstellung liegt bei. Sobald Sie und Herr Dr. Lang sich entschieden haben, schlage ich Ihnen zwei Interviewtermine vor.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.Contains(german.NextSteps, s => s.What == "Sich mit Herrn Dr. Lang entscheiden" && s.Owner == "Frau Berger");
        Assert.Contains(german.NextSteps, s => s.What.StartsWith("Ich schlage Ihnen zwei Interviewtermine vor", StringComparison.Ordinal) && s.Owner == "Jonas");

        var english = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-07T09:00:00Z", "Hi Clara,\n\nonce you've signed the contract, we'll book the crew.\n\nBest,\nJonas"));
        Assert.Contains(english.NextSteps, s => s.What == "Sign the contract" && s.ByClient);

        var answered = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-05T09:00:00Z", "Hi Clara,\n\nonce you've signed the contract, we'll book the crew.\n\nBest,\nJonas"),
            FromClient("2026-12-07T09:00:00Z", "Hi Jonas,\n\nthanks, all good on our side.\n\nClara"));
        Assert.DoesNotContain(answered.NextSteps, s => s.What == "Sign the contract");
    }

    [Fact]
    public void A_doubt_is_asked_as_what_they_doubt_is_done_and_what_a_problem_costs_them_is_no_point_of_its_own()
    {
        var english = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hi Karen,\n\nthe search is back at the top.\n\nJonas"),
            FromClient("2026-12-07T16:00:00Z", "Hi Jonas,\n\nThe search is back at the top, thank you. But the page still loads slowly on my phone, and three of the featured listings show last month's prices. My agents can't send clients to a site with wrong prices.\nI don't want to micromanage this, but I'm starting to wonder whether anyone tests these pages before they go to staging. Can we get this sorted by December 11th?\n\nKaren"));
        Assert.Contains(english.Asks, a => a.StartsWith("Three of the featured listings show last month's prices – ", StringComparison.Ordinal));
        Assert.Contains(english.Asks, a => a.StartsWith("Test these pages before they go to staging – ", StringComparison.Ordinal));
        Assert.DoesNotContain(english.Asks, a => a.Contains("can't send clients", StringComparison.Ordinal) || a.Contains("wonder", StringComparison.Ordinal));

        var german = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hallo Frau Roth,\n\nich kümmere mich.\n\nJonas Weber"),
            FromClient("2026-12-07T16:00:00Z", "Hallo Herr Weber,\n\nIch will mich nicht einmischen, aber ich frage mich langsam, ob bei Ihnen überhaupt jemand die Seiten vor dem Livegang prüft. Können Sie das bis Freitag, 11.12. klären?\n\nKaren Roth"));
        // The question pointing back at the doubt ("Können Sie das … klären?") is the same point, once.
        Assert.Equal(["Die Seiten vor dem Livegang prüfen – erledige ich bis Freitag, 11. Dezember"], german.Asks);
    }

    [Fact]
    public void What_we_confirm_in_so_many_words_about_what_the_client_wrote_is_agreed_but_a_gift_to_an_upset_client_is_no_agreement()
    {
        var english = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-04T09:00:00Z", "Hi Jonas,\n\nOption C it is. Please, no lilies anywhere – my mother is allergic. And every invoice needs our PO 44718.\n\nNiamh") with { From = new MailAddress("Niamh Byrne", "k.mahler@kunde.example") },
            FromMe("2026-12-07T09:00:00Z", "Hi Niamh,\n\nNo lilies, anywhere – I've noted it on the order.\n\nNiamh, noted: all invoices will reference PO 44718.\n\nBest,\nJonas"));
        Assert.Contains("No lilies, anywhere – I've noted it on the order", english.Agreed);
        Assert.Contains("Noted: all invoices will reference PO 44718", english.Agreed);

        var german = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-04T09:00:00Z", "Hallo Jonas,\n\ndie Rechnungen bitte an unsere Buchhaltung, buchhaltung@radwerk.example.\n\nLG Mia"),
            FromMe("2026-12-07T09:00:00Z", "Hallo Mia,\n\ndie Rechnungen gehen an eure Buchhaltung, ist notiert.\n\nLG Jonas"));
        Assert.Contains(german.Agreed, a => a.StartsWith("Die Rechnungen gehen an eure Buchhaltung", StringComparison.Ordinal));

        // A slot noted "subject to shortlisting" is not settled yet.
        var pending = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-04T09:00:00Z", "Dear Jonas,\n\nPlease hold the presentation slot for the panel on Wednesday 16 December at 10:30 at County Hall.\n\nGráinne"),
            FromMe("2026-12-07T09:00:00Z", "Dear Gráinne,\n\nThank you – the presentation at County Hall on Wednesday 16 December at 10:30 is noted, subject to shortlisting.\n\nKind regards,\nJonas"));
        Assert.DoesNotContain(pending.Agreed, a => a.Contains("subject to", StringComparison.Ordinal));

        // An upset client who was given something unasked has agreed to nothing: what I hear, not "agreed".
        var upset = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Dear Riaan,\n\nIn the meantime Annika has started imaging the healthy drives at no charge, so no time is lost whatever you decide.\n\nJonas"),
            FromClient("2026-12-07T09:00:00Z", "Jonas,\n\nThis is unacceptable. Your price is outrageous and nobody told me about it before. I want a written breakdown of the R18,000 by Monday or I'm taking the NAS elsewhere.\n\nRiaan"));
        Assert.Equal(SummaryForm.WhatIHear, upset.Form);
    }

    [Fact]
    public void What_the_client_chases_is_an_open_point_even_where_they_first_asked_is_not_in_the_thread()
    {
        var english = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hi Mike,\n\nboth boats are booked in for the 14th.\n\nHannah"),
            FromClient("2026-12-07T16:00:00Z", "Hi Hannah,\n\nthe 14th is fine. Still waiting on that prop polish price though. And the consent form has not reached us yet.\n\nMike"));
        Assert.Contains(english.Asks, a => a.Contains("prop polish price", StringComparison.Ordinal));
        Assert.Contains(english.Asks, a => a.Contains("consent form", StringComparison.Ordinal));

        var german = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hallo Mia,\n\nder Saal ist für euch reserviert.\n\nJonas"),
            FromClient("2026-12-07T16:00:00Z", "Hallo Jonas,\n\nsuper, danke! Die Rechnung mit der Kaution ist übrigens noch nicht angekommen.\n\nMia"));
        Assert.Contains(german.Asks, a => a.StartsWith("Die Rechnung mit der Kaution ist übrigens noch nicht angekommen – ", StringComparison.Ordinal));

        // A threat on that condition is no chase: "If I haven't received the plan by Friday, …".
        var threat = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-07T16:00:00Z", "Hi Hannah,\n\nIf we haven't received the recovery plan by Friday, we will look for another yard.\n\nMike"));
        Assert.DoesNotContain(threat.Asks, a => a.StartsWith("If you haven't received", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_promise_on_the_clients_side_is_their_step_as_people_write_it_and_owned_by_whom_it_names()
    {
        var german = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hallo Deniz,\n\nhier ist das Angebot.\n\nJonas"),
            FromClient("2026-12-07T16:00:00Z", "Hallo Jonas,\n\nsuper, passt. Die Liste mit den Gerichten schick ich dir bis morgen Abend.\n\nDeniz"));
        Assert.Contains(german.NextSteps, s => s.What == "Die Liste mit den Gerichten bis Dienstag, 8.12. schicken" && s.ByClient && s.Due == new DateOnly(2026, 12, 8));

        var treasurer = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hi Gethin,\n\nhere is the quote.\n\nJonas"),
            FromClient("2026-12-07T16:00:00Z", "Hi Jonas,\n\nperfect. Carys our treasurer will pay the deposit on Monday, she does the bank on Mondays.\n\nGethin"));
        Assert.Contains(treasurer.NextSteps, s => s.What.StartsWith("Carys your treasurer will pay the deposit", StringComparison.Ordinal) && s.Owner == "Carys" && s.Due == new DateOnly(2026, 12, 14));

        var chasing = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hi Aoife,\n\nhere is the quote.\n\nJonas"),
            FromClient("2026-12-07T16:00:00Z", "Hi Jonas,\n\nthanks. Ruth's still chasing a few of the remote crew for their addresses, she'll have the full list to you by Wednesday.\n\nAoife"));
        Assert.Contains(chasing.NextSteps, s => s.Owner == "Ruth" && s.Due == new DateOnly(2026, 12, 9));

        // A thing at the start of the sentence is nobody: "Payment will follow on Monday".
        var payment = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hi Sam,\n\nhere is the quote.\n\nJonas"),
            FromClient("2026-12-07T16:00:00Z", "Hi Jonas,\n\nsounds good. Payment will follow on Monday.\n\nSam"));
        Assert.DoesNotContain(payment.NextSteps, s => s.Owner == "Payment");
    }

    [Fact]
    public void An_option_the_client_takes_by_a_size_name_or_by_what_it_is_is_that_option_as_we_offered_it()
    {
        var bySize = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hallo Frau Egger,\n\nwie besprochen zwei Pakete:\nPaket S: 3 Ansagen auf Deutsch, 290 € netto.\nPaket M: 5 Ansagen auf Deutsch und Englisch mit lizenzfreier Wartemusik, 520 € netto.\n\nViele Grüße\nJonas Weber"),
            FromClient("2026-12-07T16:00:00Z", "Hallo Herr Weber,\n\nPaket M passt!\n\nViele Grüße\nMaria Egger"));
        Assert.Contains("Paket M: 5 Ansagen auf Deutsch und Englisch mit lizenzfreier Wartemusik, 520 € netto", bySize.Agreed);

        var byContent = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hi Mike,\n\nTwo ways to do it:\n- Standard: haul-out, water-blast, two coats of antifoul, new anodes: $4,850 + GST\n- Coppercoat instead of antifoul (lasts up to ten years): $9,200 + GST\n\nHannah"),
            FromClient("2026-12-07T16:00:00Z", "Hi Hannah,\n\nStandard antifoul for both, thanks, we'll look at Coppercoat next winter.\n\nMike"));
        Assert.Contains("Standard: haul-out, water-blast, two coats of antifoul, new anodes: $4,850 + GST", byContent.Agreed);
    }

    [Fact]
    public void A_colleague_introduced_with_their_role_keeps_their_promise_after_our_next_mail()
    {
        var proposal = Propose(
            "2026-12-02T09:00:00Z",
            FromClient("2026-11-27T09:00:00Z", "Hi Jonas,\n\nwir nehmen Paket Plus.\n\nJannik"),
            FromMe("2026-11-28T09:00:00Z", "Hi Jannik,\n\nEmre, unser Tonmeister (in Kopie), schickt euch bis Freitag, 11.12., den Ablaufplan für den Aufnahmetag.\n\nLiebe Grüße\nJonas"),
            FromMe("2026-11-30T09:00:00Z", "Hi Jannik,\n\nkurzes Update: der Vertrag kommt morgen.\n\nLiebe Grüße\nJonas"));

        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Ablaufplan", StringComparison.Ordinal) && s.Owner == "Emre" && s.Due == new DateOnly(2026, 12, 11));
    }

    [Fact]
    public void A_colleague_named_after_a_semicolon_owns_the_promise_but_one_who_only_knows_does_not()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-04T12:00:00Z", "Hi Lindiwe,\n\nnobody came at ten this morning. What now?\n\nMarius"),
            FromMe("2026-12-04T15:00:00Z", "Hi Marius,\n\nCloudy water is normal while the new surface cures; Sipho will inspect the steps on Wednesday, 9 December, with written findings the same day.\n\nLindiwe"));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("inspect the steps", StringComparison.Ordinal) && s.Owner == "Sipho" && s.Due == new DateOnly(2026, 12, 9));

        var german = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-04T12:00:00Z", "Hallo Herr Weber,\n\npasst der 19.12. noch?\n\nGrüße\nAnke Lang"),
            FromMe("2026-12-04T15:00:00Z", "Hallo Frau Lang,\n\nja, dann bleibt es beim 19.12. ab 7:30 Uhr; Herr Özdemir weiß Bescheid.\n\nViele Grüße\nJonas Weber"));
        Assert.DoesNotContain(german.NextSteps, s => s.Owner == "Herr Özdemir");
    }

    [Fact]
    public void What_someone_on_the_clients_side_needs_from_us_is_an_open_point()
    {
        var english = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hi Karen,\n\nthe crew starts on Monday, December 14.\n\nJonas"),
            FromClient("2026-12-04T09:00:00Z", "Hi Jonas,\n\nthanks. Building security needs the names of your crew for the access cards.\n\nKaren"));
        Assert.Contains(english.Asks, a => a.Contains("names of our crew", StringComparison.Ordinal));

        var german = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hallo Frau Roth,\n\nwir kommen am Montag, 14.12.\n\nViele Grüße\nJonas Weber"),
            FromClient("2026-12-04T09:00:00Z", "Hallo Herr Weber,\n\ndanke. Unsere Hausverwaltung braucht noch die Namen Ihrer Monteure für die Zufahrt.\n\nGrüße\nKaren Roth"));
        Assert.Contains(german.Asks, a => a.Contains("Namen", StringComparison.Ordinal) && a.Contains("Monteure", StringComparison.Ordinal));
    }

    [Fact]
    public void A_charge_the_client_refuses_or_deducts_is_a_point_to_answer_not_a_step_of_theirs()
    {
        var german = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hallo Frau Roth,\n\nwir kommen am Montag, 14.12.\n\nViele Grüße\nJonas Weber"),
            FromClient("2026-12-04T09:00:00Z", "Hallo Herr Weber,\n\nheute kam niemand. Die heute ausgefallenen Stunden werden wir selbstverständlich nicht bezahlen. Den verlorenen Tag meiner Equipe (CHF 1450.–) ziehe ich Ihnen von der Rechnung ab.\n\nKaren Roth"));
        Assert.Contains(german.Asks, a => a.StartsWith("Die ausgefallenen Stunden nicht berechnen", StringComparison.Ordinal));
        Assert.Contains(german.Asks, a => a.StartsWith("Den verlorenen Tag Ihrer Equipe (CHF 1450.–) nicht berechnen", StringComparison.Ordinal));

        var english = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hi Karen,\n\nthe crew starts on Monday, December 14.\n\nJonas"),
            FromClient("2026-12-04T09:00:00Z", "Hi Jonas,\n\nnobody came today. We will deduct the two lost days from your final invoice.\n\nKaren"));
        Assert.Contains(english.Asks, a => a.StartsWith("No charge for the two lost days", StringComparison.Ordinal));
        Assert.DoesNotContain(english.NextSteps, s => s.What.Contains("deduct", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_put_as_a_statement_and_a_wish_for_something_of_ours_are_open_points_we_answer()
    {
        var english = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hi Karen,\n\nthe engineer comes on Monday, December 14.\n\nJonas"),
            FromClient("2026-12-04T09:00:00Z", "Hi Jonas,\n\nI want to know who, by name, is doing the repair work. Our medical officer, Dr Iyer, would like to know whether he can see a consolidated report on your portal.\n\nKaren"));
        Assert.Contains(english.Asks, a => a.StartsWith("Who, by name, is doing the repair work", StringComparison.Ordinal));
        Assert.Contains(english.Asks, a => a.StartsWith("Whether he can see a consolidated report on our portal", StringComparison.Ordinal));
        Assert.Contains(english.NextSteps, s => s.What.StartsWith("Whether he can see", StringComparison.Ordinal) && s.Owner == "Jonas");
        Assert.DoesNotContain(english.NextSteps, s => s.Owner == "Dr Iyer");

        var german = Propose(
            "2026-12-01T09:00:00Z",
            FromMe("2026-11-27T09:00:00Z", "Hallo Frau Roth,\n\nwir kommen am Montag, 14.12.\n\nViele Grüße\nJonas Weber"),
            FromClient("2026-11-30T09:00:00Z", "Hallo Herr Weber,\n\nBis Freitag will ich außerdem das Protokoll über beide Einsätze haben. Außerdem hätte ich den Prüfbericht gern als PDF an unsere Buchhaltung. Und mir ist bis heute nicht klar, warum nur im Lager Köder stehen.\n\nGrüße\nKaren Roth"));
        Assert.Contains(german.NextSteps, s => s.What.StartsWith("Das Protokoll über beide Einsätze bis Freitag", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 4));
        Assert.Contains(german.Asks, a => a.StartsWith("Den Prüfbericht als PDF an Ihre Buchhaltung", StringComparison.Ordinal));
        Assert.Contains(german.Asks, a => a.StartsWith("Warum nur im Lager Köder stehen", StringComparison.Ordinal));
    }

    [Fact]
    public void What_the_clients_side_says_it_will_do_is_their_step_but_agreeing_how_we_do_it_is_not()
    {
        var english = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hi Karen,\n\nthe crew starts on Monday, December 14.\n\nJonas"),
            FromClient("2026-12-04T09:00:00Z", "Hi Jonas,\n\ngreat. Finance will raise the PO for the advance by Friday, December 11.\n\nKaren"));
        Assert.Contains(english.NextSteps, s => s.What.Contains("raise the PO", StringComparison.Ordinal) && s.Owner != "Jonas" && s.Due == new DateOnly(2026, 12, 11));

        var german = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hallo Frau Roth,\n\nwir kommen am Montag, 14.12., und bringen die Kabel mit.\n\nViele Grüße\nJonas Weber"),
            FromClient("2026-12-04T09:00:00Z", "Hallo Herr Weber,\n\nso machen wir es. Die Bildschirme bestelle ich selber bis Donnerstag, 10.12.\n\nGrüße\nKaren Roth"));
        Assert.Contains(german.NextSteps, s => s.What.Contains("Bildschirme", StringComparison.Ordinal) && s.Owner != "Jonas" && s.Due == new DateOnly(2026, 12, 10));
        Assert.DoesNotContain(german.NextSteps, s => s.What.Contains("so machen", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_check_we_still_have_to_make_is_our_step_not_a_request_to_the_client()
    {
        var english = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-03T09:00:00Z", "Hi Jonas,\n\nare the samples covered if a freezer fails?\n\nKasia"),
            FromMe("2026-12-04T09:00:00Z", "Hi Kasia,\n\nOn the samples, I need to check with our insurer what cover we can offer.\n\nJonas"));
        Assert.Contains(english.NextSteps, s => s.What.Contains("check with our insurer", StringComparison.Ordinal) && s.Owner == "Jonas");
        Assert.DoesNotContain(english.NextSteps, s => s.Owner != "Jonas");

        var german = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-03T09:00:00Z", "Hallo Herr Weber,\n\ngeht die Dachterrasse?\n\nGrüße\nKaren Roth"),
            FromMe("2026-12-04T09:00:00Z", "Hallo Frau Roth,\n\ndas muss ich noch mit dem Statiker klären.\n\nViele Grüße\nJonas Weber"));
        Assert.Contains(german.NextSteps, s => s.What.Contains("Statiker", StringComparison.Ordinal) && s.Owner == "Jonas");
    }

    [Fact]
    public void What_a_colleague_of_the_client_has_done_or_said_is_no_step_of_theirs()
    {
        var german = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hallo Frau Roth,\n\ndie Paletten holen wir am Montag, 14.12., ab.\n\nViele Grüße\nJonas Weber"),
            FromClient("2026-12-04T09:00:00Z", "Hallo Herr Weber,\n\nFrau Lang aus unserem Vertrieb (in Kopie) hat heute schon mit dem Einkauf telefoniert. Frau Hentschel meinte, das Lager ist am Montag ab 7 Uhr offen.\n\nGrüße\nKaren Roth"));
        Assert.DoesNotContain(german.NextSteps, s => s.What.Contains("telefoniert", StringComparison.Ordinal) || s.What.Contains("meinte", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("die Partner haben sich für Variante B entschieden.")]
    [InlineData("der Gemeinderat hat gestern einstimmig Variante B beschlossen.")]
    public void An_option_chosen_by_the_clients_board_is_agreed(string decision)
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-02T09:00:00Z", "Sehr geehrte Frau Roth,\n\nwir bieten zwei Varianten an:\nVariante A: Mooswand im Empfang, CHF 6800.– einmalig.\nVariante B: Mooswand im Empfang und 8 Pflanzgefässe, CHF 9800.– einmalig.\n\nMit freundlichen Grüssen\nJonas Weber"),
            FromClient("2026-12-04T09:00:00Z", $"Sehr geehrter Herr Weber,\n\n{decision}\n\nFreundliche Grüsse\nKaren Roth"));
        Assert.Contains(proposal.Agreed, a => a.StartsWith("Variante B: Mooswand im Empfang und 8 Pflanzgefässe", StringComparison.Ordinal));
    }

    [Fact]
    public void An_option_the_clients_board_has_gone_for_is_agreed()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-02T09:00:00Z", "Hi Karen,\n\ntwo options:\nOption A: 6 vans, $800.\nOption B: 9 vans, $1,200.\n\nJonas"),
            FromClient("2026-12-04T09:00:00Z", "Hi Jonas,\n\nthe board has gone for Option B.\n\nKaren"));
        Assert.Contains("Option B: 9 vans, $1,200", proposal.Agreed);
    }

    [Fact]
    public void A_colleague_our_mail_puts_on_a_matter_owns_its_dated_steps()
    {
        var proposal = Propose(
            "2026-12-02T09:00:00Z",
            FromClient("2026-11-30T09:00:00Z", "Hallo Florian,\n\npasst, wir nehmen Paket M.\n\nAndi"),
            FromMe("2026-12-01T09:00:00Z", "Hallo Andi,\n\ndie Termine:\n– Installation: Dienstag, 12. Jänner, ab 8 Uhr\n– Einschulung für euer Team: Montag, 18. Jänner, 14 Uhr\n\nDie Einschulung macht meine Kollegin Verena Aigner.\n\nLG Jonas"));
        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("Einschulung", StringComparison.Ordinal) && s.Owner == "Verena Aigner" && s.Due == new DateOnly(2027, 1, 18));
        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("Installation", StringComparison.Ordinal) && s.Owner == "Jonas");
    }

    [Fact]
    public void A_condition_the_client_sets_on_our_work_is_an_open_point_but_a_hypothetical_is_not()
    {
        var english = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hi Karen,\n\nthe crew starts on Monday, December 14.\n\nJonas"),
            FromClient("2026-12-04T09:00:00Z", "Hi Jonas,\n\nthanks. Also, the hives need to be off the orchard before we start the spray on Monday 14th. Anything bigger would have to go to the trustees.\n\nKaren"));
        Assert.Contains(english.Asks, a => a.Contains("hives need to be off the orchard", StringComparison.Ordinal));
        Assert.Contains(english.NextSteps, s => s.What.Contains("hives", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 14));
        Assert.DoesNotContain(english.Asks, a => a.Contains("trustees", StringComparison.Ordinal));

        var german = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hallo Frau Roth,\n\ndie Ersatzstühle kommen am Donnerstag, 10.12.\n\nViele Grüße\nJonas Weber"),
            FromClient("2026-12-04T09:00:00Z", "Hallo Herr Weber,\n\ndanke. Die Ersatzstühle müssen dann aber auch wirklich vormittags da sein.\n\nGrüße\nKaren Roth"));
        Assert.Contains(german.Asks, a => a.StartsWith("Die Ersatzstühle müssen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_promise_is_no_offer_because_what_it_sends_is_something_we_can_see()
    {
        var proposal = Propose(
            "2026-12-09T09:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Hi Jonas,\n\nplease tell me whether the project files can be saved.\n\nRiaan"),
            FromMe("2026-12-08T09:00:00Z", "Hi Riaan,\n\nAnnika will send you a list of the folders we can already see on the partial image by Monday 14 December.\n\nJonas"));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("list of the folders", StringComparison.Ordinal) && s.Owner == "Annika" && s.Due == new DateOnly(2026, 12, 14));
    }

    [Fact]
    public void Work_of_ours_under_way_in_our_last_mail_is_a_step_for_today()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Hi Jonas,\n\nhalf our bookings were doubled this morning.\n\nRiaan"),
            FromMe("2026-12-07T11:00:00Z", "Hi Riaan,\n\nI am so sorry. In the meantime I'm pulling the list of affected appointments for you.\n\nJonas"));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("list of affected appointments", StringComparison.Ordinal) && s.Owner == "Jonas" && s.Due == new DateOnly(2026, 12, 8));
    }

    [Fact]
    public void A_german_promise_led_by_then_or_a_day_is_ours_but_one_on_the_clients_condition_is_not_whole()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-03T09:00:00Z", "Hallo Jonas,\n\nhier die Liste mit allen Mitarbeitenden.\n\nLG Mara"),
            FromMe("2026-12-04T09:00:00Z", "Hallo Mara,\n\ndanke! Dann lege ich alle vorab an und bringe die Chips zur Montage schon beschriftet mit. Gib mir bis 11.12. Bescheid, dann halte ich euch den Termin fest.\n\nLG Jonas"));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Chips", StringComparison.Ordinal) && s.Owner == "Jonas");
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.StartsWith("Gib mir", StringComparison.Ordinal));
    }

    [Fact]
    public void What_the_client_takes_for_granted_wants_back_or_reminds_us_of_is_an_open_point()
    {
        var german = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hallo Frau Roth,\n\nwir kommen am Montag, 14.12.\n\nViele Grüße\nJonas Weber"),
            FromClient("2026-12-04T09:00:00Z", "Hallo Herr Weber,\n\nden Aufpreis fürs Gegenlesen (180 €) will ich übrigens zurück. Ich gehe daher davon aus, dass Sie uns die Anfahrt für die zwei Einsatztage nicht berechnen.\n\nGrüße\nKaren Roth"));
        Assert.Contains(german.Asks, a => a.StartsWith("Den Aufpreis fürs Gegenlesen (180 €) zurückerstatten", StringComparison.Ordinal));
        Assert.Contains(german.Asks, a => a.StartsWith("Die Anfahrt für die zwei Einsatztage nicht berechnen", StringComparison.Ordinal));

        var english = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Dear Mr Rao,\n\nthe drafts follow on 16 December.\n\nJonas"),
            FromClient("2026-12-04T09:00:00Z", "Dear Jonas,\n\nMadam has asked me to remind you about the rate card. I assume you will cover the courier to Tiruppur.\n\nRao"));
        Assert.Contains(english.Asks, a => a.StartsWith("The rate card", StringComparison.Ordinal));
        Assert.Contains(english.Asks, a => a.StartsWith("Cover the courier to Tiruppur", StringComparison.Ordinal));
    }

    [Fact]
    public void A_thread_in_honorifics_is_answered_in_honorifics_but_a_greeting_by_name_we_used_stays()
    {
        var honorific = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Dear Farah Ma'am,\n\nthe costumes are ready for the rehearsal.\n\nRegards,\nJonas Weber"),
            FromClient("2026-12-04T09:00:00Z", "Sir,\n\nthe wings are still missing. Please confirm when they come.\n\nFarah Sayyed"));
        Assert.Equal("Dear Ma'am", honorific.Salutation);

        var byName = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Dear Ms. Okafor,\n\nthe frames are ready.\n\nKind regards,\nJonas Weber"),
            FromClient("2026-12-04T09:00:00Z", "Dear Sir,\n\nplease confirm the hanging date.\n\nNgozi Okafor"));
        Assert.Equal("Dear Ms. Okafor", byName.Salutation);
    }

    [Fact]
    public void What_the_client_agreed_in_their_words_reads_in_ours_and_the_condition_they_gave_stays_open()
    {
        var english = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-25T09:00:00Z", "Hi Rosa,\n\nattached are both options.\n\nDan"),
            FromClient("2026-11-27T09:00:00Z", "Hi Dan,\n\nthat sounds great – go with Option 2 and the bigger bathroom, as long as we stay under the $185k construction budget we talked about.\n\nRosa"));
        Assert.Contains(english.Agreed, a => a.StartsWith("Go with Option 2 and the bigger bathroom", StringComparison.Ordinal) && a.Contains("as long as you stay under the $185k construction budget you talked about", StringComparison.Ordinal));
        Assert.Contains(english.Asks, a => a.StartsWith("You stay under the $185k construction budget", StringComparison.Ordinal));

        var german = Propose(
            "2026-11-30T09:00:00Z",
            FromMe("2026-11-25T09:00:00Z", "Sehr geehrte Frau Roth,\n\nanbei unser Angebot.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-27T09:00:00Z", "Sehr geehrter Herr Weber,\n\nvielen Dank, Ihr Angebot nehmen wir an.\n\nMit freundlichen Grüßen\nKaren Roth"));
        Assert.Contains("Unser Angebot nehmen Sie an", german.Agreed);
    }

    [Fact]
    public void A_standard_the_client_sets_is_kept_not_finished_by_a_date()
    {
        var proposal = Propose(
            "2026-11-30T14:00:00Z",
            FromClient("2026-11-27T16:00:00Z", "Hi Jonas,\n\nI emailed twice and nobody answered. A reply within a day or two is the minimum I expect. Please let me know who is looking into this.\n\nBeth"));

        Assert.Contains("A reply within a day or two is the minimum you expect – you can count on that from now on", proposal.Asks);
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("minimum", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.Contains("who is looking into this", StringComparison.OrdinalIgnoreCase) && !a.Contains("minimum", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_struck_out_is_not_the_due_date()
    {
        var proposal = Propose(
            "2026-12-08T08:00:00Z",
            FromClient("2026-12-04T09:00:00Z", "Sehr geehrte Frau Weber,\n\ndie Auszahlung muss am 23.12. klappen.\n\nMit freundlichen Grüßen\nSabine Brunner"),
            FromMe("2026-12-07T09:00:00Z", "Sehr geehrte Frau Brunner,\n\ndie Abrechnungen bekommen Sie deshalb nicht am Freitag, 18.12., sondern am Montag, 21.12., bis 12 Uhr.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.Equal(new DateOnly(2026, 12, 21), Assert.Single(proposal.NextSteps, s => s.What.Contains("Abrechnungen", StringComparison.Ordinal)).Due);
    }

    [Fact]
    public void A_fragment_is_no_point_of_its_own()
    {
        var proposal = Propose(
            "2026-12-07T12:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hi Ros,\n\nthe release went out on Thursday.\n\nBest,\nJonas"),
            FromClient("2026-12-07T09:00:00Z", "Jonas,\n\nthe release broke the embargo.\n1. I want a written account of how this happened.\nBy Wednesday, please.\n2. The piece still shows the wrong price.\n\nRos"));

        Assert.DoesNotContain(proposal.Asks, a => a.StartsWith("By Wednesday", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.Contains("written account", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_the_client_accepts_for_a_hire_is_no_meeting_to_invite_to()
    {
        var proposal = Propose(
            "2026-12-07T12:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hi Amelia,\n\nfor a second hire from this shortlist we'd reduce the fee to 15%, provided both start before 31 March 2027.\n\nBest,\nJonas"),
            FromClient("2026-12-04T09:00:00Z", "Hi Jonas,\n\nthanks. 15% for a second hire before the end of March works for us – please put that in an updated terms letter, as our finance team won't sign off a second appointment without it.\n\nAmelia"));

        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("calendar invite", StringComparison.Ordinal));
    }

    [Fact]
    public void The_clients_colleague_copied_in_after_a_short_lead_owns_their_part()
    {
        var proposal = Propose(
            "2026-12-07T14:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hi Jo,\n\nthe deposit invoice is attached.\n\nBest,\nJonas"),
            FromClient("2026-12-07T09:00:00Z", "Hi Jonas,\n\nDeposit: Sandra (cc) does our payments on Thursdays, so it'll go out this Thursday, the 10th.\n\nJo"));

        var deposit = Assert.Single(proposal.NextSteps, s => s.What.Contains("Thursday", StringComparison.Ordinal));
        Assert.Equal(("Sandra", new DateOnly(2026, 12, 10)), (deposit.Owner, deposit.Due));
    }

    [Fact]
    public void What_the_client_tells_one_of_us_to_do_is_that_persons_step()
    {
        var proposal = Propose(
            "2026-12-07T14:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hi Jo,\n\nTash (cc) will run the crew on site.\n\nBest,\nJonas"),
            FromClient("2026-12-07T09:00:00Z", "Hi Jonas,\n\nTash, you can pick up the gate key from me on Wednesday 23 Dec before 3pm – after that we're closed.\n\nJo"));

        var key = Assert.Single(proposal.NextSteps, s => s.What.Contains("gate key", StringComparison.Ordinal));
        Assert.Equal(("Tash", new DateOnly(2026, 12, 23)), (key.Owner, key.Due));
        Assert.StartsWith("Tash: Pick up the gate key from you", key.What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_weekday_is_the_day_of_that_name_the_message_dated_before_it()
    {
        var proposal = Propose(
            "2026-12-07T14:00:00Z",
            FromClient("2026-12-07T08:05:00Z", "Grüezi Herr Weber,\n\nMittwoch, 16.12., geht.\n\nFreundliche Grüsse\nAnna Keller"),
            FromMe("2026-12-07T12:40:00Z", "Grüezi Frau Keller,\n\ndanke für die Bestätigung. Wir kommen am Mittwoch, 16.12., um 7.30 Uhr zu dritt. Die Theke steht dann am Mittwochabend, das verspreche ich Ihnen.\n\nFreundliche Grüsse\nJonas Weber"));

        Assert.All(proposal.NextSteps.Where(s => s.What.Contains("Theke", StringComparison.Ordinal)), s => Assert.Equal(new DateOnly(2026, 12, 16), s.Due));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("Theke", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_we_said_we_cannot_keep_is_no_longer_agreed()
    {
        var proposal = Propose(
            "2026-12-07T14:00:00Z",
            FromMe("2026-11-24T13:20:00Z", "Grüezi Frau Keller,\n\ndie Montage könnten wir am Montag, 14. Dezember, einplanen, sofern wir Ihre Bestellung bis Freitag, 27. November, haben.\n\nFreundliche Grüsse\nJonas Weber"),
            FromClient("2026-11-27T10:20:00Z", "Grüezi Herr Weber,\n\nwir nehmen Variante B. Der Montagetermin am 14. Dezember passt uns gut.\n\nFreundliche Grüsse\nAnna Keller"),
            FromMe("2026-12-04T13:10:00Z", "Grüezi Frau Keller,\n\nleider muss ich Ihnen eine Terminverschiebung melden. Die Montage am Montag, 14.12., können wir deshalb nicht halten. Wir schlagen Ihnen neu Mittwoch, 16.12., vor.\n\nFreundliche Grüsse\nJonas Weber"),
            FromClient("2026-12-07T08:05:00Z", "Grüezi Herr Weber,\n\ndas ist ärgerlich, aber gut. Den Warenlift reserviere ich bis Donnerstag, 10.12.\n\nFreundliche Grüsse\nAnna Keller"));

        Assert.DoesNotContain(proposal.Agreed.Concat(proposal.NextSteps.Select(s => s.What)), line => line.Contains("14. Dezember", StringComparison.Ordinal));
    }

    [Fact]
    public void How_the_client_wants_to_be_billed_stays_open_until_our_reply_takes_it_up()
    {
        var proposal = Propose(
            "2026-12-08T08:00:00Z",
            FromClient("2026-12-04T09:00:00Z", "Guten Tag Herr Weber,\n\nwir nehmen Variante 2. Bitte stellen Sie die Rechnung mit unserer Bestellnummer 4500-2231 an kreditoren@tobler.example, sonst kann unsere Buchhaltung sie nicht verarbeiten.\n\nFreundliche Grüsse\nMonika Baumann"),
            FromMe("2026-12-07T09:00:00Z", "Guten Tag Frau Baumann,\n\nbesten Dank für Ihre Bestätigung – dann liefern wir die französische Fassung am Montag, 28.12.\n\nFreundliche Grüsse\nJonas Weber"));

        Assert.Contains(proposal.Asks, a => a.Contains("4500-2231", StringComparison.Ordinal));
    }

    [Fact]
    public void The_deadline_of_a_list_of_demands_dates_each_point()
    {
        var proposal = Propose(
            "2026-12-08T07:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Sehr geehrte Frau Dr. Behrens,\n\nder Abschlussbericht kommt eine Woche später.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-07T16:00:00Z", "Sehr geehrter Herr Weber,\n\nIhr Team hat außerhalb des Testfensters gescannt. Ich erwarte bis spätestens Mittwoch, 9.12., 12:00 Uhr:\n1. eine schriftliche Stellungnahme, warum außerhalb des vereinbarten Testfensters aktiv gescannt wurde,\n2. eine verbindliche Aussage, wie Sie sicherstellen, dass sich das bei der Nachprüfung im Januar nicht wiederholt.\n\nMit freundlichen Grüßen\nDr. Katrin Behrens"));

        var points = proposal.NextSteps.Where(s => s.What.Contains("Stellungnahme", StringComparison.Ordinal) || s.What.Contains("Nachprüfung", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, points.Count);
        Assert.All(points, s => Assert.Equal(new DateOnly(2026, 12, 9), s.Due));
    }

    [Fact]
    public void A_deadline_on_its_own_dates_the_point_before_and_a_wish_or_an_unanswered_question_is_a_point()
    {
        var proposal = Propose(
            "2026-12-07T12:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hi James,\n\nthe recipient list is attached.\n\nBest,\nSophie"),
            FromClient("2026-12-07T08:05:00Z", "Sophie,\n\nan apology is not enough.\n1. I want a written account of how this happened.\nBy Wednesday, please.\n2. The piece still shows the wrong price.\nAnd nobody has answered Ros's question as to whether the release went to the US list. I'd also like you to personally ring Gemma Holt, the buyer at Harcourt & Lyle, today.\n\nJames"));

        var account = Assert.Single(proposal.NextSteps, s => s.What.Contains("written account", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 9), account.Due);
        Assert.Contains(proposal.Asks, a => a.Contains("US list", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.Contains("Gemma Holt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_promise_that_comes_with_an_apology_is_still_a_step_and_the_apology_is_none()
    {
        var proposal = Propose(
            "2026-12-08T12:30:00Z",
            FromClient("2026-12-03T09:00:00Z", "Hi Jonas,\n\ncould you send C's references?\n\nAmelia"),
            FromMe("2026-12-04T15:55:00Z", "Hi Amelia,\n\nC's second referee is on leave until Monday, so I'll send C's references by Tuesday 8th rather than today – sorry for the delay. Sorry I couldn't give you the fee on Friday as promised – I'll confirm it by Thursday 10 December.\n\nBest,\nJonas"));

        var references = Assert.Single(proposal.NextSteps, s => s.What.Contains("references", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 8), references.Due);
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.StartsWith("Sorry", StringComparison.Ordinal));
    }

    [Fact]
    public void What_we_asked_of_the_client_that_they_approved_since_is_no_step_of_theirs()
    {
        var proposal = Propose(
            "2026-12-08T08:30:00Z",
            FromMe("2026-12-07T08:55:00Z", "Hi Claire,\n\nproofs attached. If you can approve them by noon tomorrow (Tuesday), the print run stays on Wednesday 9 December.\n\nBest wishes,\nJonas"),
            FromClient("2026-12-07T16:30:00Z", "Hi Jonas,\n\nthanks – they look great! Two small corrections on p.12 and p.40. Once those are in, please consider it approved.\n\nClaire"));

        Assert.DoesNotContain(proposal.NextSteps, s => s.What.StartsWith("Approve", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_we_moved_in_two_sentences_is_named_by_what_moves_and_agreed_once_the_client_takes_it()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-11-25T09:00:00Z", "Sehr geehrte Frau Roth,\n\ndie Lieferung der Regale ist für Dienstag, 8.12., geplant.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromMe("2026-12-04T09:00:00Z", "Sehr geehrte Frau Roth,\n\nleider ist unser Fahrer erkrankt. Die Lieferung am Dienstag können wir deshalb nicht halten. Der neue Termin ist Freitag, 11.12., um 9 Uhr.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-07T09:00:00Z", "Sehr geehrter Herr Weber,\n\nschade, aber Freitag, 11.12., passt uns.\n\nMit freundlichen Grüßen\nKerstin Roth"));

        Assert.Contains(proposal.Agreed, a => a.StartsWith("Lieferung: Freitag, 11.12.", StringComparison.Ordinal) && a.Contains("9 Uhr", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Agreed, a => a.StartsWith("Der neue Termin", StringComparison.Ordinal));
        var delivery = Assert.Single(proposal.NextSteps, s => s.What.StartsWith("Lieferung", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 11), delivery.Due);
        Assert.Equal("Jonas", delivery.Owner);
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("nicht halten", StringComparison.Ordinal) || s.Due == new DateOnly(2026, 12, 8));
    }

    [Fact]
    public void A_deliverable_a_colleague_moved_is_theirs_on_the_new_date_and_our_promise_on_the_old_date_goes()
    {
        var proposal = Propose(
            "2026-12-08T14:00:00Z",
            FromMe("2026-12-01T15:00:00Z", "Hi Tom,\n\nI'll send you the cost estimate by Wednesday, December 9.\n\nBest,\nJonas"),
            FromMe("2026-12-07T15:00:00Z", "Hi Tom,\n\nthe supplier prices only arrive on Thursday, so the cost estimate can't be ready by Wednesday. New date: Monday, December 14.\n\nBest regards,\nPriya") with { From = new MailAddress("Priya Shah", "priya.shah@agentur.example") },
            FromClient("2026-12-07T19:00:00Z", "Works for me, December 14 it is.\n\nTom"));

        Assert.Contains(proposal.Agreed, a => a.StartsWith("Cost estimate: Monday, December 14", StringComparison.Ordinal));
        var estimate = Assert.Single(proposal.NextSteps, s => s.What.Contains("estimate", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 14), estimate.Due);
        Assert.Equal("Priya Shah", estimate.Owner);
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.StartsWith("New date", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_date_the_client_has_not_taken_yet_is_our_step_but_not_agreed()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Hallo Kerstin,\n\nam Donnerstag können wir leider nicht montieren, das Material fehlt noch. Wir schlagen dir neu Montag, 14.12., vor, Start um 8 Uhr.\n\nViele Grüße\nJonas"));

        Assert.DoesNotContain(proposal.Agreed, a => a.Contains("14.12.", StringComparison.Ordinal));
        var installation = Assert.Single(proposal.NextSteps, s => s.What.StartsWith("Montage: Montag, 14.12.", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 14), installation.Due);
    }

    [Fact]
    public void A_client_promise_that_starts_with_that_says_what_that_is()
    {
        var proposal = Propose(
            "2026-12-07T12:00:00Z",
            FromMe("2026-12-04T09:00:00Z", "Sehr geehrte Frau Mahler,\n\ndie Schränke liefern wir am Mittwoch, 16.12.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-07T09:00:00Z", "Sehr geehrter Herr Weber,\n\ndanke. Den Parkplatz vor dem Haus muss die Stadt für Sie sperren. Das beantrage ich und schicke Ihnen die Genehmigung bis Freitag, 11.12.\n\nMit freundlichen Grüßen\nKerstin Mahler"));

        var permit = Assert.Single(proposal.NextSteps, s => s.What.Contains("Genehmigung", StringComparison.Ordinal));
        Assert.StartsWith("Den Parkplatz vor dem Haus muss die Stadt für uns sperren – das beantragen Sie", permit.What, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 11), permit.Due);
    }

    [Theory]
    [InlineData("Stocker Bernadette", "Freundliche Grüsse\nBernadette Stocker\nGeschäftsführerin", "Guten Tag Frau Stocker")]
    [InlineData("Wiebach Henrike", "Mit freundlichen Grüßen\nHenrike Wiebach", "Guten Tag Frau Wiebach")]
    [InlineData("Hauke Lorenzen", "Mit freundlichen Grüßen\nHauke Lorenzen", "Guten Tag Herr Lorenzen")]
    [InlineData("Ayo Rahimi", "Mit freundlichen Grüßen\nAyo Rahimi\nEinkaufsleiterin", "Guten Tag Frau Rahimi")]
    [InlineData("Ronny Weiß", "Mit freundlichen Grüßen\nRonny Weiß", "Guten Tag Herr Weiß")]
    [InlineData("Sören Mattick", "Mit freundlichen Grüßen\nSören Mattick", "Guten Tag Herr Mattick")]
    public void A_formal_german_greeting_names_the_client_as_frau_or_herr_from_their_first_name_or_signature(string displayName, string signature, string salutation)
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-07T09:00:00Z", $"Sehr geehrter Herr Weber,\n\nbitte schicken Sie uns das Protokoll bis Freitag.\n\n{signature}") with { From = new MailAddress(displayName, Client) });

        Assert.Equal(salutation, proposal.Salutation);
    }

    [Fact]
    public void When_we_wrote_last_the_summary_greets_whom_that_mail_greeted()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-01T09:00:00Z", "Sehr geehrter Herr Dr. Brinkmann,\n\nanbei das Angebot.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-03T09:00:00Z", "Sehr geehrter Herr Weber,\n\nwir nehmen Variante B.\n\nMit freundlichen Grüßen\nO. Brinkmann") with { From = new MailAddress("Brinkmann, Olaf Dr.", Client) },
            FromClient("2026-12-04T09:00:00Z", "Sehr geehrter Herr Weber,\n\ndie Rechnung muss vor dem 18.12. bei uns sein.\n\nMit freundlichen Grüßen\nSabine Kroll") with { From = new MailAddress("Kroll, Sabine Prof. Dr.", "s.kroll@kunde.example") },
            FromMe("2026-12-07T09:00:00Z", "Sehr geehrter Herr Dr. Brinkmann,\n\ndie Rechnung kommt am 16.12.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.Equal("Sehr geehrter Herr Dr. Brinkmann", proposal.Salutation);
    }

    [Fact]
    public void A_date_both_sides_named_for_an_appointment_is_agreed_however_either_side_says_yes()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-01T09:00:00Z", "Hi Kerstin,\n\nfor the site visit we could do Monday 14th or Thursday 17th. Which suits you?\n\nBest,\nJonas"),
            FromClient("2026-12-02T09:00:00Z", "Hi Jonas,\n\nThursday 17th is better for our facilities manager. Could you be there by 9am?\n\nKerstin"),
            FromMe("2026-12-03T09:00:00Z", "Hi Kerstin,\n\nsite visit on Thursday 17th at 9am at your warehouse – noted.\n\nBest,\nJonas"));

        Assert.Contains(proposal.Agreed, a => a.StartsWith("Visit: Thursday 17th", StringComparison.Ordinal) && a.Contains("9am", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.StartsWith("Site visit", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 17) && s.Owner == "Jonas");
        Assert.DoesNotContain(proposal.Agreed, a => a.Contains("14th", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_both_sides_named_is_not_agreed_when_the_client_turned_it_down_or_is_only_a_deadline()
    {
        var declined = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-01T09:00:00Z", "Hallo Kerstin,\n\ndie Schulung könnten wir am Donnerstag, 17.12., machen.\n\nViele Grüße\nJonas"),
            FromClient("2026-12-02T09:00:00Z", "Hallo Jonas,\n\nder 17.12. geht bei uns leider nicht, da ist Inventur.\n\nKerstin"));
        var deadline = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-02T09:00:00Z", "Hallo Jonas,\n\nkannst du uns die Schulungsunterlagen bis Donnerstag, 17.12., schicken?\n\nKerstin"),
            FromMe("2026-12-03T09:00:00Z", "Hallo Kerstin,\n\nklar, die Schulungsunterlagen schicke ich dir bis Donnerstag, 17.12.\n\nViele Grüße\nJonas"));

        Assert.DoesNotContain(declined.Agreed, a => a.Contains("17.12.", StringComparison.Ordinal));
        Assert.DoesNotContain(deadline.Agreed, a => a.Contains("17.12.", StringComparison.Ordinal));
    }

    [Fact]
    public void Within_two_business_days_of_something_counts_from_the_mail_that_brought_it()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-02T09:00:00Z", "Hi Kerstin,\n\nas soon as we have the signed order form, we'll book the crane within two business days.\n\nBest,\nJonas"),
            FromClient("2026-12-07T16:00:00Z", "Hi Jonas,\n\nour director signed it this afternoon – order form attached.\n\nKerstin"));

        var crane = Assert.Single(proposal.NextSteps, s => s.What.Contains("crane", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 9), crane.Due);
    }

    [Fact]
    public void A_question_our_replies_passed_over_is_open_once_the_client_reminds_us_of_it()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-11-24T09:00:00Z", "Sehr geehrte Frau Mahler,\n\nanbei unser Angebot für die Regale.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-25T09:00:00Z", "Sehr geehrter Herr Weber,\n\nwir nehmen Variante B. Können Sie die alten Regale beim Aufbau gleich mitnehmen? Und was würde das kosten?\n\nMit freundlichen Grüßen\nKerstin Mahler"),
            FromMe("2026-11-26T09:00:00Z", "Sehr geehrte Frau Mahler,\n\nvielen Dank für Ihren Auftrag, die Auftragsbestätigung folgt.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-04T09:00:00Z", "Sehr geehrter Herr Weber,\n\ndie Anzahlung ist raus. Zu den alten Regalen habe ich übrigens noch nichts gehört.\n\nMit freundlichen Grüßen\nKerstin Mahler"),
            FromMe("2026-12-07T09:00:00Z", "Sehr geehrte Frau Mahler,\n\ndanke, die Anzahlung ist eingegangen. Der Aufbau bleibt am Mittwoch, 16.12.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.Contains(proposal.Asks, a => a.Contains("kosten", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_asked_again_that_our_reply_passed_over_is_answered_today()
    {
        var proposal = Propose(
            "2026-12-09T09:00:00Z",
            FromClient("2026-12-02T09:00:00Z", "Hi Jonas,\n\nOption A, please. Quick question from Tom: will the phones be down during the cutover?\n\nKaren"),
            FromMe("2026-12-03T09:00:00Z", "Hi Karen,\n\nthe quote is attached.\n\nBest,\nJonas"),
            FromClient("2026-12-07T09:00:00Z", "Hi Jonas,\n\nsigned quote attached. Tom asked again about the phones on the 19th – please let us know.\n\nKaren"),
            FromMe("2026-12-08T09:00:00Z", "Hi Karen,\n\nthanks, the cutover stays on Saturday, December 19.\n\nBest,\nJonas"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Tom's question about the phones on the 19th – answer by Wednesday, December 9", StringComparison.Ordinal));
        var answer = Assert.Single(proposal.NextSteps, s => s.What.StartsWith("Answer Tom's question", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 9), answer.Due);
    }

    [Fact]
    public void A_request_after_a_yes_is_an_open_ask_even_when_our_reply_passed_it_over()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-03T09:00:00Z", "Hi Amelia,\n\nfor a second hire we'd reduce the fee to 15%.\n\nBest,\nJonas"),
            FromClient("2026-12-07T09:00:00Z", "Hi Jonas,\n\n15% for a second hire works for us – please put that in an updated terms letter, as our finance team won't sign off without it.\n\nAmelia"),
            FromMe("2026-12-07T15:00:00Z", "Hi Amelia,\n\nthe interview schedule follows on Wednesday.\n\nBest,\nJonas"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Put that in an updated terms letter", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Agreed, a => a.Contains("terms letter", StringComparison.Ordinal));
    }

    [Fact]
    public void What_the_clients_board_would_like_us_to_do_is_an_ask_in_our_words()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-07T22:00:00Z", "Hi Jonas,\n\nTwo more things from the board: they'd like you to re-level the edge of the sandpit while you're there.\n\nBridget"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Re-level the edge of the sandpit", StringComparison.Ordinal));
    }

    [Fact]
    public void A_colleague_in_copy_named_as_subject_owns_the_step_when_the_sentence_names_someone_else_too()
    {
        var proposal = Propose(
            "2026-12-03T09:00:00Z",
            FromClient("2026-12-01T09:00:00Z", "Hi Josh,\n\nthe new export from PracticeBook is delayed, Kirsty will only have it on Tuesday.\n\nLiam") with { Cc = [new MailAddress("Kirsty McLean", "kirsty@physio.example")] },
            FromMe("2026-12-02T09:00:00Z", "Hi Liam,\n\nno problem. Ruby will import the data on Wednesday 9 December, as soon as Kirsty's new export is in.\n\nBest,\nJosh") with { Cc = [new MailAddress("Ruby Chen", "ruby.chen@agentur.example")] });

        var import = Assert.Single(proposal.NextSteps, s => s.What.Contains("import the data", StringComparison.Ordinal));
        Assert.Equal(("Ruby", new DateOnly(2026, 12, 9)), (import.Owner, import.Due));
    }

    [Fact]
    public void Whom_our_mail_addresses_by_name_owns_what_it_bids_and_a_name_with_its_role_is_no_address()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Hi Riaan,\n\nthe remake is fine, but Mrs P can't make the 14th. Could we do Tuesday 15 December at 14:00?\n\nDr Thandi Mokoena"),
            FromMe("2026-12-07T12:00:00Z", "Hi Dr Mokoena,\n\nTuesday works for us. Chantal, move Mrs P's try-in to Tue 15th at 14:00 and let her know.\n\nRegards,\nRiaan") with { Cc = [new MailAddress("Chantal Adams", "chantal@lab.example")] });

        var move = Assert.Single(proposal.NextSteps, s => s.What.Contains("try-in", StringComparison.Ordinal));
        Assert.Equal("Chantal", move.Owner);

        var church = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Hi Tom,\n\nMonday the 14th is fine for the scaffold.\n\nRachel"),
            FromMe("2026-12-07T12:00:00Z", "Hi Rachel,\n\nthank you. Jean, your verger, will open up for Kyle at 8am on Monday 14th.\n\nBest,\nTom"));
        var open = Assert.Single(church.NextSteps, s => s.What.Contains("open up", StringComparison.Ordinal));
        Assert.Equal("Jean", open.Owner);
    }

    [Fact]
    public void She_in_our_promise_is_the_colleague_in_copy_whom_the_sentence_before_names()
    {
        var proposal = Propose(
            "2026-12-09T09:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Hi Jonas,\n\nsigned quote attached.\n\nKaren"),
            FromMe("2026-12-08T09:00:00Z", "Hi Karen,\n\nthanks! For Saturday, Marisol will need a key and the alarm code. She'll call you this Friday (Dec 11) to sort out building access.\n\nBest,\nJonas") with { Cc = [new MailAddress("Marisol Vega", "marisol.vega@agentur.example")] });

        var call = Assert.Single(proposal.NextSteps, s => s.What.Contains("building access", StringComparison.Ordinal));
        Assert.Equal("Marisol", call.Owner);
        Assert.StartsWith("Marisol will call you", call.What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_colleague_of_the_client_named_at_the_start_of_their_promise_owns_it()
    {
        var proposal = Propose(
            "2026-12-07T12:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Hi Timo,\n\nEntwurf ist top. Ronny kommt morgen wie geplant und legt die Zuleitung.\n\nMalte"));

        var cable = Assert.Single(proposal.NextSteps, s => s.What.Contains("Zuleitung", StringComparison.Ordinal));
        Assert.Equal("Ronny", cable.Owner);
        Assert.Equal(new DateOnly(2026, 12, 8), cable.Due);
    }

    [Fact]
    public void A_promise_of_news_says_what_the_news_is_about_from_the_sentence_before()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-03T09:00:00Z", "Hi Jonas,\n\nwhat about the skirting?\n\nBridget"),
            FromMe("2026-12-06T22:20:00Z", "Hi Bridget,\n\nQuick update on the skirting: our insurer needs a few more days to assess the claim. I expect their answer by Thursday 10 December and will let you know straight away – sorry I couldn't give you an answer on Friday as promised.\n\nBest,\nJonas"));

        var news = Assert.Single(proposal.NextSteps, s => s.What.Contains("let you know", StringComparison.Ordinal));
        Assert.StartsWith("Quick update on the skirting: our insurer needs a few more days", news.What, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 10), news.Due);
    }

    [Fact]
    public void A_promise_about_dafuer_says_what_that_is_from_the_sentence_before()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Guten Tag Herr Weber,\n\nwas kostet die Übersetzung der Warnschilder?\n\nFreundliche Grüsse\nRegula Baumann"),
            FromMe("2026-12-07T15:00:00Z", "Guten Tag Frau Baumann,\n\ndie Warnschilder übersetzen wir gern, die Liste ist angekommen. Ich schaue sie mir an und schicke Ihnen die Offerte dafür bis Mittwoch, 9.12.\n\nFreundliche Grüsse\nJonas Weber"));

        var quote = Assert.Single(proposal.NextSteps, s => s.What.Contains("Offerte", StringComparison.Ordinal));
        Assert.Contains("Warnschilder", quote.What, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 9), quote.Due);
    }

    [Fact]
    public void A_colleagues_promise_in_our_earlier_mail_stays_until_something_about_the_same_matter_is_sent()
    {
        var proposal = Propose(
            "2026-12-08T08:00:00Z",
            FromMe("2026-12-03T14:00:00Z", "Hallo Malte,\n\ndie Montage übernimmt ab jetzt Sören Mattick (in Kopie), unser Montageleiter. Er kümmert sich um die Genehmigung für die Hebebühne auf dem Gehweg und ruft dich am Freitag, 11.12., an.\n\nViele Grüße\nJonas") with { Cc = [new MailAddress("Sören Mattick", "soeren@agentur.example")] },
            FromMe("2026-12-07T09:00:00Z", "Hallo Malte,\n\nanbei der Entwurf: Schriftzug 238 cm, Unterkante 2,90 m über dem Gehweg.\n\nViele Grüße\nJonas"));

        var permit = Assert.Single(proposal.NextSteps, s => s.What.Contains("Hebebühne", StringComparison.Ordinal));
        Assert.Equal("Sören", permit.Owner);
        Assert.Equal(new DateOnly(2026, 12, 11), permit.Due);
    }

    [Fact]
    public void Sie_with_a_verb_in_the_third_person_is_the_colleague_named_with_her_role_before()
    {
        var proposal = Propose(
            "2026-12-02T08:00:00Z",
            FromClient("2026-12-01T09:00:00Z", "Hallo Jonas,\n\nkönnt ihr auch vegan kochen?\n\nJohanna"),
            FromMe("2026-12-01T15:00:00Z", "Hallo Johanna,\n\nvegan und glutenfrei macht Ayla, unsere Küchenchefin, sehr gern. Sie stellt dir bis Freitag, 4.12., einen Vorschlag für die Gerichte zusammen.\n\nViele Grüße\nJonas"));

        var menu = Assert.Single(proposal.NextSteps, s => s.What.Contains("Vorschlag", StringComparison.Ordinal));
        Assert.Equal("Ayla", menu.Owner);
        Assert.StartsWith("Ayla stellt dir", menu.What, StringComparison.Ordinal);
    }

    [Fact]
    public void What_an_upset_client_wants_instead_and_a_question_they_say_we_did_not_answer_are_points()
    {
        var proposal = Propose(
            "2026-12-07T14:00:00Z",
            FromMe("2026-12-07T07:50:00Z", "Sehr geehrter Herr Dr. Kamphausen,\n\nbitte entschuldigen Sie. Passt es Ihnen, wenn ich Sie heute um 17 Uhr anrufe?\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-07T12:31:00Z", "Herr Weber,\n\nich möchte nicht telefonieren, sondern eine schriftliche Antwort. Meine Frage, ob die Bremsscheiben tatsächlich getauscht wurden und wo die alten Teile sind, haben Sie nicht beantwortet. Ich bin sehr verärgert.\n\nDr. R. Kamphausen"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Eine schriftliche Antwort", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.StartsWith("Ob die Bremsscheiben tatsächlich getauscht wurden", StringComparison.Ordinal));
    }

    [Fact]
    public void A_client_who_will_not_be_paying_gets_a_claim_we_answer()
    {
        var proposal = Propose(
            "2026-12-07T10:00:00Z",
            FromClient("2026-12-07T08:00:00Z", "Sophie,\n\nthis is unacceptable. As things stand, we will not be paying the December retainer (£4,500).\n\nJames"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("No charge for the December retainer (£4,500) – answer by", StringComparison.Ordinal));
    }

    [Fact]
    public void A_german_date_at_the_end_of_a_line_keeps_its_dot()
    {
        var proposal = Propose(
            "2026-11-27T10:00:00Z",
            FromMe("2026-11-25T09:00:00Z", "Sehr geehrter Herr Dr. Reimers,\n\nrealistischer Termin für die Migration ist der 11.12. statt des 27.11.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-11-26T09:00:00Z", "Sehr geehrter Herr Weber,\n\neinverstanden, dann planen wir mit dem 11.12.\n\nMit freundlichen Grüßen\nMarkus Reimers"));

        var lines = proposal.Agreed.Concat(proposal.Asks).Concat(proposal.NextSteps.Select(s => s.What)).ToList();
        Assert.Contains(lines, l => l.Contains("27.11", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.EndsWith("27.11", StringComparison.Ordinal));
    }

    [Fact]
    public void What_the_client_reports_beside_their_go_ahead_is_no_step_of_ours()
    {
        var proposal = Propose(
            "2026-11-24T14:00:00Z",
            FromMe("2026-11-13T22:20:00Z", "Hi Carlos,\n\nto sum up what we agreed:\n1. We switch the dashboard to live positions via the streaming API. Estimate: 64 hours, $9,600.\n2. The monthly reporting views move to phase 2 in January.\n\nPlease let me know by Friday, November 20, whether we can go ahead.\n\nBest regards,\nJonas Weber"),
            FromClient("2026-11-23T15:02:00Z", "Hi Jonas,\n\nsorry for the delay. We're approved to go ahead, but the provider says the streaming license will only be active on December 1.\n\nCarlos") with { From = new MailAddress("Carlos Mendes", Client) });

        Assert.Contains(proposal.Agreed, a => a.Contains("December 1", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains("provider says", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_ultimatum_about_das_Formular_is_the_form_working_by_Monday_without_the_sentence_before_it()
    {
        var proposal = Propose(
            "2026-11-27T08:00:00Z",
            FromClient("2026-11-27T06:36:00Z", "Frau Weber,\n\nbis heute keine Antwort. Für eine Praxis, die Ihnen jeden Monat eine Wartungspauschale zahlt, finde ich das nicht in Ordnung. Wenn das Formular bis Montag nicht funktioniert, kündige ich den Wartungsvertrag.\n\nNadine Kröger"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Das Formular funktioniert bis Montag", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.Contains("Wartungspauschale", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hi Daniel,\n\nthe booking page is still blank. I understand things get busy before the holidays, but a reply within a day or two is the minimum we expect.\n\nBeth", "A reply within a day or two", "busy")]
    [InlineData("Hallo Herr Weber,\n\ndas Buchungsformular ist immer noch leer. Mir ist klar, dass vor Weihnachten viel los ist, aber eine Antwort innerhalb von zwei Tagen erwarte ich schon.\n\nBeate Kolb", "Eine Antwort innerhalb von zwei Tagen", "Weihnachten")]
    public void What_the_client_concedes_before_but_is_no_part_of_the_point(string mail, string point, string conceded)
    {
        var proposal = Propose("2026-11-25T10:00:00Z", FromClient("2026-11-24T20:40:00Z", mail));

        Assert.Contains(proposal.Asks, a => a.StartsWith(point, StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.Contains(conceded, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sehr geehrte Frau Adler,\n\ndie Teile sind bestellt. Am Donnerstag, 10.12., kommt Herr Brenner zur Abnahme vorbei.\n\nMit freundlichen Grüßen\nJonas Weber", "Abnahme", "Herr Brenner")]
    [InlineData("Sehr geehrte Frau Adler,\n\ndanke für die Rückmeldung. Die Einladungen verschickt Frau Lindqvist am Montag, 14.12.\n\nMit freundlichen Grüßen\nJonas Weber", "Einladungen", "Frau Lindqvist")]
    [InlineData("Sehr geehrte Frau Adler,\n\nich habe Herrn Kühn gebeten, Sie bis Freitag, 11.12., wegen der Zufahrt anzurufen.\n\nMit freundlichen Grüßen\nJonas Weber", "Zufahrt", "Herr Kühn")]
    [InlineData("Sehr geehrte Frau Adler,\n\nNadine aus unserem Team richtet bis Donnerstag, 10.12., die beiden Konten ein.\n\nMit freundlichen Grüßen\nJonas Weber", "Konten", "Nadine")]
    [InlineData("Sehr geehrte Frau Adler,\n\nLukas Mair, unser Fotograf, passt die Liste an und schickt sie Ihnen bis Freitag, 11.12.\n\nMit freundlichen Grüßen\nJonas Weber", "Liste", "Lukas Mair")]
    [InlineData("Hi Dana,\n\nthanks. Ruby will import the data on Wednesday, December 9, once the export is in.\n\nBest,\nJonas Weber", "import", "Ruby")]
    [InlineData("Hi Dana,\n\nsorry about the mix-up. I've also asked Tessa Marlow, our site lead, to call you by Thursday, December 10, about the access road.\n\nBest,\nJonas Weber", "access road", "Tessa Marlow")]
    public void A_step_our_mail_gives_to_a_named_person_is_theirs(string ourMail, string matter, string owner)
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Hallo,\n\nwie geht es weiter?\n\nDana Adler") with { From = new MailAddress("Dana Adler", Client) },
            FromMe("2026-12-07T15:00:00Z", ourMail) with { Cc = [new MailAddress("Ruby Tan", "ruby.tan@clientcare-demo.example")] });

        var step = Assert.Single(proposal.NextSteps, s => s.What.Contains(matter, StringComparison.Ordinal));
        Assert.Equal(owner, step.Owner);
    }

    [Theory]
    [InlineData("Sehr geehrter Herr Weber,\n\nfür November erwarten wir eine Gutschrift der Wartungspauschale (312 € netto). Eine Anlage, die dreimal im Monat ausfällt, ist nicht gewartet.\n\nMit freundlichen Grüßen\nHenrike Claußen", "Gutschrift")]
    [InlineData("Hi Jonas,\n\nwe expect a refund of the November fee for the three days the portal was down.\n\nDana", "refund")]
    public void A_refund_the_client_asks_for_is_a_point_to_answer_not_a_threat_to_leave_out(string mail, string matter)
    {
        var proposal = Propose("2026-12-07T12:00:00Z", FromClient("2026-12-07T09:00:00Z", mail));

        Assert.Contains(proposal.Asks, a => a.Contains(matter, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void What_the_client_expects_from_us_by_a_day_is_the_point_without_from_us_and_the_day_beside_it()
    {
        var proposal = Propose(
            "2026-12-07T12:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Sehr geehrter Herr Weber,\n\nich erwarte von Ihnen bis Montag, 14.12., eine verbindliche schriftliche Zusage, dass bei jedem Ausfall innerhalb von 60 Minuten ein Techniker vor Ort ist.\n\nMit freundlichen Grüßen\nHenrike Claußen"));

        Assert.Contains(proposal.Asks, a => a.StartsWith("Eine verbindliche schriftliche Zusage, dass", StringComparison.Ordinal) && a.EndsWith("Montag, 14. Dezember", StringComparison.Ordinal));
    }

    [Fact]
    public void Proofs_by_end_of_day_thursday_are_due_on_thursday_not_today()
    {
        var proposal = Propose(
            "2026-12-07T18:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Hi Jonas,\n\nthe vector files are attached.\n\nKirsty") with { From = new MailAddress("Kirsty Munro", Client) },
            FromMe("2026-12-07T15:00:00Z", "Hi Kirsty,\n\nthanks for the files. You'll have the proofs by end of day Thursday, December 10.\n\nCheers,\nJonas Weber"));

        var proofs = Assert.Single(proposal.NextSteps, s => s.What.Contains("proofs", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 10), proofs.Due);
    }

    [Fact]
    public void A_colleague_who_writes_that_the_user_will_do_it_gives_the_step_to_the_user()
    {
        var proposal = Propose(
            "2026-12-09T10:00:00Z",
            FromClient("2026-12-08T09:00:00Z", "Hi Jonas,\n\nthe invoice has the wrong company name.\n\nAnanya") with { From = new MailAddress("Ananya Iyer", Client) },
            FromMe("2026-12-09T08:00:00Z", "Hi Ananya,\n\nsorry about that. Jonas will reissue the invoice in the right name by Thursday, December 10.\n\nPriya") with { From = new MailAddress("Priya Nair", "priya.nair@agentur.example") });

        var invoice = Assert.Single(proposal.NextSteps, s => s.What.Contains("invoice", StringComparison.Ordinal));
        Assert.Equal("Jonas", invoice.Owner);
    }

    [Theory]
    [InlineData("For the remote team, we'll post everything on Friday, December 11, so they should land by Wednesday, December 16 at the latest.", "post", 11)]
    [InlineData("Die Hampers für das Außenteam schicken wir am Freitag, 11.12., ab, sodass sie bis Mittwoch, 16.12., ankommen.", "Außenteam", 11)]
    [InlineData("Die Notschlüssel bringe ich Ihnen Donnerstag, 10.12., vorbei, nicht erst Freitag.", "Notschlüssel", 10)]
    public void The_date_of_our_step_is_the_one_of_what_we_do_not_of_its_consequence_or_the_day_we_rule_out(string promise, string matter, int day)
    {
        var proposal = Propose(
            "2026-12-07T18:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Hi Jonas,\n\nwhat is the plan?\n\nKirsty") with { From = new MailAddress("Kirsty Munro", Client) },
            FromMe("2026-12-07T15:00:00Z", $"Hi Kirsty,\n\n{promise}\n\nCheers,\nJonas Weber"));

        var step = Assert.Single(proposal.NextSteps, s => s.What.Contains(matter, StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, day), step.Due);
    }

    [Theory]
    [InlineData("Herr Kaya hat Frau Brandt die Anschlusswerte heute Mittag per E-Mail geschickt.", "Anschlusswerte")]
    [InlineData("Herr Imhof hat Sie gestern über die Vorfälle vom 3. und 6. Dezember am Telefon informiert.", "Vorfälle")]
    public void What_a_colleague_did_already_is_no_step(string sentence, string matter)
    {
        var proposal = Propose(
            "2026-12-07T18:00:00Z",
            FromClient("2026-12-07T09:00:00Z", "Sehr geehrter Herr Weber,\n\nwie ist der Stand?\n\nMit freundlichen Grüßen\nNina Brandt") with { From = new MailAddress("Nina Brandt", Client) },
            FromMe("2026-12-07T15:00:00Z", $"Sehr geehrte Frau Brandt,\n\n{sentence}\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.DoesNotContain(proposal.NextSteps, s => s.What.Contains(matter, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_point_of_a_list_the_client_heads_with_a_colon_is_a_point()
    {
        var proposal = Propose(
            "2026-12-08T12:00:00Z",
            FromMe("2026-12-08T07:25:00Z", "Sehr geehrte Frau Hörmann,\n\ndie Platine kommt erst morgen. Zu den übrigen Punkten melde ich mich noch.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-08T11:20:00Z", "Sehr geehrter Herr Weber,\n\ndas ist für uns nicht mehr hinnehmbar. Der Beirat und ich haben uns abgestimmt:\n– Wir wollen wissen, ob Sie heute noch eine mobile Heizzentrale aufstellen können.\n– Die Stromkosten für die Heizlüfter sind den Eigentümern zu erstatten.\n– Die Rechnung für den Notdiensteinsatz am Samstag bezahlen wir nicht.\n\nMit freundlichen Grüßen\nClaudia Hörmann") with { From = new MailAddress("Claudia Hörmann", Client) });

        Assert.Contains(proposal.Asks, a => a.Contains("Heizzentrale", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.Contains("Stromkosten", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.Contains("Notdiensteinsatz", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Asks, a => a.StartsWith('–'));
    }

    [Fact]
    public void A_day_we_offered_on_its_own_is_no_line()
    {
        var proposal = Propose(
            "2026-12-07T08:00:00Z",
            FromMe("2026-12-01T14:20:00Z", "Sehr geehrter Herr Wagner,\n\nanbei unser Angebot über 9.850 € netto.\n\nFür den Drehtag hätten wir folgende Termine frei:\n– Donnerstag, 14. Januar\n– Dienstag, 19. Januar\n– Mittwoch, 27. Januar\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-03T08:05:00Z", "Sehr geehrter Herr Weber,\n\nes passt so, wir beauftragen Sie hiermit zu 9.850 € netto.\n\nWir nehmen den 19. Januar – am 14. ist bei uns Inventur, und der 27. ist uns zu knapp.\n\nMit freundlichen Grüßen\nStefan Wagner") with { From = new MailAddress("Stefan Wagner", Client) },
            FromMe("2026-12-03T13:40:00Z", "Sehr geehrter Herr Wagner,\n\nder 19. Januar ist fest für Sie eingeplant.\n\nMit freundlichen Grüßen\nJonas Weber"));

        Assert.DoesNotContain(proposal.Agreed.Concat(proposal.NextSteps.Select(s => s.What)), l => l.StartsWith("Dienstag, 19. Januar", StringComparison.Ordinal) || l.StartsWith("Donnerstag, 14. Januar", StringComparison.Ordinal));
        Assert.Contains(proposal.Agreed, a => a.Contains("19. Januar", StringComparison.Ordinal));
    }

    [Fact]
    public void An_option_the_client_would_like_is_agreed_as_we_described_it()
    {
        var proposal = Propose(
            "2026-12-02T10:00:00Z",
            FromMe("2026-11-27T14:45:00Z", "Dear Graham,\n\ntwo options:\n\nOption A – 9ft artificial tree with warm white LEDs: £1,980 + VAT.\nOption B – 9ft real Nordmann fir with three tabletop trees: £2,640 + VAT.\n\nBest regards,\nJonas Weber"),
            FromClient("2026-12-01T10:05:00Z", "Dear Jonas,\n\nthe partners would like Option B, provided the real tree is treated with flame retardant.\n\nGraham") with { From = new MailAddress("Graham Pickering", Client) });

        Assert.Contains(proposal.Agreed, a => a.StartsWith("Option B", StringComparison.Ordinal) && a.Contains("£2,640", StringComparison.Ordinal));
    }

    [Fact]
    public void An_option_chosen_two_mails_ago_stays_agreed_while_the_dates_are_settled()
    {
        var proposal = Propose(
            "2026-12-05T10:00:00Z",
            FromMe("2026-11-27T14:45:00Z", "Hi Kirsty,\n\nthree options for the vans:\n\nOption 1 – Full wrap: $4,800 + GST per van.\nOption 2 – Half wrap with cut-vinyl lettering: $2,650 + GST per van.\nOption 3 – Lettering only: $980 + GST per van.\n\nCheers,\nJonas Weber"),
            FromClient("2026-12-01T10:05:00Z", "Hi Jonas,\n\noption 2 it is, please.\n\nKirsty") with { From = new MailAddress("Kirsty Munro", Client) },
            FromMe("2026-12-02T09:30:00Z", "Hi Kirsty,\n\ngreat. Could you drop off the first two vans on Monday, December 14?\n\nCheers,\nJonas Weber"),
            FromClient("2026-12-04T10:05:00Z", "Hi Jonas,\n\nMonday the 14th works, thanks.\n\nKirsty") with { From = new MailAddress("Kirsty Munro", Client) });

        Assert.Contains(proposal.Agreed, a => a.StartsWith("Option 2", StringComparison.Ordinal) && a.Contains("Half wrap", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reminder_that_there_is_still_no_word_brings_back_the_question_it_is_about()
    {
        var proposal = Propose(
            "2026-12-07T08:45:00Z",
            FromClient("2026-12-01T10:05:00Z", "Hi Jonas,\n\nthe partners would like the real tree. Can the staircase garland lights go on a timer? We don't want them on all night.\n\nGraham") with { From = new MailAddress("Graham Pickering", Client) },
            FromMe("2026-12-02T09:30:00Z", "Hi Graham,\n\nwonderful, the real tree it is. Installation is on Monday evening.\n\nBest,\nJonas Weber"),
            FromMe("2026-12-04T15:10:00Z", "Hi Graham,\n\nthe risk assessment is attached.\n\nBest,\nJonas Weber"),
            FromClient("2026-12-04T17:25:00Z", "Jonas,\n\nthanks for the paperwork. Removal on Monday 4 January at 7am, please.\n\nAnd still no word on the timer for the garland lights.\n\nGraham") with { From = new MailAddress("Graham Pickering", Client) });

        Assert.Contains(proposal.Asks, a => a.Contains("timer", StringComparison.Ordinal) && a.Contains("garland", StringComparison.Ordinal) && a.Contains("answer by", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ultimatum_after_a_lead_and_a_credit_the_client_wants_are_points()
    {
        var proposal = Propose(
            "2026-11-30T18:30:00Z",
            FromClient("2026-11-30T17:20:00Z", "Jonas,\n\nLet me be clear: if online booking isn't working correctly by Wednesday at 5 PM, we're switching it off and cancelling our contract. I also want a credit for November.\n\nMonica") with { From = new MailAddress("Monica Alvarez", Client) });

        Assert.Contains(proposal.Asks, a => a.StartsWith("Online booking working correctly by Wednesday", StringComparison.Ordinal));
        Assert.Contains(proposal.Asks, a => a.StartsWith("A credit for November", StringComparison.Ordinal));
    }

    [Fact]
    public void When_a_colleague_we_copied_writes_after_the_client_we_wrote_to_the_summary_greets_that_client()
    {
        var jasmine = new MailAddress("Jasmine Tan", Client);
        var marcus = new MailAddress("Marcus Goh", "marcus.goh@kunde.example");
        var proposal = Propose(
            "2026-12-08T08:00:00Z",
            FromMe("2026-12-07T08:20:00Z", "Hi Jasmine,\n\nwe can halve the delivery fee to S$4 per address.\n\nBest,\nJonas Weber") with { To = [jasmine], Cc = [marcus] },
            FromClient("2026-12-08T01:40:00Z", "Hi Jonas,\n\nS$4 is ok, noted with thanks.\n\nJas") with { From = jasmine, Cc = [marcus] },
            FromClient("2026-12-08T06:05:00Z", "Hi Jonas,\n\nplease send the quotation addressed to our finance team.\n\nMarcus") with { From = marcus, Cc = [jasmine] });

        Assert.Equal("Hi Jasmine", proposal.Salutation);
    }

    [Fact]
    public void The_name_we_greet_a_client_by_in_mails_to_her_alone_is_the_one_the_summary_uses()
    {
        var margaret = new MailAddress("Margaret Doyle", Client);
        var proposal = Propose(
            "2026-12-08T08:00:00Z",
            FromMe("2026-12-04T19:10:00Z", "Hi Maggie,\n\nthe install can move to Saturday.\n\nBest,\nJonas Weber") with { To = [margaret] },
            FromClient("2026-12-07T02:15:00Z", "Saturday works. I'll sign first thing tomorrow.\n\n--\nMargaret Doyle\nOwner, Riverside Books") with { From = margaret });

        Assert.Equal("Hi Maggie", proposal.Salutation);
    }

    [Fact]
    public void A_point_without_a_date_read_on_a_saturday_is_answered_on_monday()
    {
        var proposal = Propose(
            "2026-12-05T10:00:00Z",
            FromClient("2026-12-04T16:00:00Z", "Hi Jonas,\n\ncould you send me the updated quote?\n\nDana") with { From = new MailAddress("Dana Adler", Client) });

        Assert.Contains(proposal.Asks, a => a.StartsWith("Send", StringComparison.Ordinal) && a.EndsWith("by Monday, December 7", StringComparison.Ordinal));
        Assert.Contains(proposal.NextSteps, s => s.What.Contains("quote", StringComparison.Ordinal) && s.Due == new DateOnly(2026, 12, 7));
    }
    [Fact]
    public void A_date_we_said_yes_to_is_named_by_what_the_thread_had_on_the_date_it_replaces()
    {
        var proposal = Propose(
            "2026-12-03T09:00:00Z",
            FromMe("2026-11-18T14:00:00Z", "Sehr geehrte Frau Brunner,\n\nanbei die Offerte für die neue Küchenfront. Die Anprobe der Musterfronten habe ich für Dienstag, 8. Dezember, um 10 Uhr eingetragen.\n\nFreundliche Grüsse\nJonas Weber"),
            FromClient("2026-11-21T08:00:00Z", "Sehr geehrter Herr Weber\n\nAm 8. Dezember geht es leider nicht. Mein Mann hat nur am Nachmittag frei. Wäre Donnerstag, 10. Dezember, am Nachmittag möglich?\n\nFreundliche Grüsse\nPetra Brunner"),
            FromMe("2026-11-23T10:00:00Z", "Sehr geehrte Frau Brunner\n\nDonnerstag, 10. Dezember, um 14:30 Uhr passt.\n\nFreundliche Grüsse\nJonas Weber"));

        Assert.Contains(proposal.Agreed.Concat(proposal.NextSteps.Select(s => s.What)), line => line.StartsWith("Anprobe: Donnerstag, 10. Dezember", StringComparison.Ordinal) && line.Contains("14:30", StringComparison.Ordinal));
        Assert.DoesNotContain(proposal.Agreed.Concat(proposal.NextSteps.Select(s => s.What)), line => line.Contains("passt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_yes_to_a_date_we_offered_instead_is_named_by_what_we_offered_it_for()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-11-30T09:00:00Z", "Hi Priya,\n\nthe install of the new heat pump is booked for Monday 14 December.\n\nCheers,\nJonas"),
            FromClient("2026-12-02T09:00:00Z", "Hi Jonas,\n\nMonday 14th clashes with our swim carnival, unfortunately. Could you do Wednesday 16 December instead?\n\nPriya"),
            FromMe("2026-12-03T09:00:00Z", "Hi Priya,\n\nWednesday 16 December is no problem, I've moved you.\n\nCheers,\nJonas"));

        var lines = proposal.Agreed.Concat(proposal.NextSteps.Select(s => s.What)).ToList();
        Assert.Contains(lines, line => line.StartsWith("Install", StringComparison.Ordinal) && line.Contains("Wednesday", StringComparison.Ordinal) && line.Contains("16", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("no problem", StringComparison.Ordinal));
    }

    [Fact]
    public void A_yes_to_a_date_that_says_more_keeps_its_words_and_a_reason_for_moving_names_nothing()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromMe("2026-11-30T09:00:00Z", "Sehr geehrte Frau Roth,\n\ndas Jahresgespräch machen wir am Donnerstag, 17.12., um 10 Uhr.\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromMe("2026-12-02T09:00:00Z", "Sehr geehrte Frau Roth,\n\nkleine Änderung: Am Donnerstag, 17.12., muss ich doch zu einer Abnahme bei einem Kunden. Ginge stattdessen Mittwoch, 16.12., um 14 Uhr?\n\nMit freundlichen Grüßen\nJonas Weber"),
            FromClient("2026-12-03T09:00:00Z", "Sehr geehrter Herr Weber,\n\nMittwoch, 16.12., um 14 Uhr passt mir gut.\n\nDie Plakate können ruhig erst am Freitag, 18.12., kommen: Das mit der Druckerei klappt.\n\nMit freundlichen Grüßen\nAnnett Roth"));

        var lines = proposal.Agreed.Concat(proposal.NextSteps.Select(s => s.What)).ToList();
        Assert.DoesNotContain(lines, line => line.StartsWith("Abnahme", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("Lieferung", StringComparison.Ordinal) || line.StartsWith("Druck", StringComparison.Ordinal));
    }

    [Fact]
    public void A_formal_english_client_with_a_doctors_title_is_greeted_by_title_and_surname_never_by_full_name()
    {
        var proposal = Propose(
            "2026-12-09T09:00:00Z",
            FromMe("2026-12-07T09:00:00Z", "Dear Chinedu,\n\nour engineer will be on site tomorrow morning.\n\nKind regards,\nJonas Weber"),
            FromClient("2026-12-08T18:00:00Z", "Mr Weber,\n\nthe generator failed again on Saturday. I expect a written explanation by Friday.\n\nDr. Folake Adeyemi\nMedical Director") with { From = new MailAddress("Folake Adeyemi", "f.adeyemi@kunde.example") });

        Assert.Equal("Dear Dr. Adeyemi", proposal.Salutation);
    }

    [Fact]
    public void A_step_the_letter_puts_to_the_client_as_theirs_is_owned_by_the_client()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromMe("2026-12-03T14:00:00Z", "Dear Geoffrey,\n\nOption 2 is confirmed at £6,280 + VAT. The deposit invoice is attached.\n\nKind regards,\nJonas"),
            FromClient("2026-12-07T09:00:00Z", "Dear Jonas,\n\nthank you. I shall pay the deposit by bank transfer, but I'd like to ring your office first to confirm the account details.\n\nRegards,\nGeoffrey"));

        var deposit = Assert.Single(proposal.NextSteps, s => s.What.Contains("deposit", StringComparison.Ordinal));
        Assert.True(deposit.ByClient);
        Assert.Equal("Geoffrey", deposit.Owner);
    }

    /// <summary>
    /// "lg Jo" is Jo, not the display name "Johanna"; two capitals ("JW"), a title without a dot ("Ms Jane Doe") and an
    /// "Im Auftrag" line above the name are no first names.
    /// </summary>
    [Theory]
    [InlineData("Hi Jonas,\n\nich wart auf deinen Anruf am Montag.\n\nlg Jo", "Johanna Wallner", "Hallo Jo")]
    [InlineData("Hi Jonas,\n\nich wart auf deinen Anruf am Montag.\n\nJW", "Johanna Wallner", "Hallo Johanna")]
    [InlineData("Hi Jonas,\n\nthanks, that works for us.\n\nKind regards\nMs Jane Doe", "Jane Doe", "Hi Jane")]
    [InlineData("Guten Tag Herr Weber,\n\ndanke, das passt so.\n\nViele Grüße\nIm Auftrag\nKaren Roth", "Karen Roth", "Guten Tag Frau Roth")]
    public void The_salutation_takes_the_first_name_the_client_signs_with(string text, string displayName, string salutation)
    {
        var proposal = Propose(
            "2026-12-14T08:00:00Z",
            FromClient("2026-12-12T09:05:00Z", text) with { From = new MailAddress(displayName, Client) });

        Assert.Equal(salutation, proposal.Salutation);
    }

    [Fact]
    public void A_deadline_by_close_of_business_on_a_weekday_is_that_weekday_of_this_week_not_of_a_date_named_before_it()
    {
        // Written on Thursday 10 December: "12/18" is a Friday, but "by COB Friday" is tomorrow.
        var proposal = Propose(
            "2026-12-11T08:00:00Z",
            FromClient("2026-12-10T17:30:00Z", "Hi Jonas,\n\nThe distributor needs the final WAV by Monday 12/14 at noon to hold the 12/18 release. So I need an approved master by COB Friday, no later.\n\nBen"));

        var master = Assert.Single(proposal.NextSteps, s => s.What.Contains("approved master", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 11), master.Due);
    }

    [Fact]
    public void A_swiss_sign_off_is_no_name()
    {
        var proposal = Propose(
            "2026-12-08T09:00:00Z",
            FromClient("2026-12-07T19:00:00Z", "Hoi Jonas\n\nkannst du uns bis Freitag die Offerte für die Stickerei schicken?\n\nGruess\nRuedi"));

        Assert.Equal("Hallo Ruedi", proposal.Salutation);
    }

    [Fact]
    public void The_date_by_which_the_client_wants_our_answer_holds_for_their_undated_questions()
    {
        var proposal = Propose(
            "2026-12-07T09:00:00Z",
            FromClient("2026-12-06T18:00:00Z", "Hallo Jonas,\n\nkönntest du über das Wandbild noch eine abwaschbare Schutzschicht machen? Was würde das kosten? Aus dem Fördertopf ist noch etwas übrig, das müsste ich aber bis Mittwoch wissen.\n\nViele Grüße\nLisa"));

        var step = Assert.Single(proposal.NextSteps, s => s.What.Contains("Schutzschicht", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 9), step.Due);
    }

    [Fact]
    public void Our_own_honorific_greeting_stays_when_the_client_answers_formally()
    {
        var proposal = Propose(
            "2026-12-09T09:00:00Z",
            FromMe("2026-12-01T09:00:00Z", "Dear Ma'am,\n\nplease find the tour plan attached.\n\nRegards,\nJonas Weber"),
            FromClient("2026-12-08T18:00:00Z", "Mr. Weber,\n\nthe berths are still on the waiting list. I need confirmed tickets by Friday.\n\nParomita Banerjee") with { From = new MailAddress("Paromita Banerjee", "k.mahler@kunde.example") });

        Assert.Equal("Dear Ma'am", proposal.Salutation);
    }
}
