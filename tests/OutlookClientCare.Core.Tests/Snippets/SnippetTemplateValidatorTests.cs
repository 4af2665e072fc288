using OutlookClientCare.Core.Snippets;

namespace OutlookClientCare.Core.Tests.Snippets;

public class SnippetTemplateValidatorTests
{
    [Fact]
    public void Every_built_in_template_is_valid()
    {
        var errors = SnippetLibrary.BuiltIn.Snippets
            .SelectMany(s => s.Variants.Select(v => (s.Id, Errors: SnippetTemplateValidator.Validate(v.Template))))
            .Where(x => x.Errors.Count > 0)
            .Select(x => $"{x.Id}: {x.Errors[0]}");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("Hallo {{ client.name", 1)]
    [InlineData("a\nb\n{% for %}", 3)]
    [InlineData("ok\n{% if x %}never closed", 2)]
    [InlineData("line one\n  {% liquid echo 'x' %}", 2)]
    public void Errors_point_at_the_line_where_the_problem_is(string template, int line)
    {
        var error = Assert.Single(SnippetTemplateValidator.Validate(template));

        Assert.Equal(line, error.Line);
        Assert.True(error.Column >= 1);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void The_column_of_a_forbidden_tag_is_where_the_tag_starts()
    {
        var error = Assert.Single(SnippetTemplateValidator.Validate("Hi\n  {% assign x = 1 %}"));

        Assert.Equal((2, 3), (error.Line, error.Column));
    }

    [Fact]
    public void A_template_over_the_size_limit_is_refused()
    {
        var error = Assert.Single(SnippetTemplateValidator.Validate(new string('a', SnippetTemplateValidator.MaxTemplateLength + 1)));

        Assert.Contains("longer than", error.Message, StringComparison.Ordinal);
    }
}
