using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Security;

public sealed class HardeningTests
{
    [Theory]
    [InlineData("/api/me")]
    [InlineData("/manifest.xml")]
    [InlineData("/healthz")]
    public async Task EveryAnswerCarriesAPolicyThatAllowsOnlyOfficeJsAndOutlookFraming(string path)
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);

        var response = await app.ClientFor(Anna).GetAsync(path);

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com;", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://login.microsoftonline.com;", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self' https://outlook.office.com https://outlook.office365.com https://outlook.live.com", csp, StringComparison.Ordinal);
        var directives = csp.Split(';', StringSplitOptions.TrimEntries);
        Assert.All(directives.Where(d => !d.StartsWith("style-src-attr ", StringComparison.Ordinal)), d => Assert.DoesNotContain("unsafe-inline", d, StringComparison.Ordinal));
        Assert.Contains("style-src 'self'", directives);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors *", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task ApiAnswersAreNeverCached()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);

        var response = await app.ClientFor(Anna).GetAsync("/api/me");

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task ARealTenantOverHttpsAsksBrowsersToStayOnHttpsAndTheDemoDoesNot()
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var tenantApp = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens);
        await using var demoApp = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);

        var tenant = await tenantApp.ClientWith(tokens.Create(AnnaId, Anna)).GetAsync("/healthz");
        var demo = await demoApp.CreateClient(new() { BaseAddress = new Uri("https://localhost") }).GetAsync("/healthz");

        Assert.True(tenant.Headers.Contains("Strict-Transport-Security"));
        Assert.False(demo.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task OneUserHittingTheRateLimitDoesNotSlowDownAnother()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl, new Dictionary<string, string?> { ["Hardening:RequestsPerMinute"] = "3" });
        var anna = app.ClientFor(Anna);

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            first.Add((await anna.GetAsync("/api/me/export")).StatusCode);
        }

        var limited = await anna.GetAsync("/api/me/export");
        var ben = await app.ClientFor(Ben).GetAsync("/api/me/export");
        var health = await app.CreateClient().GetAsync("/healthz");

        Assert.All(first, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, ben.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRefusedWith413EvenWithoutAContentLength()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var anna = app.ClientFor(Anna);
        var nineMegabytes = "{\"value\":[{\"body\":\"" + new string('x', 9 * 1024 * 1024) + "\"}]}";

        var declared = await anna.PostAsync("/api/analysis", new StringContent(nineMegabytes, Encoding.UTF8, "application/json"));
        var chunked = await anna.PostAsync("/api/analysis", new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(nineMegabytes))) { Headers = { ContentType = new("application/json") } });

        foreach (var response in new[] { declared, chunked })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("larger than", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ACalendarImportAboveTheGeneralLimitButWithinItsOwnIsNotCutOff()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
        for (var day = 0; ics.Length < 1_500_000; day++)
        {
            ics.Append("BEGIN:VEVENT\r\nUID:holiday-").Append(day).Append("\r\nDTSTART;VALUE=DATE:")
                .Append(new DateOnly(2026, 1, 1).AddDays(day % 3000).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture))
                .Append("\r\nSUMMARY:Feiertag mit einer etwas laengeren Beschreibung\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
        }

        var response = await app.ClientFor(Anna).PostAsync("/api/timeblocks/calendars?kind=holidays&name=big", new StringContent(ics.Append("END:VCALENDAR\r\n").ToString(), Encoding.UTF8, "text/calendar"));

        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("GET", "/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("PUT", "/api/me/export", HttpStatusCode.MethodNotAllowed)]
    public async Task ErrorsWithoutAHandlerAreProblemDetailsToo(string method, string path, HttpStatusCode expected)
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);

        var response = await app.ClientFor(Anna).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/html")]
    public async Task AnUnexpectedFailureIsAPlainProblemWithoutExceptionText(string accept)
    {
        using var tokens = new TestTokens();
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new TenantModeApp(sandbox.Tenant, sandbox.BaseUrl, tokens);
        app.Headers.Failure = new InvalidOperationException("internal detail 0xDEADBEEF");
        var client = app.ClientWith(tokens.Create(AnnaId, Anna));
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);

        var response = await client.GetAsync("/api/me");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("0xDEADBEEF", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }
}
