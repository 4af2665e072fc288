using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.GraphSandbox.Notifications;

/// <summary>
/// Subscriptions and their deliveries: the validation handshake (POST ?validationToken=..., 200 text/plain
/// echoing the token within 10 s) and change notifications, sent one at a time in the order changes happened.
/// Graph retries failed deliveries and drops subscriptions that keep failing; the sandbox sends once and
/// only counts failures (<see cref="FailedDeliveries"/>).
/// </summary>
internal sealed class ChangeNotifier : IAsyncDisposable
{
    public static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<Guid, Subscription> _subscriptions = new();
    private readonly ConcurrentDictionary<string, int> _drops = new(StringComparer.Ordinal);
    private readonly Channel<(Uri Url, JsonObject Payload)> _queue = Channel.CreateUnbounded<(Uri, JsonObject)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = HandshakeTimeout };
    private readonly TimeProvider _time;
    private readonly Guid _tenantId;
    private readonly Task _delivery;
    private int _pending;
    private TaskCompletionSource _idle = NewIdle(completed: true);

    public ChangeNotifier(TimeProvider time, Guid tenantId)
    {
        _time = time;
        _tenantId = tenantId;
        _delivery = Task.Run(DeliverAsync);
    }

    public int FailedDeliveries { get; private set; }

    public int Delivered { get; private set; }

    /// <summary>Change notifications thrown away by <see cref="DropNext"/> (as Graph loses some before it sends missed).</summary>
    public int Dropped { get; private set; }

    public IEnumerable<Subscription> All => _subscriptions.Values;

    public Subscription? Find(Guid id) => _subscriptions.GetValueOrDefault(id);

    public void Save(Subscription subscription) => _subscriptions[subscription.Id] = subscription;

    public bool Remove(Guid id) => _subscriptions.TryRemove(id, out _);

    public void Clear()
    {
        _subscriptions.Clear();
        _drops.Clear();
    }

    /// <summary>Fault switch: the next <paramref name="count"/> change notifications for this user's subscriptions are lost.</summary>
    public void DropNext(string userId, int count) => _drops[userId] = count;

    /// <summary>
    /// Sends a lifecycle notification to every subscription on the user's events that has a lifecycle URL:
    /// "subscriptionRemoved" removes the subscription first (Graph ended it), "reauthorizationRequired" marks it
    /// until the app reauthorizes, "missed" says change notifications were lost. Returns how many were sent.
    /// </summary>
    public int PublishLifecycle(SandboxUser user, string lifecycleEvent)
    {
        var sent = 0;
        foreach (var subscription in _subscriptions.Values.Where(s => s.UserId == user.Id).ToList())
        {
            if (lifecycleEvent == "subscriptionRemoved")
            {
                Remove(subscription.Id);
            }
            else if (lifecycleEvent == "reauthorizationRequired")
            {
                Save(subscription with { ReauthorizationRequired = true });
            }

            if (subscription.LifecycleNotificationUrl is not { } url)
            {
                continue;
            }

            var payload = new JsonObject
            {
                ["value"] = new JsonArray(new JsonObject
                {
                    ["subscriptionId"] = subscription.Id.ToString(),
                    ["subscriptionExpirationDateTime"] = GraphTime.FormatInstant(subscription.ExpirationDateTime),
                    ["tenantId"] = _tenantId.ToString(),
                    ["clientState"] = subscription.ClientState,
                    ["lifecycleEvent"] = lifecycleEvent,
                }),
            };
            Enqueue(url, payload);
            sent++;
        }

        return sent;
    }

    /// <summary>True when the endpoint answered 200 text/plain with exactly the token, within 10 s.</summary>
    public async Task<bool> ValidateAsync(Uri notificationUrl, string token, CancellationToken cancellationToken)
    {
        var url = new UriBuilder(notificationUrl)
        {
            Query = (string.IsNullOrEmpty(notificationUrl.Query) ? "" : notificationUrl.Query.TrimStart('?') + "&") + "validationToken=" + Uri.EscapeDataString(token),
        }.Uri;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("", Encoding.UTF8, "text/plain") };
            using var response = await _http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.StatusCode == HttpStatusCode.OK
                && string.Equals(response.Content.Headers.ContentType?.MediaType, "text/plain", StringComparison.OrdinalIgnoreCase)
                && body.Trim() == token;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Queues a notification for every live subscription on this user's events that wants this change type.</summary>
    public void Publish(SandboxUser user, string eventId, string changeType)
    {
        var now = _time.GetUtcNow();
        foreach (var subscription in _subscriptions.Values)
        {
            if (subscription.UserId != user.Id || subscription.ExpirationDateTime <= now || !subscription.Wants(changeType))
            {
                continue;
            }

            if (_drops.TryGetValue(user.Id, out var drops) && drops > 0)
            {
                _drops[user.Id] = drops - 1;
                Dropped++;
                continue;
            }

            var resource = $"Users/{user.Id}/Events/{eventId}";
            var payload = new JsonObject
            {
                ["value"] = new JsonArray(new JsonObject
                {
                    ["subscriptionId"] = subscription.Id.ToString(),
                    ["subscriptionExpirationDateTime"] = GraphTime.FormatInstant(subscription.ExpirationDateTime),
                    ["changeType"] = changeType,
                    ["resource"] = resource,
                    ["resourceData"] = new JsonObject
                    {
                        ["@odata.type"] = "#Microsoft.Graph.Event",
                        ["@odata.id"] = resource,
                        ["id"] = eventId,
                    },
                    ["clientState"] = subscription.ClientState,
                    ["tenantId"] = _tenantId.ToString(),
                }),
            };
            Enqueue(subscription.NotificationUrl, payload);
        }
    }

    private void Enqueue(Uri url, JsonObject payload)
    {
        lock (_queue)
        {
            if (_pending++ == 0)
            {
                _idle = NewIdle(completed: false);
            }
        }

        _queue.Writer.TryWrite((url, payload));
    }

    /// <summary>Completes when every notification queued so far has been sent (or has failed).</summary>
    public Task WhenIdleAsync()
    {
        lock (_queue)
        {
            return _idle.Task;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _delivery.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _http.Dispose();
    }

    private async Task DeliverAsync()
    {
        await foreach (var (url, payload) in _queue.Reader.ReadAllAsync())
        {
            try
            {
                using var content = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json");
                using var response = await _http.PostAsync(url, content);
                if (response.IsSuccessStatusCode)
                {
                    Delivered++;
                }
                else
                {
                    FailedDeliveries++;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                FailedDeliveries++;
            }

            lock (_queue)
            {
                if (--_pending == 0)
                {
                    _idle.TrySetResult();
                }
            }
        }
    }

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            source.SetResult();
        }

        return source;
    }
}
