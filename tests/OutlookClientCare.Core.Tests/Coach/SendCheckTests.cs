using OutlookClientCare.Core.Coach;
using OutlookClientCare.Core.Snippets;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Core.TimeBlocks;

namespace OutlookClientCare.Core.Tests.Coach;

public class SendCheckTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // Tuesday 1 December 2026, 10:00 in Berlin.
    private static readonly AnalysisContext Tuesday = new("anna@agentur.example", new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), Berlin);

    private static readonly string[] Asks = ["Wann kommt endlich die Lieferung?", "Können Sie mir bitte die korrigierte Rechnung schicken?"];

    private static SendCheckResult Review(string draft, params PromiseConflict[] conflicts) =>
        SendCheck.Review(DraftCoach.Coach(draft, new CoachOptions { ClientAsks = Asks, ClientMoodLevel = CoachMoodLevel.Frustrated, ClientFormOfAddress = AddressForm.Sie }), conflicts);

    private static BusyEvent Meeting(int day, int fromHour, int toHour) =>
        new(new DateTimeOffset(2026, 12, day, fromHour, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 12, day, toHour, 0, 0, TimeSpan.FromHours(1)));

    [Fact]
    public void A_reply_that_answers_every_ask_calmly_goes_out_without_a_review()
    {
        var result = Review("Guten Tag Herr Kunde,\n\ndie Lieferung kommt am Freitag, 4. Dezember, bis 12 Uhr bei Ihnen an. Die korrigierte Rechnung schicke ich Ihnen heute noch.\n\nViele Grüße\nAnna");

        Assert.Equal(SendVerdict.Send, result.Verdict);
        Assert.Empty(result.Items);
        Assert.Empty(result.OpenAsks);
        Assert.Equal("Kann so raus.", result.Title);
    }

    [Fact]
    public void A_reply_that_leaves_an_ask_open_is_held_with_the_open_ask_and_a_count_in_the_title()
    {
        var result = Review("Guten Tag Herr Kunde,\n\ndie Lieferung kommt am Freitag, 4. Dezember, bis 12 Uhr bei Ihnen an.\n\nViele Grüße\nAnna");

        Assert.Equal(SendVerdict.Review, result.Verdict);
        Assert.Equal(["Können Sie mir bitte die korrigierte Rechnung schicken?"], result.OpenAsks);
        Assert.Equal("Beantwortet 1 von 2 Fragen", result.Title);
    }

    [Fact]
    public void Blame_and_the_wrong_form_of_address_are_held_with_the_words_and_what_to_write_instead()
    {
        var result = Review("Hallo Karl,\n\ndas ist passiert, weil du die Daten nicht geschickt hast. Die Lieferung kommt am Freitag, die Rechnung schicke ich dir heute.\n\nAnna");

        Assert.Equal(SendVerdict.Review, result.Verdict);
        var blame = Assert.Single(result.Items, i => i.Kind == "blame");
        Assert.Contains("weil du die Daten nicht", blame.Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(blame.Suggestion));
        Assert.Contains(result.Items, i => i.Kind == "address-form");
        Assert.EndsWith("vor dem Senden prüfen", result.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Style_advice_alone_does_not_stop_a_send()
    {
        var coach = DraftCoach.Coach("Hi Mia, the deployment to staging is done, I'll circle back on Friday with the notes.", new CoachOptions { ClientMoodLevel = CoachMoodLevel.Calm });

        var result = SendCheck.Review(coach, []);

        Assert.Contains(coach.Findings, f => f.Kind == CoachFindingKind.Jargon);
        Assert.Equal(SendVerdict.Send, result.Verdict);
        Assert.Equal("Good to send.", result.Title);
    }

    [Fact]
    public void A_promised_day_that_is_booked_solid_is_a_calendar_conflict_naming_the_next_free_day()
    {
        var promised = SendCheck.PromisedDates("Hallo Herr Kunde,\n\nich schicke Ihnen den Bericht bis Donnerstag.\n\nViele Grüße\nAnna", Tuesday);
        BusyEvent[] calendar = [Meeting(3, 8, 12), Meeting(3, 12, 18)];

        var conflict = Assert.Single(SendCheck.Conflicts(promised, calendar, Tuesday));
        var result = Review("Die Lieferung kommt Freitag, die Rechnung schicke ich Ihnen bis Donnerstag.", conflict);

        Assert.Equal(new DateOnly(2026, 12, 3), conflict.Date);
        Assert.Equal(new DateOnly(2026, 12, 4), conflict.NextFreeDay);
        var item = Assert.Single(result.Items, i => i.Kind == SendCheck.CalendarConflictKind);
        Assert.Equal("Ihr Kalender ist am Donnerstag, 3. Dezember voll. Zeit hätten Sie am Freitag, 4. Dezember.", item.Suggestion);
        Assert.Equal(SendVerdict.Review, result.Verdict);
    }

    [Fact]
    public void A_promised_day_with_half_an_hour_free_or_a_promise_in_the_quoted_history_is_no_conflict()
    {
        var promised = SendCheck.PromisedDates("I'll send the report by Thursday.\n\nOn Mon, 30 Nov 2026 at 09:00, Kim <kim@client.example> wrote:\n> Can you do it by Wednesday?", Tuesday);

        Assert.Equal([new DateOnly(2026, 12, 3)], promised.Select(p => p.Date));
        Assert.Empty(SendCheck.Conflicts(promised, [Meeting(3, 9, 12), Meeting(3, 12, 16), Meeting(3, 17, 18)], Tuesday));
    }

    [Fact]
    public void A_promise_for_a_weekend_day_or_an_out_of_office_day_cannot_be_kept()
    {
        var promised = SendCheck.PromisedDates("I will call you on Saturday, and the draft follows on Monday.", Tuesday);
        BusyEvent[] calendar = [BusyEvent.AllDay(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 8), ShowAs.Oof)];

        var conflicts = SendCheck.Conflicts(promised, calendar, Tuesday);

        Assert.Equal([(new DateOnly(2026, 12, 5), false), (new DateOnly(2026, 12, 7), true)], conflicts.Select(c => (c.Date, c.WorkingDay)));
        Assert.All(conflicts, c => Assert.Equal(new DateOnly(2026, 12, 8), c.NextFreeDay));
        Assert.Equal(
            "Saturday, 5 December is not a working day in your calendar. You have time on Tuesday, 8 December.",
            Review("I will call you on Saturday.", conflicts[0]).Items.Single(i => i.Kind == SendCheck.CalendarConflictKind).Suggestion);
    }
}
