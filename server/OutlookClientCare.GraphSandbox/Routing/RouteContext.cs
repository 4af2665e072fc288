using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.GraphSandbox.Routing;

/// <summary>What a route handler gets: the request, who calls, which mailbox it addresses, and the sandbox.</summary>
internal sealed class RouteContext(GraphSandboxEngine sandbox, SandboxRequest request, SandboxUser? caller, SandboxUser? mailbox, string[] values)
{
    public GraphSandboxEngine Sandbox { get; } = sandbox;

    public SandboxRequest Request { get; } = request;

    /// <summary>The signed-in user (from the bearer token).</summary>
    public SandboxUser Caller => caller ?? throw new InvalidOperationException("The route needs a signed-in caller.");

    /// <summary>The mailbox addressed: the caller for /me/..., the named user for /users/{id}/....</summary>
    public SandboxUser User => mailbox ?? throw new InvalidOperationException("The route needs a mailbox.");

    public string Id => values[0];

    /// <summary>The n-th value the route template captured ({id} is 0).</summary>
    public string Value(int index) => values[index];

    public DateTimeOffset Now => Sandbox.Time.GetUtcNow();

    public SandboxResponse Fail(GraphProblem problem) => Sandbox.Error(problem, Request);

    public SandboxResponse NotFound() => Fail(GraphProblem.ItemNotFound());

    /// <summary>The JSON object body, or an error response in Graph's words when there is none or it is not JSON.</summary>
    public JsonObject? BodyObject(out SandboxResponse? error, bool optional = false)
    {
        error = null;
        if (Request.BodyError is not null)
        {
            error = Fail(GraphProblem.BadRequest("Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format."));
            return null;
        }

        if (Request.Body is JsonObject body)
        {
            return (JsonObject)body.DeepClone();
        }

        if (Request.Body is null && optional)
        {
            return [];
        }

        error = Fail(GraphProblem.BadRequest(Request.Body is null ? "Empty Payload. JSON content expected." : "The request body must be a JSON object."));
        return null;
    }

    public ODataQuery? Query(out SandboxResponse? error)
    {
        var query = ODataQuery.Parse(Request, out var problem);
        error = problem is null ? null : Fail(problem);
        return problem is null ? query : null;
    }
}
