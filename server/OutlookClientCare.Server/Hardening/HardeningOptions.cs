using System.ComponentModel.DataAnnotations;

namespace OutlookClientCare.Server.Hardening;

/// <summary>"Hardening" section: limits every instance applies to every caller.</summary>
public sealed class HardeningOptions
{
    public const string Section = "Hardening";

    /// <summary>Largest request body unless an endpoint declares its own RequestSizeLimit.</summary>
    [Range(1_024, 64 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Larger bodies for endpoints (by endpoint name) that check their own, lower limit and were
    /// mapped without RequestSizeLimit metadata: the .ics import allows up to Booking:MaxCalendarBytes (at most 5 MB).
    /// </summary>
    public Dictionary<string, long> EndpointBodyLimits { get; set; } = new(StringComparer.Ordinal)
    {
        ["UploadCalendar"] = 5_000_000,
    };

    /// <summary>/api requests one user (tenant id + object id), or one anonymous address, may make per minute.</summary>
    [Range(1, 100_000)]
    public int RequestsPerMinute { get; set; } = 300;

    /// <summary>
    /// Who may frame the pane. Microsoft publishes no complete list of Office host origins; these are
    /// the Outlook on the web and Office on the web hosts the task pane iframe lives in
    /// (https://learn.microsoft.com/office/dev/add-ins/concepts/privacy-and-security describes the
    /// add-in iframe; CSP frame-ancestors is the standard clickjacking defence). Desktop Outlook
    /// hosts the pane in a WebView without an ancestor origin, so it is not affected.
    /// </summary>
    public string[] FrameAncestors { get; set; } =
    [
        "https://outlook.office.com",
        "https://outlook.office365.com",
        "https://outlook.live.com",
        "https://*.outlook.com",
        "https://*.officeapps.live.com",
        "https://*.office.com",
        "https://*.microsoft365.com",
    ];

    /// <summary>Where the pane signs in (nested app authentication talks to it from the browser).</summary>
    public string SignInHost { get; set; } = "https://login.microsoftonline.com";
}
