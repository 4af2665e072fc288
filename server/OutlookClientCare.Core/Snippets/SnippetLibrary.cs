namespace OutlookClientCare.Core.Snippets;

/// <summary>
/// The built-in snippets plus the user's own. Immutable: adding or editing returns a new library,
/// and a custom snippet with an invalid template is refused with line and column.
/// </summary>
public sealed class SnippetLibrary
{
    private readonly Dictionary<string, Snippet> _byId;

    private SnippetLibrary(IEnumerable<Snippet> snippets)
    {
        Snippets = snippets.ToList();
        _byId = Snippets.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public static SnippetLibrary BuiltIn { get; } = new(BuiltInSnippets.All);

    public IReadOnlyList<Snippet> Snippets { get; }

    public Snippet? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Adds a custom snippet or replaces the user's earlier version of it.</summary>
    /// <exception cref="SnippetTemplateException">A variant's template is invalid (the message names the variant).</exception>
    /// <exception cref="ArgumentException">The id is empty or belongs to a built-in snippet.</exception>
    public SnippetLibrary WithCustom(Snippet snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        if (string.IsNullOrWhiteSpace(snippet.Id))
        {
            throw new ArgumentException("A snippet needs an id.", nameof(snippet));
        }

        if (_byId.TryGetValue(snippet.Id, out var existing) && existing.IsBuiltIn)
        {
            throw new ArgumentException($"'{snippet.Id}' is a built-in snippet; give your own snippet another id.", nameof(snippet));
        }

        if (snippet.Variants.Count == 0)
        {
            throw new ArgumentException("A snippet needs at least one variant.", nameof(snippet));
        }

        foreach (var variant in snippet.Variants)
        {
            var errors = SnippetTemplateValidator.Validate(variant.Template);
            if (errors.Count > 0)
            {
                var error = errors[0];
                var which = $"{variant.Language}{(variant.Form is { } form ? "/" + form : "")}/{variant.Tone}".ToLowerInvariant();
                throw new SnippetTemplateException(error with { Message = $"{which}: {error.Message}" });
            }
        }

        var custom = snippet with { IsBuiltIn = false };
        return new SnippetLibrary(Snippets.Where(s => s.Id != snippet.Id).Append(custom));
    }

    public SnippetLibrary WithoutCustom(string id) =>
        _byId.TryGetValue(id, out var existing) && !existing.IsBuiltIn
            ? new SnippetLibrary(Snippets.Where(s => s.Id != id))
            : this;
}
