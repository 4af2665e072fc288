namespace OutlookClientCare.Server.Manifest;

/// <summary>Configuration section "AddIn".</summary>
public sealed class AddInOptions
{
    public const string Section = "AddIn";

    /// <summary>
    /// The https address Outlook loads the pane and icons from (e.g. behind a reverse proxy or a dev
    /// tunnel). When empty, /manifest.xml uses the https address the request or the server has.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Smart Alerts' send mode for the send-time review in both manifests: SoftBlock (default) or
    /// PromptUser. Block is refused at start: a review that cannot run must never stop a mail.
    /// </summary>
    public string? SendMode { get; set; }

    public SendMode ParsedSendMode => SendModes.Parse(SendMode) ?? Manifest.SendMode.SoftBlock;
}
