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
}
