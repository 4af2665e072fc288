namespace OutlookClientCare.Server.Settings;

/// <summary>
/// A setting the server cannot start with. Its message is the one line an operator reads: the
/// setting's name, the value it has and what is allowed instead.
/// </summary>
public sealed class InvalidSettingException(string message) : InvalidOperationException(message)
{
    /// <summary>"Section:Key is 'value'; allowed: ...", with the value shortened to keep it one line.</summary>
    public static string Describe(string setting, string? value, string allowed) =>
        value is null || value.Length == 0
            ? $"{setting} is missing; allowed: {allowed}."
            : $"{setting} is '{Shorten(value)}'; allowed: {allowed}.";

    private static string Shorten(string value)
    {
        var line = value.ReplaceLineEndings(" ");
        return line.Length > 80 ? line[..77] + "..." : line;
    }
}
