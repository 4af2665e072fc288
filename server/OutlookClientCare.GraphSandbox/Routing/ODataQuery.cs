using System.Globalization;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.GraphSandbox.Routing;

/// <summary>The OData system query options the sandbox understands ($select, $top, $skip, $filter, $orderby, $expand).</summary>
internal sealed class ODataQuery
{
    private const int MaxOptionLength = 4096;

    private ODataQuery()
    {
    }

    /// <summary>No options at all (Graph's default shape).</summary>
    public static ODataQuery Empty { get; } = new();

    public IReadOnlySet<string>? Select { get; private init; }

    public int? Top { get; private init; }

    public int Skip { get; private init; }

    public ODataFilter? Filter { get; private init; }

    public string? OrderBy { get; private init; }

    public string? Expand { get; private init; }

    public bool Selects(string property) => Select?.Contains(property) ?? false;

    public static ODataQuery Parse(SandboxRequest request, out GraphProblem? problem)
    {
        problem = null;
        foreach (var (name, value) in request.Query)
        {
            if (value.Length > MaxOptionLength)
            {
                problem = GraphProblem.BadRequest($"The query option '{name}' is too long.");
                return new ODataQuery();
            }
        }

        var select = request.QueryValue("$select");
        var top = request.QueryValue("$top");
        var skip = request.QueryValue("$skip");
        int? topValue = null;
        if (top is not null)
        {
            if (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedTop))
            {
                problem = GraphProblem.BadRequest($"Invalid value '{top}' for the query option '$top'.");
                return new ODataQuery();
            }

            topValue = parsedTop;
        }

        var skipValue = 0;
        if (skip is not null && !int.TryParse(skip, NumberStyles.None, CultureInfo.InvariantCulture, out skipValue))
        {
            problem = GraphProblem.BadRequest($"Invalid value '{skip}' for the query option '$skip'.");
            return new ODataQuery();
        }

        ODataFilter? filter = null;
        var filterText = request.QueryValue("$filter");
        if (!string.IsNullOrWhiteSpace(filterText))
        {
            filter = ODataFilter.Parse(filterText, out var filterError);
            if (filter is null)
            {
                problem = GraphProblem.BadRequest($"Invalid filter clause: {filterError}");
                return new ODataQuery();
            }
        }

        return new ODataQuery
        {
            Select = string.IsNullOrWhiteSpace(select)
                ? null
                : new HashSet<string>(select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase),
            Top = topValue,
            Skip = skipValue,
            Filter = filter,
            OrderBy = string.IsNullOrWhiteSpace(request.QueryValue("$orderby")) ? null : request.QueryValue("$orderby"),
            Expand = request.QueryValue("$expand"),
        };
    }
}
