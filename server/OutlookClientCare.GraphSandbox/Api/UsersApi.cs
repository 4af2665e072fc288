using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Routing;

namespace OutlookClientCare.GraphSandbox.Api;

/// <summary>GET /users, GET /me (or /users/{id|upn}), GET/PATCH mailboxSettings.</summary>
internal static class UsersApi
{
    // Graph pages /users by 100 by default (not 10 like mail and calendar).
    private const int UsersPageSize = 100;

    private static readonly string[] ReadOnlySettings = ["@odata.context", "userPurpose", "archiveFolder"];

    public static IEnumerable<Route> Routes() =>
    [
        new("GET", "/users", ListUsers),
        new("GET", "/me", GetUser),
        new("GET", "/me/mailboxSettings", GetMailboxSettings),
        new("PATCH", "/me/mailboxSettings", UpdateMailboxSettings),
    ];

    /// <summary>
    /// The tenant's users, optionally narrowed by <c>$filter</c> (on the stored profile) and by <c>$search</c>,
    /// which Graph answers on directory objects only with the header <c>ConsistencyLevel: eventual</c>.
    /// </summary>
    private static ValueTask<SandboxResponse> ListUsers(RouteContext context)
    {
        if (context.Query(out var error) is not { } query)
        {
            return ValueTask.FromResult(error!);
        }

        var search = context.Request.QueryValue("$search");
        UserSearch? parsed = null;
        if (search is not null)
        {
            if (!string.Equals(context.Request.Header("ConsistencyLevel"), "eventual", StringComparison.OrdinalIgnoreCase))
            {
                return ValueTask.FromResult(context.Fail(new GraphProblem(400, "Request_UnsupportedQuery", "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'")));
            }

            parsed = UserSearch.Parse(search, out var searchProblem);
            if (parsed is null)
            {
                return ValueTask.FromResult(context.Fail(new GraphProblem(400, "Request_UnsupportedQuery", searchProblem!)));
            }
        }

        // Filtering on proxyAddresses is one of Entra ID's advanced queries: Graph runs it only with the
        // header ConsistencyLevel: eventual and $count=true, and refuses it otherwise.
        var counted = string.Equals(context.Request.QueryValue("$count"), "true", StringComparison.OrdinalIgnoreCase);
        if (query.Filter?.LooksInto("proxyAddresses") == true
            && (!counted || !string.Equals(context.Request.Header("ConsistencyLevel"), "eventual", StringComparison.OrdinalIgnoreCase)))
        {
            return ValueTask.FromResult(context.Fail(new GraphProblem(400, "Request_UnsupportedQuery", "Unsupported or invalid query filter clause specified for property 'proxyAddresses' of resource 'User'.")));
        }

        var users = new List<JsonObject>();
        foreach (var user in context.Sandbox.Tenant.Users)
        {
            JsonObject stored;
            lock (user.Gate)
            {
                stored = (JsonObject)user.Profile.DeepClone();
            }

            if ((query.Filter?.Matches(stored) ?? true) && (parsed?.Matches(stored) ?? true))
            {
                users.Add(Profile(user, query));
            }
        }

        var page = Paging.Page(users, query, context.Request, UsersPageSize);
        if (counted)
        {
            page["@odata.count"] = users.Count;
        }

        return ValueTask.FromResult(SandboxResponse.Json(page));
    }

    private static ValueTask<SandboxResponse> GetUser(RouteContext context) =>
        ValueTask.FromResult(context.Query(out var error) is { } query
            ? SandboxResponse.Json(Profile(context.User, query))
            : error!);

    private static ValueTask<SandboxResponse> GetMailboxSettings(RouteContext context) =>
        ValueTask.FromResult(SandboxResponse.Json(context.User.SnapshotMailboxSettings()));

    /// <summary>Graph replaces each top-level setting that is sent (a partial workingHours replaces workingHours).</summary>
    private static ValueTask<SandboxResponse> UpdateMailboxSettings(RouteContext context)
    {
        if (context.BodyObject(out var error) is not { } changes)
        {
            return ValueTask.FromResult(error!);
        }

        if (GraphProperties.Unknown(changes, GraphProperties.MailboxSettings, "mailboxSettings") is { } unknown)
        {
            return ValueTask.FromResult(context.Fail(unknown));
        }

        foreach (var (name, value) in changes)
        {
            if (name == "timeZone" && GraphTime.FindZone(JsonRead.Text(value)) is null)
            {
                return ValueTask.FromResult(context.Fail(new GraphProblem(400, "ErrorInvalidTimeZone", $"The time zone '{JsonRead.Text(value)}' is not supported.")));
            }

            if (name == "workingHours" && GraphTime.FindZone(JsonRead.Text(value?["timeZone"]?["name"])) is null && value?["timeZone"] is not null)
            {
                return ValueTask.FromResult(context.Fail(new GraphProblem(400, "ErrorInvalidTimeZone", "The working hours time zone is not supported.")));
            }
        }

        var user = context.User;
        lock (user.Gate)
        {
            foreach (var (name, value) in changes)
            {
                if (!ReadOnlySettings.Contains(name))
                {
                    user.MailboxSettings[name] = value?.DeepClone();
                }
            }
        }

        return ValueTask.FromResult(SandboxResponse.Json(user.SnapshotMailboxSettings()));
    }

    private static JsonObject Profile(SandboxUser user, ODataQuery query)
    {
        JsonObject profile;
        lock (user.Gate)
        {
            profile = (JsonObject)user.Profile.DeepClone();
        }

        if (query.Select is null)
        {
            return profile;
        }

        var selected = new JsonObject();
        foreach (var (name, value) in profile)
        {
            if (name == "id" || query.Select.Contains(name))
            {
                selected[name] = value?.DeepClone();
            }
        }

        // Graph returns mailboxSettings on a user only when it is selected (GET /users/{id} or /me).
        if (query.Select.Contains("mailboxSettings"))
        {
            selected["mailboxSettings"] = user.SnapshotMailboxSettings();
        }

        return selected;
    }
}
