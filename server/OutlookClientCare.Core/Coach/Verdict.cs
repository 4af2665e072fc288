using System.Globalization;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Coach;

/// <summary>The one line the pane shows above the findings.</summary>
internal static class Verdict
{
    public static string For(IReadOnlyList<CoachFinding> findings, int? answered, int? open, ThreadLanguage language)
    {
        var de = language == ThreadLanguage.De;
        var asks = answered is { } a && open is { } o
            ? de
                ? string.Create(CultureInfo.InvariantCulture, $" Beantwortet {a} von {a + o} Fragen.")
                : string.Create(CultureInfo.InvariantCulture, $" Answers {a} of {a + o} {(a + o == 1 ? "question" : "questions")}.")
            : "";

        if (findings.Count == 0)
        {
            var ready = open is > 0
                ? de ? "Ton und Form passen; offene Fragen noch beantworten." : "Tone and form are fine; answer the open questions."
                : de ? "Bereit zum Senden: ruhig, klar und konkret." : "Ready to send: calm, clear and concrete.";
            return ready + asks;
        }

        var kinds = string.Join(", ", findings.Select(f => f.Kind).Distinct().Order().Select(k => Name(k, de)));
        return (de ? $"Vor dem Senden ändern: {kinds}." : $"Change before sending: {kinds}.") + asks;
    }

    private static string Name(CoachFindingKind kind, bool de) => (kind, de) switch
    {
        (CoachFindingKind.Blame, true) => "Schuldzuweisung",
        (CoachFindingKind.PassiveAggressive, true) => "passiv-aggressive Formulierung",
        (CoachFindingKind.Rudeness, true) => "gespiegelter Ton",
        (CoachFindingKind.EmptyPromise, true) => "leere Versprechen",
        (CoachFindingKind.Jargon, true) => "Fachjargon",
        (CoachFindingKind.TooLong, true) => "zu lang",
        (CoachFindingKind.ApologyBut, true) => "Entschuldigung mit „aber“",
        (CoachFindingKind.NoNextStep, true) => "kein nächster Schritt mit Datum",
        (CoachFindingKind.AddressForm, true) => "Anrede (Sie/du)",
        (CoachFindingKind.Blame, false) => "blame",
        (CoachFindingKind.PassiveAggressive, false) => "passive-aggressive phrasing",
        (CoachFindingKind.Rudeness, false) => "mirrored tone",
        (CoachFindingKind.EmptyPromise, false) => "empty promises",
        (CoachFindingKind.Jargon, false) => "jargon",
        (CoachFindingKind.TooLong, false) => "too long",
        (CoachFindingKind.ApologyBut, false) => "apology with \"but\"",
        (CoachFindingKind.NoNextStep, false) => "no next step with a date",
        (CoachFindingKind.AddressForm, false) => "form of address",
        _ => kind.ToString(),
    };
}
