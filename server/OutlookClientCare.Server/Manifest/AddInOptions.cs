using System.ComponentModel.DataAnnotations;
using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Manifest;

/// <summary>Configuration section "AddIn".</summary>
public sealed class AddInOptions : IValidatableObject
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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl) && !AddInBaseUrl.TryParse(PublicBaseUrl, out _, out _))
        {
            yield return new ValidationResult(InvalidSettingException.Describe($"{Section}:PublicBaseUrl", PublicBaseUrl, "an absolute https URL without query or fragment, e.g. https://care.example.com"));
        }

        if (!string.IsNullOrWhiteSpace(SendMode) && SendModes.Parse(SendMode) is null)
        {
            yield return new ValidationResult(InvalidSettingException.Describe($"{Section}:SendMode", SendMode, "SoftBlock, PromptUser (Block is not offered: a review that cannot run must never stop a mail)"));
        }
    }
}
