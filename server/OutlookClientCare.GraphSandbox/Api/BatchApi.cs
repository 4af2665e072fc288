using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;
using OutlookClientCare.GraphSandbox.Routing;

namespace OutlookClientCare.GraphSandbox.Api;

/// <summary>
/// JSON batching: at most 20 steps with unique ids. Independent steps run up to four at once, as Outlook
/// does; with dependsOn anywhere, steps run one after another in an order that honours it, and a step whose
/// dependency failed gets 424. Each step goes through the whole pipeline (counters, limits, faults, auth with
/// the outer token), so a step can be 429 inside an outer 200. Answers come in request order.
/// </summary>
internal static class BatchApi
{
    public const int MaxSteps = 20;

    /// <summary>How many independent steps of one batch Outlook works on at once.</summary>
    public const int ConcurrentSteps = 4;

    public static IEnumerable<Route> Routes() => [new("POST", "/$batch", RunAsync)];

    private static async ValueTask<SandboxResponse> RunAsync(RouteContext context)
    {
        if (context.BodyObject(out var error) is not { } body)
        {
            return error!;
        }

        if (body["requests"] is not JsonArray requests || requests.Any(r => r is not JsonObject))
        {
            return context.Fail(GraphProblem.BadRequest("Invalid batch payload format."));
        }

        var steps = requests.Cast<JsonObject>().Select(Step.From).ToList();
        if (Validate(steps) is { } problem)
        {
            return context.Fail(problem);
        }

        var results = new Dictionary<string, SandboxResponse>(StringComparer.Ordinal);
        if (steps.All(s => s.DependsOn.Length == 0))
        {
            // Independent steps: Outlook runs up to four of them at once.
            var answers = new SandboxResponse[steps.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, steps.Count), new ParallelOptions { MaxDegreeOfParallelism = ConcurrentSteps }, async (i, _) =>
                answers[i] = await context.Sandbox.HandleStepAsync(steps[i].ToRequest(context.Request), context.Request));
            for (var i = 0; i < steps.Count; i++)
            {
                results[steps[i].Id] = answers[i];
            }
        }
        else
        {
            foreach (var step in Order(steps))
            {
                var failedDependency = step.DependsOn.FirstOrDefault(d => !results[d].IsSuccess);
                results[step.Id] = failedDependency is not null
                    ? context.Fail(new GraphProblem(424, "FailedDependency", $"The request depends on request '{failedDependency}', which failed."))
                    : await context.Sandbox.HandleStepAsync(step.ToRequest(context.Request), context.Request);
            }
        }

        var responses = new JsonArray();
        foreach (var step in steps)
        {
            var result = results[step.Id];
            var headers = new JsonObject();
            foreach (var (name, value) in result.Headers)
            {
                headers[name] = value;
            }

            if (result.Body is not null)
            {
                headers["Content-Type"] = GraphSandboxEngine.JsonContentType;
            }

            responses.Add(new JsonObject
            {
                ["id"] = step.Id,
                ["status"] = result.Status,
                ["headers"] = headers,
                ["body"] = result.Body?.DeepClone(),
            });
        }

        return SandboxResponse.Json(new JsonObject { ["responses"] = responses });
    }

    private static GraphProblem? Validate(List<Step> steps)
    {
        if (steps.Count == 0)
        {
            return GraphProblem.BadRequest("Invalid batch payload format: the batch has no requests.");
        }

        if (steps.Count > MaxSteps)
        {
            return GraphProblem.BadRequest($"Invalid batch payload format: the number of requests exceeds the limit of {MaxSteps}.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (string.IsNullOrEmpty(step.Id) || string.IsNullOrEmpty(step.Method) || string.IsNullOrEmpty(step.Url))
            {
                return GraphProblem.BadRequest("Invalid batch payload format: every request needs id, method and url.");
            }

            if (!ids.Add(step.Id))
            {
                return GraphProblem.BadRequest($"Request Id {step.Id} is duplicated.");
            }
        }

        var unknown = steps.SelectMany(s => s.DependsOn).FirstOrDefault(d => !ids.Contains(d));
        if (unknown is not null)
        {
            return GraphProblem.BadRequest($"Request depends on unknown request id {unknown}.");
        }

        return Order(steps).Count() == steps.Count ? null : GraphProblem.BadRequest("The dependsOn references form a cycle.");
    }

    /// <summary>Listed order, except that a step waits until everything it depends on has run.</summary>
    private static IEnumerable<Step> Order(List<Step> steps)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var waiting = new List<Step>(steps);
        while (waiting.Count > 0)
        {
            var next = waiting.FirstOrDefault(s => s.DependsOn.All(done.Contains));
            if (next is null)
            {
                yield break;
            }

            waiting.Remove(next);
            done.Add(next.Id);
            yield return next;
        }
    }

    private sealed record Step(string Id, string Method, string Url, string[] DependsOn, JsonObject Headers, JsonNode? Body)
    {
        public static Step From(JsonObject request) => new(
            Text(request["id"]),
            Text(request["method"]),
            Text(request["url"]),
            [.. (request["dependsOn"] as JsonArray ?? []).Select(Text)],
            request["headers"] as JsonObject ?? [],
            Detach(request, "body"));

        public SandboxRequest ToRequest(SandboxRequest outer)
        {
            var request = new SandboxRequest(Method, Url.StartsWith('/') ? Url : "/" + Url, outer.BaseUrl) { Body = Body };
            foreach (var name in (string[])["Authorization", "client-request-id"])
            {
                if (outer.Header(name) is { } value)
                {
                    request.Headers[name] = value;
                }
            }

            foreach (var (name, value) in Headers)
            {
                request.Headers[name] = Text(value);
            }

            return request;
        }

        /// <summary>The step's body, taken out of the parsed batch (which is not used again) instead of copied.</summary>
        private static JsonNode? Detach(JsonObject request, string name)
        {
            var node = request[name];
            request.Remove(name);
            return node;
        }

        private static string Text(JsonNode? node) =>
            node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString() ?? "";
    }
}
