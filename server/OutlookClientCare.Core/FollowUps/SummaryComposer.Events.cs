using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads.Analysis;

namespace OutlookClientCare.Core.FollowUps;

// Follow-up summary, one part of SummaryComposer: a date that was settled, named by what happens on it.
public static partial class SummaryComposer
{
    /// <summary>
    /// A date settled with a short yes ("Donnerstag, 10. Dezember, um 14:30 Uhr passt", "Thursday will do, but not before
    /// ten", "Samstag, 12. Dezember, ist möglich") does not say what happens on it; the thread does, wherever it was proposed,
    /// declined or moved: "Die Anprobe des Probeschuhs habe ich für Dienstag, 8. Dezember, eingetragen … Am 8. Dezember geht
    /// es leider nicht … Wäre Donnerstag 10. Dezember möglich?", "Could we collect her on Thursday 10 December instead?".
    /// Such a line becomes "Anprobe: Donnerstag, 10. Dezember, 14:30 Uhr" or "Collection: Thursday, December 10".
    /// </summary>
    private static void NameSettledDates(List<MessageReading> readings, Dates dated, bool german, List<string> agreed, List<SummaryStep> steps)
    {
        // Most summaries hold no yes to a date: the thread's dates are read only for one that does.
        if (!agreed.Exists(a => Matches(SettlingWord(), a)) && !steps.Exists(s => Matches(SettlingWord(), s.What)))
        {
            return;
        }

        var mentions = SaidDates(readings, dated);
        var topic = readings.Count > 0 ? Topic(readings[0].Message.Subject) : "";
        string? Named(string line)
        {
            // One date only: "17th–18th December is fine" is two days, and a name found for one of them is not the other's.
            var said = mentions.Where(m => line.Contains(m.Text, StringComparison.Ordinal)).ToList();
            var dates = said.Where(m => !said.Exists(o => o.Text.Length > m.Text.Length && o.Text.Contains(m.Text, StringComparison.Ordinal))).ToList();
            if (!Matches(SettlingWord(), line) || DayRange().IsMatch(line) || EventNoun(line, german) is not null || SaysMore(line, topic)
                || dates.Select(m => m.Date).Distinct().Count() != 1)
            {
                return null;
            }

            var date = dates.MaxBy(m => m.Text.Length)!;

            return EventOn(date.Date, mentions, german, depth: 0) is { } what ? $"{what}: {WhenOf(line, date, german)}" : null;
        }

        for (var i = 0; i < agreed.Count; i++)
        {
            if (Named(agreed[i]) is { } named)
            {
                agreed[i] = named;
            }
        }

        for (var i = 0; i < steps.Count; i++)
        {
            if (Named(steps[i].What) is { } named)
            {
                steps[i] = steps[i] with { What = named };
            }
        }
    }

    /// <summary>
    /// A line that says more than a yes to a date keeps its words: "Transport to the December sale: Thursday 10th at 9am for 588
    /// is fine", "Die Plakate können ruhig erst am 11.12. kommen". The thread's subject before a colon ("Ihre Massschuhe: …")
    /// and a yes ("Kein Problem:") say nothing more.
    /// </summary>
    private static bool SaysMore(string line, string topic)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var lead = colon > 0 ? line[..colon] : "";
        if (lead.Length > 0 && !string.Equals(lead, topic, StringComparison.OrdinalIgnoreCase) && !Matches(SettlingWord(), lead) && ContentWords(lead).Count > 0)
        {
            return true;
        }

