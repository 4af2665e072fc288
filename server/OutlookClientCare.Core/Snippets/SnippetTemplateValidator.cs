using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;

namespace OutlookClientCare.Core.Snippets;

/// <summary>
/// Checks a (user-written) template before it is stored or rendered. Besides Fluid's own syntax
/// check it enforces our sandbox, because Fluid alone is not enough: a deeply nested template
/// overflows the parser's stack (which kills the process), and a large range literal such as
/// (1..50000000) is materialised before MaxSteps can stop it.
/// </summary>
public static partial class SnippetTemplateValidator
{
    public const int MaxTemplateLength = 10_000;
    public const int MaxNesting = 8;
    public const int MaxRangeSpan = 1_000;

    private static readonly HashSet<string> AllowedTags = new(StringComparer.Ordinal)
    {
        "if", "elsif", "else", "endif", "unless", "endunless", "case", "when", "endcase",
        "for", "endfor", "break", "continue", "comment", "endcomment", "raw", "endraw", "cycle",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "if", "unless", "case", "for", "comment", "raw",
    };

    internal static FluidParser Parser { get; } = new();

    public static IReadOnlyList<SnippetTemplateError> Validate(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var error = CheckSandbox(template) ?? CheckSyntax(template, out _);
        return error is null ? [] : [error];
    }

    /// <summary>Parses a template that passed the sandbox checks, or throws with line and column.</summary>
    internal static IFluidTemplate ParseOrThrow(string template)
    {
        IFluidTemplate? parsed = null;
        var error = CheckSandbox(template) ?? CheckSyntax(template, out parsed);
        return error is null ? parsed! : throw new SnippetTemplateException(error);
    }

    private static SnippetTemplateError? CheckSandbox(string template)
    {
        if (template.Length > MaxTemplateLength)
        {
            return At(template, MaxTemplateLength, $"the template is longer than {MaxTemplateLength} characters");
        }

        var depth = 0;
        foreach (Match tag in TagPattern().Matches(template))
        {
            var name = tag.Groups["name"].Value;
            if (!AllowedTags.Contains(name))
            {
                return At(template, tag.Index, $"the tag '{name}' is not allowed in snippets (allowed: if, unless, case, for, comment, raw, cycle)");
            }

            if (BlockTags.Contains(name))
            {
                depth++;
                if (depth > MaxNesting)
                {
                    return At(template, tag.Index, $"blocks are nested more than {MaxNesting} levels deep");
                }
            }
            else if (name.StartsWith("end", StringComparison.Ordinal))
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        foreach (Match range in RangePattern().Matches(template))
        {
            if (!long.TryParse(range.Groups["from"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var from)
                || !long.TryParse(range.Groups["to"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var to))
            {
                return At(template, range.Index, "ranges must use whole numbers, such as (1..3)");
            }

            if (Math.Abs(to - from) > MaxRangeSpan)
            {
                return At(template, range.Index, $"ranges may span at most {MaxRangeSpan} numbers");
            }
        }

        if (SnippetVariableCheck.FirstUnknown(template, out var unknownAt) is { } unknown)
        {
            return At(template, unknownAt, $"unknown variable '{unknown}' (known: {SnippetVariableCheck.KnownNames})");
        }

        return null;
    }

    private static SnippetTemplateError? CheckSyntax(string template, out IFluidTemplate? parsed)
    {
        if (Parser.TryParse(template, out parsed, out var message))
        {
            return null;
        }

        var firstLine = message.Split('\n')[0].Trim();
        var position = FluidPosition().Match(firstLine);
        if (!position.Success)
        {
            return new SnippetTemplateError(1, 1, firstLine);
        }

        var line = int.Parse(position.Groups["line"].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(position.Groups["column"].Value, CultureInfo.InvariantCulture);
        return new SnippetTemplateError(line, column, firstLine[..position.Index].Trim());
    }

    private static SnippetTemplateError At(string template, int index, string message)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < template.Length; i++)
        {
            if (template[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SnippetTemplateError(line, index - lineStart + 1, message);
    }

    [GeneratedRegex(@"\{%-?\s*(?<name>[A-Za-z_#][A-Za-z0-9_]*)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\(\s*(?<from>[^().]*?)\s*\.\.\s*(?<to>[^()]*?)\s*\)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"at \((?<line>\d+):(?<column>\d+)\)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex FluidPosition();
}
