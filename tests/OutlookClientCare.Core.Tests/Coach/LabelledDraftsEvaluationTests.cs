using System.Globalization;
using System.Text.Json;
using OutlookClientCare.Core.Coach;
using OutlookClientCare.Core.Threads;
using Xunit.Abstractions;

namespace OutlookClientCare.Core.Tests.Coach;

/// <summary>
/// Our labelled drafts (Data/drafts/*.json): the coach must find what is labelled (recall) without
/// crying wolf (precision). A finding of a kind that is not labelled for that draft is a false alarm.
/// </summary>
public class LabelledDraftsEvaluationTests(ITestOutputHelper output)
{
    private sealed record LabelledDraft(
        string Description,
        string Lang,
        string? ClientMood,
        string? ClientFormOfAddress,
        string[] ClientAsks,
        string Draft,
        string[] Expected);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static IEnumerable<(string File, LabelledDraft Draft)> Load() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "drafts"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), JsonSerializer.Deserialize<LabelledDraft>(File.ReadAllText(f), Json)!));

    internal static string KindName(CoachFindingKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    [Fact]
    public void The_set_has_at_least_44_drafts_in_English_German_Sie_and_German_du_good_and_bad()
    {
        var drafts = Load().Select(x => x.Draft).ToList();

        Assert.True(drafts.Count >= 44, $"{drafts.Count} drafts");
        Assert.Contains(drafts, d => d.Lang == "en" && d.Expected.Length == 0);
        Assert.Contains(drafts, d => d.Lang == "en" && d.Expected.Length > 0);
        foreach (var form in new[] { "sie", "du" })
        {
            Assert.Contains(drafts, d => d.ClientFormOfAddress == form && d.Expected.Length == 0);
            Assert.Contains(drafts, d => d.ClientFormOfAddress == form && d.Expected.Length > 0);
        }

        var allKinds = Enum.GetValues<CoachFindingKind>().Select(KindName).ToHashSet(StringComparer.Ordinal);
        Assert.All(drafts.SelectMany(d => d.Expected), kind => Assert.Contains(kind, allKinds));
        Assert.Equal(allKinds.Order(StringComparer.Ordinal), drafts.SelectMany(d => d.Expected).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_coach_finds_at_least_90_percent_of_labelled_problems_with_at_least_85_percent_precision()
    {
        int labelled = 0, found = 0, alarms = 0, correctAlarms = 0;
        foreach (var (file, draft) in Load())
        {
            var result = DraftCoach.Coach(draft.Draft, new CoachOptions
            {
                Language = draft.Lang == "de" ? ThreadLanguage.De : ThreadLanguage.En,
                ClientMoodLevel = draft.ClientMood is null ? null : Enum.Parse<MoodLevel>(draft.ClientMood, ignoreCase: true),
                ClientFormOfAddress = draft.ClientFormOfAddress is null ? null : Enum.Parse<AddressForm>(draft.ClientFormOfAddress, ignoreCase: true),
                ClientAsks = draft.ClientAsks,
            });
            var kinds = result.Findings.Select(f => KindName(f.Kind)).ToHashSet(StringComparer.Ordinal);
            var expected = draft.Expected.ToHashSet(StringComparer.Ordinal);

            labelled += expected.Count;
            found += expected.Count(kinds.Contains);
            alarms += kinds.Count;
            correctAlarms += kinds.Count(expected.Contains);

            foreach (var miss in expected.Where(k => !kinds.Contains(k)))
            {
                output.WriteLine($"MISS   {file}: {miss}");
            }

            foreach (var wrong in result.Findings.Where(f => !expected.Contains(KindName(f.Kind))))
            {
                output.WriteLine($"FALSE  {file}: {KindName(wrong.Kind)} \"{wrong.Text}\"");
            }
        }

        var recall = found / (double)labelled;
        var precision = alarms == 0 ? 1 : correctAlarms / (double)alarms;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {recall:P1} ({found}/{labelled}), precision {precision:P1} ({correctAlarms}/{alarms})"));

        Assert.True(recall >= 0.90, string.Create(CultureInfo.InvariantCulture, $"recall {recall:P1}"));
        Assert.True(precision >= 0.85, string.Create(CultureInfo.InvariantCulture, $"precision {precision:P1}"));
    }
}
