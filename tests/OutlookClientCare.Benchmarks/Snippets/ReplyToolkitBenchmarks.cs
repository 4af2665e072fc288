using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using OutlookClientCare.Core;
using OutlookClientCare.Core.Coach;
using OutlookClientCare.Core.Snippets;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Benchmarks.Snippets;

/// <summary>
/// Target: coaching a 300-word draft and rendering a snippet each under 1 ms median.
/// dotnet run -c Release --project tests/OutlookClientCare.Benchmarks -- --filter '*ReplyToolkit*'
/// </summary>
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
[MedianColumn]
public class ReplyToolkitBenchmarks
{
    // About 300 words with a bit of everything the coach looks for, so no rule short-circuits.
    private const string Paragraph =
        "Sehr geehrte Frau Schulz, es tut mir leid, dass die Auswertung später kommt, aber die Daten waren unvollständig. "
        + "Wie bereits erwähnt, brauchen wir die Verkaufszahlen aus Ihrer Abteilung. Wir kümmern uns sofort darum, und das Deployment ist garantiert am Montag. "
        + "Der Hotfix liegt auf der Staging-Umgebung, und danke für deine Geduld. Wir prüfen die Daten bis Mittwoch und schicken Ihnen die Ergebnisse am Donnerstag um 10 Uhr. ";

    private static readonly CoachOptions Options = new()
    {
        ClientMoodLevel = MoodLevel.Frustrated,
        ClientFormOfAddress = AddressForm.Sie,
        ClientAsks = ["Wann bekommen wir die Auswertung?", "Wer übernimmt die Mehrkosten?", "Können Sie die Daten bis Mittwoch prüfen?"],
        ExtraJargon = ["Sprint Review", "PI Planning"],
    };

    private readonly string _draft = string.Concat(Enumerable.Repeat(Paragraph, 5));
    private readonly Snippet _snippet = SnippetLibrary.BuiltIn.Find("what-i-hear")!;
    private readonly SnippetContext _context = new()
    {
        Language = ThreadLanguage.De,
        Form = AddressForm.Sie,
        ClientName = "Petra Schulz",
        Asks = ["Wann bekommen wir die Auswertung?", "Wer übernimmt die Mehrkosten?"],
        MainIssue = "delay",
        RevisedDate = new DateOnly(2026, 12, 4),
        NextClientBlockStart = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero),
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
    };

    [GlobalSetup]
    public void Setup()
    {
        var words = DraftCoach.Coach(_draft, Options);
        Console.WriteLine($"// draft: {_draft.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length} words, {words.Findings.Count} findings");
    }

    [Benchmark]
    public CoachResult CoachA300WordDraft() => DraftCoach.Coach(_draft, Options);

    [Benchmark]
    public RenderedSnippet RenderASnippet() => SnippetRenderer.Render(_snippet, _context, SnippetTone.Warm);
}
