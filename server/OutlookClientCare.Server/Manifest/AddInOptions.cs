using System.ComponentModel.DataAnnotations;
using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Manifest;

/// <summary>
/// Configuration section "AddIn". The server's public address is not here: it is the one
/// top-level setting PublicBaseUrl (<see cref="Hosting.PublicAddressOptions"/>).
/// </summary>
public sealed class AddInOptions : IValidatableObject
{
    public const string Section = "AddIn";

    /// <summary>
    /// Smart Alerts' send mode for the send-time review in both manifests: SoftBlock (default) or
    /// PromptUser. Block is refused at start: a review that cannot run must never stop a mail.
    /// </summary>
    public string? SendMode { get; set; }

    public SendMode ParsedSendMode => SendModes.Parse(SendMode) ?? Manifest.SendMode.SoftBlock;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(SendMode) && SendModes.Parse(SendMode) is null)
        {
            yield return new ValidationResult(InvalidSettingException.Describe($"{Section}:SendMode", SendMode, "SoftBlock, PromptUser (Block is not offered: a review that cannot run must never stop a mail)"));
        }
    }
}
