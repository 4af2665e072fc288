using System.Globalization;

namespace OutlookClientCare.LoadHarness;

public static class LoadHarnessProgram
{
    public static async Task<int> Main(string[] args)
    {
        // Loopback only, bounded and self-stopping. Exit code 0 when every budget and check held, 1 when
        // one failed, 2 for bad arguments.
        var scenario = args.FirstOrDefault();
        var users = Option(args, "--users", 10_000);
        var minutes = Option(args, "--minutes", 10);
        var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("OCC_TEST_POSTGRES");
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(minutes + 20));
        var report = new Report(Console.Out);

        switch (scenario)
        {
            case "booking":
                await BookingScenario.RunAsync(users, 1, FleetStorage.SqliteFile(), report, stop.Token);
                break;
            case "instances" when postgres is not null:
                await using (var database = await PostgresDatabase.CreateAsync(postgres))
                {
                    await BookingScenario.RunAsync(users, 2, new FleetStorage("postgres", database.ConnectionString), report, stop.Token);
                }

                break;
            case "storm":
                await StormScenario.RunAsync(Option(args, "--users", 1_000), report, stop.Token);
                break;
            case "pane":
                await PaneScenario.RunAsync(Option(args, "--users", 200), minutes, report, stop.Token);
                break;
            default:
                await Console.Error.WriteLineAsync("""
                    usage: dotnet run -c Release --project tests/OutlookClientCare.LoadHarness -- SCENARIO [options]
                      booking    [--users 10000]                  first and daily booking run, one instance on SQLite
                      storm      [--users 1000]                   10 change notifications per user within a minute
                      pane       [--users 200] [--minutes 10]     simulated pane users opening situation cards
                      instances  [--users 10000] --postgres CONN  the same with two instances sharing a PostgreSQL database
                                                                 (CONN: a role that may create databases; default $OCC_TEST_POSTGRES)
                    """);
                return 2;
        }

        Console.WriteLine(report.Passed ? "load: every budget and check held" : "load: a budget or check failed");
        return report.Passed ? 0 : 1;
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