        var rest = ClockTime().Replace(SettlingWord().Replace(colon > 0 && lead.Length > 0 ? line[(colon + 2)..] : line, ""), "");
        return ContentWords(rest).Count > 2;
    }

    /// <summary>A date as a sentence of the thread says it, with the sentence before it in the same message.</summary>
    private sealed record SaidDate(string Text, DateOnly Date, string Sentence, string Before, List<DateOnly> Others)
    {
        /// <summary>The sentence names no other day, so what it names happens on this one.</summary>
        public bool Alone { get; init; }
    }

    private static List<SaidDate> SaidDates(List<MessageReading> readings, Dates dated)
    {
        var mentions = new List<SaidDate>();
        foreach (var reading in readings)
        {
            for (var i = 0; i < reading.Sentences.Count; i++)
            {
                var sentence = reading.Sentences[i];
                var found = dated.In(reading, sentence).Where(d => d.Text.Length > 1 && sentence.Sentence.Text.Contains(d.Text, StringComparison.Ordinal)).ToList();
                if (found.Count == 0)
                {
                    continue;
                }

                var before = i > 0 ? reading.Sentences[i - 1] : null;
                // The date given up stands in one of the two sentences before ("Am 8. Dezember geht es leider nicht. Meine Tochter … Wäre Donnerstag 10. Dezember möglich?").
                var earlier = reading.Sentences.Take(i).TakeLast(2).SelectMany(s => dated.In(reading, s)).Select(d => d.Date).ToList();
                foreach (var date in found)
                {
                    var inSentence = found.Where(d => d.Date != date.Date).Select(d => d.Date).ToList();
                    mentions.Add(new SaidDate(date.Text, date.Date, sentence.Sentence.Text, before?.Sentence.Text ?? "", [.. inSentence, .. earlier]) { Alone = inSentence.Count == 0 });
                }
            }
        }

        return mentions;
    }

    /// <summary>
    /// What happens on a date: named in a sentence that gives that date and no other ("Die Anprobe … habe ich für Dienstag,
    /// 8. Dezember, eingetragen"); else, for a date offered instead of another, what happens on the other date ("Am 8. Dezember
    /// geht es leider nicht … Wäre Donnerstag 10. Dezember möglich?", "Bad news on the site visit: … can't make Tuesday 8th
    /// after all … Could we do Thursday 10 December at 2pm instead?"). The sentence before is no name of its own: it often
    /// gives the reason a date moves ("Am 17.12. muss ich doch zu einer Abnahme").
    /// </summary>
    private static string? EventOn(DateOnly date, List<SaidDate> mentions, bool german, int depth)
    {
        var on = mentions.Where(m => m.Date == date).ToList();
        // "Am Donnerstag, 17.12., muss ich doch zu einer Abnahme" names what keeps someone from the date, not what was on it.
        var named = on.Where(m => m.Alone && !Matches(InsteadWord(), m.Sentence)).Select(m => EventNoun(m.Sentence, german)).FirstOrDefault(n => n is not null);
        if (named is not null || depth > 0)
        {
            return named;
        }

        return on.Where(m => Matches(InsteadWord(), m.Sentence) || Matches(InsteadWord(), m.Before))
            .SelectMany(m => m.Others.Where(o => o != date))
            .Select(o => EventOn(o, mentions, german, depth + 1))
            .FirstOrDefault(n => n is not null);
    }

    /// <summary>The date of a line with its time: "Donnerstag, 10. Dezember, um 14:30 Uhr"; a bare weekday is written out.</summary>
    private static string WhenOf(string line, SaidDate date, bool german)
    {
        var when = NewDateWhen(line, date.Text);
        if (date.Text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            var rest = line[(line.IndexOf(date.Text, StringComparison.Ordinal) + date.Text.Length)..];
            var day = Dates.Day(date.Date, german);
            when = ClockTime().Match(rest) is { Success: true } time && time.Index < 30
                ? $"{day}, {TimePreposition().Match(rest[..time.Index]).Value}{time.Value}"
                : day;
        }

        return when;
    }

    /// <summary>
    /// What happens on a day, as a sentence names it: "die Anprobe", "Montage", "Einstufung", "Generalprobe", "the site visit",
    /// "the install", "pickup"; or as it says it with a verb: "collect her" → "Collection", "holen … ab" → "Abholung".
    /// </summary>
    private static string? EventNoun(string sentence, bool german)
    {
        if (german)
        {
            var noun = GermanEventNoun().Match(sentence);
            if ((ScheduledThing(sentence) ?? (noun.Success ? noun.Value : null)) is { } thing)
            {
                return Phrasing.Capital(thing);
            }

            return GermanEventVerb().Match(sentence) is { Success: true } verb ? VerbEvent(verb.Groups["verb"].Value.ToLowerInvariant()) : null;
        }

        if (EnglishEventNoun().Match(sentence) is { Success: true } english)
        {
            var what = english.Groups["what"].Value.ToLowerInvariant();
            return Phrasing.Capital(english.Groups["kind"].Success ? $"{english.Groups["kind"].Value.ToLowerInvariant()} {what}" : what);
        }

        if (ScheduledThing(sentence) is { } scheduled)
        {
            return Phrasing.Capital(scheduled);
        }

        return EnglishEventVerb().Match(sentence) is { Success: true } act ? VerbEvent(act.Groups["verb"].Value.ToLowerInvariant()) : null;
    }

    private static string? VerbEvent(string verb) => verb switch
    {
        "collect" => "Collection",
        "pick" => "Pickup",
        "install" => "Installation",
        "deliver" => "Delivery",
        "abholen" or "holen" => "Abholung",
        "montieren" => "Montage",
        "liefern" => "Lieferung",
        "einbauen" => "Einbau",
        _ => null,
    };

    /// <summary>"passt", "works", "will do", "suits", "is fine", "ist möglich", "no problem": a date said yes to.</summary>
    [GeneratedRegex(@"\b(?:passt|passen|works|work for (?:us|me)|will do|suits|is fine|is good|is no problem|no problem|kein problem|(?:ist|wäre) möglich|geht (?:klar|in ordnung|gut)|klappt|in ordnung|einverstanden|sounds good|perfect|perfekt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SettlingWord();

    /// <summary>"17th–18th December", "14./15.12.": two days.</summary>
    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th|\.)?\s*(?:[–/-]|and|und|bis|to)\s*\d{1,2}(?:st|nd|rd|th|\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayRange();

    /// <summary>"instead", "stattdessen", "lieber", "alternatively", "Wäre … möglich", "Could we do …": a date offered for another.</summary>
    [GeneratedRegex(@"\b(?:instead|rather|alternatively|after all|afraid|unfortunately|stattdessen|statt|lieber|alternativ|wäre\b.*\bmöglich|ginge|doch|leider|can't make|cannot make|doesn't work|does not work)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InsteadWord();

    /// <summary>German happenings beside the ones <see cref="ScheduledNoun"/> knows: "Anprobe", "Einstufung", "Generalprobe", "Begehung", "Termin".</summary>
    [GeneratedRegex(@"\b\p{L}*(?:anprobe|probe|einstufung|begehung|messung|sitzung|termin|besuch|fuhre|drehtag|treffen|gespräch|besprechung)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GermanEventNoun();

    [GeneratedRegex(@"\b(?<verb>abholen|montieren|liefern|einbauen)\b|\b(?<verb>holen)\b[^.;]{0,40}\bab\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GermanEventVerb();

    /// <summary>
    /// "the site visit", "your fitting", "the survey flight", "the tasting": an English happening, with the word before it that
    /// says which; the ones <see cref="ScheduledNoun"/> knows alone ("the install", "pickup") are read there.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<kind>site|shop|survey|narration|recording|dress|final|trial|home|office|onsite|on-site)\s+)?(?<what>visit|walk|walkthrough|walk-through|fitting|inspection|survey|flight|shoot|session|recording|collection|tasting|rehearsal|appointment|deposition|hand-over|measure|removal|viewing|tour|demo|consultation|assessment|meeting|call)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishEventNoun();

    [GeneratedRegex(@"\b(?<verb>collect|install|deliver)\b|\b(?<verb>pick)\s+(?:\w+\s+){0,2}up\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishEventVerb();

}
