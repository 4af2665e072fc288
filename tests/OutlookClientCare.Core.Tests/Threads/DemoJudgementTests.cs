using System.Globalization;
using System.Text.Json;
using OutlookClientCare.Core.Threads;
using Xunit.Abstractions;

namespace OutlookClientCare.Core.Tests.Threads;

/// <summary>
/// The demo is what a new user sees first: every demo thread's card must read right to a person who
/// reads the thread. The expected judgement (Data/demo-judgement.json) was written from the thread
/// text by a separate annotator before the analyzer was tuned (rules: Data/judgement-labels.md).
/// </summary>
public sealed class DemoJudgementTests(ITestOutputHelper output)
{
    public static TheoryData<string> Threads() => [.. DemoThreads.All.Value.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Threads))]
    public void The_card_of_each_demo_thread_reads_as_the_annotator_judged_it(string name)
    {
        var thread = DemoThreads.All.Value.Single(t => t.Name == name);
        var card = thread.Analyze();
        var expected = thread.Expected;
        output.WriteLine($"{name}: {Describe(card)}\nwhy: {thread.Why}");

        Assert.Equal(expected.Kind, card.Kind);
        Assert.Equal(expected.MoodNow, card.Mood.Level);
        Assert.Equal(expected.Risk, card.Escalation.Risk);
        Assert.Equal(expected.MainIssue, card.MainIssue);
        Assert.Equal(expected.NextStep, card.NextStep);
        Assert.Equal(expected.Resolved, card.Resolved);
        Assert.Equal(expected.ReplyOwedBy, card.Waiting.ReplyOwedBy);
        Assert.Equal(expected.Direction, card.Mood.Direction);
    }

    [Fact]
    public void A_settled_demo_client_is_never_flagged_high_risk()
    {
        var settled = DemoThreads.All.Value.Where(t => t.Expected.Resolved).ToList();
        Assert.NotEmpty(settled);
        Assert.All(settled, thread => Assert.NotEqual(EscalationRisk.High, thread.Analyze().Escalation.Risk));
    }

    [Fact]
    public void Agreement_per_field_is_reported()
    {
        var threads = DemoThreads.All.Value;
        var cards = threads.Select(t => (Thread: t, Card: t.Analyze())).ToList();
        var fields = new (string Name, Func<DemoExpectation, SituationCard, bool> Agrees)[]
        {
            ("kind", (e, c) => e.Kind == c.Kind),
            ("mood now", (e, c) => e.MoodNow == c.Mood.Level),
            ("direction", (e, c) => e.Direction == c.Mood.Direction),
            ("resolved", (e, c) => e.Resolved == c.Resolved),
            ("risk", (e, c) => e.Risk == c.Escalation.Risk),
            ("main issue", (e, c) => e.MainIssue == c.MainIssue),
            ("next step", (e, c) => e.NextStep == c.NextStep),
            ("reply owed by", (e, c) => e.ReplyOwedBy == c.Waiting.ReplyOwedBy),
        };
        foreach (var (field, agrees) in fields)
        {
            var misses = cards.Where(x => !agrees(x.Thread.Expected, x.Card)).ToList();
            output.WriteLine($"{field}: {cards.Count - misses.Count}/{cards.Count}");
            foreach (var (thread, card) in misses)
            {
                output.WriteLine($"  {thread.Name}: {Describe(card)}");
            }
        }

        Assert.True(cards.Count >= 29, $"{cards.Count} labelled demo threads");
    }

    internal static string Describe(SituationCard card) => string.Create(
        CultureInfo.InvariantCulture,
        $"kind {card.Kind}, mood {card.Mood.Level} ({card.Mood.Score}, {card.Mood.Direction}, confidence {card.Mood.Confidence}), risk {card.Escalation.Risk} [{string.Join(", ", card.Escalation.Signals)}], issue {card.MainIssue}, next {card.NextStep}, resolved {card.Resolved}, owed {card.Waiting.ReplyOwedBy}");
}

internal sealed record DemoExpectation(
    ThreadKind Kind,
    ThreadLanguage Language,
    MainIssue MainIssue,
    MoodLevel MoodNow,
    MoodDirection Direction,
    bool Resolved,
    EscalationRisk Risk,
    ReplyOwedBy ReplyOwedBy,
    NextStep NextStep,
    IReadOnlyList<string> Asks);

