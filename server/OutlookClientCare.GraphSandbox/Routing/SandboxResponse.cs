using System.Globalization;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.GraphSandbox.Routing;

/// <summary>A Graph response before it is written to HTTP or into a $batch step.</summary>
public sealed class SandboxResponse
{
    private SandboxResponse(int status, JsonNode? body)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; }

    public JsonNode? Body { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsSuccess => Status is >= 200 and < 300;

    public static SandboxResponse Json(JsonNode body, int status = 200) => new(status, body);

    public static SandboxResponse NoContent() => new(204, null);

    /// <summary>Graph's error shape: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.</summary>
    public static SandboxResponse Error(GraphProblem problem, DateTimeOffset now, string requestId, string clientRequestId) =>
        new(problem.Status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = problem.Code,
                ["message"] = problem.Message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                    ["request-id"] = requestId,
                    ["client-request-id"] = clientRequestId,
                },
            },
        });

    public SandboxResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}

/// <summary>Thrown inside the sandbox when a fault rule says "drop the connection"; the HTTP layer aborts.</summary>
public sealed class SandboxConnectionDroppedException : Exception
{
    public SandboxConnectionDroppedException()
        : base("The sandbox dropped the connection (fault injection).")
    {
    }

    public SandboxConnectionDroppedException(string message)
        : base(message)
    {
    }

    public SandboxConnectionDroppedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
