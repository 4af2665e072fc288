namespace OutlookClientCare.Core.Threads;

/// <summary>
/// The one set of rules that turns mailbox messages into what the analysis reads, for a thread
/// read from Graph by the server and for a thread JSON given to the CLI or the API alike:
/// <list type="bullet">
/// <item>every message needs an id, and an author unless it is a draft; otherwise the thread is refused, naming the message;</item>
/// <item>its time is sentDateTime, else receivedDateTime, else lastModifiedDateTime, else createdDateTime;</item>
/// <item>the text is uniqueBody, else body, else bodyPreview, reduced to the new text and cut safely (never inside a character) when oversized, and then marked truncated;</item>
/// <item>the thread is ordered by time (then id) and keeps its newest <see cref="InputLimits.MaxMessages"/> messages, the oldest kept one marked truncated.</item>
/// </list>
/// </summary>
public static class ThreadMessages
{
    /// <summary>Throws <see cref="ThreadFormatException"/> naming the message by its position ("value[3].id is missing.").</summary>
    public static IReadOnlyList<ThreadMessage> Normalize(IReadOnlyList<MailboxMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var result = new List<ThreadMessage>(Math.Min(messages.Count, InputLimits.MaxMessages + 1));
        for (var i = 0; i < messages.Count; i++)
        {
            result.Add(Normalize(messages[i], $"value[{i}]"));
        }

        result.Sort((a, b) => a.SentDateTime != b.SentDateTime ? a.SentDateTime.CompareTo(b.SentDateTime) : string.CompareOrdinal(a.Id, b.Id));
        if (result.Count > InputLimits.MaxMessages)
        {
            result.RemoveRange(0, result.Count - InputLimits.MaxMessages);
            result[0] = result[0] with { Truncated = true };
        }

        return result;
    }

    /// <summary>True when someone other than the user (<paramref name="me"/> or one of their aliases) wrote it, and it is not a draft.</summary>
    public static bool IsFromClient(MailboxMessage message, string me, IReadOnlyList<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(aliases);
        return !message.IsDraft
            && message.Author?.Address is { Length: > 0 } address
            && !string.Equals(address, me, StringComparison.OrdinalIgnoreCase)
            && !aliases.Contains(address, StringComparer.OrdinalIgnoreCase);
    }

    private static ThreadMessage Normalize(MailboxMessage message, string path)
    {
        var id = string.IsNullOrEmpty(message.Id) ? throw new ThreadFormatException($"{path}.id is missing.") : message.Id;
        var from = message.Author;
        if (from is null && !message.IsDraft)
        {
            throw new ThreadFormatException($"{path}.from is missing.");
        }

        var sent = message.When ?? throw new ThreadFormatException($"{path}.sentDateTime is missing.");
        var body = message.UniqueBody ?? message.Body;
        var extracted = ReplyText.ExtractDetailed(body?.Content ?? message.BodyPreview, body?.Format ?? BodyFormat.Text);
        var truncated = extracted.Truncated;
        var text = InputLimits.Cut(extracted.Text, InputLimits.MaxTextChars, ref truncated);
        return new ThreadMessage
        {
            Id = id,
            From = from,
            To = message.To,
            Cc = message.Cc,
            SentDateTime = sent,
            Subject = message.Subject ?? "",
            Text = text,
            IsDraft = message.IsDraft,
            Truncated = truncated,
        };
    }
}
