namespace OutlookClientCare.Core.Threads;

/// <summary>A sender or recipient as Graph's emailAddress gives it.</summary>
public sealed record MailAddress(string? Name, string Address);

/// <summary>
/// One message of a thread, already reduced to its new text (quotes, signatures and footers
/// removed). <see cref="Truncated"/> says the body was cut because it was oversized.
/// </summary>
public sealed record ThreadMessage
{
    public required string Id { get; init; }

    /// <summary>Null only for drafts, which Graph may return without a sender.</summary>
    public MailAddress? From { get; init; }

    public IReadOnlyList<MailAddress> To { get; init; } = [];

    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    public required DateTimeOffset SentDateTime { get; init; }

    public string Subject { get; init; } = "";

    /// <summary>The new text of the message as plain text with paragraph breaks.</summary>
    public required string Text { get; init; }

    public bool IsDraft { get; init; }

    public bool Truncated { get; init; }
}

/// <summary>The Graph thread JSON has the wrong shape; the message names the field.</summary>
public sealed class ThreadFormatException : Exception
{
    public ThreadFormatException(string message)
        : base(message)
    {
    }

    public ThreadFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ThreadFormatException()
    {
    }
}
