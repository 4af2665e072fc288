using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookClientCare.GraphSandbox.Hosting;

namespace OutlookClientCare.Server.Tests.Sandbox;

/// <summary>Raw HTTP and real Graph SDK clients for a running sandbox, signed in as a seeded user.</summary>
internal static class SandboxClients
{
    public static HttpClient Http(GraphSandboxHost host, string? user = SandboxTestTenant.Anna)
    {
        var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl + "/") };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sandbox:" + user);
        }

        return client;
    }

    /// <summary>The real SDK over GraphClientFactory's pipeline (retry, redirect, headers), as the gateway builds it.</summary>
    public static GraphServiceClient Graph(GraphSandboxHost host, string user = SandboxTestTenant.Anna) =>
        new(GraphClientFactory.Create(), new SandboxToken(user), host.BaseUrl);

    public static async Task<(HttpResponseMessage Response, JsonObject Body)> GetJsonAsync(this HttpClient client, string url, string? prefer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (prefer is not null)
        {
            request.Headers.TryAddWithoutValidation("Prefer", prefer);
        }

        return await SendJsonAsync(client, request);
    }

    public static Task<(HttpResponseMessage Response, JsonObject Body)> SendJsonAsync(this HttpClient client, HttpMethod method, string url, JsonNode? body)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return SendJsonAsync(client, request);
    }

    public static async Task<(HttpResponseMessage Response, JsonObject Body)> SendJsonAsync(HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? [] : (JsonObject)JsonNode.Parse(text)!);
    }

    private sealed class SandboxToken(string user) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            request.Headers.Add("Authorization", "Bearer sandbox:" + user);
            return Task.CompletedTask;
        }
    }
}
