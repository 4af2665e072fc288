using System.Net;
using System.Text;
using OutlookClientCare.GraphSandbox.Hosting;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

public sealed class SandboxHostileInputTests
{
    [Theory]
    [InlineData("POST", "me/events", """{"subject": 5, "start": {"dateTime": "2026-12-01T09:00:00", "timeZone": "UTC"}, "end": {"dateTime": "2026-12-01T10:00:00", "timeZone": "UTC"}}""")]
    [InlineData("POST", "me/events", """{"isAllDay": "yes", "start": {"dateTime": "2026-12-01T09:00:00", "timeZone": "UTC"}, "end": {"dateTime": "2026-12-01T10:00:00", "timeZone": "UTC"}}""")]
    [InlineData("POST", "me/events", """{"start": {"dateTime": 20261201, "timeZone": "UTC"}, "end": {"dateTime": "2026-12-01T10:00:00", "timeZone": 1}}""")]
    [InlineData("POST", "me/events", """{"start": "tomorrow", "end": null}""")]
    [InlineData("POST", "me/events", """{"start": {"dateTime": "2026-12-01T09:00:00", "timeZone": "UTC"}, "end": {"dateTime": "2026-12-01T08:00:00", "timeZone": "UTC"}}""")]
    [InlineData("POST", "me/events", """{"start": {"dateTime": "2026-12-01T09:00:00", "timeZone": "UTC"}, "end": {"dateTime": "2026-12-01T10:00:00", "timeZone": "UTC"}, "recurrence": {"pattern": {"type": "daily", "interval": "two"}, "range": {"type": "noEnd", "startDate": 5}}}""")]
    [InlineData("POST", "me/events", "[1, 2, 3]")]
    [InlineData("POST", "me/events", "\"just a string\"")]
    [InlineData("PATCH", "me/events/AAMkEventReview", """{"recurrence": {"pattern": {"type": "weekly", "daysOfWeek": [1, null, "funday"]}, "range": {"type": "noEnd", "startDate": "2026-12-01"}}, "cancelledOccurrences": 7}""")]
    [InlineData("PATCH", "me/messages/AAMkMessage04", """{"flag": {"flagStatus": 1, "startDateTime": "now"}}""")]
    [InlineData("PATCH", "me/messages/AAMkMessage04", """{"flag": "flagged"}""")]
    [InlineData("POST", "me/messages/AAMkMessage04/createReplyAll", """{"message": {"toRecipients": "everyone"}}""")]
    [InlineData("POST", "me/messages/AAMkMessage04/createReplyAll", """{"comment": {"nested": true}}""")]
    [InlineData("PATCH", "me/mailboxSettings", """{"workingHours": "always"}""")]
    [InlineData("POST", "$batch", """{"requests": [{"id": 1, "method": "GET", "url": "https://evil.example/me"}, {"id": "2", "method": "GET", "url": "/$batch"}, {"id": "3", "dependsOn": "1", "method": "GET", "url": "/me"}]}""")]
    [InlineData("POST", "$batch", """{"requests": "all of them"}""")]
    [InlineData("POST", "subscriptions", """{"changeType": "created", "notificationUrl": "file:///etc/passwd", "resource": "me/events", "expirationDateTime": "2026-12-01T00:00:00Z"}""")]
    [InlineData("GET", "me/calendarView?startDateTime=yesterday&endDateTime=2026-99-99", null)]
    [InlineData("GET", "me/messages?$top=-5&$skip=abc", null)]
    [InlineData("GET", "me/messages?$top=2147483647&$skip=2147483647", null)]
    [InlineData("GET", "me/messages?$filter=singleValueExtendedProperties/Any(ep: ep/id eq 'x'", null)]
    [InlineData("GET", "me/events/%00%FF..%2F..%2Fetc", null)]
    public async Task MalformedRequestsGetAGraphErrorAndLeaveTheMailboxReadable(string method, string url, string? body)
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var (view, _) = await client.GetJsonAsync("me/calendarView?startDateTime=2026-11-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z");
        var (messages, _) = await client.GetJsonAsync("me/messages?$select=subject,flag,body&$top=100");
        var (reply, _) = await client.SendJsonAsync(HttpMethod.Post, "me/messages/AAMkMessage04/createReplyAll", null);

        Assert.True((int)response.StatusCode < 500, $"{method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Equal(HttpStatusCode.OK, messages.StatusCode);
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
    }

    [Fact]
    public async Task ABodyOverGraphsFourMegabyteLimitIs413()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);
        var huge = "{\"subject\": \"" + new string('x', GraphSandboxEndpoints.MaxBodyBytes) + "\"}";

        var (response, body) = await SandboxClients.SendJsonAsync(client, new HttpRequestMessage(HttpMethod.Post, "me/events") { Content = new StringContent(huge, Encoding.UTF8, "application/json") });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("RequestEntityTooLarge", (string?)body["error"]!["code"]);
    }
}
