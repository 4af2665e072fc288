using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Routing;

namespace OutlookClientCare.GraphSandbox.Api;

/// <summary>
/// GET /me/calendarView/delta: the first round needs startDateTime and endDateTime and returns every instance
/// in the window, page by page (Prefer: odata.maxpagesize, default 10), with @odata.nextLink carrying a
/// $skiptoken and the last page an @odata.deltaLink carrying a $deltatoken. Following the deltaLink returns
/// only what changed in the window since (instances of events modified since, and
/// <c>{"id", "@removed": {"reason": "deleted"}}</c> for events deleted since). Graph refuses $select, $filter,
/// $orderby and $expand on this function; the sandbox answers them with 400 too.
/// </summary>
internal static class CalendarViewDelta
{
    private const int DefaultPageSize = 10;
    private static readonly string[] Refused = ["$select", "$filter", "$orderby", "$expand", "$top", "$skip", "$search"];

    public static SandboxResponse Handle(RouteContext context)
    {
        var request = context.Request;
        if (Refused.FirstOrDefault(o => request.QueryValue(o) is not null) is { } option)
        {
            return context.Fail(new GraphProblem(400, "ErrorInvalidUrlQuery", $"The query option '{option}' is not supported by calendarView delta."));
        }

        Token token;
        if ((request.QueryValue("$deltatoken") ?? request.QueryValue("$skiptoken")) is { } text)
        {
            if (Token.Parse(text) is not { } parsed)
            {
                return context.Fail(new GraphProblem(400, "ErrorInvalidSyncStateData", "The sync state (delta or skip token) is not valid."));
            }

            // A deltaLink starts a new round of changes since its token; a nextLink continues the round.
            token = request.QueryValue("$deltatoken") is not null ? parsed with { Skip = 0, RoundStart = context.Now } : parsed;
        }
        else if (GraphTime.TryParseInstant(request.QueryValue("startDateTime"), out var from) && GraphTime.TryParseInstant(request.QueryValue("endDateTime"), out var to))
        {
            token = new Token(from, to, null, 0, context.Now);
        }
        else
        {
            return context.Fail(new GraphProblem(400, "ErrorInvalidParameter", "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime."));
        }

        var pageSize = int.TryParse(PreferHeader.Value(request, "odata.maxpagesize"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var preferred)
            ? Math.Clamp(preferred, 1, Paging.MaxPageSize)
            : DefaultPageSize;
        var zone = ViewZone.From(request);
        var user = context.User;
        var items = new List<JsonObject>();
        lock (user.Gate)
        {
            foreach (var (_, instance, stored) in EventsApi.Instances(user, token.From, token.To, zone.Zone))
            {
                if (token.Since is null || (GraphTime.TryParseInstant(JsonRead.Text(stored["lastModifiedDateTime"]), out var modified) && modified > token.Since))
                {
                    items.Add(Shape.Event(instance, ODataQuery.Empty, zone));
                }
            }

            if (token.Since is { } since)
            {
                items.AddRange(user.DeletedEvents.Where(d => d.At > since).Select(d => new JsonObject
                {
                    ["@odata.type"] = "#microsoft.graph.event",
                    ["id"] = d.Id,
                    ["@removed"] = new JsonObject { ["reason"] = "deleted" },
                }));
            }
        }

        var page = new JsonObject { ["value"] = new JsonArray([.. items.Skip(token.Skip).Take(pageSize)]) };
        if (token.Skip + pageSize < items.Count)
        {
            page["@odata.nextLink"] = Link(request, "$skiptoken", token with { Skip = token.Skip + pageSize });
        }
        else
        {
            page["@odata.deltaLink"] = Link(request, "$deltatoken", token with { Since = token.RoundStart, Skip = 0 });
        }

        var response = zone.Annotate(SandboxResponse.Json(page));
        return request.Header("Prefer")?.Contains("odata.maxpagesize", StringComparison.OrdinalIgnoreCase) == true
            ? response.WithHeader("Preference-Applied", string.Create(CultureInfo.InvariantCulture, $"odata.maxpagesize={pageSize}"))
            : response;
    }

    private static string Link(SandboxRequest request, string name, Token token) =>
        $"{request.BaseUrl}{request.Path}?{Uri.EscapeDataString(name)}={token}";

    /// <summary>The window, the instant changes are counted from (none in the first round), the position in the round, and when the round began.</summary>
    private sealed record Token(DateTimeOffset From, DateTimeOffset To, DateTimeOffset? Since, int Skip, DateTimeOffset RoundStart)
    {
        public override string ToString() =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{From.ToUnixTimeMilliseconds()}|{To.ToUnixTimeMilliseconds()}|{Since?.ToUnixTimeMilliseconds()}|{Skip}|{RoundStart.ToUnixTimeMilliseconds()}")))
                .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        public static Token? Parse(string text)
        {
            try
            {
                var base64 = text.Replace('-', '+').Replace('_', '/');
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='))).Split('|');
                return parts.Length == 5
                    ? new Token(
                        DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[0], CultureInfo.InvariantCulture)),
                        DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[1], CultureInfo.InvariantCulture)),
                        parts[2].Length == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[2], CultureInfo.InvariantCulture)),
                        int.Parse(parts[3], CultureInfo.InvariantCulture),
                        DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[4], CultureInfo.InvariantCulture)))
                    : null;
            }
            catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
            {
                return null;
            }
        }
    }
}
