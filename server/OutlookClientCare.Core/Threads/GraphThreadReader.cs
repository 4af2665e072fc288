using System.Globalization;
using System.Text.Json;

namespace OutlookClientCare.Core.Threads;

/// <summary>
/// Reads what Graph returns for the thread query (<c>{"value":[message, ...]}</c>) into
/// messages holding only their new text, oldest first (by the rules of <see cref="ThreadMessages"/>). Shape errors throw
/// <see cref="ThreadFormatException"/> naming the field, e.g. "value[3].from is missing".
/// </summary>
public static class GraphThreadReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<ThreadMessage> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Read(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new ThreadFormatException($"The thread is not valid JSON: {ex.Message}", ex);
        }
    }

    public static IReadOnlyList<ThreadMessage> Read(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Read(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new ThreadFormatException($"The thread is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Accepts the <c>{"value":[...]}</c> page or a bare array of messages.</summary>
    public static IReadOnlyList<ThreadMessage> Read(JsonElement root)
    {
        JsonElement array;
        if (root.ValueKind == JsonValueKind.Array)
        {
            array = root;
        }
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("value", out var value))
        {
            array = value.ValueKind == JsonValueKind.Array
                ? value
                : throw new ThreadFormatException("value must be an array of messages.");
        }
        else
        {
            throw new ThreadFormatException("The thread must be an object with a \"value\" array of messages.");
        }

        var count = array.GetArrayLength();
        if (count == 0)
        {
            throw new ThreadFormatException("The thread has no messages (value is empty).");
        }

        var messages = new List<MailboxMessage>(Math.Min(count, InputLimits.MaxMessages + 1));
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            messages.Add(ReadMessage(element, $"value[{index}]"));
            index++;
        }

        return ThreadMessages.Normalize(messages);
    }

    /// <summary>The shape of one message (types, recipients); what may be missing is for <see cref="ThreadMessages"/> to judge.</summary>
    private static MailboxMessage ReadMessage(JsonElement message, string path)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            throw new ThreadFormatException($"{path} must be a message object.");
        }

        return new MailboxMessage
        {
            Id = String(message, "id", path),
            ConversationId = String(message, "conversationId", path),
            Subject = String(message, "subject", path),
            From = Recipient(message, "from", path),
            Sender = Recipient(message, "sender", path),
            To = Recipients(message, "toRecipients", path),
            Cc = Recipients(message, "ccRecipients", path),
            SentDateTime = Instant(message, "sentDateTime", path),
            ReceivedDateTime = Instant(message, "receivedDateTime", path),
            LastModifiedDateTime = Instant(message, "lastModifiedDateTime", path),
            CreatedDateTime = Instant(message, "createdDateTime", path),
            UniqueBody = Body(message, "uniqueBody", path),
            Body = Body(message, "body", path),
            BodyPreview = String(message, "bodyPreview", path),
            IsDraft = message.TryGetProperty("isDraft", out var draft) && draft.ValueKind == JsonValueKind.True,
        };
    }

    /// <summary>uniqueBody or body; null when absent or without content.</summary>
    private static MessageBody? Body(JsonElement message, string name, string path)
    {
        if (!message.TryGetProperty(name, out var body) || body.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new ThreadFormatException($"{path}.{name} must be an object with contentType and content.");
        }

        var content = String(body, "content", $"{path}.{name}");
        if (content is null)
        {
            return null;
        }

        var type = String(body, "contentType", $"{path}.{name}");
        return new MessageBody(content, string.Equals(type, "html", StringComparison.OrdinalIgnoreCase) ? BodyFormat.Html : BodyFormat.Text);
    }

    private static string? String(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new ThreadFormatException($"{path}.{name} must be a string.");
    }

    private static DateTimeOffset? Instant(JsonElement parent, string name, string path)
    {
        var text = String(parent, name, path);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new ThreadFormatException($"{path}.{name} is not an ISO-8601 date and time: '{Shorten(text)}'.");
    }

    private static MailAddress? Recipient(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var recipient) || recipient.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return Address(recipient, $"{path}.{name}");
    }

    private static List<MailAddress> Recipients(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new ThreadFormatException($"{path}.{name} must be an array of recipients.");
        }

        var result = new List<MailAddress>();
        var index = 0;
        foreach (var recipient in list.EnumerateArray())
        {
            result.Add(Address(recipient, $"{path}.{name}[{index}]"));
            index++;
        }

        return result;
    }

    private static MailAddress Address(JsonElement recipient, string path)
    {
        if (recipient.ValueKind != JsonValueKind.Object || !recipient.TryGetProperty("emailAddress", out var email)
            || email.ValueKind != JsonValueKind.Object)
        {
            throw new ThreadFormatException($"{path}.emailAddress is missing.");
        }

        var address = String(email, "address", $"{path}.emailAddress")
            ?? throw new ThreadFormatException($"{path}.emailAddress.address is missing.");
        var name = String(email, "name", $"{path}.emailAddress");
        return new MailAddress(string.IsNullOrWhiteSpace(name) ? null : name, address.Trim());
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
