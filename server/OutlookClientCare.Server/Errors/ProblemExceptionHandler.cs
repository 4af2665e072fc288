using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OutlookClientCare.Graph;

namespace OutlookClientCare.Server.Errors;

/// <summary>
/// Turns failures the caller cannot fix (Graph busy or down, consent missing) into ProblemDetails
/// with a human sentence. Unexpected exceptions become a plain 500 without any exception text.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Detail = bad.InnerException is System.Text.Json.JsonException json ? $"Invalid JSON: {json.Path ?? "$"}: {FirstLine(json.Message)}" : FirstLine(bad.Message),
            },
            GraphUnavailableException busy => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Outlook is busy right now.",
                Detail = busy.Message + " Please try again in a moment.",
                Extensions = { ["retryAfterSeconds"] = (int)Math.Ceiling(busy.RetryAfter.TotalSeconds) },
            },
            NotOurEventException notOurs => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "This calendar event is not ours to change.",
                Detail = notOurs.Message,
            },
            GraphConsentRequiredException consent => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "More permission is needed.",
                Detail = consent.Message,
                Type = "https://outlookclientcare.example/problems/consent-required",
                Extensions = { ["scopes"] = consent.Scopes, ["claims"] = consent.Claims },
            },
            GraphGatewayException graph => new ProblemDetails
            {
                Status = StatusCodes.Status502BadGateway,
                Title = "Outlook did not accept the request.",
                Detail = graph.Message,
            },
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled failure for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Something went wrong on our side." };
        }
        else
        {
            logger.LogWarning("{Method} {Path} failed: {Title} ({Type})", httpContext.Request.Method, httpContext.Request.Path, problem.Title, exception.GetType().Name);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        if (exception is GraphUnavailableException unavailable)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(unavailable.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }))
        {
            return true;
        }

        // The problem writers decline callers that do not accept JSON (Accept: text/html); falling
        // through would let the developer page or a bare 500 answer instead, so we write it anyway.
        await httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        return true;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
