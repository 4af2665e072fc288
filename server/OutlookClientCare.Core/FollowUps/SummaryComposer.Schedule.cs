using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Core.Threads.Analysis;

namespace OutlookClientCare.Core.FollowUps;

// Follow-up summary, one part of SummaryComposer: a date both sides named for the same thing is agreed.
public static partial class SummaryComposer
{
    /// <summary>
    /// A date ahead that both sides named, for something that happens on it: "Wednesday 16th afternoon is better for Graham.
    /// Could we do 45-minute slots from 1pm?" and our "Four interviews (B, C, D and E) on Wednesday 16th from 1pm in Salford –
    /// noted." agree "Interviews: Wednesday 16th, from 1pm". Read from the dates, not from how either side words its yes,
    /// so it holds however the thread says it. A deadline both name ("bis Freitag") is a due date, not an appointment, and a
    /// date either side turned down or moved since is not agreed.
    /// </summary>
    private static void SharedDates(List<MessageReading> readings, Dates dated, DateOnly today, string owner, List<string> agreed, List<SummaryStep> steps)
    {
        var mentions = new List<DateMention>();
        foreach (var reading in readings)
        {
            foreach (var sentence in reading.Sentences)
            {
                mentions.AddRange(dated.In(reading, sentence).Where(d => d.Date >= today && !d.IsDeadline && !IsReference(sentence.Sentence.Text, d.Text))
                    .Select(d => new DateMention(reading, sentence, d)));
            }
        }

        foreach (var day in mentions.GroupBy(m => m.Date.Date))
        {
            // Both sides, none of them turning it down or moving it ("Der 17.12. geht bei uns leider nicht"), the last word on it no question.
            var last = day.Last();
            if (!day.Any(m => m.Reading.Party == Party.Us) || !day.Any(m => m.Reading.Party == Party.Client)
                || day.Any(m => m.Sentence.Negative >= 0.3 || Matches(Negation(), m.Sentence.Sentence.Text) || Matches(ChangeRequest(), m.Sentence.Sentence.Text)
                    || Matches(CannotKeep(), m.Sentence.Sentence.Text) || Matches(Decline(), m.Sentence.Sentence.Text))
                || last.Sentence.Sentence.IsQuestion)
            {
                continue;
            }

            // One of several dates offered is no agreement until one is taken, and the one taken was recorded already.
            var ours = day.LastOrDefault(m => m.Reading.Party == Party.Us && !m.Sentence.Sentence.IsQuestion && dated.In(m.Reading, m.Sentence).Count == 1);
            if (ours is null || agreed.Exists(a => Mentions(a, day)))
            {
                continue;
            }

            var thing = day.Select(m => ScheduledThing(m.Sentence.Sentence.Text)).FirstOrDefault(t => t is not null);
            if (thing is null)
            {
                continue;
            }

            var fact = $"{Capital(thing)}: {LeadingPreposition().Replace(NewDateWhen(ours.Sentence.Sentence.Text, ours.Date.Text), "")}";
            agreed.Add(fact);
            if (!steps.Exists(s => s.Due == day.Key && ScheduledThing(s.What) is not null))
            {
                steps.Add(new SummaryStep(fact, owner, day.Key));
            }
        }
    }

    /// <summary>A date ahead as one sentence of the thread names it.</summary>
    private sealed record DateMention(MessageReading Reading, SentenceReading Sentence, DateExtractor.Found Date);

    /// <summary>A line says this day already: it holds one of the ways the thread wrote it.</summary>
    private static bool Mentions(string line, IEnumerable<DateMention> day) =>
        day.Any(m => m.Date.Text.Length > 3 && line.Contains(m.Date.Text, StringComparison.OrdinalIgnoreCase));

    /// <summary>What happens on a date: "Montage", "Abnahmekontrolle", "interviews", "the cutover", "Schulungstermin".</summary>
    private static string? ScheduledThing(string sentence) =>
        ScheduledNoun().Match(sentence) is { Success: true } noun ? noun.Value : null;

    [GeneratedRegex(@"\b(?:\p{L}*(?:montage|installation|lieferung|abholung|schulung|einweisung|einschulung|workshop|abnahme|besichtigung|begehung|übergabe|aufbau|abbau|versand|shooting|drehtag|migration|umstellung|umzug|kickoff|kick-off|einsatz|inbetriebnahme|präsentation|veranstaltung)\p{L}*|Go-live|Go-Live|installs?|installations?|deliver(?:y|ies)|pick-?ups?|drop-?offs?|training(?:s| sessions?)?|sessions?|workshops?|inspections?|walk-?throughs?|visits?|handovers?|set-?up|shoots?|filming|migrations?|cutovers?|go-live|launch|kick-?off|interviews?|presentations?|cleans?|fittings?|surveys?|print run)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ScheduledNoun();
}
