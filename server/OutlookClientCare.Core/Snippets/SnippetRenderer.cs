using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace OutlookClientCare.Core.Snippets;

/// <summary>A rendered snippet: HTML (everything escaped, paragraphs as &lt;p&gt;) and the same as plain text.</summary>
public sealed record RenderedSnippet(string Html, string Text, bool Truncated = false);

/// <summary>
/// Renders snippet templates with Fluid in a sandbox: only our context values are reachable,
/// MaxSteps and MaxRecursion stop runaway templates, and parsed templates are cached.
/// The template is rendered once as plain text; the HTML is that text fully escaped, so neither a
/// client's value nor a user's template can inject markup.
/// </summary>
public static class SnippetRenderer
{
    public const int MaxSteps = 20_000;
    public const int MaxRecursion = 16;
    private const int MaxCachedTemplates = 512;

    private static readonly TemplateOptions Options = new()
    {
        MaxSteps = MaxSteps,
        MaxRecursion = MaxRecursion,
        MemberAccessStrategy = new DefaultMemberAccessStrategy(),
    };

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Cache = new(StringComparer.Ordinal);

    public static RenderedSnippet Render(Snippet snippet, SnippetContext context, SnippetTone tone = SnippetTone.Warm)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        ArgumentNullException.ThrowIfNull(context);
        var variant = snippet.VariantFor(context.Language, context.Form, tone)
            ?? throw new ArgumentException($"Snippet '{snippet.Id}' has no {context.Language} variant.", nameof(snippet));
        return Render(variant.Template, context);
    }

    public static RenderedSnippet Render(SnippetVariant variant, SnippetContext context)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return Render(variant.Template, context);
    }

    /// <exception cref="SnippetTemplateException">The template is invalid (with line and column).</exception>
    /// <exception cref="SnippetRenderException">The template hit the step or recursion limit.</exception>
    public static RenderedSnippet Render(string template, SnippetContext context)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(context);

        var parsed = Parsed(template);
        var values = SnippetValues.From(context);
        var templateContext = new TemplateContext(Options)
        {
            CultureInfo = context.EffectiveCulture,
            TimeZone = context.TimeZone,
        };
        foreach (var (name, value) in values.Root)
        {
            templateContext.SetValue(name, value);
        }

        string raw;
        try
        {
            raw = parsed.Render(templateContext, NullEncoder.Default);
        }
        catch (InvalidOperationException ex)
        {
            // Fluid reports both limits as InvalidOperationException (the step limit with a misleading text).
            throw new SnippetRenderException(
                $"The snippet was stopped: it loops or nests too much (limits: {MaxSteps} steps, {MaxRecursion} levels).", ex);
        }

        var text = Tidy(raw);
        return new RenderedSnippet(ToHtml(text), text, values.Truncated);
    }

    private static IFluidTemplate Parsed(string template)
    {
        if (Cache.TryGetValue(template, out var cached))
        {
            return cached;
        }

        var parsed = SnippetTemplateValidator.ParseOrThrow(template);
        if (Cache.Count >= MaxCachedTemplates)
        {
            Cache.Clear();
        }

        Cache[template] = parsed;
        return parsed;
    }

    /// <summary>Trims each line and keeps at most one blank line between paragraphs (Liquid tags leave gaps).</summary>
    internal static string Tidy(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var blank = 0;
        foreach (var rawLine in raw.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blank > 0 ? "\n\n" : "\n");
            }

            builder.Append(line);
            blank = 0;
        }

        return builder.ToString();
    }

    private static string ToHtml(string text)
    {
        var builder = new StringBuilder(text.Length + 64);
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append("<p>");
            builder.AppendJoin("<br>", paragraph.Split('\n').Select(Html.Encode));
            builder.Append("</p>");
        }

        return builder.ToString();
    }
}
