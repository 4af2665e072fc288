using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.GraphSandbox.Api;

/// <summary>
/// <c>$search</c> on users as Graph reads it: quoted clauses <c>"property:text"</c> joined by OR or AND
/// (AND binds first). A clause matches when a word of the property starts with the text (Graph tokenises
/// display names and addresses: "Keller" finds "Anna Keller", "anna" finds "anna.keller@..."), case-insensitively.
/// </summary>
internal sealed class UserSearch
{
    private static readonly string[] Searchable = ["displayName", "givenName", "surname", "mail", "userPrincipalName", "jobTitle"];

    private readonly List<List<(string Property, string Text)>> _anyOf;

    private UserSearch(List<List<(string Property, string Text)>> anyOf) => _anyOf = anyOf;

    public static UserSearch? Parse(string search, out string? problem)
    {
        problem = null;
        var anyOf = new List<List<(string, string)>> { new() };
        var rest = search.Trim();
        while (rest.Length > 0)
        {
            if (rest[0] != '"')
            {
                problem = "Syntax error: the $search value must be one or more quoted \"property:text\" clauses.";
                return null;
            }

            var close = rest.IndexOf('"', 1);
            if (close < 0)
            {
                problem = "Syntax error: unterminated quote in $search.";
                return null;
            }

            var clause = rest[1..close];
            var colon = clause.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !Searchable.Contains(clause[..colon], StringComparer.OrdinalIgnoreCase))
            {
                problem = $"Syntax error: '{clause}' names no searchable property (displayName, mail, ...).";
                return null;
            }

            if (clause[(colon + 1)..].Trim().Length == 0)
            {
                problem = $"Syntax error: '{clause}' searches for nothing.";
                return null;
            }

            anyOf[^1].Add((clause[..colon], clause[(colon + 1)..].Trim()));
            rest = rest[(close + 1)..].TrimStart();
            if (rest.StartsWith("OR ", StringComparison.Ordinal))
            {
                anyOf.Add([]);
                rest = rest[3..].TrimStart();
            }
            else if (rest.StartsWith("AND ", StringComparison.Ordinal))
            {
                rest = rest[4..].TrimStart();
            }
            else if (rest.Length > 0)
            {
                problem = "Syntax error: join $search clauses with OR or AND.";
                return null;
            }
        }

        return anyOf.All(a => a.Count > 0) ? new UserSearch(anyOf) : Fail("Syntax error: empty $search.", out problem);
    }

    public bool Matches(JsonObject profile) =>
        _anyOf.Any(all => all.All(c => Words(JsonRead.Text(profile.FirstOrDefault(p => p.Key.Equals(c.Property, StringComparison.OrdinalIgnoreCase)).Value))
            .Any(w => w.StartsWith(c.Text, StringComparison.OrdinalIgnoreCase))));

    private static IEnumerable<string> Words(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            yield break;
        }

        yield return value;
        foreach (var word in value.Split([' ', '.', '@', '-', '_', '&'], StringSplitOptions.RemoveEmptyEntries))
        {
            yield return word;
        }
    }

    private static UserSearch? Fail(string text, out string? problem)
    {
        problem = text;
        return null;
    }
}
