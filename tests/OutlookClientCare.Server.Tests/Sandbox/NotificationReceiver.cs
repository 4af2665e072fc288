using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OutlookClientCare.Server.Tests.Sandbox;

/// <summary>
/// A tiny loopback webhook, like the product's notification endpoint: answers Graph's validation handshake
/// (or deliberately does not) and records every notification it receives.
/// </summary>
internal sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly BlockingCollection<JsonObject> _notifications = [];

    private NotificationReceiver(WebApplication app) => _app = app;

    public Uri Url => new(_app.Urls.First() + "/notify");

    public ConcurrentQueue<string> ValidationTokens { get; } = new();

    public static async Task<NotificationReceiver> StartAsync(bool echoToken = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new NotificationReceiver(app);
        app.MapPost("/notify", async (HttpRequest request) =>
        {
            if (request.Query.TryGetValue("validationToken", out var token))
            {
                receiver.ValidationTokens.Enqueue(token.ToString());
                return Results.Text(echoToken ? token.ToString() : "not the token", "text/plain", statusCode: 200);
            }

            var body = await JsonNode.ParseAsync(request.Body);
            foreach (var notification in body!["value"]!.AsArray())
            {
                receiver._notifications.Add(notification!.AsObject());
            }

            return Results.Accepted();
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>The next notification, or a failed test after five seconds.</summary>
    public JsonObject Next() =>
        _notifications.TryTake(out var notification, TimeSpan.FromSeconds(5))
            ? notification
            : throw new TimeoutException("No change notification arrived within 5 s.");

    public int Pending => _notifications.Count;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _notifications.Dispose();
    }
}
