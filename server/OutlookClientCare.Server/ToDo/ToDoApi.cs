using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.ToDo;

/// <summary>The To Do switch of the follow-up settings, and catching up with what changed in To Do.</summary>
public static class ToDoApi
{
    public sealed record FollowUpSettings(bool? Todo);

    public sealed record FollowUpSettingsResponse(bool Todo, string? TodoListId);

    public static IServiceCollection AddToDo(this IServiceCollection services)
    {
        services.AddSettings<ToDoOptions>(ToDoOptions.Section);
        services.AddScoped<ToDoMirror>();
        services.AddScoped<ToDoSyncRun>();
        services.AddHostedService<ToDoSyncService>();
        return services;
    }

    public static IEndpointRouteBuilder MapToDo(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/follow-ups").RequireAuthorization().WithTags("FollowUps");
        group.MapGet("/settings", GetAsync)
            .WithName("GetFollowUpSettings")
            .WithSummary("Whether follow-ups also become Microsoft To Do tasks.");
        group.MapPut("/settings", PutAsync)
            .WithName("SetFollowUpSettings")
            .WithSummary("todo: true mirrors new follow-ups to the To Do list \"Kundenpflege\" / \"Client care\" (asks for Tasks.ReadWrite the first time); false stops, leaving existing tasks alone.");
        group.MapPost("/todo/sync", SyncAsync)
            .WithName("SyncToDo")
            .WithSummary("Completes or reopens follow-ups whose To Do tasks were ticked off or reopened since the last look (To Do's delta query).");
        return app;
    }

    private static async Task<Ok<FollowUpSettingsResponse>> GetAsync(ClaimsPrincipal principal, ToDoMirror todo, CancellationToken ct)
    {
        var setting = await todo.SettingAsync(AppUser.From(principal), ct);
        return TypedResults.Ok(new FollowUpSettingsResponse(setting?.Enabled ?? false, setting?.Enabled == true ? setting.ListId : null));
    }

    private static async Task<Results<Ok<FollowUpSettingsResponse>, ValidationProblem>> PutAsync(FollowUpSettings settings, ClaimsPrincipal principal, ToDoMirror todo, CancellationToken ct)
    {
        if (settings?.Todo is not { } on)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["todo"] = ["Required: true or false."] });
        }

        var setting = await todo.SetAsync(AppUser.From(principal), on, ct);
        return TypedResults.Ok(new FollowUpSettingsResponse(setting.Enabled, setting.Enabled ? setting.ListId : null));
    }

    private static async Task<Ok<ToDoMirror.SyncResult>> SyncAsync(ClaimsPrincipal principal, ToDoMirror todo, CancellationToken ct) =>
        TypedResults.Ok(await todo.SyncAsync(AppUser.From(principal), ct));
}
