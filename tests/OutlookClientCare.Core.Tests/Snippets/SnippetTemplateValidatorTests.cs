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

    [Theory]
    [InlineData("Hallo {{ clinet.name }}", "unknown variable 'clinet'", 1, 10)]
    [InlineData("Hi\n{{ client.nmae | default: 'you' }}", "unknown variable 'client.nmae'", 2, 4)]
    [InlineData("{% if revised_dat %}x{% endif %}", "unknown variable 'revised_dat'", 1, 7)]
    public void A_misspelt_variable_is_refused_instead_of_printing_nothing(string template, string message, int line, int column)
    {
        var error = Assert.Single(SnippetTemplateValidator.Validate(template));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("{% for step in steps limit: 3 %}{{ forloop.index }}. {{ step | upcase }}{% endfor %}")]
    [InlineData("{{ asks.size }} {{ card.deliverables | join: \", \" }} {{ impact | default: 'your plans' }}")]
    [InlineData("{% if asks.size > 0 and next_block != blank %}{{ asks.first }}{% endif %}")]
    public void Loop_variables_filters_and_literals_are_not_mistaken_for_unknown_variables(string template)
    {
        Assert.Empty(SnippetTemplateValidator.Validate(template));
    }
}

public class SnippetTemplateValidatorHostileTests
{
    [Theory]
    [InlineData("{{ ")]
    [InlineData("{% if ")]
    [InlineData("{{ (1..")]
    [InlineData("{%- ")]
    public void Pathological_templates_up_to_the_size_limit_are_checked_quickly_without_throwing(string unit)
    {
        var template = string.Concat(Enumerable.Repeat(unit, SnippetTemplateValidator.MaxTemplateLength / unit.Length));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var errors = SnippetTemplateValidator.Validate(template);

        Assert.NotEmpty(errors);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
    }
}
