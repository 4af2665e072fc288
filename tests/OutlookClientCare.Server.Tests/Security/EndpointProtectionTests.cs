using System.Net;
using Microsoft.AspNetCore.Authorization;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>
/// Every endpoint the app maps, found at run time: it is behind our sign-in policy or it says why
/// it is public. New endpoints are covered without touching this file.
/// </summary>
public sealed class EndpointProtectionTests
{
    [Fact]
    public async Task EveryEndpointIsEitherSignedInOrPublicWithAReason()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        app.CreateClient().Dispose();

        var endpoints = ApiEndpoint.Of(app.Services);
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.IsAnonymous)
            {
                if (PublicEndpoints.ReasonFor(endpoint.Endpoint) is null)
                {
                    problems.Add($"{endpoint} is anonymous without a reason: use .AllowAnonymousBecause(\"why\") (Identity/PublicEndpoints.cs) or .RequireAuthorization().");
                }
            }
            else if (!endpoint.RequiresSignIn)
            {
                problems.Add($"{endpoint} has no authorization metadata: put it in a group with .RequireAuthorization(), or .AllowAnonymousBecause(\"why\").");
            }
            else if (endpoint.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null))
            {
                problems.Add($"{endpoint} uses a named policy or roles; /api endpoints use the default policy (our scope + allowed tenant). Extend ApiAccess instead.");
            }
            else if (!endpoint.Pattern.StartsWith("/api/", StringComparison.Ordinal) && !endpoint.Pattern.Equals("/api", StringComparison.Ordinal))
            {
                problems.Add($"{endpoint} needs sign-in but lives outside /api, where the rate limiter and no-store headers apply.");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Contains(endpoints, e => e.RequiresSignIn);
    }

    [Fact]
    public async Task EverySignedInEndpointRefusesCallersWithoutAValidTokenForOurScope()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens);
        var anonymous = app.ClientWith(null);
        var wrongScope = app.ClientWith(tokens.Create(AnnaId, Anna, scope: "Files.Read"));
        var foreign = app.ClientWith(tokens.Create(AnnaId, Anna, tenant: TestTokens.ForeignTenant));

        var failures = new List<string>();
        var signedIn = ApiEndpoint.Of(app.Services).Where(e => e.RequiresSignIn).ToList();
        foreach (var endpoint in signedIn)
        {
            foreach (var (client, expected, who) in new[] { (anonymous, HttpStatusCode.Unauthorized, "no token"), (wrongScope, HttpStatusCode.Forbidden, "other scope"), (foreign, HttpStatusCode.Unauthorized, "foreign tenant") })
            {
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url());
                if (endpoint.TakesBody)
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                if (response.StatusCode != expected)
                {
                    failures.Add($"{endpoint} with {who}: {(int)response.StatusCode}, expected {(int)expected}");
                }
            }
        }

        Assert.NotEmpty(signedIn);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(0, sandbox.Counters.Get("GET /me", Anna));
    }
}
