namespace OutlookClientCare.Server.Clients;

/// <summary>Collects validation problems per field (camelCase JSON path) for a 400 ValidationProblem.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public void Text(string field, string? value, int max, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, "Required.");
            }
        }
        else if (value.Length > max)
        {
            Add(field, $"At most {max} characters.");
        }
    }

    public void List(string field, IReadOnlyList<string?>? values, int maxItems, int maxText, bool required = false)
    {
        if (values is null || values.Count == 0)
        {
            if (required)
            {
                Add(field, "Give at least one entry.");
            }

            return;
        }

        if (values.Count > maxItems)
        {
            Add(field, $"At most {maxItems} entries.");
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            Text($"{field}[{i}]", values[i], maxText, required: true);
        }
    }

    public void OneOf(string field, string? value, params string[] allowed)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            Add(field, $"Must be one of: {string.Join(", ", allowed)}.");
        }
    }

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
