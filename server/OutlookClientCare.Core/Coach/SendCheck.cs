using System.Globalization;
using System.Text.Json;
using OutlookClientCare.Core.Snippets;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Core.TimeBlocks;

namespace OutlookClientCare.Core.Coach;

/// <summary>Printed "send" (nothing to say: Outlook sends at once) or "review" (Outlook shows the alert).</summary>
public enum SendVerdict
{
    Send,
    Review,
}

/// <summary>
/// One thing the alert names: the coach's finding kind ("blame", "address-form", ...) or
/// <see cref="SendCheck.CalendarConflictKind"/>; the words in the draft; what to do instead.
/// </summary>
public sealed record SendCheckItem(string Kind, string Text, string? Suggestion);

/// <summary>The answer of POST /api/drafts/send-check (design.md).</summary>
public sealed record SendCheckResult
{
    public required SendVerdict Verdict { get; init; }

    /// <summary>One line in the draft's language, e.g. "Beantwortet 1 von 3 Fragen".</summary>
    public required string Title { get; init; }

    public required IReadOnlyList<SendCheckItem> Items { get; init; }

    /// <summary>The client's questions and requests the draft leaves unanswered.</summary>
    public required IReadOnlyList<string> OpenAsks { get; init; }
}

/// <summary>A day the draft promises that the user's calendar cannot keep, and the next day it can.</summary>
public sealed record PromiseConflict(string Text, DateOnly Date, bool WorkingDay, DateOnly? NextFreeDay);

/// <summary>
/// The review at the moment the user presses Send. It is the draft coach's result, cut down to what
/// hurts a client relationship once the mail is out (blame, passive aggression, mirrored rudeness,
/// empty promises, the wrong Sie/du, unanswered asks) plus promises the calendar cannot keep. Style
/// advice (jargon, length, "sorry, but", a missing next step) stays in the pane: it is not worth
/// stopping a send for.
/// </summary>
public static class SendCheck
{
    public const string CalendarConflictKind = "calendar-conflict";

    /// <summary>At most this many items reach the alert; Outlook's dialog is small.</summary>
    public const int MaxItems = 5;

    /// <summary>A promised day needs at least this much free working time to be keepable.</summary>
    public static readonly TimeSpan MinFreeTime = TimeSpan.FromMinutes(30);

    /// <summary>How far ahead a promised day is checked against the calendar.</summary>
    public const int HorizonDays = 21;

    private static readonly HashSet<CoachFindingKind> HeldKinds =
    [
        CoachFindingKind.Blame,
        CoachFindingKind.PassiveAggressive,
        CoachFindingKind.Rudeness,
        CoachFindingKind.EmptyPromise,
        CoachFindingKind.AddressForm,
    ];

    /// <summary>The answer when there is nothing to say or nothing to check (not a client thread, switched off).</summary>
    public static SendCheckResult Nothing(ReplyLanguage language) => new()
    {
        Verdict = SendVerdict.Send,
        Title = language == ReplyLanguage.De ? "Kann so raus." : "Good to send.",
        Items = [],
        OpenAsks = [],
    };

    /// <summary>"send" in the language the draft is written in.</summary>
    public static SendCheckResult Nothing(string draftText)
    {
        draftText ??= "";
        return Nothing(LanguageDetector.Detect(DraftText.Of(draftText.Length > 4_000 ? draftText[..4_000] : draftText)));
    }

