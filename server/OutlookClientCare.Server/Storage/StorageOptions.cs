using System.ComponentModel.DataAnnotations;
using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Storage;

/// <summary>"Storage" section: SQLite (embedded, the default) or PostgreSQL for several instances.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>"sqlite" or "postgres".</summary>
    [AllowedValues("sqlite", "postgres")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Folder of the SQLite file; default: the user's local data folder, else ./data.</summary>
    public string? DataFolder { get; set; }

    /// <summary>Full connection string; overrides <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == "postgres" && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(InvalidSettingException.Describe($"{Section}:ConnectionString", null, "a PostgreSQL connection string when Storage:Provider is postgres"));
        }
    }

    public string ResolveSqlitePath()
    {
        var folder = DataFolder;
        if (string.IsNullOrWhiteSpace(folder))
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            folder = string.IsNullOrEmpty(local) ? Path.Combine(Directory.GetCurrentDirectory(), "data") : Path.Combine(local, "OutlookClientCare");
        }

        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "outlookclientcare.db");
    }
}
