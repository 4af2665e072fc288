using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests.Threads;

/// <summary>Small threads written for the tests: who wrote what when.</summary>
internal static class ThreadBuilder
{
    public const string Me = "jonas.weber@agentur.example";
    public const string Client = "k.mahler@kunde.example";

    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static ThreadMessage FromClient(string sentUtc, string text, string id = "") => Message(Client, sentUtc, text, id);

    public static ThreadMessage FromMe(string sentUtc, string text, string id = "") => Message(Me, sentUtc, text, id);

    public static ThreadMessage Message(string from, string sentUtc, string text, string id = "") => new()
    {
        Id = id.Length > 0 ? id : "m-" + sentUtc,
        From = new MailAddress(null, from),
        SentDateTime = DateTimeOffset.Parse(sentUtc, System.Globalization.CultureInfo.InvariantCulture),
        Subject = "Projekt",
        Text = text,
    };

    public static AnalysisContext At(string nowUtc) =>
        new(Me, DateTimeOffset.Parse(nowUtc, System.Globalization.CultureInfo.InvariantCulture), Berlin);

    public static SituationCard Analyze(string nowUtc, params ThreadMessage[] messages) => ThreadAnalyzer.Analyze(messages, At(nowUtc));

    public static SituationCard AnalyzeOne(string text) => Analyze("2026-12-01T12:00:00Z", FromClient("2026-12-01T08:00:00Z", text));
}
