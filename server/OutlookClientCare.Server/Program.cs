using OutlookClientCare.Server.Cli;

if (CliRunner.IsVerb(args))
{
    return await CliRunner.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => "ok");
await app.RunAsync();
return 0;

public partial class Program;
