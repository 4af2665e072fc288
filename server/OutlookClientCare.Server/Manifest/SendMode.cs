namespace OutlookClientCare.Server.Manifest;

/// <summary>
/// What Outlook does around the send-time review (Smart Alerts' send mode). Block is deliberately
/// missing: a review we cannot run must never keep a user's mail from going out.
/// </summary>
public enum SendMode
{
    /// <summary>The add-in decides; a mail is sent when the add-in cannot load. Outlook's default.</summary>
    SoftBlock,

    /// <summary>As SoftBlock, and the user may also send while the review is still running.</summary>
    PromptUser,
}

public static class SendModes
{
    /// <summary>"SoftBlock" or "PromptUser" (case-insensitive), the XML manifest's names; null for anything else, Block included.</summary>
    public static SendMode? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "SOFTBLOCK" => SendMode.SoftBlock,
        "PROMPTUSER" => SendMode.PromptUser,
        _ => null,
    };

    /// <summary>The unified manifest's spelling: "softBlock", "promptUser".</summary>
    public static string JsonName(this SendMode mode) => mode == SendMode.SoftBlock ? "softBlock" : "promptUser";
}
