using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Core.Threads.Analysis;

namespace OutlookClientCare.Core.FollowUps;

// Follow-up summary, one part of SummaryComposer: a date we moved, named by what it is the date of.
public static partial class SummaryComposer
{
    /// <summary>
    /// A date we moved over two sentences: "Die Montage am Montag, 14.12., können wir deshalb nicht halten. Wir schlagen
    /// Ihnen neu Mittwoch, 16.12., vor" is the Montage's new date; "the projection can't be ready by Wednesday. New date:
    /// Tuesday, December 15" the projection's. The sentence with the new date does not say what moves, so the summary
    /// would read "Neuer Termin: …" without it.
    /// </summary>
    private sealed record MovedDate(string What, DateOnly Date, string When, string Owner, string Cancelled, string NewDate, DateOnly? OldDate, bool Accepted)
    {
        public string Fact => $"{What}: {When}";
    }

    /// <summary>The last move of each thing we moved, and whether the client has taken the new date since.</summary>
    private static List<MovedDate> MovedDates(List<MessageReading> readings, Dates dated, string userFirst, bool german)
    {
        var moves = new List<MovedDate>();
        for (var at = 0; at < readings.Count; at++)
        {
            var ours = readings[at];
            if (ours.Party != Party.Us)
            {
                continue;
            }

            for (var i = 0; i < ours.Sentences.Count; i++)
            {
                var cancelled = ours.Sentences[i];
                if (CannotKeep().Match(cancelled.Sentence.Text) is not { Success: true } cannot || MovedThing(cancelled.Sentence.Text, cannot, german) is not { } what)
                {
                    continue;
                }

                var old = dated.In(ours, cancelled).Where(d => cancelled.Sentence.Text.Contains(d.Text, StringComparison.Ordinal)).Select(d => (DateOnly?)d.Date).Min();
                var sent = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ours.Message.SentDateTime, dated.Zone).DateTime);

                // The new date stands in one of the two sentences after ("Der neue Termin ist Donnerstag, 10. Dezember, um 8 Uhr").
                foreach (var next in ours.Sentences.Skip(i + 1).Take(2))
                {
                    if (!Matches(NewDateMarker(), next.Sentence.Text) || next.Sentence.IsQuestion
                        || dated.In(ours, next).Find(d => d.Date >= sent && d.Date != old && next.Sentence.Text.Contains(d.Text, StringComparison.Ordinal)) is not { Text: { } dateText } found)
                    {
                        continue;
                    }

                    var when = NewDateWhen(next.Sentence.Text, dateText);
                    var accepted = readings.Skip(at + 1).Where(r => r.Party == Party.Client)
                        .Any(r => r.Sentences.Exists(s => Accepts(s) && s.Negative < 0.3 && !s.Sentence.IsQuestion && dated.In(r, s).Exists(d => d.Date == found.Date)));
                    moves.RemoveAll(m => string.Equals(m.What, what, StringComparison.OrdinalIgnoreCase));
                    moves.Add(new MovedDate(what, found.Date, when, Speaker(ours, dated.Me, userFirst), cancelled.Sentence.Text, next.Sentence.Text, old, accepted));
                    break;
                }
            }
        }

        return moves;
    }

    /// <summary>
    /// What a sentence that gives up a date is about: the noun before "können wir nicht halten", "muss ausfallen", "can't be
    /// ready" ("Die Montage am Montag, 14.12., …", "the projection …"), else what the verb does ("… können wir nicht
    /// montieren": the Montage), else the noun after ("we can't make the install on Tuesday").
    /// </summary>
    private static string? MovedThing(string sentence, Match cannot, bool german)
    {
        var before = ThingNoun().Matches(sentence[..cannot.Index]).LastOrDefault(m => IsThing(m.Groups["noun"].Value, german));
        if (before is not null)
        {
            // "the cost estimate can't be ready": in English the words up to the verb name it.
            var words = sentence[before.Groups["noun"].Index..cannot.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return Capital(german || words.Length > 3 || words.Any(w => !w.All(char.IsLower)) ? before.Groups["noun"].Value : string.Join(' ', words));
        }

        var done = cannot.Groups["verb"].Value.ToLowerInvariant() switch
        {
            "montieren" => "Montage",
            "liefern" => "Lieferung",
            "installieren" => "Installation",
            "aufbauen" => "Aufbau",
            _ => null,
        };
        var after = ThingNoun().Matches(sentence[(cannot.Index + cannot.Length)..]).FirstOrDefault(m => IsThing(m.Groups["noun"].Value, german));
        return done ?? (after is null ? null : Capital(after.Groups["noun"].Value));
    }

    /// <summary>A thing that can have a date: not a weekday, month, time, or the date itself ("the 15th", "die Uhrzeit").</summary>
    private static bool IsThing(string noun, bool german) =>
        noun.Length > 3 && !Stop.Contains(noun.ToLowerInvariant()) && !CalendarWord().IsMatch(noun) && !NotAThing.Contains(noun.ToLowerInvariant())
        && (!german || char.IsUpper(noun[0]));

    private static readonly HashSet<string> NotAThing = new(StringComparer.Ordinal)
    {
        "uhrzeit", "zeit", "datum", "woche", "wochen", "tage", "date", "time", "week", "weeks", "days", "numbers", "zahlen", "daten", "data", "lieferant", "lieferanten",
        "supplier", "suppliers", "team", "lead", "leider", "deshalb", "daher", "also", "end",
    };

    /// <summary>The new date with its time: "Wir schlagen Ihnen neu Mittwoch, 16.12., vor: Start um 7.30 Uhr" → "Mittwoch, 16.12., 7.30 Uhr".</summary>
    private static string NewDateWhen(string sentence, string dateText)
    {
        var at = sentence.IndexOf(dateText, StringComparison.Ordinal);
        var weekday = WeekdayBeforeDate().Match(sentence[..at]);
        var when = sentence[(weekday.Success ? weekday.Index : at)..(at + dateText.Length)].Trim(' ', ',');

        // The time after the date, with its preposition: "Neuer Termin: Dienstag, 15.12., ab 8 Uhr"; a condition after it is no part of it.
        var rest = sentence[(at + dateText.Length)..];
        return ClockTime().Match(rest) is { Success: true } time && time.Index < 30
            ? $"{when}, {TimePreposition().Match(rest[..time.Index]).Value}{time.Value}"
            : when;
    }

    /// <summary>
    /// Names each moved date by what moves: the bare line ("Der neue Termin ist Donnerstag, 10. Dezember, um 8 Uhr", "New date:
    /// Tuesday, December 15") becomes "Abnahmekontrolle: Donnerstag, 10. Dezember, um 8 Uhr"; what the client took is agreed;
    /// the sentence that gave the old date up and our promise on the old date are no steps; the new date is its owner's step.
    /// </summary>
    private static void NameMovedDates(List<MovedDate> moves, List<string> agreed, List<SummaryStep> steps, DateOnly today)
    {
        foreach (var move in moves)
        {
            var stems = MatterStems(move.What.ToLowerInvariant());
            var bare = agreed.FindIndex(a => SaysNewDate(a, move) && !a.Contains(move.What, StringComparison.OrdinalIgnoreCase));
            if (bare >= 0)
            {
                agreed[bare] = move.Fact;
            }
            else if (move.Accepted && !agreed.Exists(a => a.Contains(move.What, StringComparison.OrdinalIgnoreCase) && Similar(a, move.Fact)))
            {
                agreed.Add(move.Fact);
            }

            // … and "Wir kommen am Mittwoch, 16.12." is that date said again, without what happens on it.
            steps.RemoveAll(s => !s.ByClient && (Similar(s.What, move.Cancelled) || SaysNewDate(s.What, move)
                || (move.OldDate is { } old && s.Due == old && MatterStems(s.What).Exists(stems.Contains))
                || (s.Due == move.Date && ContentWords(s.What).Count <= 1)));
            if (move.Date >= today && !steps.Exists(s => s.What.Contains(move.What, StringComparison.OrdinalIgnoreCase) && s.Due == move.Date))
            {
                steps.Add(new SummaryStep(move.Fact, move.Owner, move.Date));
            }
        }
    }

    /// <summary>The sentence with the new date as a line ("New date: Tuesday, December 15" out of "New date: Tuesday, December 15, provided …").</summary>
    private static bool SaysNewDate(string line, MovedDate move) =>
        Similar(line, move.NewDate) || move.NewDate.StartsWith(line.TrimEnd('.'), StringComparison.Ordinal);

    /// <summary>"können wir deshalb nicht halten", "muss ausfallen", "can't be ready by Wednesday": a date we give up.</summary>
    [GeneratedRegex(@"\b(?:(?:können|kann)\s+(?:wir|ich)\s+(?:\w+\s+){0,2}nicht\s+(?:mehr\s+)?(?:halten|einhalten|schaffen|(?<verb>montieren|liefern|installieren|aufbauen))|(?:muss|müssen)\s+(?:leider\s+)?(?:ausfallen|verschoben\s+werden)|fällt\s+(?:leider\s+)?aus|can(?:no|')t\s+(?:be\s+ready|keep|make|hold|go\s+ahead)|won't\s+be\s+ready|(?:has|have|needs?)\s+to\s+(?:move|be\s+moved|be\s+postponed|be\s+rescheduled)|(?:is|has\s+been)\s+postponed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CannotKeep();

    /// <summary>"Der neue Termin ist …", "Neuer Termin:", "Wir schlagen Ihnen neu … vor", "New date:", "instead", "now".</summary>
    [GeneratedRegex(@"\b(?:neue[rn]?|neu|stattdessen|new|instead|now|moves?\s+to|pushed\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NewDateMarker();

    /// <summary>"die Abnahmekontrolle", "Die Montage", "the projection", "our install": a thing named with its article.</summary>
    [GeneratedRegex(@"\b(?:der|die|das|den|dem|unsere?[nm]?|ihre?[nm]?|eure?[nm]?|the|our|your)\s+(?<noun>\p{L}[\p{L}-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ThingNoun();

    /// <summary>"ab 8 Uhr", "um 9 Uhr", "at 10 AM", "from 7am": the word before a time that belongs to it.</summary>
    [GeneratedRegex(@"\b(?:ab|um|gegen|at|from|around)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimePreposition();
}
