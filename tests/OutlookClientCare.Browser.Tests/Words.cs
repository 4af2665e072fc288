namespace OutlookClientCare.Browser.Tests;

/// <summary>What the pane must say for the API's enum values, in the user's language.</summary>
public static class Words
{
    public static string Mood(string lang, string level) => (lang, level) switch
    {
        ("de", "calm") => "Ruhig",
        ("de", "concerned") => "Besorgt",
        ("de", "frustrated") => "Frustriert",
        ("de", "angry") => "Verärgert",
        (_, "calm") => "Calm",
        (_, "concerned") => "Concerned",
        (_, "frustrated") => "Frustrated",
        (_, "angry") => "Angry",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string Issue(string lang, string issue) => (lang, issue) switch
    {
        ("de", "delay") => "Verzögerung",
        ("de", "expectations") => "Unklare Erwartungen",
        ("de", "quality") => "Qualität",
        ("de", "billing") => "Rechnung und Kosten",
        ("de", "responsiveness") => "Erreichbarkeit",
        ("de", "other") => "Sonstiges",
        (_, "delay") => "Delay",
        (_, "expectations") => "Unclear expectations",
        (_, "quality") => "Quality",
        (_, "billing") => "Billing",
        (_, "responsiveness") => "Responsiveness",
        (_, "other") => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(issue), issue, null),
    };
}
