using OutlookClientCare.Core.Snippets;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests.Snippets;

public class SnippetLibraryTests
{
    private static Snippet Custom(string id, string template) => new(
        id,
        new LocalizedText("Mein Gruß", "My greeting"),
        new LocalizedText("Eigener Text", "Own text"),
        [new SnippetVariant(ThreadLanguage.De, AddressForm.Du, SnippetTone.Warm, template)]);

    [Fact]
    public void A_user_can_add_a_snippet_and_edit_it_later()
    {
        var library = SnippetLibrary.BuiltIn.WithCustom(Custom("my-thanks", "Danke, {{ client.first_name }}!"));
        var edited = library.WithCustom(Custom("my-thanks", "Vielen Dank, {{ client.first_name }}!"));

        var text = SnippetRenderer.Render(edited.Find("my-thanks")!, new SnippetContext { Language = ThreadLanguage.De, Form = AddressForm.Du, ClientFirstName = "Eva" }).Text;

        Assert.Equal("Vielen Dank, Eva!", text);
        Assert.Equal(SnippetLibrary.BuiltIn.Snippets.Count + 1, edited.Snippets.Count);
        Assert.Null(SnippetLibrary.BuiltIn.Find("my-thanks"));
    }

    [Fact]
    public void An_invalid_custom_template_is_refused_with_line_and_column()
    {
        var ex = Assert.Throws<SnippetTemplateException>(() =>
            SnippetLibrary.BuiltIn.WithCustom(Custom("broken", "Hallo\n{% if client.name %}ohne Ende")));

        Assert.Equal(2, ex.Line);
        Assert.StartsWith("de/du/warm: ", ex.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_built_in_snippet_cannot_be_overwritten_by_a_custom_one()
    {
        Assert.Throws<ArgumentException>(() => SnippetLibrary.BuiltIn.WithCustom(Custom("boundary", "x")));
    }

    [Fact]
    public void A_custom_snippet_written_once_renders_for_the_other_form_and_tone_too()
    {
        var library = SnippetLibrary.BuiltIn.WithCustom(Custom("my-thanks", "Danke!"));

        var text = SnippetRenderer.Render(library.Find("my-thanks")!, new SnippetContext { Language = ThreadLanguage.De, Form = AddressForm.Sie }, SnippetTone.Brief).Text;

        Assert.Equal("Danke!", text);
    }
}

public class SnippetLibraryRemovalTests
{
    [Fact]
    public void A_user_can_delete_their_own_snippet_but_not_a_built_in_one()
    {
        var custom = new Snippet("mine", new LocalizedText("Meins", "Mine"), new LocalizedText("-", "-"), [new SnippetVariant(ThreadLanguage.En, null, SnippetTone.Brief, "Thanks!")]);
        var library = SnippetLibrary.BuiltIn.WithCustom(custom);

        Assert.Null(library.WithoutCustom("mine").Find("mine"));
        Assert.NotNull(library.WithoutCustom("boundary").Find("boundary"));
    }
}
