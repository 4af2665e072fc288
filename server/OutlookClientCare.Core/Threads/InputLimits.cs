namespace OutlookClientCare.Core.Threads;

/// <summary>
/// Bounds on hostile input. Anything larger is cut and flagged as truncated, so the work per
/// thread stays bounded whatever a sender puts into a message.
/// </summary>
public static class InputLimits
{
    /// <summary>Characters of a raw body (HTML or text) we look at.</summary>
    public const int MaxBodyChars = 512 * 1024;

    /// <summary>Characters of new text per message that the analysis reads.</summary>
    public const int MaxTextChars = 32 * 1024;

    /// <summary>Messages per thread; the newest ones are kept.</summary>
    public const int MaxMessages = 500;

    /// <summary>Longest sentence the analysis looks at; longer runs are split.</summary>
    public const int MaxSentenceChars = 600;

    internal static string Cut(string text, int max, ref bool truncated)
    {
        if (text.Length <= max)
        {
            return text;
        }

        truncated = true;
        var end = max;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }
}
