using System.Globalization;
using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>
/// Absolute and relative dates in English and German ("4.12.", "December 4th", "bis Freitag",
/// "Ende nächster Woche", "by EOD", "in 3 Tagen", "KW 49"), resolved against the day the
/// message was sent in the user's time zone. "next Friday" / "nächsten Freitag" is the Friday
/// of next week; a bare weekday is the next such day after the sent day.
/// </summary>
internal static partial class DateExtractor
{
    public readonly record struct Found(string Text, DateOnly Date, bool IsDeadline);

    private const string Months =
        "januar|jänner|jaenner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|"
        + "january|february|march|may|june|july|october|december|"
        + "jan|feb|mär|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dez|dec";

    private const string Weekdays =
        "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    private const string Numbers =
        "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|a couple of|a few|"
        + "ein|eine|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|vierzehn|ein paar|wenigen";

    private const string Parts = "ende|end|anfang|beginning|start|mitte|middle|mid|early|late";

    /// <summary>"Dienstagabend", "Freitagvormittag": a weekday with the time of day written onto it (the words of <see cref="DayPartWords"/>).</summary>
    private const string DayParts = "(?:abends?|morgens?|mittags?|nachmittags?|vormittags?)?";

    public static bool MightContainDate(Sentence sentence)
    {
        foreach (var token in sentence.Tokens)
        {
            var c = sentence.Lower[token.Start];
            if (char.IsDigit(c))
            {
                return true;
            }

            if (IsTriggerWord(sentence.Lower.AsSpan(token.Start, token.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Triggers = new(
        Weekdays.Split('|').Concat(Months.Split('|')).Concat(["heute", "today", "tonight", "morgen", "tomorrow", "übermorgen", "eod", "cob", "eow", "eom", "end", "ende", "anfang", "mitte", "beginning", "early", "mid", "next", "nächste", "nächsten", "nächster", "kommende", "kommenden", "monatsende", "wochenende", "close", "kw", "week", "woche"]),
        StringComparer.Ordinal);

    /// <summary>
    /// Tries the date pattern only where a date can start: at a trigger word or number, or one
    /// or two words before it ("in 3 Tagen", "am Freitag"). Anchored tries fail fast, so long
    /// sentences full of numbers stay cheap.
    /// </summary>
    public static void Extract(Sentence sentence, DateOnly sentDay, DateTimeOffset sentLocal, bool monthFirst, DayOfWeek lastWorkday, List<Found> found)
    {
        var tokens = sentence.Tokens;
        var covered = 0;
        var first = found.Count;
        try
        {
            for (var t = 0; t < tokens.Length; t++)
            {
                if (t < covered || !IsTrigger(sentence, t))
                {
                    continue;
                }

                // "Dienstagabend", "bis Mittwochvormittag": a weekday with the time of day written onto it is read without the pattern.
                if (CompoundWeekday(sentence.Word(t)) is { } compound)
                {
                    var leadAt = LeadStart(sentence, t);
                    var tokenEnd = tokens[t].Start + tokens[t].Length;
                    found.Add(new Found(sentence.Text[(leadAt ?? tokens[t].Start)..tokenEnd], NextAfter(sentDay, compound), leadAt is not null));
                    covered = t + 1;
                    continue;
                }

                for (var back = Math.Min(2, t - covered); back >= 0; back--)
                {
                    var start = t - back;
                    if (back > 0 && !StartLookup.Contains(sentence.Word(start)))
                    {
                        continue;
                    }

                    var regex = char.IsDigit(sentence.Lower[tokens[start].Start]) ? NumericDateRegex() : WordDateRegex();
                    var match = regex.Match(sentence.Text, tokens[start].Start);
                    if (!match.Success || Resolve(match, sentDay, sentLocal, monthFirst, lastWorkday, match.Groups["slash"].Success ? NamedWeekday(sentence.Lower, match) : null) is not { } date || IsGreeting(sentence, start, match) || IsNamedDay(sentence, start) || IsDayRate(sentence.Text, match))
                    {
                        continue;
                    }

                    var end = match.Index + match.Length;
                    (date, end) = WeekdayOfNextWeekOrNumber(sentence.Text, match, date, end, sentDay);
                    var leadStart = LeadStart(sentence, start);
                    var textStart = leadStart ?? match.Index;
                    // "before Thursday" is done by Wednesday; "by Thursday" / "bis Donnerstag" includes the day, and "not before Thursday" is Thursday.
                    if (leadStart is { } at && sentence.Lower.AsSpan(at).StartsWith("before ", StringComparison.Ordinal) && !sentence.Lower.AsSpan(0, at).TrimEnd().EndsWith("not", StringComparison.Ordinal))
                    {
                        date = date.AddDays(-1);
                    }

                    found.Add(new Found(sentence.Text[textStart..end].Trim(), date, leadStart is not null));
                    covered = start + 1;
                    while (covered < tokens.Length && tokens[covered].Start < end)
                    {
                        covered++;
                    }

                    break;
                }
            }

            if (found.Count == first)
            {
                AddDayOfMonthOrMonth(sentence.Text, sentDay, found);
            }

            MergeWeekdayWithDate(sentence.Text, found, first);
            StartOfRange(sentence.Text, found, first);
        }
        catch (RegexMatchTimeoutException)
        {
            // A sentence that takes too long is simply read without dates.
        }
    }

    /// <summary>
    /// "by the 9th" (or "Tue 8th") is the next 9th from the day sent; a month on its own ("Ab Januar", "from January",
    /// "bis Januar") is its first day, the next one from the day sent. "im Oktober", written in
    /// November, is the October just gone; "im Januar" the one ahead. Read only where nothing else dated the sentence.
    /// </summary>
    private static void AddDayOfMonthOrMonth(string text, DateOnly sentDay, List<Found> found)
    {
        if (DayOfMonthRegex().Match(text) is { Success: true } ordinal)
        {
            var day = int.Parse(ordinal.Groups["day"].Value, CultureInfo.InvariantCulture);
            var month = new DateOnly(sentDay.Year, sentDay.Month, 1);
            var date = day > sentDay.Day && day <= DateTime.DaysInMonth(month.Year, month.Month) ? month.AddDays(day - 1) : month.AddMonths(1).AddDays(Math.Min(day, 28) - 1);
            var lead = ordinal.Groups["lead"].Value.ToLowerInvariant();
            found.Add(new Found(ordinal.Value, date, lead is "by" or "until" or "before"));
            return;
        }

        if (MonthOnlyRegex().Match(text) is { Success: true } named)
        {
            var number = MonthNumber(named.Groups["month"].Value);
            var ahead = (number - sentDay.Month + 12) % 12;
            var year = number < sentDay.Month ? (ahead <= 3 ? sentDay.Year + 1 : sentDay.Year) : (ahead <= 9 ? sentDay.Year : sentDay.Year - 1);
            var lead = named.Groups["lead"].Value.ToLowerInvariant();
            var end = lead is "ende" or "end of" or "late" or "bis ende";
            var date = end ? new DateOnly(year, number, DateTime.DaysInMonth(year, number)) : new DateOnly(year, number, 1);
            found.Add(new Found(named.Value, date, lead is "bis" or "by" or "until" or "bis ende"));
        }
    }

    /// <summary>
    /// "am Wochenende 5./6.12.", "am 26. und 27. Januar", "12–14 January": a span of days starts on its first day, which is
    /// the date of the span; a deadline ("bis 5./6.12.") keeps its last day.
    /// </summary>
    private static void StartOfRange(string text, List<Found> found, int first)
    {
        for (var i = first; i < found.Count; i++)
        {
            var date = found[i];
            var at = text.IndexOf(date.Text, StringComparison.Ordinal);
            // Only a number just before the date can start a span; the regex reads the text up to the date, not a copy of it.
            if (date.IsDeadline || at <= 0 || !char.IsDigit(date.Text[0]) || text.AsSpan(Math.Max(0, at - 8), Math.Min(8, at)).IndexOfAnyInRange('0', '9') < 0
                || RangeStartRegex().Match(text, 0, at) is not { Success: true } range)
            {
                continue;
            }

            var day = int.Parse(range.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (day < date.Date.Day)
            {
                found[i] = new Found(text[range.Index..(at + date.Text.Length)], date.Date.AddDays(day - date.Date.Day), false);
            }
        }
    }

    /// <summary>"on Thursday" right before ", December 10" is that date, not the next Thursday: one date, "on Thursday, December 10".</summary>
    private static void MergeWeekdayWithDate(string text, List<Found> found, int first)
    {
        for (var i = found.Count - 2; i >= first; i--)
        {
            var weekday = found[i];
            var date = found[i + 1];
            var at = text.IndexOf(weekday.Text, StringComparison.Ordinal);
            var next = at < 0 ? -1 : text.IndexOf(date.Text, at + weekday.Text.Length, StringComparison.Ordinal);
            if (next >= 0 && text.AsSpan(at + weekday.Text.Length, next - at - weekday.Text.Length).Trim().TrimStart(',').Trim() is var between
                && (between.IsEmpty || between.Equals("den", StringComparison.OrdinalIgnoreCase) || between.Equals("the", StringComparison.OrdinalIgnoreCase) || between.Equals("(", StringComparison.Ordinal)
                    || DayPartBetween(between))
                && WeekdayOnlyRegex().IsMatch(weekday.Text))
            {
                // "Thursday (10/12)": the bracket closes with the date.
                var end = next + date.Text.Length;
                end += between.Equals("(", StringComparison.Ordinal) && end < text.Length && text[end] == ')' ? 1 : 0;
                found[i] = new Found(text[at..end], date.Date, weekday.IsDeadline || date.IsDeadline);
                found.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>"Thursday morning 12/17", "Freitag vormittags, 11.12.": the time of day between a weekday and its date.</summary>
    private static bool DayPartBetween(ReadOnlySpan<char> between)
    {
        foreach (var part in (ReadOnlySpan<string>)["morning", "afternoon", "evening", "night", "vormittag", "vormittags", "nachmittag", "nachmittags", "abend", "abends", "früh"])
        {
            if (between.TrimEnd(',').Equals(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTrigger(Sentence sentence, int t)
    {
        var token = sentence.Tokens[t];
        var text = sentence.Lower;
        if (!char.IsDigit(text[token.Start]))
        {
            return IsTriggerWord(sentence.Word(t));
        }

        // A number starts a date only as "4.12.", "12/4", "2026-12-04", "4th", "4. Dezember", "3 Tagen", "KW 50".
        var end = token.Start + token.Length;
        if (!char.IsDigit(text[end - 1]) || (t > 0 && sentence.Word(t - 1) is "kw" or "week" or "woche" or "kalenderwoche"))
        {
            return true;
        }

        if (end < text.Length && text[end] is '.' or '/' or '-')
        {
            return true;
        }

        return t + 1 < sentence.Tokens.Length && sentence.Tokens[t + 1].Start <= end + 3 && UnitLookup.Contains(sentence.Word(t + 1));
    }

    private static bool IsTriggerWord(ReadOnlySpan<char> word)
    {
        if (TriggerLookup.Contains(word))
        {
            return true;
        }

        return CompoundWeekday(word) is not null;
    }

    /// <summary>"dienstagabend" → Tuesday. The shortest such word is "montagabend"; most words are shorter, and few start with a weekday.</summary>
    private static DayOfWeek? CompoundWeekday(ReadOnlySpan<char> word)
    {
        if (word.Length < 11 || word[0] is not ('m' or 'd' or 'f' or 's'))
        {
            return null;
        }

        for (var i = 0; i < GermanWeekdays.Length; i++)
        {
            if (word.StartsWith(GermanWeekdays[i], StringComparison.Ordinal))
            {
                return DayPartLookup.Contains(word[GermanWeekdays[i].Length..]) ? Weekday(GermanWeekdays[i]) : null;
            }
        }

        return null;
    }

    private static readonly string[] GermanWeekdays = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"];

    private static readonly HashSet<string> DayPartWords = new(
        ["abend", "abends", "morgen", "morgens", "mittag", "mittags", "nachmittag", "nachmittags", "vormittag", "vormittags"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DayPartLookup = DayPartWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> UnitWords = new(
        Months.Split('|').Concat(["of", "hours", "hour", "stunden", "days", "day", "tage", "tagen", "werktage", "werktagen", "arbeitstagen",
            "business", "working", "weeks", "week", "wochen", "months", "month", "monate", "monaten"]),
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = UnitWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Tuesday next week" and "nächste Woche Dienstag" are that day of next week; "Tuesday 5" and "Wednesday 30th" the next
    /// day of that number that falls on that weekday. Read after the weekday or the week matched, so the main pattern stays lean.
    /// </summary>
    private static (DateOnly Date, int End) WeekdayOfNextWeekOrNumber(string text, Match match, DateOnly date, int end, DateOnly sentDay)
    {
        if (match.Groups["weekday"].Success && WeekdayTailRegex().Match(text, end) is { Success: true } tail)
        {
            var weekday = Weekday(match.Groups["wd"].Value);
            if (tail.Groups["nw"].Success)
            {
                return (MondayOf(sentDay).AddDays(7 + DaysFromMonday(weekday)), tail.Index + tail.Length);
            }

            var day = int.Parse(tail.Groups["od"].Value, CultureInfo.InvariantCulture);
            for (var candidate = sentDay; candidate < sentDay.AddDays(400); candidate = candidate.AddDays(1))
            {
                if (candidate.Day == day && candidate.DayOfWeek == weekday)
                {
                    return (candidate, tail.Index + tail.Length);
                }
            }
        }

        if (match.Groups["period"].Success && match.Groups["which"].Success && match.Groups["part"].Length == 0
            && !match.Groups["punit"].Value.StartsWith("mon", StringComparison.OrdinalIgnoreCase)
            && NextWeekDayRegex().Match(text, end) is { Success: true } named
            && (match.Groups["which"].Value.StartsWith("n", StringComparison.OrdinalIgnoreCase) || match.Groups["which"].Value.StartsWith("k", StringComparison.OrdinalIgnoreCase)))
        {
            return (MondayOf(sentDay).AddDays(7 + DaysFromMonday(Weekday(named.Groups["wd"].Value))), named.Index + named.Length);
        }

        return (date, end);
    }

    /// <summary>"the Saturday fee", "a Sunday surcharge", "weekend rates": the price of a kind of day, not a date.</summary>
    private static bool IsDayRate(string text, Match match) =>
        match.Groups["weekday"].Success && DayRateRegex().IsMatch(text.AsSpan(match.Index + match.Length));

    /// <summary>"Guten Morgen" is a greeting, not tomorrow.</summary>
    private static bool IsGreeting(Sentence sentence, int start, Match match) =>
        start > 0 && sentence.Word(start - 1).SequenceEqual("guten") && match.Value.StartsWith("morgen", StringComparison.OrdinalIgnoreCase);

    /// <summary>"on Black Friday", "Cyber Monday", "Good Friday": the name of a day, not the next Friday.</summary>
    private static bool IsNamedDay(Sentence sentence, int start) =>
        start > 0 && sentence.Word(start - 1) is var before && (before.SequenceEqual("black") || before.SequenceEqual("cyber") || before.SequenceEqual("good") || before.SequenceEqual("ash") || before.SequenceEqual("easter"));

    /// <summary>Where "bis", "by", "until", "spätestens", "no later than" ... start before the date, if they do.</summary>
    private static int? LeadStart(Sentence sentence, int dateToken)
    {
        int? lead = null;
        var clause = sentence.Tokens[dateToken].Clause;
        for (var t = dateToken - 1; t >= 0 && t >= dateToken - 4; t--)
        {
            if (sentence.Tokens[t].Clause != clause)
            {
                break;
            }

            var word = sentence.Word(t);
            if (LeadLookup.Contains(word))
            {
                lead = t;
            }
            else if (!FillerLookup.Contains(word))
            {
                break;
            }
        }

        return lead is { } index ? sentence.Tokens[index].Start : null;
    }

    private static readonly HashSet<string> LeadWords = new(StringComparer.Ordinal)
    {
        "bis", "spätestens", "spaetestens", "by", "until", "till", "before", "deadline", "frist", "due", "than", "latest",
    };

    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "zum", "zur", "am", "the", "on", "no", "later", "at", "kommenden", "nächsten", "naechsten", "diesen", "ende",
        "cob", "eod", "eob",
    };

    /// <summary>Words a date expression can start with before its trigger ("in 3 Tagen", "am Freitag", "Ende der Woche").</summary>
    private static readonly HashSet<string> StartWords = new(StringComparer.Ordinal)
    {
        "in", "within", "innerhalb", "binnen", "innert", "am", "on", "this", "coming", "diese", "diesen", "diesem", "kommenden", "next",
        "nächsten", "nächster", "nächste", "naechsten", "ende", "end", "anfang", "beginning", "start", "mitte", "middle", "mid",
        "early", "late", "calendar", "kalenderwoche", "kw", "day", "close", "the", "of", "der", "des",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StartLookup = StartWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadLookup = LeadWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerLookup = FillerWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TriggerLookup = Triggers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The weekday written right beside a date ("Thursday (10/12)", "Tue 8/12", "08/12 (Tuesday)"), which says how to read it.</summary>
    private static DayOfWeek? NamedWeekday(string lower, Match match)
    {
        var before = lower[Math.Max(0, match.Index - 16)..match.Index];
        var after = lower[(match.Index + match.Length)..Math.Min(lower.Length, match.Index + match.Length + 16)];
        return WeekdayBefore().Match(before) is { Success: true } b ? DayOf(b.Groups["wd"].Value)
            : WeekdayAfter().Match(after) is { Success: true } a ? DayOf(a.Groups["wd"].Value)
            : null;
    }

    private static DayOfWeek? DayOf(string weekday) => weekday[..3] switch
    {
        "mon" => DayOfWeek.Monday,
        "tue" or "die" => DayOfWeek.Tuesday,
        "wed" or "mit" => DayOfWeek.Wednesday,
        "thu" or "don" => DayOfWeek.Thursday,
        "fri" or "fre" => DayOfWeek.Friday,
        "sat" or "sam" => DayOfWeek.Saturday,
        "sun" or "son" => DayOfWeek.Sunday,
        _ => null,
    };

    /// <summary>
    /// "10/12" is October 12 in Boston and 10 December in Auckland. A weekday beside it decides; else the reading nearer the day
    /// it was written ("08/12" written on 5 December is the 8th, not next August); else, when both are near, the thread's language.
    /// </summary>
    private static DateOnly? Slash(int first, int second, Group year, DateOnly sentDay, bool monthFirst, DayOfWeek? weekday)
    {
        var monthDay = first <= 12 ? WithYear(sentDay, first, second, year) : null;
        var dayMonth = second <= 12 ? WithYear(sentDay, second, first, year) : null;
        if (monthDay is not { } md || dayMonth is not { } dm || md == dm)
        {
            return monthDay ?? dayMonth;
        }

        if (weekday is { } named && (md.DayOfWeek == named) != (dm.DayOfWeek == named))
        {
            return md.DayOfWeek == named ? md : dm;
        }

        var (toMd, toDm) = (Math.Abs(md.DayNumber - sentDay.DayNumber), Math.Abs(dm.DayNumber - sentDay.DayNumber));
        return toMd <= 45 && toDm <= 45 ? (monthFirst ? md : dm) : toMd <= toDm ? md : dm;
    }

    private static DateOnly? Resolve(Match m, DateOnly sentDay, DateTimeOffset sentLocal, bool monthFirst, DayOfWeek lastWorkday, DayOfWeek? weekday)
    {
        if (m.Groups["iso"].Success)
        {
            return Make(Int(m, "iy"), Int(m, "im"), Int(m, "id"));
        }

        if (m.Groups["dmy"].Success)
        {
            return WithYear(sentDay, Int(m, "dm"), Int(m, "dd"), m.Groups["dy"]);
        }

        if (m.Groups["slash"].Success)
        {
            return Slash(Int(m, "s1"), Int(m, "s2"), m.Groups["sy"], sentDay, monthFirst, weekday);
        }

        if (m.Groups["dayMonth"].Success)
        {
            return WithYear(sentDay, MonthNumber(m.Groups["mon1"].Value), Int(m, "d1"), m.Groups["y1"]);
        }

        if (m.Groups["monthDay"].Success)
        {
            return WithYear(sentDay, MonthNumber(m.Groups["mon2"].Value), Int(m, "d2"), m.Groups["y2"]);
        }

        if (m.Groups["partMonth"].Success)
        {
            // "Mitte Dezember" is the 15th, "Ende Januar" the last day, "early March" the 5th.
            var month = MonthNumber(m.Groups["mon3"].Value);
            var start = WithYear(sentDay, month, 1, m.Groups["y3"]);
            var which = m.Groups["pm"].Value.ToLowerInvariant();
            return start is not { } first ? null : which switch
            {
                _ when which.StartsWith("mi", StringComparison.Ordinal) => first.AddDays(14),
                _ when which.StartsWith("end", StringComparison.Ordinal) || which.StartsWith("late", StringComparison.Ordinal) => LastOfMonth(first),
                _ => first.AddDays(4),
            };
        }

        if (m.Groups["weekday"].Success)
        {
            var target = Weekday(m.Groups["wd"].Value);
            var next = m.Groups["next"].Success && m.Groups["next"].Value.Trim().ToLowerInvariant() is "next" or "nächsten" or "nächster" or "nächste" or "naechsten";
            return next ? MondayOf(sentDay).AddDays(7 + DaysFromMonday(target)) : NextAfter(sentDay, target);
        }

        if (m.Groups["within"].Success)
        {
            var n = NumberValue(m.Groups["n"].Value);
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            return unit switch
            {
                _ when unit.StartsWith("hour", StringComparison.Ordinal) || unit.StartsWith("stunde", StringComparison.Ordinal)
                    => DateOnly.FromDateTime(sentLocal.AddHours(n).DateTime),
                _ when unit.StartsWith("werktag", StringComparison.Ordinal) || unit.StartsWith("arbeitstag", StringComparison.Ordinal)
                    || unit.StartsWith("business", StringComparison.Ordinal) || unit.StartsWith("working", StringComparison.Ordinal)
                    => AddWorkdays(sentDay, n),
                _ when unit.StartsWith("week", StringComparison.Ordinal) || unit.StartsWith("woche", StringComparison.Ordinal) => sentDay.AddDays(7 * n),
                _ when unit.StartsWith("month", StringComparison.Ordinal) || unit.StartsWith("monat", StringComparison.Ordinal) => sentDay.AddMonths(n),
                _ => sentDay.AddDays(n),
            };
        }

        if (m.Groups["period"].Success)
        {
            return Period(m, sentDay, lastWorkday);
        }

        if (m.Groups["kw"].Success)
        {
            var week = Int(m, "kwn");
            if (week is < 1 or > 53)
            {
                return null;
            }

            var year = week < ISOWeek.GetWeekOfYear(sentDay.ToDateTime(TimeOnly.MinValue)) - 26 ? sentDay.Year + 1 : ISOWeek.GetYear(sentDay.ToDateTime(TimeOnly.MinValue));
            return week <= ISOWeek.GetWeeksInYear(year) ? DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)) : null;
        }

        if (m.Groups["simple"].Success)
        {
            var word = m.Groups["simple"].Value.ToLowerInvariant();
            if (word.StartsWith("übermorgen", StringComparison.Ordinal) || word.StartsWith("uebermorgen", StringComparison.Ordinal) || word.StartsWith("day after", StringComparison.Ordinal))
            {
                return sentDay.AddDays(2);
            }

            if (word.StartsWith("morgen", StringComparison.Ordinal) || word.StartsWith("tomorrow", StringComparison.Ordinal))
            {
                return sentDay.AddDays(1);
            }

            return word switch
            {
                "eow" => EndOfWeek(sentDay, lastWorkday),
                _ when word.EndsWith("week", StringComparison.Ordinal) || word.EndsWith("woche", StringComparison.Ordinal) => EndOfWeek(sentDay, lastWorkday),
                "eom" or "monatsende" => LastOfMonth(sentDay),
                _ => sentDay,
            };
        }

        return null;
    }

    private static DateOnly? Period(Match m, DateOnly sentDay, DayOfWeek lastWorkday)
    {
        var part = m.Groups["part"].Value.ToLowerInvariant();
        var which = m.Groups["which"].Value.ToLowerInvariant();
        var unit = m.Groups["punit"].Value.ToLowerInvariant();
        var next = which.StartsWith("next", StringComparison.Ordinal) || which.StartsWith("nächst", StringComparison.Ordinal)
            || which.StartsWith("naechst", StringComparison.Ordinal) || which.StartsWith("kommend", StringComparison.Ordinal) || which.StartsWith("following", StringComparison.Ordinal);
        var isMonth = unit.StartsWith("mon", StringComparison.Ordinal);
        var kind = part switch
        {
            "ende" or "end" or "late" => 'e',
            "mitte" or "mid" or "middle" => 'm',
            _ => 's',
        };

        if (isMonth)
        {
            var month = next ? new DateOnly(sentDay.Year, sentDay.Month, 1).AddMonths(1) : new DateOnly(sentDay.Year, sentDay.Month, 1);
            return kind switch
            {
                'e' => LastOfMonth(month),
                'm' => month.AddDays(14),
                _ => part.Length == 0 && !next ? null : month,
            };
        }

        var monday = MondayOf(sentDay).AddDays(next ? 7 : 0);
        return kind switch
        {
            'e' => next ? monday.AddDays(DaysFromMonday(lastWorkday)) : EndOfWeek(sentDay, lastWorkday),
            'm' => monday.AddDays(2),
            _ => part.Length == 0 && !next ? null : monday,
        };
    }

    private static DateOnly? WithYear(DateOnly sentDay, int month, int day, Group year)
    {
        if (year.Success)
        {
            var y = int.Parse(year.Value, CultureInfo.InvariantCulture);
            return Make(y < 100 ? 2000 + y : y, month, day);
        }

        if (Make(sentDay.Year, month, day) is not { } date)
        {
            return null;
        }

        // "15.1." written in December means January next year.
        return date < sentDay.AddDays(-60) ? Make(sentDay.Year + 1, month, day) : date;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        return lower switch
        {
            "januar" or "jänner" or "jaenner" or "january" or "jan" => 1,
            "februar" or "february" or "feb" => 2,
            "märz" or "maerz" or "march" or "mär" or "mar" => 3,
            "april" or "apr" => 4,
            "mai" or "may" => 5,
            "juni" or "june" or "jun" => 6,
            "juli" or "july" or "jul" => 7,
            "august" or "aug" => 8,
            "september" or "sept" or "sep" => 9,
            "oktober" or "october" or "okt" or "oct" => 10,
            "november" or "nov" => 11,
            _ => 12,
        };
    }

    private static DayOfWeek Weekday(string name) => name.ToLowerInvariant() switch
    {
        "montag" or "monday" => DayOfWeek.Monday,
        "dienstag" or "tuesday" => DayOfWeek.Tuesday,
        "mittwoch" or "wednesday" => DayOfWeek.Wednesday,
        "donnerstag" or "thursday" => DayOfWeek.Thursday,
        "freitag" or "friday" => DayOfWeek.Friday,
        "samstag" or "sonnabend" or "saturday" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    /// <summary>"3", "three", "drei", "a few" as a number of days or weeks (an unknown word counts as two weeks' worth).</summary>
    internal static int NumberValue(string text)
    {
        var lower = text.ToLowerInvariant();
        if (int.TryParse(lower, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return Math.Min(n, 3650);
        }

        return lower switch
        {
            "one" or "ein" or "eine" or "einem" or "einer" => 1,
            "two" or "zwei" or "a couple of" => 2,
            "three" or "drei" or "a few" or "ein paar" or "wenigen" => 3,
            "four" or "vier" => 4,
            "five" or "fünf" => 5,
            "six" or "sechs" => 6,
            "seven" or "sieben" => 7,
            "eight" or "acht" => 8,
            "nine" or "neun" => 9,
            "ten" or "zehn" => 10,
            "twelve" or "zwölf" => 12,
            _ => 14,
        };
    }

    private static int DaysFromMonday(DayOfWeek day) => ((int)day + 6) % 7;

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-DaysFromMonday(day.DayOfWeek));

    private static DateOnly NextAfter(DateOnly day, DayOfWeek target)
    {
        var ahead = ((int)target - (int)day.DayOfWeek + 7) % 7;
        return day.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DateOnly EndOfWeek(DateOnly day, DayOfWeek lastWorkday)
    {
        var end = MondayOf(day).AddDays(DaysFromMonday(lastWorkday));
        return end < day ? end.AddDays(7) : end;
    }

    private static DateOnly LastOfMonth(DateOnly day) => new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

    private static DateOnly AddWorkdays(DateOnly day, int count)
    {
        var result = day;
        for (var added = 0; added < count;)
        {
            result = result.AddDays(1);
            if (result.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                added++;
            }
        }

        return result;
    }

    [GeneratedRegex(@"\b(?:(?<lead>by|on|until|before|for)\s+the|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?(?:\s+the)?)\s+(?<day>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayOfMonthRegex();

    [GeneratedRegex(@"\G\s+(?:(?:the\s+)?(?<od>[1-9]|[12][0-9]|3[01])(?:(?:st|nd|rd|th)\b|\b(?![.:/]|\s*(?:a\.?m\b|p\.?m\b|uhr\b|h\b|o'clock|" + Months + @")))|(?<nw>(?:nächste|nächster|naechste|kommende|next)\s+(?:woche|week))\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex WeekdayTailRegex();

    [GeneratedRegex(@"\G\s+(?:am\s+|on\s+)?(?<wd>" + Weekdays + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex NextWeekDayRegex();

    [GeneratedRegex(@"^\s+(?:after-hours\s+|overtime\s+)?(?:fee|fees|rate|rates|surcharge|surcharges|premium|charge|charges|supplement)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayRateRegex();

    [GeneratedRegex(@"(?<!\d[./])\b(?<day>[1-9]|[12][0-9]|3[01])\.?\s*(?:/|–|-|und|and|bis|to)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RangeStartRegex();

    [GeneratedRegex(@"\b(?<lead>ab|im|in|from|starting(?: in)?|bis ende|bis|by|until|ende|end of|late|anfang|early)\s+(?<month>Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December)\b(?!\s*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MonthOnlyRegex();

    [GeneratedRegex(@"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)" + DayParts + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeekdayOnlyRegex();

    [GeneratedRegex(@"\b(?<wd>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?(?:\s+(?:morning|afternoon|evening|night))?\s*\(?\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeekdayBefore();

    [GeneratedRegex(@"^\s*\(?\s*(?<wd>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeekdayAfter();

    [GeneratedRegex(
        @"\G(?:"
        + @"(?<iso>\b(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})\b)"
        + @"|(?<dmy>\b(?<dd>\d{1,2})\.\s?(?<dm>\d{1,2})\.(?:\s?(?<dy>\d{4}|\d{2})\b)?(?!\d))"
        + @"|(?<slash>\b(?<s1>\d{1,2})/(?<s2>\d{1,2})(?:/(?<sy>\d{4}|\d{2}))?\b(?!/))"
        + @"|(?<dayMonth>\b(?<d1>\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?<mon1>" + Months + @")\b\.?(?:,?\s+(?<y1>\d{4})\b)?)"
        + @")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex NumericDateRegex();

    [GeneratedRegex(
        @"\G(?:"
        + @"(?<monthDay>\b(?<mon2>" + Months + @")\b\.?\s+(?:the\s+)?(?<d2>\d{1,2})(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(?<y2>\d{4})\b)?)"
        + @"|(?<partMonth>\b(?<pm>mitte|mid|middle\s+of|ende|end\s+of|anfang|beginning\s+of|start\s+of|early|late)(?:\s+|-)(?<mon3>" + Months + @")\b\.?(?:\s+(?<y3>\d{4})\b)?)"
        + @"|(?<weekday>(?:\b(?:am|on|this|coming|diesen|diesem|kommenden|(?<next>next|nächsten|nächster|nächste|naechsten))\s+)*\b(?<wd>" + Weekdays + @")\b)"
        + @"|(?<within>\b(?:in|within|innerhalb(?:\s+von)?|binnen|innert)\s+(?:den\s+nächsten\s+|the\s+next\s+)?(?<n>" + Numbers + @")\s+(?<unit>hours?|stunden|business\s+days?|working\s+days?|werktagen?|arbeitstagen?|days?|tagen?|weeks?|wochen|months?|monaten?)\b)"
        + @"|(?<period>\b(?:(?<part>" + Parts + @")(?:\s+(?:of|der|des|im|in))?\s+)?(?<which>next|the\s+following|nächster|nächsten|nächste|kommender|kommenden|kommende|naechster|naechsten|naechste)\s+(?<punit>week|woche|month|monats?)\b)"
        + @"|(?<period>\b(?<part>" + Parts + @")\s+(?:of\s+)?(?:the\s+|this\s+|der\s+|des\s+|dieser\s+|diesen\s+|diese\s+)?(?<punit>week|woche|month|monats?)\b)"
        + @"|(?<kw>\b(?:kw|calendar\s+week|kalenderwoche)\s*(?<kwn>\d{1,2})\b)"
        + @"|(?<simple>\b(?:this\s+week|diese\s+woche|übermorgen|uebermorgen|day\s+after\s+tomorrow|heute(?:\s+(?:abend|noch|morgen|früh|vormittag|mittag|nachmittag))?|today|tonight|tomorrow|(?:eod|cob|end\s+of\s+(?:the\s+)?(?:business\s+)?day|close\s+of\s+business)(?!,?\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\b|\d))|eow|eom|monatsende|morgen(?:\s+früh|\s+vormittag|\s+mittag|\s+abend)?)\b)"
        + @")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex WordDateRegex();
}
