using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Coach;

/// <summary>
/// Words clients should not have to decode, each with a plain alternative. The user's own words
/// (<see cref="CoachOptions.ExtraJargon"/>) are added at coaching time.
/// </summary>
internal static class JargonCatalog
{
    public static PhraseSet English { get; } = new(CoachFindingKind.Jargon, ThreadLanguage.En, "Jargon: the client may not know this word, or it sounds evasive.",
    [
        new(@"circle back", "\"get back to you\""),
        new(@"touch base", "\"talk\""),
        new(@"bandwidth", "\"time\""),
        new(@"leverag(?:e|ed|ing)", "\"use\""),
        new(@"synerg(?:y|ies)", "\"working together\""),
        new(@"deep[- ]dive", "\"close look\""),
        new(@"low[- ]hanging fruits?", "\"easy first steps\""),
        new(@"move the needle", "\"make a real difference\""),
        new(@"action items?", "\"next steps\""),
        new(@"going forward", "\"from now on\""),
        new(@"paradigm(?: shift)?", "\"big change\""),
        new(@"best practices?", "\"a proven way\""),
        new(@"root[- ]cause(?: analysis)?", "\"why it happened\""),
        new(@"hot-?fix(?:es)?", "\"quick fix\""),
        new(@"deploy(?:ed|ing|ment|ments|s)?", "\"put live\" / \"release\""),
        new(@"roll-?outs?", "\"release\""),
        new(@"backlog", "\"list of open tasks\""),
        new(@"sprints?", "\"the next two weeks of work\""),
        new(@"regressions?", "\"an old error came back\""),
        new(@"staging(?: environment| server)?", "\"test system\""),
        new(@"SLAs?", "\"the agreed response time\""),
        new(@"stakeholders?", "\"the people involved\""),
        new(@"KPIs?", "\"target figures\""),
        new(@"scope creep", "\"a growing list of requests\""),
        new(@"blockers?", "\"what stops us\""),
        new(@"workarounds?", "\"temporary solution\""),
        new(@"out of scope", "\"not part of what we agreed\""),
        new(@"ETA", "\"expected date\""),
        new(@"per se|holistic|value[- ]add(?:ed)?|learnings", "say it in plain words"),
    ]);

    public static PhraseSet German { get; } = new(CoachFindingKind.Jargon, ThreadLanguage.De, "Fachjargon: Der Kunde kennt das Wort vielleicht nicht, oder es klingt ausweichend.",
    [
        new(@"Deployments?|deploy(?:en|t|ed)", "„Veröffentlichung“ / „live stellen“"),
        new(@"Hot-?fix(?:es)?", "„schnelle Korrektur“"),
        new(@"Roll-?outs?|ausgerollt|ausrollen", "„Einführung“ / „einführen“"),
        new(@"Backlogs?", "„Liste offener Aufgaben“"),
        new(@"Sprints?", "„die nächsten zwei Wochen“"),
        new(@"Tickets?", "„Anfrage“"),
        new(@"Stakeholdern?", "„Beteiligte“"),
        new(@"Synergien|Synergieeffekte?", "„Zusammenarbeit“"),
        new(@"Commitments?|committen|committed", "„Zusage“ / „zusagen“"),
        new(@"Deliverables?", "„Ergebnisse“"),
        new(@"Bandbreite", "„Zeit“"),
        new(@"zielführend(?:e|en|er)?", "„hilfreich“"),
        new(@"proaktiv(?:e|en)?", "„von uns aus“"),
        new(@"Root[- ]Cause(?:-Analyse)?", "„Ursache“"),
        new(@"Workarounds?", "„Übergangslösung“"),
        new(@"Scope", "„Umfang“"),
        new(@"Change[- ]Requests?", "„Änderungswunsch“"),
        new(@"Go-?Lives?", "„Start“"),
        new(@"Blocker", "„Hindernis“"),
        new(@"Regressionen|Regression", "„ein alter Fehler ist wieder da“"),
        new(@"Staging(?:-Umgebung|-System)?", "„Testsystem“"),
        new(@"SLAs?", "„vereinbarte Reaktionszeit“"),
        new(@"Lessons Learned", "„was wir daraus lernen“"),
        new(@"Quick[- ]Wins?", "„schnelle Verbesserung“"),
        new(@"alignen|aligned", "„abstimmen“"),
        new(@"supporten", "„unterstützen“"),
        new(@"Downtime", "„Ausfall“"),
        new(@"Bugfix(?:es)?", "„Fehlerkorrektur“"),
        new(@"ETA", "„voraussichtlicher Termin“"),
        new(@"KPIs?", "„Kennzahlen“"),
    ]);

    public static PhraseSet For(ThreadLanguage language) => language == ThreadLanguage.De ? German : English;

    /// <summary>The user's list compiled once per distinct list: building a regex costs far more than running it.</summary>
    public static PhraseSet? UserWords(IReadOnlyList<string> words, ThreadLanguage language)
    {
        var clean = words.Where(w => !string.IsNullOrWhiteSpace(w) && w.Length <= MaxUserWordLength)
            .Select(w => w.Trim())
            .Take(MaxUserWords)
            .ToList();
        if (clean.Count == 0)
        {
            return null;
        }

        var key = (language, string.Join('\n', clean));
        if (UserSets.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (UserSets.Count >= MaxCachedUserLists)
        {
            UserSets.Clear();
        }

        return UserSets[key] = Build(clean, language);
    }

    private const int MaxUserWords = 200;
    private const int MaxUserWordLength = 60;
    private const int MaxCachedUserLists = 256;
    private static readonly ConcurrentDictionary<(ThreadLanguage, string), PhraseSet> UserSets = new();

    private static PhraseSet Build(List<string> clean, ThreadLanguage language)
    {
        var reason = language == ThreadLanguage.De
            ? "Steht auf Ihrer eigenen Jargon-Liste."
            : "This is on your own jargon list.";
        var suggestion = language == ThreadLanguage.De ? "Sagen Sie es in einfachen Worten." : "Say it in plain words.";
        return new PhraseSet(CoachFindingKind.Jargon, language, reason, clean.Select(w => new Phrase(Regex.Escape(w), suggestion)));
    }
}
