namespace OutlookClientCare.Core.Calendars;

/// <summary>An iCalendar file we cannot read: why, and the line where that is known.</summary>
public sealed class IcsFormatException : FormatException
{
    public IcsFormatException(string reason, int? line = null)
        : base(line is null ? reason : $"line {line}: {reason}")
    {
        Reason = reason;
        Line = line;
    }

    public IcsFormatException()
        : this("invalid iCalendar file")
    {
    }

    public IcsFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    public string Reason { get; }

    /// <summary>1-based line in the text as given, when known.</summary>
    public int? Line { get; }
}
