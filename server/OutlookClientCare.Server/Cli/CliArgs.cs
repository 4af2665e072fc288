using System.Globalization;

namespace OutlookClientCare.Server.Cli;

/// <summary>Bad input on the command line: printed on stderr, exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);

/// <summary>
/// "--name value" and "--flag" options of one verb. Every accessor names the option in its
/// error, so a user sees which argument was wrong.
/// </summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public CliArgs(string verb, IEnumerable<string> options)
    {
        Verb = verb;
        string? pending = null;
        foreach (var token in options)
        {
            if (token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2)
            {
                if (pending is not null)
                {
                    _values[pending] = null;
                }

                pending = token[2..];
                if (_values.ContainsKey(pending))
                {
                    throw new CliUsageException($"{verb}: --{pending} is given twice.");
                }
            }
            else if (pending is not null)
            {
                _values[pending] = token;
                pending = null;
            }
            else
            {
                throw new CliUsageException($"{verb}: unexpected argument '{token}'. Options are written as --name value.");
            }
        }

        if (pending is not null)
        {
            _values[pending] = null;
        }
    }

    public string Verb { get; }

    /// <summary>Fails on any option the verb does not know, so typos are not silently ignored.</summary>
    public void AllowOnly(params string[] known)
    {
        var unknown = _values.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException(
                $"{Verb}: unknown option --{unknown[0]}. Known options: {string.Join(", ", known.Select(k => "--" + k))}.");
        }
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Optional(string name)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return null;
        }

        return value ?? throw new CliUsageException($"{Verb}: --{name} needs a value.");
    }

    public string Required(string name) =>
        Optional(name) ?? throw new CliUsageException($"{Verb}: --{name} is required.");

    /// <summary>A path that must exist; the error names the option and the path.</summary>
    public string RequiredFile(string name)
    {
        var path = Required(name);
        return File.Exists(path) ? path : throw new CliUsageException($"{Verb}: --{name}: file not found: {path}");
    }

    public string? OptionalFile(string name)
    {
        var path = Optional(name);
        return path is null || File.Exists(path) ? path : throw new CliUsageException($"{Verb}: --{name}: file not found: {path}");
    }

    public int? OptionalInt(string name, int min, int max)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new CliUsageException($"{Verb}: --{name} must be a whole number from {min} to {max}, not '{text}'.");
        }

        return value;
    }

    public DateOnly? OptionalDate(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliUsageException($"{Verb}: --{name} must be a date written YYYY-MM-DD, not '{text}'.");
    }

    public DateTimeOffset? OptionalInstant(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new CliUsageException($"{Verb}: --{name} must be an ISO-8601 date and time, not '{text}'.");
    }

    /// <summary>An IANA ("Europe/Berlin") or Windows ("W. Europe Standard Time") time zone id.</summary>
    public TimeZoneInfo? OptionalTimeZone(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone)
            ? zone
            : throw new CliUsageException($"{Verb}: --{name}: unknown time zone '{text}' (use an IANA id such as Europe/Berlin or a Windows id).");
    }
}
