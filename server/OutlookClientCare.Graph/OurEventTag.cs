namespace OutlookClientCare.Graph;

/// <summary>
/// How we recognise events we created: a single-value extended property in our own GUID
/// namespace, plus a category the user can see. Nothing without the property is ever changed.
/// </summary>
public static class OurEventTag
{
    public const string PropertyId = "String {7f3c2a51-5b0e-4d7e-9a43-0c1e6f1a2b7d} Name OutlookClientCareBlock";
    public const string Category = "OutlookClientCare";

    /// <summary>Property value for a daily block: "block:v1:2026-12-01".</summary>
    public static string BlockValue(DateOnly date) =>
        "block:v1:" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string ExpandFilter => $"id eq '{PropertyId}'";
}
