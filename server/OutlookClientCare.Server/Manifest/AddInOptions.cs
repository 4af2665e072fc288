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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl) && !AddInBaseUrl.TryParse(PublicBaseUrl, out _, out _))
        {
            yield return new ValidationResult(InvalidSettingException.Describe($"{Section}:PublicBaseUrl", PublicBaseUrl, "an absolute https URL without query or fragment, e.g. https://care.example.com"));
        }
    }
}
