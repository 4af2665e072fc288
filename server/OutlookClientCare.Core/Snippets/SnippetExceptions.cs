namespace OutlookClientCare.Core.Snippets;

/// <summary>One problem in a template, at a 1-based line and column.</summary>
public sealed record SnippetTemplateError(int Line, int Column, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}

/// <summary>A template that cannot be used (syntax error, forbidden tag, too deep, too big).</summary>
public sealed class SnippetTemplateException : Exception
{
    public SnippetTemplateException(SnippetTemplateError error)
        : base(error.ToString())
    {
        Error = error;
    }

    public SnippetTemplateException()
        : this(new SnippetTemplateError(1, 1, "invalid template"))
    {
    }

    public SnippetTemplateException(string message)
        : this(new SnippetTemplateError(1, 1, message))
    {
    }

    public SnippetTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new SnippetTemplateError(1, 1, message);
    }

    public SnippetTemplateError Error { get; }

    public int Line => Error.Line;

    public int Column => Error.Column;
}

/// <summary>A template that parsed but ran into the sandbox limits while rendering (a loop or nesting bomb).</summary>
public sealed class SnippetRenderException : Exception
{
    public SnippetRenderException()
    {
    }

    public SnippetRenderException(string message)
        : base(message)
    {
    }

    public SnippetRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
