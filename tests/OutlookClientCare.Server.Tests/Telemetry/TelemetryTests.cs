using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OutlookClientCare.Graph;
using OutlookClientCare.GraphSandbox.Faults;
using OutlookClientCare.Server.Booking;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Telemetry;
using OutlookClientCare.Server.Tests.Booking;
using static OutlookClientCare.Server.Tests.Booking.BookingTestKit;
using static OutlookClientCare.Server.Tests.Sandbox.SandboxTestTenant;

namespace OutlookClientCare.Server.Tests.Telemetry;

/// <summary>
/// With OTEL_EXPORTER_OTLP_ENDPOINT set, the server traces requests and Graph calls and counts
/// cards, Graph statuses and throttling, booking runs and notifications, as an in-memory exporter
/// receives them; and none of it carries a subject, a body or a token. The SDK listens to every
/// meter of that name in the process, so this runs alone, not beside other test apps.
/// </summary>
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests
{
    [Fact]
    public async Task TracesAndMetricsCoverCardsGraphBookingAndNotificationsWithoutMailContentOrTokens()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        var (sandbox, clock) = await BookingApp.StartSandboxAsync();
        await using var ownedSandbox = sandbox;
        await using var booking = new BookingApp(sandbox, clock);
        await using var app = booking.WithWebHostBuilder(builder =>
        {
            builder.UseSetting(TelemetrySetup.EndpointSetting, "http://127.0.0.1:9"); // a collector nobody answers on: export fails quietly
            builder.UseSetting("OTEL_EXPORTER_OTLP_TIMEOUT", "500");
            builder.ConfigureServices(services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
                services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
            });
        });
        var anna = app.CreateClient();
        anna.DefaultRequestHeaders.Add(DemoAuthenticationHandler.UserHeader, Anna);
        sandbox.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, Route = "GET /me/messages", User = Anna, Count = 1, RetryAfterSeconds = 1 });

        var card = await anna.GetAsync($"/api/threads/{ThreadId}/situation");
        await PutSettingsAsync(anna, s => s["autoBooking"] = true);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BookingRun>().RunAsync(CancellationToken.None);
        }

        var notification = await anna.PostAsJsonAsync("/api/notifications/graph", new { value = new[] { new { subscriptionId = "unknown", clientState = "guess" } } });
        app.Services.GetRequiredService<TracerProvider>().ForceFlush();
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, notification.StatusCode);
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("http.route") == "/api/threads/{conversationId}/situation");
        var graphCalls = spans.Where(s => s.Source.Name == GraphCallTelemetry.SourceName).ToList();
        Assert.Contains(graphCalls, s => s.DisplayName == "GET /users/{id}/messages" && (int?)s.GetTagItem("http.response.status_code") == 429);
        Assert.Contains(graphCalls, s => s.DisplayName == "GET /users/{id}/messages" && (int?)s.GetTagItem("http.response.status_code") == 200);
        Assert.Contains(graphCalls, s => s.DisplayName == "POST /$batch");

        Assert.Equal(1, Sum(metrics, "occ.cards.served", ("http.response.status_code", 200)));
        Assert.Equal(1, Count(metrics, "occ.card.duration"));
        Assert.True(Sum(metrics, "occ.graph.throttled") >= 1);
        Assert.True(Count(metrics, "occ.graph.retry_after") >= 1);
        Assert.True(Sum(metrics, "occ.graph.requests", ("http.response.status_code", 429)) >= 1);
        Assert.True(Sum(metrics, "occ.graph.requests", ("graph.kind", "batch-step")) >= 1);
        Assert.Equal(1, Sum(metrics, "occ.booking.runs", ("outcome", "completed")));
        Assert.Equal(1, Sum(metrics, "occ.booking.users", ("outcome", "booked")));
        Assert.Equal(1, Count(metrics, "occ.booking.duration"));
        Assert.Equal(1, Sum(metrics, "occ.notifications", ("outcome", "received")));
        Assert.Equal(1, Sum(metrics, "occ.notifications", ("outcome", "rejected")));

        var message = sandbox.MessagesOf(Anna).First(m => (string?)m["conversationId"] == ThreadId);
        var subject = (string)message["subject"]!;
        var body = "Zitat der vorigen Nachricht";
        Assert.Contains(body, (string)message["body"]!["content"]!, StringComparison.Ordinal);
        foreach (var text in Everything(spans, metrics))
        {
            Assert.DoesNotContain(subject, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(body, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("sandbox:", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Bearer", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("guess", text, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<MetricPoint> Points(List<Metric> metrics, string name)
    {
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                yield return point;
            }
        }
    }

    private static bool Has(MetricPoint point, (string Key, object Value)[] tags)
    {
        var all = new Dictionary<string, object?>();
        foreach (var tag in point.Tags)
        {
            all[tag.Key] = tag.Value;
        }

        return tags.All(t => all.TryGetValue(t.Key, out var value) && Equals(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static long Sum(List<Metric> metrics, string name, params (string Key, object Value)[] tags) =>
        Points(metrics, name).Where(p => Has(p, tags)).Sum(p => p.GetSumLong());

    private static long Count(List<Metric> metrics, string name) =>
        Points(metrics, name).Sum(p => p.GetHistogramCount());

    /// <summary>Every span name, tag and event, and every metric tag, as text.</summary>
    private static IEnumerable<string> Everything(List<Activity> spans, List<Metric> metrics)
    {
        foreach (var span in spans)
        {
            yield return span.DisplayName;
            foreach (var (key, value) in span.TagObjects)
            {
                yield return $"{key}={value}";
            }

            foreach (var e in span.Events)
            {
                yield return e.Name + string.Join(",", e.Tags.Select(t => $"{t.Key}={t.Value}"));
            }
        }

        foreach (var metric in metrics)
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var tag in point.Tags)
                {
                    yield return $"{tag.Key}={tag.Value}";
                }
            }
        }
    }
}

[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;
