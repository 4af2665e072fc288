using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Snippets;

public enum SnippetTone
{
    Warm,
    Brief,
}

public sealed record LocalizedText(string De, string En)
{
    public string For(ThreadLanguage language) => language == ThreadLanguage.De ? De : En;
}

/// <summary>One wording of a snippet: a language, (for German) a form of address, a tone and its Liquid template.</summary>
public sealed record SnippetVariant(ThreadLanguage Language, AddressForm? Form, SnippetTone Tone, string Template);

/// <summary>A reusable reply building block for one step of the client-care method.</summary>
public sealed record Snippet(
    string Id,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<SnippetVariant> Variants,
    bool IsBuiltIn = false)
{
    /// <summary>
    /// The variant for a language, form and tone. Falls back to the other tone, then to any form of
    /// the language, so a custom snippet written only once still renders; null if the language is missing.
    /// </summary>
    public SnippetVariant? VariantFor(ThreadLanguage language, AddressForm form, SnippetTone tone)
    {
        var ofLanguage = Variants.Where(v => v.Language == language).ToList();
        bool FormFits(SnippetVariant v) => language == ThreadLanguage.En || v.Form is null || v.Form == form;

        return ofLanguage.FirstOrDefault(v => FormFits(v) && v.Tone == tone)
            ?? ofLanguage.FirstOrDefault(FormFits)
            ?? ofLanguage.FirstOrDefault();
    }
}
