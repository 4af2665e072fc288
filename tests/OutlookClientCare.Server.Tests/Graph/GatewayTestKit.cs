using System.Globalization;
using System.Text.Json.Nodes;
using OutlookClientCare.Graph;
using OutlookClientCare.GraphSandbox.Hosting;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Tests.Sandbox;

namespace OutlookClientCare.Server.Tests.Graph;

/// <summary>The gateway as the server builds it, pointed at a sandbox on its own loopback port.</summary>
internal static class GatewayTestKit
{
    public static GraphConnection Connection(string baseUrl, int retryDelaySeconds = 0) =>
        new(new GraphOptions { BaseUrl = baseUrl, RetryDelaySeconds = retryDelaySeconds }, new GraphBaseUrl(baseUrl), TimeProvider.System);

    /// <summary>The demo's sandbox credentials for a seeded user.</summary>
    public static IGraphAuthorization As(string user, string userId) =>
        new SandboxCredentials().ForUser(new AppUser("tenant", userId, user));

    public static GraphGateway Gateway(GraphSandboxHost host, string user = SandboxTestTenant.Anna, string userId = SandboxTestTenant.AnnaId) =>
        Connection(host.BaseUrl).Mailbox(userId, As(user, userId));

    public static GraphBatch Batches(GraphSandboxHost host, string user = SandboxTestTenant.Anna, string userId = SandboxTestTenant.AnnaId) =>
        Connection(host.BaseUrl).Batches(As(user, userId));

    /// <summary>Creates one of our events the way booking does: a create step of a $batch.</summary>
    public static async Task<CalendarEvent> CreateOurEventAsync(this GraphBatch batch, string mailboxId, OurEventDraft draft)
    {
        var answers = await batch.SendAsync([new CreateEventRequest("create", mailboxId, draft)], CancellationToken.None);
        return await GraphBatch.ReadCreatedEventAsync(answers["create"], CancellationToken.None);
    }

    /// <summary>A conversation of <paramref name="count"/> messages, stored in an order unrelated to when they were sent.</summary>
    public static Action<JsonObject> WithLongThread(string conversationId, int count) => seed =>
    {
        var anna = seed["users"]!.AsArray().Single(u => (string?)u!["userPrincipalName"] == SandboxTestTenant.Anna)!.AsObject();
        var messages = anna["messages"]!.AsArray();
        var order = Enumerable.Range(0, count).OrderBy(n => (n * 37) % count).ToList();
        foreach (var n in order)
        {
            var sent = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero).AddMinutes(17 * n);
            var fromClient = n % 2 == 0;
            messages.Add(new JsonObject
            {
                ["id"] = string.Create(CultureInfo.InvariantCulture, $"AAMkLong{n:000}"),
                ["conversationId"] = conversationId,
                ["subject"] = "Relaunch",
                ["from"] = fromClient ? SandboxTestTenant.Address("Karl Kunde", SandboxTestTenant.Client) : SandboxTestTenant.Address("Anna Albrecht", SandboxTestTenant.Anna),
                ["toRecipients"] = new JsonArray(fromClient ? SandboxTestTenant.Address("Anna Albrecht", SandboxTestTenant.Anna) : SandboxTestTenant.Address("Karl Kunde", SandboxTestTenant.Client)),
                ["sentDateTime"] = sent.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["receivedDateTime"] = sent.AddSeconds(5).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["parentFolderId"] = fromClient ? "inbox" : "sentitems",
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = $"<p>Nachricht {n}</p>" },
            });
        }
    };
}
