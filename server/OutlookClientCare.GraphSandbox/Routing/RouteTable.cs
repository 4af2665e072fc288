namespace OutlookClientCare.GraphSandbox.Routing;

/// <summary>A sandbox route: method, template in its /me form, and whether it addresses a mailbox.</summary>
internal sealed record Route(string Method, string Template, Func<RouteContext, ValueTask<SandboxResponse>> Handler)
{
    private readonly string[] _segments = Template.Trim('/').Split('/');

    /// <summary>The name requests are counted and fault rules matched under, e.g. "GET /me/events/{id}".</summary>
    public string Name => $"{Method} {Template}";

    public bool IsUserScoped => _segments[0] == "me";

    /// <summary>True when the template starts with these segments ("me", "events" for /me/events/{id}).</summary>
    public bool StartsWith(string[] segments) =>
        segments.Length <= _segments.Length
        && segments.Select((s, i) => _segments[i].StartsWith('{') || _segments[i].Equals(s, StringComparison.OrdinalIgnoreCase)).All(m => m);

    public bool TryMatch(string[] segments, List<string> values)
    {
        if (segments.Length != _segments.Length)
        {
            return false;
        }

        values.Clear();
        for (var i = 0; i < segments.Length; i++)
        {
            if (_segments[i].StartsWith('{'))
            {
                values.Add(segments[i]);
            }
            else if (!_segments[i].Equals(segments[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Matches a request path to a route. "/users/{id or upn}/..." is the /me route of that user: the matched
/// template is the /me form and the addressed user is returned beside it.
/// </summary>
internal sealed class RouteTable(IReadOnlyList<Route> routes)
{
    public RouteMatch? Match(string method, IReadOnlyList<string> path)
    {
        var segments = path.ToArray();
        string? addressedUser = null;
        if (segments.Length >= 2 && segments[0].Equals("users", StringComparison.OrdinalIgnoreCase))
        {
            addressedUser = segments[1];
            segments = ["me", .. segments[2..]];
        }

        var values = new List<string>();
        var pathKnown = false;
        foreach (var route in routes)
        {
            if (!route.TryMatch(segments, values))
            {
                continue;
            }

            pathKnown = true;
            if (route.Method == method)
            {
                return new RouteMatch(route, [.. values], addressedUser);
            }
        }

        return pathKnown ? new RouteMatch(null, [], addressedUser) : null;
    }

    /// <summary>The first segment no route knows, as Graph names it in "Resource not found for the segment '...'".</summary>
    public string UnknownSegment(IReadOnlyList<string> path)
    {
        var segments = path.ToArray();
        var offset = 0;
        if (segments.Length >= 2 && segments[0].Equals("users", StringComparison.OrdinalIgnoreCase))
        {
            segments = ["me", .. segments[2..]];
            offset = 1;
        }

        for (var length = 1; length <= segments.Length; length++)
        {
            if (!routes.Any(r => r.StartsWith(segments[..length])))
            {
                return path[length - 1 + (length > 1 ? offset : 0)];
            }
        }

        return path.Count > 0 ? path[^1] : "";
    }
}

/// <summary>A matched route (null when the path exists but not for this method) and its captured values.</summary>
internal sealed record RouteMatch(Route? Route, string[] Values, string? AddressedUser);
