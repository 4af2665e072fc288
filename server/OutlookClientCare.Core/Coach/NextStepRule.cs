using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Coach;

/// <summary>
/// Every reply to an unhappy client ends with a concrete next step and, where possible, a date.
/// "Unhappy" is the client's mood when known (concerned, frustrated, angry); when it is unknown,
/// a draft that apologises or acknowledges frustration is taken as such a reply.
/// </summary>
internal static partial class NextStepRule
{
    // Spans already flagged as empty promises do not count: "definitely tomorrow" is not a concrete date.
    public static IEnumerable<CoachFinding> Find(DraftText draft, ThreadLanguage language, MoodLevel? mood, IReadOnlyList<CoachFinding> emptyPromises)
    {
        var unhappy = mood is MoodLevel.Concerned or MoodLevel.Frustrated or MoodLevel.Angry
            || (mood is null && Acknowledges().IsMatch(draft.Text));
        if (!unhappy || HasConcreteDate(draft.Text, emptyPromises) || draft.LastSubstantiveSentence() is not { } last)
        {
            yield break;
        }

        var de = language == ThreadLanguage.De;
        yield return new CoachFinding(
            CoachFindingKind.NoNextStep,
            draft[last],
            last.Start,
            last.Length,
            de ? "Der Kunde ist unzufrieden, aber der Entwurf nennt keinen konkreten nächsten Schritt mit Datum."
               : "The client is unhappy, but the draft names no concrete next step with a date.",
            de ? "Schließen Sie mit wer was bis wann tut: „Ich schicke Ihnen den korrigierten Bericht bis Donnerstag, 10 Uhr.“"
               : "End with who does what by when: \"I will send you the corrected report by Thursday 10:00.\"");
    }

    private static bool HasConcreteDate(string text, IReadOnlyList<CoachFinding> emptyPromises)
    {
        if (emptyPromises.Count == 0)
        {
            return DateExpressions.Contains(text);
        }

        var chars = text.ToCharArray();
        foreach (var promise in emptyPromises)
        {
            Array.Fill(chars, ' ', promise.Start, promise.Length);
        }

        return DateExpressions.Contains(new string(chars));
    }

    [GeneratedRegex(
        @"\b(?:sorry|apologi[sz]e|apologies|understand your (?:frustration|concern|disappointment|anger)|frustrat\w*|disappoint\w*"
        + @"|entschuldig\w*|tut (?:mir|uns) (?:sehr |wirklich )?leid|bedauer\w*|Ärger|ärgerlich|verstehe (?:Ihren|deinen|Ihre|deine) (?:Unmut|Frust|Enttäuschung|Sorge|Ärger)|Enttäuschung)\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Acknowledges();
}
