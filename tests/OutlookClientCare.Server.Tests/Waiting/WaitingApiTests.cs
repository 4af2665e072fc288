using System.Net.Http.Json;
using System.Text.Json;
using OutlookClientCare.Server.Tests.Coach;
using OutlookClientCare.Server.Tests.FollowUps;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Waiting;

public sealed class WaitingApiTests
{
    [Fact]
    public async Task Threads_where_the_client_wrote_last_are_listed_longest_wait_first_from_one_mailbox_request()
    {
        await using var host = await ToolkitHost.StartAsync(ExtraThreads.Add);

        var waiting = await host.ClientFor(Anna).GetFromJsonAsync<JsonElement>("/api/waiting");

        var threads = waiting.GetProperty("threads").EnumerateArray().ToList();
        Assert.Equal([ThreadId, ExtraThreads.Questions], threads.Select(t => t.GetProperty("conversationId").GetString()));
        Assert.Equal(10.0, threads[0].GetProperty("businessHoursWaited").GetDouble(), precision: 1);
        Assert.Equal(6.0, threads[1].GetProperty("businessHoursWaited").GetDouble(), precision: 1);
        Assert.Equal(Client, threads[1].GetProperty("client").GetProperty("address").GetString());
        Assert.NotEqual("calm", threads[1].GetProperty("mood").GetString());
        Assert.Equal(2, threads[1].GetProperty("openAsks").GetInt32());
        Assert.Equal(1, host.Sandbox.Counters.Get("GET /me/messages", Anna));
        Assert.Equal(0, host.Sandbox.Counters.Get("GET /me/mailFolders/{folder}/messages", Anna));
    }

    [Fact]
    public async Task Nobody_is_waiting_on_Ben_whose_mailbox_is_empty()
    {
        await using var host = await ToolkitHost.StartAsync(ExtraThreads.Add);

        var waiting = await host.ClientFor(Ben).GetFromJsonAsync<JsonElement>("/api/waiting");

        Assert.Equal(0, waiting.GetProperty("threads").GetArrayLength());
        Assert.True(waiting.GetProperty("complete").GetBoolean());
    }
}
