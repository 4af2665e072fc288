using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Routing;

namespace OutlookClientCare.GraphSandbox.Api;

/// <summary>Messages: list (all folders or one), get, PATCH (flag, read state, draft body), DELETE, createReplyAll.</summary>
internal static class MessagesApi
{
    private const int MessagesPageSize = 10;

    private static readonly string[] ReadOnly = ["id", "@odata.etag", "@odata.context", "createdDateTime", "lastModifiedDateTime", "changeKey", "conversationId", "isDraft", "webLink", "parentFolderId", "hasAttachments", "internetMessageId", "bodyPreview", "uniqueBody"];
    private static readonly string[] DraftOnly = ["subject", "body", "toRecipients", "ccRecipients", "bccRecipients", "replyTo", "from", "sender", "sentDateTime", "internetMessageHeaders"];
    private static readonly string[] FlagStatuses = ["notFlagged", "complete", "flagged"];

    public static IEnumerable<Route> Routes() =>
    [
        new("GET", "/me/messages", context => ValueTask.FromResult(List(context, folder: null))),
        new("GET", "/me/mailFolders/{folder}/messages", context => ValueTask.FromResult(List(context, context.Id))),
        new("GET", "/me/messages/{id}", context => ValueTask.FromResult(Get(context))),
        new("PATCH", "/me/messages/{id}", context => ValueTask.FromResult(Update(context))),
        new("DELETE", "/me/messages/{id}", context => ValueTask.FromResult(Delete(context))),
        new("POST", "/me/messages/{id}/createReplyAll", context => ValueTask.FromResult(CreateReplyAll(context))),
        new("POST", "/me/messages/{id}/createForward", context => ValueTask.FromResult(CreateForward(context))),
    ];

    /// <summary>
    /// Graph refuses $orderby together with a conversationId filter on most mailboxes ("InefficientFilter");
    /// the sandbox always refuses it, which is the case our product must handle.
    /// </summary>
    private static SandboxResponse List(RouteContext context, string? folder)
    {
        if (context.Query(out var error) is not { } query)
        {
            return error!;
        }

        if (query.OrderBy is not null && query.Filter?.Properties.Contains("conversationId") == true)
        {
            return context.Fail(new GraphProblem(400, "InefficientFilter", "The restriction or sort order is too complex for this operation."));
        }

        var user = context.User;
        List<JsonObject> matching;
        lock (user.Gate)
        {
            matching = [.. user.Messages.Values.Where(m =>
                (folder is null || string.Equals(JsonRead.Text(m["parentFolderId"]), folder, StringComparison.OrdinalIgnoreCase))
                && (query.Filter?.Matches(m) ?? true))];
            matching = ItemOrder.Sort(matching, query.OrderBy ?? "receivedDateTime desc");
            var bodyType = BodyContentType(context.Request);
            matching = [.. matching.Select(m => Shape.Message(m, query, bodyType))];
        }

        return AnnotateBody(context.Request, SandboxResponse.Json(Paging.Page(matching, query, context.Request, MessagesPageSize)));
    }

    private static SandboxResponse Get(RouteContext context)
    {
        if (context.Query(out var error) is not { } query)
        {
            return error!;
        }

        var user = context.User;
        lock (user.Gate)
        {
            return user.Messages.TryGetValue(context.Id, out var message)
                ? AnnotateBody(context.Request, SandboxResponse.Json(Shape.Message(message, query, BodyContentType(context.Request))))
                : context.NotFound();
        }
    }

    private static SandboxResponse Update(RouteContext context)
    {
        if (context.BodyObject(out var error) is not { } changes)
        {
            return error!;
        }

        if (GraphProperties.Unknown(changes, GraphProperties.Message, "message") is { } unknown)
        {
            return context.Fail(unknown);
        }

        if (changes["flag"] is JsonObject flag && ValidateFlag(flag, context.Now) is { } flagProblem)
        {
            return context.Fail(flagProblem);
        }

        var user = context.User;
        lock (user.Gate)
        {
            if (!user.Messages.TryGetValue(context.Id, out var message))
            {
                return context.NotFound();
            }

            var isDraft = JsonRead.Bool(message["isDraft"]) ?? false;
            if (!isDraft && changes.Select(c => c.Key).FirstOrDefault(DraftOnly.Contains) is { } sentOnly)
            {
                return context.Fail(GraphProblem.InvalidRequest($"The property '{sentOnly}' can only be updated on a draft message."));
            }

            foreach (var (name, value) in changes)
            {
                if (!ReadOnly.Contains(name))
                {
                    message[name] = value?.DeepClone();
                }
            }

            if (changes.ContainsKey("body"))
            {
                message["uniqueBody"] = message["body"]?.DeepClone();
                message["bodyPreview"] = BodyText.Preview(message["body"] as JsonObject);
            }

            Touch(message, context);
            return SandboxResponse.Json(Shape.Message(message, ODataQuery.Parse(context.Request, out _), null));
        }
    }

    private static SandboxResponse Delete(RouteContext context)
    {
        var user = context.User;
        lock (user.Gate)
        {
            return user.Messages.Remove(context.Id) ? SandboxResponse.NoContent() : context.NotFound();
        }
    }

