using System.Net;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Booking;

/// <summary>
/// Graph delivers every change and lifecycle notification from a few addresses of its own. Found by the load
/// harness's storm: under the per-address limit for anonymous /api calls, 700 of 1,000
/// subscription handshakes failed and a storm would have lost all but 300 notifications a minute.
/// </summary>
public sealed class NotificationRateLimitTests
{
    [Theory]
    [InlineData("/api/notifications/graph")]
    [InlineData("/api/notifications/graph/lifecycle")]
    public async Task GraphsNotificationsAreNotCutByThePerAddressRateLimit(string endpoint)
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl, new Dictionary<string, string?> { ["Hardening:RequestsPerMinute"] = "5" });
        var graph = app.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var response = await graph.PostAsync(new Uri($"{endpoint}?validationToken=token{i}", UriKind.Relative), null);
            answers.Add(response.StatusCode);
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
    }
}
