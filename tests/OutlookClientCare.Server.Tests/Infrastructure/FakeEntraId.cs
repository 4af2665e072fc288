using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace OutlookClientCare.Server.Tests.Infrastructure;

/// <summary>
/// Entra ID's token endpoint at the HTTP boundary, for the one thing that cannot run here: MSAL's
/// on-behalf-of exchange. Everything above it (Microsoft.Identity.Web, MSAL, the token cache, data
/// protection) is the real code. It answers a user's API token with the sandbox's bearer token for
/// that user, and a refresh token for long-running sessions, and counts what it was asked.
/// </summary>
public sealed class FakeEntraId
{
    private readonly ConcurrentDictionary<string, string> _refreshTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _grants = new();

    /// <summary>Every token request's grant type, in order.</summary>
    public IReadOnlyList<string> Grants => [.. _grants];

    /// <summary>Every access token handed out, so tests can look for them where they must not be.</summary>
    public ConcurrentBag<string> IssuedAccessTokens { get; } = [];

    public IEnumerable<string> IssuedRefreshTokens => _refreshTokens.Keys;

    /// <summary>When set, on-behalf-of requests fail as under a Conditional Access policy that wants multi-factor authentication, with this claims challenge.</summary>
    public string? ClaimsChallenge { get; set; }

    /// <summary>A handler for the unnamed HttpClient MSAL uses; each call gets its own, as IHttpClientFactory disposes them.</summary>
    public HttpMessageHandler CreateHandler() => new Handler(this);

    private async Task<HttpResponseMessage> AnswerAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/discovery/instance", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.OK, new
            {
                tenant_discovery_endpoint = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
                api_version = "1.1",
                metadata = new[]
                {
                    new { preferred_network = "login.microsoftonline.com", preferred_cache = "login.windows.net", aliases = new[] { "login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net" } },
                },
            });
        }

        if (request.Method != HttpMethod.Post || !path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.NotFound, new { error = "not_found", error_description = $"The fake Entra ID does not answer {request.Method} {path}." });
        }

        var form = ParseForm(await request.Content!.ReadAsStringAsync(ct));
        var grant = form.GetValueOrDefault("grant_type") ?? "";
        _grants.Enqueue(grant);
        string? upn = grant switch
        {
            "urn:ietf:params:oauth:grant-type:jwt-bearer" when form.GetValueOrDefault("requested_token_use") == "on_behalf_of" =>
                new JsonWebToken(form["assertion"]).GetPayloadValue<string>("preferred_username"),
            "refresh_token" => _refreshTokens.GetValueOrDefault(form.GetValueOrDefault("refresh_token") ?? ""),
            _ => null,
        };
        if (ClaimsChallenge is not null && grant != "refresh_token")
        {
            return Json(HttpStatusCode.BadRequest, new
            {
                error = "interaction_required",
                error_description = "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access this resource.",
                error_codes = new[] { 50076 },
                suberror = "basic_action",
                claims = ClaimsChallenge,
            });
        }

        if (upn is null)
        {
            return Json(HttpStatusCode.BadRequest, new { error = "invalid_grant", error_description = "AADSTS50000: the fake Entra ID does not know this grant." });
        }

        var accessToken = "sandbox:" + upn;
        var refreshToken = "rt-" + Guid.NewGuid().ToString("N");
        _refreshTokens[refreshToken] = upn;
        IssuedAccessTokens.Add(accessToken);
        return Json(HttpStatusCode.OK, new
        {
            token_type = "Bearer",
            scope = form.GetValueOrDefault("scope") ?? "",
            expires_in = 3600,
            ext_expires_in = 3600,
            access_token = accessToken,
            refresh_token = refreshToken,
        });
    }

    private static Dictionary<string, string> ParseForm(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "", StringComparer.Ordinal);

    private static HttpResponseMessage Json(HttpStatusCode status, object body) => new(status)
    {
        Content = new StringContent(JsonSerializer.Serialize(body).Replace("api_version", "api-version", StringComparison.Ordinal), Encoding.UTF8, "application/json"),
    };

    private sealed class Handler(FakeEntraId entra) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            entra.AnswerAsync(request, cancellationToken);
    }
}
