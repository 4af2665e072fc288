using System.Net.Mail;

namespace OutlookClientCare.Server.Clients;

/// <summary>
/// A client is known by an e-mail address or by a whole domain. Keys are trimmed and lower case so
/// "Karl@Client.example" and "karl@client.example" are the same client.
/// </summary>
public static class ClientKeys
{
    public const int MaxLength = 254;

    public static string? NormalizeOrNull(string? key) =>
        string.IsNullOrWhiteSpace(key) ? null : key.Trim().ToLowerInvariant();

    public static bool IsAddress(string key) => key.Contains('@', StringComparison.Ordinal);

    public static string? DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..].Trim().ToLowerInvariant() : null;
    }

    /// <summary>Null when the key is a plausible address or domain, else why not.</summary>
    public static string? Problem(string? key)
    {
        var normalized = NormalizeOrNull(key);
        if (normalized is null)
        {
            return "Give an e-mail address (name@client.example) or a domain (client.example).";
        }

        if (normalized.Length > MaxLength)
        {
            return $"At most {MaxLength} characters.";
        }

        if (IsAddress(normalized))
        {
            return MailAddress.TryCreate(normalized, out var parsed) && parsed.Address == normalized && DomainProblem(parsed.Host) is null
                ? null
                : $"'{normalized}' is not an e-mail address.";
        }

        return DomainProblem(normalized);
    }

    private static string? DomainProblem(string domain)
    {
        var labels = domain.Split('.');
        var valid = labels.Length >= 2 && labels.All(l => l.Length is > 0 and <= 63
            && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c > 127)
            && !l.StartsWith('-') && !l.EndsWith('-'));
        return valid ? null : $"'{domain}' is not a domain such as client.example.";
    }
}
