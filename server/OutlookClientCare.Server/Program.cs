using OutlookClientCare.Core;
using OutlookClientCare.Server.Booking;
using OutlookClientCare.Server.Cli;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Coach;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Errors;
using OutlookClientCare.Server.FollowUps;
using OutlookClientCare.Server.Handovers;
using OutlookClientCare.Server.Hardening;
using OutlookClientCare.Server.Health;
using OutlookClientCare.Server.Hosting;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Interactions;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Manifest;
using OutlookClientCare.Server.Me;
using OutlookClientCare.Server.Pane;
using OutlookClientCare.Server.Privacy;
using OutlookClientCare.Server.SendChecks;
using OutlookClientCare.Server.Settings;
using OutlookClientCare.Server.Snippets;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Telemetry;
using OutlookClientCare.Server.Threads;
using OutlookClientCare.Server.ToDo;
using OutlookClientCare.Server.Waiting;

if (CliRunner.IsVerb(args))
{
    return await CliRunner.RunAsync(args, Console.Out, Console.Error);
}

try
{
    await RunServerAsync(args);
    return 0;
}
catch (Exception error) when (StartupErrors.Describe(error) is { } lines)
{
    await Console.Error.WriteLineAsync(lines);
    return StartupErrors.ExitCode;
}

static async Task RunServerAsync(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);
    var mode = HostMode.From(builder.Configuration);

    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddHosting(mode);
    builder.Services.AddProblemDetails();
    builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
    builder.Services.ConfigureHttpJsonOptions(o => CoreJson.Configure(o.SerializerOptions));
    builder.Services.AddOpenApi();
    builder.Services.AddHttpClient();
    builder.Services.AddStorage(builder.Configuration);
    builder.Services.AddHealth();
    builder.Services.AddMailbox();
    builder.Services.AddManifest();
    builder.Services.AddPrivacy();
    builder.AddHardening();
    builder.AddTelemetry();
    builder.Services.AddBooking();
    builder.Services.AddClients();
    builder.Services.AddInteractions();
    builder.Services.AddSnippets();
    builder.Services.AddFollowUps();
    builder.Services.AddHandovers();
    builder.Services.AddToDo();
    builder.Services.AddSendChecks();
    if (mode.IsDemo)
    {
        builder.AddDemoMode();
        builder.Services.AddApiAuthorization(ApiAccess.Demo);
    }
    else
    {
        builder.AddEntraId();
    }

    var app = builder.Build();

    app.UseTelemetry();
    app.UseExceptionHandler();
    app.UseStatusCodePages();
    app.UseHardeningBeforeAuthentication(mode.IsDemo);
    app.UsePane();
    app.UseAuthentication();
    app.UseHardeningAfterAuthentication();
    app.UsePrivacy();
    app.UseAuthorization();

    await app.MigrateDatabaseAsync();

    app.MapOpenApi().AllowAnonymousBecause("The API description holds no user data; tooling reads it without a token.");
    app.MapHealth();
    app.MapMe();
    app.MapThreads();
    app.MapManifest();
    app.MapPrivacy();
    app.MapPane();
    app.MapTimeBlocks();
    app.MapClients();
    app.MapInteractions();
    app.MapSnippets();
    app.MapCoach();
    app.MapSendChecks();
    app.MapFollowUps();
    app.MapHandovers();
    app.MapToDo();
    app.MapWaiting();
    if (mode.IsDemo)
    {
        app.MapDemoMode();
        app.MapDemoPage();
    }

    await app.RunAsync();
}

public partial class Program;