    /// <summary>
    /// The days the draft's own text (quoted history below it excluded) promises, read as the thread
    /// analysis reads dates in our messages, relative to now in the user's zone; only days from today
    /// to <see cref="HorizonDays"/> ahead.
    /// </summary>
    public static IReadOnlyList<DateMention> PromisedDates(string draftText, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        draftText ??= "";
        var own = draftText.Length > DraftCoach.MaxDraftLength ? draftText[..DraftCoach.MaxDraftLength] : draftText;
        own = own[..DraftParts.OwnTextLength(own)];
        if (string.IsNullOrWhiteSpace(own))
        {
            return [];
        }

        var draft = new ThreadMessage { Id = "draft", From = new MailAddress(null, context.Me), SentDateTime = context.Now, Text = own };
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Now, context.TimeZone).DateTime);
        return ThreadAnalyzer.Analyze([draft], context).Dates
            .Where(d => d.From == Party.Us && d.Date >= today && d.Date <= today.AddDays(HorizonDays))
            .ToList();
    }

    /// <summary>
    /// Promised days without <see cref="MinFreeTime"/> of free working time left (a day off, out of
    /// office, or booked solid), each with the next working day that has it.
    /// </summary>
    public static IReadOnlyList<PromiseConflict> Conflicts(IReadOnlyList<DateMention> promised, IReadOnlyList<BusyEvent> calendar, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(promised);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(context);
        var conflicts = new List<PromiseConflict>();
        foreach (var mention in promised.DistinctBy(p => p.Date))
        {
            var working = context.WorkingHours.Days.Contains(mention.Date.DayOfWeek);
            if (FreeTime(mention.Date, calendar, context) >= MinFreeTime)
            {
                continue;
            }

            DateOnly? next = null;
            for (var day = mention.Date.AddDays(1); day <= mention.Date.AddDays(14); day = day.AddDays(1))
            {
                if (FreeTime(day, calendar, context) >= MinFreeTime)
                {
                    next = day;
                    break;
                }
            }

            conflicts.Add(new PromiseConflict(mention.Text, mention.Date, working, next));
        }

        return conflicts;
    }

    /// <summary>The review: "send" when nothing held back the mail, else "review" with the items in the draft's language.</summary>
    public static SendCheckResult Review(CoachResult coach, IReadOnlyList<PromiseConflict> conflicts)
    {
        ArgumentNullException.ThrowIfNull(coach);
        ArgumentNullException.ThrowIfNull(conflicts);
        var de = coach.Language == ReplyLanguage.De;
        var culture = CultureInfo.GetCultureInfo(de ? "de-DE" : "en-US");
        var items = coach.Findings
            .Where(f => HeldKinds.Contains(f.Kind))
            .Select(f => new SendCheckItem(KindName(f.Kind), f.Text, f.Suggestion))
            .Concat(conflicts.Select(c => new SendCheckItem(CalendarConflictKind, c.Text, CalendarAdvice(c, de, culture))))
            .Take(MaxItems)
            .ToList();
        var open = coach.OpenAsks ?? [];
        if (items.Count == 0 && open.Count == 0)
        {
            return Nothing(coach.Language);
        }

        return new SendCheckResult { Verdict = SendVerdict.Review, Title = Title(coach, items.Count, de), Items = items, OpenAsks = open };
    }

    private static string Title(CoachResult coach, int items, bool de)
    {
        var open = coach.OpenAsks?.Count ?? 0;
        var total = open + (coach.AnsweredAsks?.Count ?? 0);
        var asks = open == 0
            ? ""
            : de
                ? string.Create(CultureInfo.InvariantCulture, $"Beantwortet {total - open} von {total} {(total == 1 ? "Frage" : "Fragen")}")
                : string.Create(CultureInfo.InvariantCulture, $"Answers {total - open} of {total} {(total == 1 ? "question" : "questions")}");
        var notes = items == 0
            ? ""
            : de
                ? string.Create(CultureInfo.InvariantCulture, $"{items} {(items == 1 ? "Stelle" : "Stellen")} vor dem Senden prüfen")
                : string.Create(CultureInfo.InvariantCulture, $"{items} {(items == 1 ? "passage" : "passages")} to check before sending");
        return asks.Length > 0 && notes.Length > 0 ? $"{asks} · {notes}" : asks + notes;
    }

    private static string CalendarAdvice(PromiseConflict conflict, bool de, CultureInfo culture)
    {
        var day = conflict.Date.ToString(de ? "dddd, d. MMMM" : "dddd, d MMMM", culture);
        var why = (conflict.WorkingDay, de) switch
        {
            (true, true) => $"Ihr Kalender ist am {day} voll.",
            (false, true) => $"{day} ist kein Arbeitstag in Ihrem Kalender.",
            (true, false) => $"Your calendar is full on {day}.",
            (false, false) => $"{day} is not a working day in your calendar.",
        };
        if (conflict.NextFreeDay is not { } next)
        {
            return why + (de ? " Nennen Sie einen Tag, den Sie halten können." : " Promise a day you can keep.");
        }

        var free = next.ToString(de ? "dddd, d. MMMM" : "dddd, d MMMM", culture);
        return why + (de ? $" Zeit hätten Sie am {free}." : $" You have time on {free}.");
    }

    private static TimeSpan FreeTime(DateOnly day, IReadOnlyList<BusyEvent> calendar, AnalysisContext context)
    {
        var hours = context.WorkingHours;
        if (!hours.Days.Contains(day.DayOfWeek) || hours.End <= hours.Start)
        {
            return TimeSpan.Zero;
        }

        var start = At(day, hours.Start, context.TimeZone);
        var end = At(day, hours.End, context.TimeZone);
        if (context.Now > start)
        {
            start = context.Now;
        }

        if (end <= start)
        {
            return TimeSpan.Zero;
        }

        var busy = calendar
            .Where(e => !e.IsCancelled && e.ShowAs is ShowAs.Busy or ShowAs.Oof or ShowAs.Tentative)
            .Select(e => e.IsAllDay
                ? (At(DateOnly.FromDateTime(e.Start.DateTime), TimeOnly.MinValue, context.TimeZone), At(DateOnly.FromDateTime(e.End.DateTime), TimeOnly.MinValue, context.TimeZone))
                : (e.Start, e.End))
            .Where(e => e.Item2 > start && e.Item1 < end)
            .OrderBy(e => e.Item1)
            .ToList();
        var longest = TimeSpan.Zero;
        var cursor = start;
        foreach (var (from, to) in busy)
        {
            if (from > cursor && from - cursor > longest)
            {
                longest = from - cursor;
            }

            if (to > cursor)
            {
                cursor = to;
            }
        }

        return end > cursor && end - cursor > longest ? end - cursor : longest;
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static string KindName(CoachFindingKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());
}