    /// <summary>
    /// A reply-all draft in the same conversation: to the sender and the other To recipients, Cc kept, the
    /// mailbox owner removed; the original quoted below the comment as Outlook quotes it.
    /// </summary>
    private static SandboxResponse CreateReplyAll(RouteContext context)
    {
        if (context.BodyObject(out var error, optional: true) is not { } request)
        {
            return error!;
        }

        // The Graph SDK sends action parameters as "Comment" and "Message"; Graph reads them case-insensitively.
        var comment = JsonRead.Text(Parameter(request, "comment"));
        var replyMessage = Parameter(request, "message") as JsonObject;
        if (comment is not null && replyMessage?["body"] is not null)
        {
            return context.Fail(GraphProblem.InvalidRequest("Send either 'comment' or 'message.body', not both."));
        }

        if (replyMessage is not null && GraphProperties.Unknown(replyMessage, GraphProperties.Message, "message") is { } unknown)
        {
            return context.Fail(unknown);
        }

        var user = context.User;
        lock (user.Gate)
        {
            if (!user.Messages.TryGetValue(context.Id, out var original))
            {
                return context.NotFound();
            }

            var draft = ReplyDraft.Create(original, user, comment, replyMessage);
            GraphDefaults.Message(draft, user, context.Sandbox.Tenant.Ids, context.Now);
            user.Messages[JsonRead.Text(draft["id"])!] = draft;
            return SandboxResponse.Json(Shape.Message(draft, ODataQuery.Parse(context.Request, out _), null), 201);
        }
    }

    /// <summary>
    /// A forward draft: "FW: " subject, to the <c>toRecipients</c> given (as a parameter or on <c>message</c>),
    /// nobody in Cc, the original quoted below the comment. Like createReplyAll, <c>comment</c> and
    /// <c>message.body</c> together are a 400.
    /// </summary>
    private static SandboxResponse CreateForward(RouteContext context)
    {
        if (context.BodyObject(out var error, optional: true) is not { } request)
        {
            return error!;
        }

        var comment = JsonRead.Text(Parameter(request, "comment"));
        var forwardMessage = Parameter(request, "message") as JsonObject;
        if (comment is not null && forwardMessage?["body"] is not null)
        {
            return context.Fail(GraphProblem.InvalidRequest("Send either 'comment' or 'message.body', not both."));
        }

        if (forwardMessage is not null && GraphProperties.Unknown(forwardMessage, GraphProperties.Message, "message") is { } unknown)
        {
            return context.Fail(unknown);
        }

        var to = Parameter(request, "toRecipients") as JsonArray ?? forwardMessage?["toRecipients"] as JsonArray ?? [];
        var user = context.User;
        lock (user.Gate)
        {
            if (!user.Messages.TryGetValue(context.Id, out var original))
            {
                return context.NotFound();
            }

            var draft = ReplyDraft.Forward(original, user, comment, forwardMessage, to);
            GraphDefaults.Message(draft, user, context.Sandbox.Tenant.Ids, context.Now);
            user.Messages[JsonRead.Text(draft["id"])!] = draft;
            return SandboxResponse.Json(Shape.Message(draft, ODataQuery.Parse(context.Request, out _), null), 201);
        }
    }

    /// <summary>
    /// Graph documents a 400 when dueDateTime comes without startDateTime; the exact error code it uses is not
    /// documented, the sandbox answers ErrorInvalidRequest.
    /// </summary>
    private static GraphProblem? ValidateFlag(JsonObject flag, DateTimeOffset now)
    {
        var status = JsonRead.Text(flag["flagStatus"]);
        if (status is not null && !FlagStatuses.Contains(status))
        {
            return GraphProblem.BadRequest($"The value '{status}' is not valid for flagStatus.");
        }

        if (flag["dueDateTime"] is not null && flag["startDateTime"] is null)
        {
            return GraphProblem.InvalidRequest("The StartDateTime property must be set when the DueDateTime property is set.");
        }

        foreach (var name in (string[])["startDateTime", "dueDateTime", "completedDateTime"])
        {
            if (flag[name] is JsonObject time)
            {
                if (!GraphTime.TryParseLocal(JsonRead.Text(time["dateTime"]), out var local) || GraphTime.FindZone(JsonRead.Text(time["timeZone"]) ?? "UTC") is null)
                {
                    return GraphProblem.BadRequest($"The flag's {name} needs a valid dateTime and timeZone.");
                }

                time["dateTime"] = GraphTime.FormatLocal(local);
                time["timeZone"] ??= "UTC";
            }
            else if (flag[name] is not null)
            {
                return GraphProblem.BadRequest($"The flag's {name} must be a dateTimeTimeZone object.");
            }
        }

        if (status == "complete" && flag["completedDateTime"] is null)
        {
            flag["completedDateTime"] = new JsonObject { ["dateTime"] = GraphTime.FormatLocal(now.UtcDateTime), ["timeZone"] = "UTC" };
        }

        return null;
    }

    private static JsonNode? Parameter(JsonObject body, string name) =>
        body.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    private static void Touch(JsonObject item, RouteContext context)
    {
        item["lastModifiedDateTime"] = GraphTime.FormatInstant(context.Now);
        item["changeKey"] = GraphDefaults.ChangeKey(context.Sandbox.Tenant.Ids);
    }

    private static string? BodyContentType(SandboxRequest request) =>
        PreferHeader.Value(request, "outlook.body-content-type")?.ToLowerInvariant() switch
        {
            "text" => "text",
            "html" => "html",
            _ => null,
        };

    private static SandboxResponse AnnotateBody(SandboxRequest request, SandboxResponse response) =>
        BodyContentType(request) is { } type ? response.WithHeader("Preference-Applied", $"outlook.body-content-type=\"{type}\"") : response;
}
