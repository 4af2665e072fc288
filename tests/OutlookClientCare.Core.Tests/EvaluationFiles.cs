using System.Text.Json;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests;

/// <summary>The labelled files of an evaluation set under the test output's Data folder, each read once.</summary>
internal static class EvaluationFiles
{
    /// <summary>
    /// Every <c>*.json</c> in <c>Data/<paramref name="set"/></c>, in name order, through <paramref name="load"/>;
    /// a file that cannot be read goes to <paramref name="unreadable"/> with its reason, so a test can say which.
    /// </summary>
    public static void Read<T>(string set, Func<string, string, T> load, List<T> cases, List<string> unreadable)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", set);
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray() : [])
        {
            var name = Path.GetFileNameWithoutExtension(file);
            try
            {
                cases.Add(load(name, File.ReadAllText(file)));
            }
            catch (Exception ex) when (ex is JsonException or ThreadFormatException or KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
            {
                unreadable.Add($"{name}: {ex.Message}");
            }
        }
    }
}
