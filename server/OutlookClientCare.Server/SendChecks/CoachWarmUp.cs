using OutlookClientCare.Core.Coach;

namespace OutlookClientCare.Server.SendChecks;

/// <summary>
/// Builds the coach's phrase patterns for both languages right after start, in the background.
/// Built on first use instead, they cost the first review of each language a few seconds, past the
/// budget Outlook's send handler gives the server: that first mail would go out unchecked.
/// </summary>
public sealed class CoachWarmUp(ILogger<CoachWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            DraftCoach.Coach("Guten Tag Frau Muster, wie bereits erwähnt, melden wir uns zeitnah, weil Sie die Daten nicht geschickt haben.");
            DraftCoach.Coach("Hi Jane, as I said before, we will get back to you ASAP because you didn't send the data.");
            logger.LogInformation("Draft coach ready in {Milliseconds} ms", clock.ElapsedMilliseconds);
        },
        stoppingToken);
}
