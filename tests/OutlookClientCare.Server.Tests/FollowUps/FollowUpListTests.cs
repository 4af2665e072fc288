using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.FollowUps;
using OutlookClientCare.Server.Identity;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.FollowUps;

public sealed class FollowUpListTests
{
    private const string SummaryUrl = $"/api/threads/{ThreadId}/follow-up-summary";
    private static readonly AppUser AnnaUser = new(DemoAuthenticationHandler.TenantId, AnnaId, Anna);

    private static async Task DraftAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync(SummaryUrl, new
        {
            nextSteps = new[]
            {
                new { what = "Plan schicken", owner = "Anna", due = "2026-11-25" },
                new { what = "Plan freigeben", owner = "Karl", due = "2026-11-30" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<List<string?>> WhatAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/follow-ups" + query)).EnumerateArray().Select(f => f.GetProperty("what").GetString())];

    [Fact]
    public async Task Follow_ups_move_from_due_to_overdue_as_days_pass_and_to_done_when_marked()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        await DraftAsync(anna);

        Assert.Equal(["Plan schicken", "Plan freigeben"], await WhatAsync(anna, "?state=due"));
        host.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(["Plan schicken"], await WhatAsync(anna, "?state=overdue"));

        var id = (await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups?state=overdue"))[0].GetProperty("id").GetString();
        var patched = await anna.PatchAsJsonAsync($"/api/follow-ups/{id}", new { done = true });

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(["Plan schicken"], await WhatAsync(anna, "?state=done"));
        Assert.Empty(await WhatAsync(anna, "?state=overdue"));
        var log = await anna.GetFromJsonAsync<JsonElement>("/api/interactions?client=client.example");
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("kind").GetString() == "follow-up-done" && e.GetProperty("text").GetString() == "Nachfassen erledigt: Plan schicken");
    }

    [Fact]
    public async Task Ben_sees_none_of_Annas_follow_ups_and_cannot_mark_them_done()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        var ben = host.ClientFor(Ben);
        await DraftAsync(anna);
        var id = (await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups"))[0].GetProperty("id").GetString();

        var bensList = await ben.GetFromJsonAsync<JsonElement>("/api/follow-ups");
        var bensPatch = await ben.PatchAsJsonAsync($"/api/follow-ups/{id}", new { done = true });

        Assert.Equal(0, bensList.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, bensPatch.StatusCode);
        Assert.Empty(await WhatAsync(anna, "?state=done"));
    }

    [Fact]
    public async Task An_unknown_state_or_a_patch_without_done_is_a_400_naming_the_field()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);

        var list = await anna.GetAsync("/api/follow-ups?state=later");
        var patch = await anna.PatchAsJsonAsync($"/api/follow-ups/{Guid.NewGuid()}", new { });

        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);
        Assert.Contains("\"state\"", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
        Assert.Contains("\"done\"", await patch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_in_is_due_when_the_cadence_has_passed_since_the_last_logged_contact()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        await anna.PutAsJsonAsync("/api/clients/client.example/card", new { displayName = "Client GmbH", checkInEveryDays = 7 });
        await anna.PutAsJsonAsync("/api/clients/other.example/card", new { displayName = "Other AG" });

        var fresh = await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups/check-ins");
        host.Time.Advance(TimeSpan.FromDays(7));
        var week = await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups/check-ins");
        await anna.PostAsJsonAsync("/api/interactions", new { kind = "note", client = Client, text = "Kurz telefoniert" });
        var afterContact = await anna.GetFromJsonAsync<JsonElement>("/api/follow-ups/check-ins");

        Assert.Equal(0, fresh.GetArrayLength());
        var due = Assert.Single(week.EnumerateArray());
        Assert.Equal("client.example", due.GetProperty("client").GetString());
        Assert.Equal("2026-12-01", due.GetProperty("dueOn").GetString());
        Assert.Equal(0, afterContact.GetArrayLength());
    }

    [Fact]
    public async Task The_day_agenda_lists_open_follow_ups_due_by_that_day_and_check_ins_for_the_block()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        await DraftAsync(anna);
        await anna.PutAsJsonAsync($"/api/clients/{Client}/card", new { checkInEveryDays = 3 });
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        await using var scope = host.Services.CreateAsyncScope();
        var agenda = scope.ServiceProvider.GetRequiredService<FollowUpAgenda>();
        var tomorrow = await agenda.ForDayAsync(AnnaUser, new DateOnly(2026, 11, 25), berlin, CancellationToken.None);
        var nextMonday = await agenda.ForDayAsync(AnnaUser, new DateOnly(2026, 11, 30), berlin, CancellationToken.None);
        var bens = await agenda.ForDayAsync(new AppUser(AnnaUser.TenantId, BenId, Ben), new DateOnly(2026, 11, 30), berlin, CancellationToken.None);

        Assert.Equal(["Plan schicken"], tomorrow.FollowUps.Select(f => f.What));
        Assert.Empty(tomorrow.CheckIns);
        Assert.Equal(["Plan schicken", "Plan freigeben"], nextMonday.FollowUps.Select(f => f.What));
        Assert.Equal([Client], nextMonday.CheckIns.Select(c => c.Client));
        Assert.Empty(bens.FollowUps);
        Assert.Empty(bens.CheckIns);
    }

    [Fact]
    public async Task A_booking_run_loads_the_agenda_of_all_its_users_at_once_and_gets_the_same_days_as_one_query_per_block()
    {
        await using var host = await ToolkitHost.StartAsync();
        var anna = host.ClientFor(Anna);
        await DraftAsync(anna);
        await anna.PutAsJsonAsync($"/api/clients/{Client}/card", new { checkInEveryDays = 3 });
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var ben = new AppUser(AnnaUser.TenantId, BenId, Ben);

        await using var scope = host.Services.CreateAsyncScope();
        var agenda = scope.ServiceProvider.GetRequiredService<FollowUpAgenda>();
        var loaded = await agenda.ForUsersAsync(AnnaUser.TenantId, [AnnaUser.ObjectId, ben.ObjectId], new DateOnly(2026, 12, 4), CancellationToken.None);

        var days = Enumerable.Range(0, 10).Select(d => new DateOnly(2026, 11, 25).AddDays(d)).ToList();
        foreach (var user in (AppUser[])[AnnaUser, ben])
        {
            foreach (var day in days)
            {
                var one = await agenda.ForDayAsync(user, day, berlin, CancellationToken.None);
                var all = loaded.ForDay(user.ObjectId, day, berlin);
                Assert.Equal(one.FollowUps.Select(f => (f.What, f.Due)), all.FollowUps.Select(f => (f.What, f.Due)));
                Assert.Equal(one.CheckIns, all.CheckIns);
            }
        }

        Assert.Equal(["Plan schicken", "Plan freigeben"], loaded.ForDay(AnnaUser.ObjectId, new DateOnly(2026, 11, 30), berlin).FollowUps.Select(f => f.What));
        Assert.Equal([Client], loaded.ForDay(AnnaUser.ObjectId, new DateOnly(2026, 11, 30), berlin).CheckIns.Select(c => c.Client));
        Assert.Empty(loaded.ForDay(ben.ObjectId, new DateOnly(2026, 11, 30), berlin).FollowUps);
    }
}
