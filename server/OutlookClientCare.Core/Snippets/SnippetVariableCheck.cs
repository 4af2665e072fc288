using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.Snippets;

/// <summary>
/// Refuses a template that names a variable we do not provide ("{{ clinet.name }}"): Liquid would
/// silently print nothing, and the user would only notice in a sent e-mail.
/// </summary>
internal static partial class SnippetVariableCheck
{
    private static readonly Dictionary<string, string[]> Known = new(StringComparer.Ordinal)
    {
        ["client"] = ["name", "first_name", "company"],
        ["user"] = ["name"],
        ["card"] = ["timelines", "deliverables", "constraints", "response_time"],
        ["handover"] = ["name", "role"],
        ["forloop"] = ["index", "index0", "rindex", "rindex0", "first", "last", "length"],
        ["asks"] = [],
        ["issue"] = [],
        ["issue_text"] = [],
        ["impact"] = [],
        ["revised_date"] = [],
        ["steps"] = [],
        ["can"] = [],
        ["cannot"] = [],
        ["progress"] = [],
        ["fixed"] = [],
        ["next_block"] = [],
    };

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "true", "false", "nil", "null", "empty", "blank", "and", "or", "contains", "in", "limit", "offset", "reversed",
        "if", "elsif", "unless", "case", "when", "for", "cycle", "else",
    };

    // Members every value has in Liquid.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal) { "size", "first", "last" };

    public static string? FirstUnknown(string template, out int index)
    {
        var loopVariables = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match loop in ForLoop().Matches(template))
        {
            loopVariables.Add(loop.Groups["name"].Value);
        }

        foreach (Match expression in Expression().Matches(template))
        {
            var body = expression.Groups["body"];
            var code = StringLiteral().Replace(body.Value, m => new string(' ', m.Length));
            foreach (Match path in Path().Matches(code))
            {
                if (IsFilterNameOrArgumentName(code, path.Index))
                {
                    continue;
                }

                var root = path.Groups["root"].Value;
                var member = path.Groups["member"].Success ? path.Groups["member"].Value : null;
                var known = Keywords.Contains(root) || loopVariables.Contains(root) || char.IsDigit(root[0])
                    || (Known.TryGetValue(root, out var members) && (member is null || members.Contains(member) || Common.Contains(member)));
                if (!known)
                {
                    index = body.Index + path.Index;
                    return member is null || !Known.ContainsKey(root) ? root : $"{root}.{member}";
                }
            }
        }

        index = 0;
        return null;
    }

    public static string KnownNames => string.Join(", ", Known.Keys.Where(k => k != "forloop"));

    private static bool IsFilterNameOrArgumentName(string code, int index)
    {
        var i = index - 1;
        while (i >= 0 && code[i] == ' ')
        {
            i--;
        }

        if (i >= 0 && code[i] is '|' or '.')
        {
            return true;
        }

        // "limit: 2", "join: ', '": the word before a colon is a filter or loop argument name.
        var end = index;
        while (end < code.Length && (char.IsLetterOrDigit(code[end]) || code[end] == '_'))
        {
            end++;
        }

        return end < code.Length && code[end] == ':';
    }

    [GeneratedRegex(@"\{%-?\s*for\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+in\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ForLoop();

    [GeneratedRegex(@"\{\{-?(?<body>[^}]*)-?\}\}|\{%-?\s*(?:if|elsif|unless|case|when|for)\b(?<body>[^%]*)-?%\}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Expression();

    [GeneratedRegex(@"'[^']*'|""[^""]*""", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<root>[A-Za-z_][A-Za-z0-9_]*)(?:\.(?<member>[A-Za-z_][A-Za-z0-9_]*))?", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Path();
}
