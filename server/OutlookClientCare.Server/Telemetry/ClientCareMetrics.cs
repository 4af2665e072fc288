using System.Diagnostics;
using System.Diagnostics.Metrics;
using OutlookClientCare.Graph;

namespace OutlookClientCare.Server.Telemetry;

/// <summary>
/// Our own metrics (meter "OutlookClientCare"). Tags carry only low-cardinality facts: an HTTP
/// status, a method, a route template, an outcome. Never an address, a subject, a body or a token.
/// </summary>
public sealed class ClientCareMetrics : IGraphCallObserver
{
    public const string MeterName = "OutlookClientCare";

    private readonly Counter<long> _cards;
    private readonly Histogram<double> _cardDuration;
    private readonly Counter<long> _sendChecks;
    private readonly Histogram<double> _sendCheckDuration;
    private readonly Counter<long> _graphRequests;
    private readonly Histogram<double> _graphDuration;
    private readonly Counter<long> _graphThrottled;
    private readonly Histogram<double> _retryAfter;
    private readonly Counter<long> _bookingRuns;
    private readonly Counter<long> _usersBooked;
    private readonly Histogram<double> _bookingDuration;
    private readonly Counter<long> _notifications;

    public ClientCareMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _cards = meter.CreateCounter<long>("occ.cards.served", "{card}", "Situation cards answered, by HTTP status.");
        _cardDuration = meter.CreateHistogram<double>("occ.card.duration", "s", "Time to answer a situation card, Graph read included.");
        _sendChecks = meter.CreateCounter<long>("occ.send_checks", "{check}", "Send-time reviews answered, by HTTP status.");
        _sendCheckDuration = meter.CreateHistogram<double>("occ.send_check.duration", "s", "Time to answer a send-time review.");
        _graphRequests = meter.CreateCounter<long>("occ.graph.requests", "{request}", "Microsoft Graph requests and $batch steps, by status.");
        _graphDuration = meter.CreateHistogram<double>("occ.graph.duration", "s", "Time for one Graph HTTP request.");
        _graphThrottled = meter.CreateCounter<long>("occ.graph.throttled", "{request}", "Graph answers 429 (requests and $batch steps).");
        _retryAfter = meter.CreateHistogram<double>("occ.graph.retry_after", "s", "Retry-After that Graph asked for and we waited.");
        _bookingRuns = meter.CreateCounter<long>("occ.booking.runs", "{run}", "Background booking runs, by outcome.");
        _usersBooked = meter.CreateCounter<long>("occ.booking.users", "{user}", "Users booked by background runs, by outcome.");
        _bookingDuration = meter.CreateHistogram<double>("occ.booking.duration", "s", "Duration of one background booking run.");
        _notifications = meter.CreateCounter<long>("occ.notifications", "{notification}", "Graph change notifications: received, coalesced (user already waiting for a re-plan), rejected.");
    }

    public void CardServed(int status, TimeSpan took)
    {
        _cards.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));
        _cardDuration.Record(took.TotalSeconds, new KeyValuePair<string, object?>("http.response.status_code", status));
    }

    public void SendCheckAnswered(int status, TimeSpan took)
    {
        _sendChecks.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));
        _sendCheckDuration.Record(took.TotalSeconds, new KeyValuePair<string, object?>("http.response.status_code", status));
    }

    /// <summary><paramref name="kind"/>: "request" (an HTTP call) or "batch-step".</summary>
    public void Answered(string method, string route, int status, string kind, TimeSpan? took = null)
    {
        var tags = new TagList { { "http.request.method", method }, { "url.template", route }, { "http.response.status_code", status }, { "graph.kind", kind } };
        _graphRequests.Add(1, tags);
        if (took is { } duration)
        {
            _graphDuration.Record(duration.TotalSeconds, tags);
        }

        if (status == 429)
        {
            _graphThrottled.Add(1, new KeyValuePair<string, object?>("graph.kind", kind));
        }
    }

    public void RetryAfterWaited(TimeSpan wait, string kind) =>
        _retryAfter.Record(wait.TotalSeconds, new KeyValuePair<string, object?>("graph.kind", kind));

    public void BookingRun(TimeSpan took, int users, int usersWithFailures, bool completed)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", completed ? "completed" : "failed");
        _bookingRuns.Add(1, outcome);
        _bookingDuration.Record(took.TotalSeconds, outcome);
        _usersBooked.Add(users - usersWithFailures, new KeyValuePair<string, object?>("outcome", "booked"));
        _usersBooked.Add(usersWithFailures, new KeyValuePair<string, object?>("outcome", "failed"));
    }

    /// <summary><paramref name="outcome"/>: "received", "coalesced" or "rejected".</summary>
    public void Notifications(string outcome, int count = 1)
    {
        if (count > 0)
        {
            _notifications.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
