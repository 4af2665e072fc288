using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Tests.Infrastructure;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>User-written snippet templates (Fluid/Liquid) that try to loop, nest or grow without end.</summary>
public sealed class TemplateBombTests
{
    public static TheoryData<string> Bombs() =>
    [
        "{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}",
        "{% for i in (1..1000) %}{% for j in (1..1000) %}{% for k in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}",
        string.Concat(Enumerable.Repeat("{% if true %}", 2_000)) + "x" + string.Concat(Enumerable.Repeat("{% endif %}", 2_000)),
        "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}",
        "{% capture a %}{% capture b %}{% capture c %}" + string.Concat(Enumerable.Repeat("{% capture d %}", 500)) + "x",
        "{{ " + new string('(', 5000) + "1" + new string(')', 5000) + " }}",
    ];

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task ABombIsRefusedWhenSavedOrStoppedWhenRenderedAndTheServerStaysHealthy(string template)
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var anna = app.ClientFor(Anna);
        var put = UrlOf(app, "PutCustomSnippet", "bomb");
        var render = UrlOf(app, "RenderSnippet", "bomb");
        var snippet = new JsonObject
        {
            ["title"] = new JsonObject { ["de"] = "Bombe", ["en"] = "Bomb" },
            ["variants"] = new JsonArray(new JsonObject { ["language"] = "de", ["form"] = "sie", ["tone"] = "warm", ["template"] = template }),
        };

        var clock = Stopwatch.StartNew();
        var saved = await anna.PutAsJsonAsync(put, snippet);
        var savedBody = await saved.Content.ReadAsStringAsync();
        HttpResponseMessage? rendered = null;
        if (saved.IsSuccessStatusCode)
        {
            rendered = await anna.PostAsJsonAsync(render, new JsonObject { ["language"] = "de", ["form"] = "sie", ["tone"] = "warm" });
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        if (rendered is null)
        {
            Assert.InRange((int)saved.StatusCode, 400, 499);
            Assert.Contains("template", savedBody, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(HttpStatusCode.NotFound, (await anna.PostAsJsonAsync(render, new JsonObject { ["language"] = "de" })).StatusCode);
        }
        else
        {
            var text = await rendered.Content.ReadAsStringAsync();
            Assert.True((int)rendered.StatusCode is >= 400 and < 500 || text.Length < 1_000_000, $"render answered {(int)rendered.StatusCode} with {text.Length} characters");
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task AnOrdinaryTemplateIsSavedAndRendered()
    {
        await using var sandbox = await GraphSandboxHost.StartAsync(Create());
        await using var app = new ClientCareApp(sandbox.Tenant, sandbox.BaseUrl);
        var anna = app.ClientFor(Anna);
        var snippet = new JsonObject
        {
            ["title"] = new JsonObject { ["de"] = "Dank", ["en"] = "Thanks" },
            ["variants"] = new JsonArray(new JsonObject { ["language"] = "de", ["form"] = "sie", ["tone"] = "warm", ["template"] = "Vielen Dank!{% for i in (1..3) %} x{% endfor %}" }),
        };

        var saved = await anna.PutAsJsonAsync(UrlOf(app, "PutCustomSnippet", "dank"), snippet);
        var rendered = await anna.PostAsJsonAsync(UrlOf(app, "RenderSnippet", "dank"), new JsonObject { ["language"] = "de", ["form"] = "sie", ["tone"] = "warm" });

        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        Assert.Contains("Vielen Dank! x x x", await rendered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string UrlOf(ClientCareApp app, string name, string id)
    {
        app.CreateClient().Dispose();
        var endpoint = ApiEndpoint.Of(app.Services).FirstOrDefault(e => e.Endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name);
        Assert.True(endpoint is not null, $"The snippet endpoint '{name}' is gone; point this test at whatever stores or renders user templates now.");
        return endpoint.Url(new Dictionary<string, string> { ["id"] = id });
    }
}
