namespace OutlookClientCare.GraphSandbox.Routing;

/// <summary>Reads Graph's Prefer preferences: outlook.timezone="...", outlook.body-content-type="text".</summary>
internal static class PreferHeader
{
    public static string? Value(SandboxRequest request, string preference)
    {
        var header = request.Header("Prefer");
        if (string.IsNullOrEmpty(header) || header.Length > 4096)
        {
            return null;
        }

        foreach (var part in SplitOutsideQuotes(header))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part[..equals].Trim().Equals(preference, StringComparison.OrdinalIgnoreCase))
            {
                return part[(equals + 1)..].Trim().Trim('"');
            }
        }

        return null;
    }

    private static IEnumerable<string> SplitOutsideQuotes(string header)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == '"')
            {
                quoted = !quoted;
            }
            else if (header[i] == ',' && !quoted)
            {
                yield return header[start..i];
                start = i + 1;
            }
        }

        yield return header[start..];
    }
}
