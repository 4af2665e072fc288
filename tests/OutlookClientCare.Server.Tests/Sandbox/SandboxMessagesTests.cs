using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph.Me.Messages.Item.CreateReplyAll;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookClientCare.GraphSandbox.Hosting;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Sandbox;

public sealed class SandboxMessagesTests
{
    private const string ThreadFilter = "conversationId eq '" + ThreadId + "'";

    [Fact]
    public async Task AThreadOf25MessagesComesInThreePagesLinkedByNextLink()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var pageSizes = new List<int>();
        var ids = new List<string>();
        string? next = "me/messages?$filter=" + Uri.EscapeDataString(ThreadFilter) + "&$select=subject,receivedDateTime";
        while (next is not null)
        {
            var (response, page) = await client.GetJsonAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var items = page["value"]!.AsArray();
            pageSizes.Add(items.Count);
            ids.AddRange(items.Select(m => (string)m!["id"]!));
            next = (string?)page["@odata.nextLink"];
            Assert.True(next is null || next.StartsWith(host.BaseUrl, StringComparison.Ordinal), next);
        }

        Assert.Equal([10, 10, 5], pageSizes);
        Assert.Equal(ThreadLength, ids.Distinct().Count());
    }

    [Fact]
    public async Task TheSdkPageIteratorReadsEveryMessageOfTheThreadWithTop()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host);

        var first = await graph.Me.Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = ThreadFilter;
            r.QueryParameters.Top = 7;
        });
        var all = new List<Message>();
        var iterator = Microsoft.Graph.PageIterator<Message, MessageCollectionResponse>.CreatePageIterator(graph, first!, m =>
        {
            all.Add(m);
            return true;
        });
        await iterator.IterateAsync();

        Assert.Equal(7, first!.Value!.Count);
        Assert.Equal(ThreadLength, all.Select(m => m.Id).Distinct().Count());
        Assert.All(all, m => Assert.Equal(ThreadId, m.ConversationId));
    }

    [Fact]
    public async Task UniqueBodyIsReturnedOnlyWhenSelectedAndSelectLimitsTheProperties()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var (_, whole) = await client.GetJsonAsync("me/messages/AAMkMessage03");
        var (_, selected) = await client.GetJsonAsync("me/messages/AAMkMessage03?$select=uniqueBody,subject");

        Assert.False(whole.ContainsKey("uniqueBody"));
        Assert.True(whole.ContainsKey("body"));
        Assert.Equal(["@odata.etag", "id", "subject", "uniqueBody"], selected.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Zitat", (string?)selected["uniqueBody"]!["content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderByTogetherWithTheConversationFilterIsRefusedAsInefficientFilter()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host);

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Me.Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = ThreadFilter;
            r.QueryParameters.Orderby = ["receivedDateTime desc"];
        }));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("InefficientFilter", error.Error!.Code);
    }

    [Fact]
    public async Task OrderByWithoutTheConversationFilterSortsAndFiltersCombine()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var filter = Uri.EscapeDataString("isDraft eq false and receivedDateTime ge 2026-11-22T00:00:00Z");
        var (response, page) = await client.GetJsonAsync($"me/messages?$filter={filter}&$orderby=receivedDateTime asc&$top=100&$select=receivedDateTime");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = page["value"]!.AsArray().Select(m => DateTimeOffset.Parse((string)m!["receivedDateTime"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(received);
        Assert.All(received, r => Assert.True(r >= new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(received.Order(), received);
        Assert.Equal(ThreadLength - 14, received.Count);
    }

    [Theory]
    [InlineData("conversationId eq")]
    [InlineData("conversationId like 'x'")]
    [InlineData("isDraft eq false or isRead eq true")]
    [InlineData("((((((((((((((((((((isDraft eq false))))))))))))))))))))")]
    public async Task FiltersTheSandboxCannotRunAre400NotACrash(string filter)
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var (response, body) = await client.GetJsonAsync("me/messages?$filter=" + Uri.EscapeDataString(filter));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest", (string?)body["error"]!["code"]);
    }

    [Fact]
    public async Task PreferTextTurnsHtmlBodiesIntoTextAndSaysSo()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var (response, message) = await client.GetJsonAsync("me/messages/AAMkMessage04?$select=body,uniqueBody", "outlook.body-content-type=\"text\"");

        Assert.Equal("outlook.body-content-type=\"text\"", response.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal("text", (string?)message["body"]!["contentType"]);
        Assert.Equal("Nachricht 4 & Frage?\r\nZitat der vorigen Nachricht", (string?)message["body"]!["content"]);
        Assert.Equal("Nachricht 4 & Frage?", (string?)message["uniqueBody"]!["content"]);
    }

    [Fact]
    public async Task TheInboxFolderListsOnlyInboxMessages()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host);

        var inbox = await graph.Me.MailFolders["inbox"].Messages.GetAsync(r => r.QueryParameters.Top = 50);

        Assert.Equal(13, inbox!.Value!.Count);
        Assert.All(inbox.Value, m => Assert.Equal(Client, m.From!.EmailAddress!.Address));
    }

    [Fact]
    public async Task CreateReplyAllMakesADraftInTheThreadToEveryoneButMe()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host);

        var draft = await graph.Me.Messages["AAMkMessage04"].CreateReplyAll.PostAsync(new CreateReplyAllPostRequestBody { Comment = "Danke, wir melden uns bis Freitag." });

        Assert.NotNull(draft);
        Assert.True(draft.IsDraft);
        Assert.Equal(ThreadId, draft.ConversationId);
        Assert.Equal("RE: AW: Lieferung verspätet", draft.Subject);
        Assert.Equal([Client], draft.ToRecipients!.Select(r => r.EmailAddress!.Address));
        Assert.Equal([Ben], draft.CcRecipients!.Select(r => r.EmailAddress!.Address));
        Assert.StartsWith("https://outlook.office365.com/owa/?ItemID=", draft.WebLink, StringComparison.Ordinal);
        Assert.Contains("Danke, wir melden uns bis Freitag.", draft.Body!.Content, StringComparison.Ordinal);
        Assert.Contains("<b>Von:</b> Karl Kunde &lt;kunde@client.example&gt;", draft.Body.Content, StringComparison.Ordinal);
        Assert.Contains("<b>Betreff:</b> AW: Lieferung verspätet", draft.Body.Content, StringComparison.Ordinal);
        Assert.Contains("Nachricht 4", draft.Body.Content, StringComparison.Ordinal);
        Assert.Contains(host.MessagesOf(Anna), m => (string?)m["id"] == draft.Id && (string?)m["parentFolderId"] == "drafts");
    }

    [Fact]
    public async Task ADraftsBodyCanBePatchedAndTheDraftDeleted()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host);
        var draft = await graph.Me.Messages["AAMkMessage04"].CreateReplyAll.PostAsync(new CreateReplyAllPostRequestBody());

        var patched = await graph.Me.Messages[draft!.Id].PatchAsync(new Message
        {
            Body = new ItemBody { ContentType = BodyType.Html, Content = "<p>Zusammenfassung: Lieferung am 4.12.</p>" },
        });
        await graph.Me.Messages[draft.Id].DeleteAsync();

        Assert.Equal("<p>Zusammenfassung: Lieferung am 4.12.</p>", patched!.Body!.Content);
        Assert.Equal("Zusammenfassung: Lieferung am 4.12.", patched.BodyPreview);
        Assert.DoesNotContain(host.MessagesOf(Anna), m => (string?)m["id"] == draft.Id);
    }

    [Fact]
    public async Task CreateReplyAllWithBothCommentAndMessageBodyIs400()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);
        var before = host.MessagesOf(Anna).Count;

        var (response, body) = await client.SendJsonAsync(HttpMethod.Post, "me/messages/AAMkMessage04/createReplyAll", new JsonObject
        {
            ["comment"] = "Hallo",
            ["message"] = new JsonObject { ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "Hallo" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ErrorInvalidRequest", (string?)body["error"]!["code"]);
        Assert.Equal(before, host.MessagesOf(Anna).Count);
    }

    [Fact]
    public async Task TheBodyOfAReceivedMessageCannotBePatched()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var (response, _) = await client.SendJsonAsync(HttpMethod.Patch, "me/messages/AAMkMessage04", new JsonObject
        {
            ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "rewritten history" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nachricht 4", (string?)host.MessagesOf(Anna).Single(m => (string?)m["id"] == "AAMkMessage04")["body"]!["content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFlagWithADueDateNeedsAStartDate()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        var graph = SandboxClients.Graph(host);
        // A fresh object per request: Kiota's backing store sends only values changed since the last serialization.
        static DateTimeTimeZone Due() => new() { DateTime = "2026-12-04T17:00:00", TimeZone = "W. Europe Standard Time" };

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Me.Messages["AAMkMessage04"].PatchAsync(new Message
        {
            Flag = new FollowupFlag { FlagStatus = FollowupFlagStatus.Flagged, DueDateTime = Due() },
        }));
        var flagged = await graph.Me.Messages["AAMkMessage04"].PatchAsync(new Message
        {
            Flag = new FollowupFlag
            {
                FlagStatus = FollowupFlagStatus.Flagged,
                StartDateTime = new DateTimeTimeZone { DateTime = "2026-12-01T09:00:00", TimeZone = "W. Europe Standard Time" },
                DueDateTime = Due(),
            },
        });

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal(FollowupFlagStatus.Flagged, flagged!.Flag!.FlagStatus);
        Assert.Equal("2026-12-04T17:00:00.0000000", flagged.Flag.DueDateTime!.DateTime);
    }

    [Fact]
    public async Task AMissingMessageIs404ErrorItemNotFound()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);

        var (response, body) = await client.GetJsonAsync("me/messages/AAMkNope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ErrorItemNotFound", (string?)body["error"]!["code"]);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIs400()
    {
        await using var host = await GraphSandboxHost.StartAsync(Create());
        using var client = SandboxClients.Http(host);
        using var request = new HttpRequestMessage(HttpMethod.Patch, "me/messages/AAMkMessage04") { Content = new StringContent("{\"flag\": [", System.Text.Encoding.UTF8, "application/json") };

        var (response, body) = await SandboxClients.SendJsonAsync(client, request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest", (string?)body["error"]!["code"]);
    }
}
