using OutlookClientCare.Core;
using OutlookClientCare.Server.Booking;
using OutlookClientCare.Server.Cli;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Coach;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Errors;
using OutlookClientCare.Server.FollowUps;
using OutlookClientCare.Server.Graph;
using OutlookClientCare.Server.Hardening;
using OutlookClientCare.Server.Health;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Interactions;
using OutlookClientCare.Server.Manifest;
using OutlookClientCare.Server.Me;
using OutlookClientCare.Server.Pane;
using OutlookClientCare.Server.Privacy;
using OutlookClientCare.Server.SendChecks;
using OutlookClientCare.Server.Snippets;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Threads;
using OutlookClientCare.Server.Waiting;

if (CliRunner.IsVerb(args))
{
    return await CliRunner.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
var demo = DemoMode.IsActive(builder.Configuration);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.ConfigureHttpJsonOptions(o => CoreJson.Configure(o.SerializerOptions));
builder.Services.AddOpenApi();
builder.Services.AddHttpClient();
builder.Services.AddStorage(builder.Configuration);
builder.Services.AddGraphGateway();
builder.Services.AddThreads();
builder.Services.AddManifest();
builder.Services.AddPrivacy();
builder.AddHardening();
builder.Services.AddBooking();
builder.Services.AddClients();
builder.Services.AddInteractions();
builder.Services.AddSnippets();
builder.Services.AddFollowUps();
builder.Services.AddSendChecks();
if (demo)
{
    builder.AddDemoMode();
    builder.Services.AddApiAuthorization(ApiAccess.Demo);
}
else
{
    builder.AddEntraId();
}

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseHardeningBeforeAuthentication(demo);
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
app.MapWaiting();
if (demo)
{
    app.MapDemoMode();
    app.MapDemoPage();
}

await app.RunAsync();
return 0;

public partial class Program;
