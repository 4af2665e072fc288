using Microsoft.Extensions.Options;

namespace OutlookClientCare.Server.Hardening;

/// <summary>
/// Headers on every answer: the pane may run only our scripts and Office.js from Microsoft's CDN,
/// talk only to us and the sign-in host, and be framed only by Outlook.
/// </summary>
public sealed class SecurityHeaders
{
    public const string OfficeJsCdn = "https://appsforoffice.microsoft.com";

    private readonly RequestDelegate _next;
    private readonly string _policy;

    public SecurityHeaders(RequestDelegate next, IOptions<HardeningOptions> options)
    {
        _next = next;
        _policy = ContentSecurityPolicy(options.Value);
    }

    public static string ContentSecurityPolicy(HardeningOptions options) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' {OfficeJsCdn}",
        "style-src 'self'",
        // The pane positions week-picture slots with style attributes; attributes cannot run script
        // and url() in them is bound by img-src, while <style> elements stay blocked.
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data:",
        $"connect-src 'self' {options.SignInHost}",
        $"frame-src 'self' {options.SignInHost}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // 'self': the demo page shows the real pane in a frame of its own origin.
        "frame-ancestors 'self' " + string.Join(' ', options.FrameAncestors));

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Resource-Policy"] = "same-site";
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return _next(context);
    }
}
