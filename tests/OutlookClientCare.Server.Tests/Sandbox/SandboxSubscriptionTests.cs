using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookClientCare.GraphSandbox.Hosting;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

public sealed class SandboxSubscriptionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ASubscriptionIsCreatedOnlyAfterTheEndpointEchoesTheValidationToken()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await GraphSandboxHost.StartAsync(Create(), new FakeTimeProvider(Now));
        var graph = SandboxClients.Graph(host);

        var subscription = await graph.Subscriptions.PostAsync(Request(receiver.Url, Now.AddDays(2)));

        Assert.True(Guid.TryParse(subscription!.Id, out _));
        Assert.Equal("me/events", subscription.Resource);
        Assert.Equal("secret-state", subscription.ClientState);
        Assert.Equal(Now.AddDays(2), subscription.ExpirationDateTime);
        Assert.StartsWith("Validation: Testing client application reachability", Assert.Single(receiver.ValidationTokens), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEndpointThatDoesNotEchoTheTokenGetsNoSubscription()
    {
        await using var receiver = await NotificationReceiver.StartAsync(echoToken: false);
        await using var host = await GraphSandboxHost.StartAsync(Create(), new FakeTimeProvider(Now));
        var graph = SandboxClients.Graph(host);

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Subscriptions.PostAsync(Request(receiver.Url, Now.AddDays(2))));
        host.ActAsUserInOutlookAddEvent(Anna, Meeting("Neu"));
        await host.WhenNotificationsSentAsync();

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal(0, receiver.Pending);
    }

    [Fact]
    public async Task AnExpiryBeyondTheOutlookLimitIsRefused()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await GraphSandboxHost.StartAsync(Create(), new FakeTimeProvider(Now));
        var graph = SandboxClients.Graph(host);

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Subscriptions.PostAsync(Request(receiver.Url, Now.AddDays(7).AddMinutes(1))));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Empty(receiver.ValidationTokens);
    }

    [Fact]
    public async Task AMeetingTheUserAddsInOutlookIsNotifiedWithClientStateAndResource()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await GraphSandboxHost.StartAsync(Create(), new FakeTimeProvider(Now));
        var graph = SandboxClients.Graph(host);
        var subscription = await graph.Subscriptions.PostAsync(Request(receiver.Url, Now.AddDays(2)));

        var meeting = host.ActAsUserInOutlookAddEvent(Anna, Meeting("Kunde ruft an"));
        var notification = receiver.Next();

        var id = (string)meeting["id"]!;
        Assert.Equal(subscription!.Id, (string?)notification["subscriptionId"]);
        Assert.Equal("created", (string?)notification["changeType"]);
        Assert.Equal("secret-state", (string?)notification["clientState"]);
        Assert.Equal($"Users/{AnnaId}/Events/{id}", (string?)notification["resource"]);
        Assert.Equal(id, (string?)notification["resourceData"]!["id"]);
        Assert.Equal("#Microsoft.Graph.Event", (string?)notification["resourceData"]!["@odata.type"]);
        Assert.Equal("0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f", (string?)notification["tenantId"]);
        Assert.Equal(Now.AddDays(2), DateTimeOffset.Parse((string)notification["subscriptionExpirationDateTime"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ApiChangesAndOutlookMovesAndDeletesAreNotifiedInOrder()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await GraphSandboxHost.StartAsync(Create(), new FakeTimeProvider(Now));
        var graph = SandboxClients.Graph(host);
        await graph.Subscriptions.PostAsync(Request(receiver.Url, Now.AddDays(2)));

        var block = await graph.Me.Events.PostAsync(SandboxCalendarTests.Block("tx-notify"));
        await graph.Me.Events[block!.Id].PatchAsync(new Event { ShowAs = FreeBusyStatus.Tentative });
        host.ActAsUserInOutlookMoveEvent(Anna, block.Id!, TimeSpan.FromHours(1));
        host.ActAsUserInOutlookDeleteEvent(Anna, block.Id!);

        Assert.Equal(
            ["created", "updated", "updated", "deleted"],
            Enumerable.Range(0, 4).Select(_ => receiver.Next()).Select(n => (string?)n["changeType"]));
        Assert.All(host.EventsOf(Anna), e => Assert.NotEqual(block.Id, (string?)e["id"]));
    }

    [Fact]
    public async Task OnlyTheSubscribedUsersChangesAndChangeTypesAreNotified()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await GraphSandboxHost.StartAsync(Create(), new FakeTimeProvider(Now));
        var graph = SandboxClients.Graph(host, Anna);
        var request = Request(receiver.Url, Now.AddDays(2));
        request.Resource = $"users/{BenId}/events";
        request.ChangeType = "deleted";
        await graph.Subscriptions.PostAsync(request);

        var annas = host.ActAsUserInOutlookAddEvent(Anna, Meeting("Anna"));
        var bens = host.ActAsUserInOutlookAddEvent(Ben, Meeting("Ben"));
        host.ActAsUserInOutlookDeleteEvent(Anna, (string)annas["id"]!);
        host.ActAsUserInOutlookDeleteEvent(Ben, (string)bens["id"]!);
        await host.WhenNotificationsSentAsync();

        var only = receiver.Next();
        Assert.Equal("deleted", (string?)only["changeType"]);
        Assert.Equal((string?)bens["id"], (string?)only["resourceData"]!["id"]);
        Assert.Equal(0, receiver.Pending);
    }

    [Fact]
    public async Task ARenewedSubscriptionKeepsNotifyingAndAnExpiredOneFallsSilent()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        var time = new FakeTimeProvider(Now);
        await using var host = await GraphSandboxHost.StartAsync(Create(), time);
        var graph = SandboxClients.Graph(host);
        var subscription = await graph.Subscriptions.PostAsync(Request(receiver.Url, Now.AddHours(1)));

        time.Advance(TimeSpan.FromMinutes(50));
        var renewed = await graph.Subscriptions[subscription!.Id].PatchAsync(new Subscription { ExpirationDateTime = Now.AddHours(3) });
        time.Advance(TimeSpan.FromMinutes(60));
        host.ActAsUserInOutlookAddEvent(Anna, Meeting("still notified"));
        var stillNotified = receiver.Next();
        time.Advance(TimeSpan.FromHours(2));
        host.ActAsUserInOutlookAddEvent(Anna, Meeting("after expiry"));
        await host.WhenNotificationsSentAsync();

        Assert.Equal(Now.AddHours(3), renewed!.ExpirationDateTime);
        Assert.Equal("created", (string?)stillNotified["changeType"]);
        Assert.Equal(0, receiver.Pending);
    }

    [Fact]
    public async Task TheAdminHookAddsAMeetingOverHttpAndItIsNotified()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await GraphSandboxHost.StartAsync(Create(), new FakeTimeProvider(Now));
        var graph = SandboxClients.Graph(host);
        await graph.Subscriptions.PostAsync(Request(receiver.Url, Now.AddDays(1)));
        using var admin = new HttpClient { BaseAddress = new Uri(host.AdminUrl + "/") };

        var (added, meeting) = await admin.SendJsonAsync(HttpMethod.Post, $"users/{Anna}/events", Meeting("Per Outlook"));
        var (deleted, _) = await admin.SendJsonAsync(HttpMethod.Delete, $"users/{Anna}/events/{(string?)meeting["id"]}", null);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["created", "deleted"], new[] { receiver.Next(), receiver.Next() }.Select(n => (string?)n["changeType"]));
    }

    [Fact]
    public async Task ADeletedSubscriptionStopsNotifications()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await GraphSandboxHost.StartAsync(Create(), new FakeTimeProvider(Now));
        var graph = SandboxClients.Graph(host);
        var subscription = await graph.Subscriptions.PostAsync(Request(receiver.Url, Now.AddDays(1)));

        await graph.Subscriptions[subscription!.Id].DeleteAsync();
        host.ActAsUserInOutlookAddEvent(Anna, Meeting("nobody listens"));
        await host.WhenNotificationsSentAsync();

        Assert.Equal(0, receiver.Pending);
    }

    private static Subscription Request(Uri url, DateTimeOffset expiry) => new()
    {
        ChangeType = "created,updated,deleted",
        NotificationUrl = url.ToString(),
        Resource = "me/events",
        ExpirationDateTime = expiry,
        ClientState = "secret-state",
    };

    private static JsonObject Meeting(string subject) => new()
    {
        ["subject"] = subject,
        ["start"] = new JsonObject { ["dateTime"] = "2026-12-02T09:30:00", ["timeZone"] = "Europe/Berlin" },
        ["end"] = new JsonObject { ["dateTime"] = "2026-12-02T10:00:00", ["timeZone"] = "Europe/Berlin" },
    };
}
