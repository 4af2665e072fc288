using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OutlookClientCare.GraphSandbox.Routing;

/// <summary>
/// Server-driven paging: a page of <c>$top</c> items (default per collection, at most 1000) and an absolute
/// @odata.nextLink that repeats the request's options with the next <c>$skip</c>. Graph uses $skiptoken on some
/// collections; clients must treat nextLink as opaque, so the difference does not show.
/// </summary>
internal static class Paging
{
    public const int MaxPageSize = 1000;

    public static JsonObject Page(IReadOnlyList<JsonObject> items, ODataQuery query, SandboxRequest request, int defaultPageSize)
    {
        var size = Math.Clamp(query.Top ?? defaultPageSize, 1, MaxPageSize);
        var skip = Math.Max(0, query.Skip);
        var page = new JsonArray();
        foreach (var item in items.Skip(skip).Take(size))
        {
            page.Add(item);
        }

        var result = new JsonObject { ["value"] = page };
        if ((long)skip + size < items.Count)
        {
            result["@odata.nextLink"] = NextLink(request, skip + size);
        }

        return result;
    }

    private static string NextLink(SandboxRequest request, int skip)
    {
        var link = new StringBuilder(request.BaseUrl).Append(request.Path).Append('?');
        foreach (var (name, value) in request.Query)
        {
            if (!name.Equals("$skip", StringComparison.OrdinalIgnoreCase))
            {
                link.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
            }
        }

        return link.Append("%24skip=").Append(skip.ToString(CultureInfo.InvariantCulture)).ToString();
    }
}