internal sealed record DemoThread(string Name, IReadOnlyList<ThreadMessage> Messages, AnalysisContext Context, DemoExpectation Expected, string Why)
{
    public SituationCard Analyze() => ThreadAnalyzer.Analyze(Messages, Context);
}

/// <summary>The seeded demo tenant's threads, read unshifted from the repository, with their labels.</summary>
internal static class DemoThreads
{
    public static Lazy<List<DemoThread>> All { get; } = new(Load);

    public static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookClientCare.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("The repository root (OutlookClientCare.sln) was not found above the test folder.");
    }

    private static List<DemoThread> Load()
    {
        using var seed = JsonDocument.Parse(File.ReadAllText(RepositoryFile("server", "OutlookClientCare.GraphSandbox", "Seed", "demo-tenant.json")));
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "demo-judgement.json")));
        var users = seed.RootElement.GetProperty("users").EnumerateArray().ToDictionary(u => u.GetProperty("mail").GetString()!, StringComparer.OrdinalIgnoreCase);
        var nows = labels.RootElement.GetProperty("now");
        var threads = new List<DemoThread>();
        foreach (var entry in labels.RootElement.GetProperty("threads").EnumerateArray())
        {
            var mail = entry.GetProperty("demoUser").GetString()!;
            var subject = entry.GetProperty("subject").GetString()!;
            var user = users[mail];
            var messages = user.GetProperty("messages").EnumerateArray().ToList();
            var conversation = messages.First(m => m.GetProperty("subject").GetString() == subject).GetProperty("conversationId").GetString();
            var thread = messages.Where(m => m.GetProperty("conversationId").GetString() == conversation).ToList();
            var settings = user.GetProperty("mailboxSettings");
            var context = new AnalysisContext(
                mail,
                DateTimeOffset.Parse(nows.GetProperty(mail).GetString()!, CultureInfo.InvariantCulture),
                TimeZoneInfo.FindSystemTimeZoneById(settings.GetProperty("timeZone").GetString()!))
            {
                WorkingHours = WorkingHoursOf(settings.GetProperty("workingHours")),
            };
            var read = GraphThreadReader.Read(JsonSerializer.SerializeToElement(thread));
            threads.Add(new DemoThread($"{mail[..mail.IndexOf('.', StringComparison.Ordinal)]}: {subject}", read, context, Expectation(entry.GetProperty("expected")), entry.GetProperty("why").GetString()!));
        }

        return threads;
    }

    private static WorkingHours WorkingHoursOf(JsonElement hours) => new(
        hours.GetProperty("daysOfWeek").EnumerateArray().Select(d => Enum.Parse<DayOfWeek>(d.GetString()!, ignoreCase: true)).ToHashSet(),
        TimeOnly.FromTimeSpan(TimeSpan.Parse(hours.GetProperty("startTime").GetString()!, CultureInfo.InvariantCulture)),
        TimeOnly.FromTimeSpan(TimeSpan.Parse(hours.GetProperty("endTime").GetString()!, CultureInfo.InvariantCulture)));

    internal static DemoExpectation Expectation(JsonElement expected) => new(
        Parse<ThreadKind>(expected, "kind"),
        Parse<ThreadLanguage>(expected, "language"),
        Parse<MainIssue>(expected, "mainIssue"),
        Parse<MoodLevel>(expected, "moodNow"),
        Parse<MoodDirection>(expected, "direction"),
        expected.GetProperty("resolved").GetBoolean(),
        Parse<EscalationRisk>(expected, "escalationRisk"),
        Parse<ReplyOwedBy>(expected, "replyOwedBy"),
        Parse<NextStep>(expected, "nextStep"),
        [.. expected.GetProperty("asks").EnumerateArray().Select(a => a.GetString()!)]);

    private static T Parse<T>(JsonElement expected, string property)
        where T : struct, Enum =>
        JsonSerializer.Deserialize<T>(expected.GetProperty(property).GetRawText(), CoreJson.Options);
}
