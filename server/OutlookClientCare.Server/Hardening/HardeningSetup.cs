using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Hardening;

public static class HardeningSetup
{
    public static WebApplicationBuilder AddHardening(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<HardeningOptions>(HardeningOptions.Section);
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<HardeningOptions>>((kestrel, hardening) => kestrel.Limits.MaxRequestBodySize = hardening.Value.MaxRequestBodyBytes);

        // Without this a body that does not bind becomes a bare 400 outside Development; thrown, it
        // reaches the ProblemExceptionHandler, which names the JSON path or parameter.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    || context.GetEndpoint()?.Metadata.GetMetadata<DisableRateLimitingAttribute>() is not null)
                {
                    return RateLimitPartition.GetNoLimiter("not-api");
                }

                var perMinute = context.RequestServices.GetRequiredService<IOptions<HardeningOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (rejected, ct) =>
            {
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var problems = rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = "Please wait a moment before trying again.",
                    },
                });
            };
        });
        return builder;
    }

    /// <summary>Security headers and body limits first; the rate limiter after authentication, so it sees who is calling.</summary>
    public static WebApplication UseHardeningBeforeAuthentication(this WebApplication app, bool demo)
    {
        if (!demo)
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeaders>();
        return app;
    }

    public static WebApplication UseHardeningAfterAuthentication(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimit>();
        return app;
    }

    /// <summary>One budget per signed-in user (tenant id + object id), else per remote address.</summary>
    internal static string PartitionKey(HttpContext context)
    {
        var user = context.User;
        var tenant = user.FindFirstValue("tid") ?? user.FindFirstValue("http://schemas.microsoft.com/identity/claims/tenantid");
        var objectId = user.FindFirstValue("oid") ?? user.FindFirstValue("http://schemas.microsoft.com/identity/claims/objectidentifier");
        if (user.Identity?.IsAuthenticated == true && tenant is not null && objectId is not null)
        {
            return $"user:{tenant}:{objectId}";
        }

        return "address:" + (context.Connection.RemoteIpAddress ?? IPAddress.None);
    }
}
