using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Server.Storage;
using OutlookClientCare.Server.Telemetry;

namespace OutlookClientCare.Server.Booking;

/// <summary>
/// Graph's change and lifecycle notifications for our subscriptions on users' events. Anonymous by
/// nature: a notification proves itself with the clientState we gave its subscription. It answers at
/// once (Graph wants 2xx within 3 s) and leaves the work to <see cref="ReplanService"/>:
/// a change re-plans; reauthorizationRequired reauthorizes; subscriptionRemoved recreates the
/// subscription and re-plans (changes in between went unseen); missed re-plans from a fresh read.
/// </summary>
public static class GraphNotificationsApi
{
    private const int MaxBodyBytes = 1_000_000;

    public static IEndpointRouteBuilder MapGraphNotifications(this IEndpointRouteBuilder app)
    {
        app.MapPost(NotificationUrl.Path, ReceiveAsync)
            .AllowAnonymous()
            .WithTags("TimeBlocks")
            .WithName("ReceiveGraphNotifications")
            // Graph posts every notification from a few addresses of its own: the per-address limit
            // for anonymous /api calls would drop all but 300 a minute (and fail subscription handshakes).
            .DisableRateLimiting()
            .WithSummary("Graph change notifications (and the subscription validation handshake).");
        app.MapPost(NotificationUrl.LifecyclePath, ReceiveLifecycleAsync)
            .AllowAnonymous()
            .WithTags("TimeBlocks")
            .WithName("ReceiveGraphLifecycleNotifications")
            .DisableRateLimiting() // posted from Graph's few addresses, like change notifications
            .WithSummary("Graph lifecycle notifications: reauthorizationRequired, subscriptionRemoved, missed (and the validation handshake).");
        return app;
    }

    private static async Task<Results<ContentHttpResult, Accepted, BadRequest<string>>> ReceiveLifecycleAsync(
        HttpRequest request, string? validationToken, ClientCareDb db, ReplanQueue queue, ClientCareMetrics metrics, ILogger<ReplanQueue> logger, CancellationToken ct)
    {
        var (items, answer) = await ReceiveItemsAsync(request, validationToken, metrics, ct);
        if (items is null)
        {
            return answer!;
        }

        var accepted = 0;
        foreach (var item in items)
        {
            var work = item.LifecycleEvent switch
            {
                "reauthorizationRequired" => SubscriptionWork.Reauthorize,
                "subscriptionRemoved" => SubscriptionWork.Recreate | SubscriptionWork.Replan,
                "missed" => SubscriptionWork.Replan,
                _ => SubscriptionWork.None,
            };
            if (work == SubscriptionWork.None || await SenderAsync(db, item, ct) is not { } user)
            {
                continue;
            }

            accepted++;
            queue.Enqueue(user.TenantId, user.ObjectId, work);
        }

        metrics.Notifications("rejected", items.Count - accepted);
        if (accepted < items.Count)
        {
            logger.LogWarning("Ignored {Count} lifecycle notifications with an unknown event or subscription, or a wrong clientState.", items.Count - accepted);
        }

        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<ContentHttpResult, Accepted, BadRequest<string>>> ReceiveAsync(
        HttpRequest request, string? validationToken, ClientCareDb db, ReplanQueue queue, ClientCareMetrics metrics, ILogger<ReplanQueue> logger, CancellationToken ct)
    {
        var (items, answer) = await ReceiveItemsAsync(request, validationToken, metrics, ct);
        if (items is null)
        {
            return answer!;
        }

        var accepted = 0;
        foreach (var item in items)
        {
            var eventId = item.EventId;
            if (await SenderAsync(db, item, ct) is not { } user)
            {
                continue;
            }

            accepted++;

            // A change to one of our own blocks (our writes echoing back, or the user moving or
            // deleting one) needs no re-plan: the next run records what the user did.
            var ours = eventId is not null && await db.Set<BookedBlock>().AnyAsync(
                b => b.TenantId == user.TenantId && b.ObjectId == user.ObjectId && b.EventId == eventId, ct);
            if (!ours)
            {
                queue.Enqueue(user.TenantId, user.ObjectId);
            }
        }

        metrics.Notifications("rejected", items.Count - accepted);
        if (accepted < items.Count)
        {
            logger.LogWarning("Ignored {Count} change notifications with an unknown subscription or a wrong clientState.", items.Count - accepted);
        }

        return TypedResults.Accepted((string?)null);
    }

    private sealed record Item(string SubscriptionId, string? ClientState, string? EventId, string? LifecycleEvent);

    /// <summary>
    /// The validation handshake, or the notifications of the body (counted as received; a body we
    /// cannot read counts as rejected); when there is nothing to handle, the answer to give.
    /// </summary>
    private static async Task<(List<Item>? Items, Results<ContentHttpResult, Accepted, BadRequest<string>>? Answer)> ReceiveItemsAsync(
        HttpRequest request, string? validationToken, ClientCareMetrics metrics, CancellationToken ct)
    {
        if (validationToken is not null)
        {
            return (null, TypedResults.Text(validationToken, "text/plain", System.Text.Encoding.UTF8, StatusCodes.Status200OK));
        }

        var body = await BodyText.ReadAsync(request, MaxBodyBytes, ct);
        if (body is null)
        {
            metrics.Notifications("rejected");
            return (null, TypedResults.BadRequest("The notification is larger than we accept."));
        }

        try
        {
            var items = Read(body);
            metrics.Notifications("received", items.Count);
            return (items, null);
        }
        catch (JsonException)
        {
            metrics.Notifications("rejected");
            return (null, TypedResults.BadRequest("The notification is not JSON of the shape {\"value\":[...]}."));
        }
    }

    /// <summary>The user whose subscription sent this, when its clientState proves it; null for anything else.</summary>
    private static async Task<BookingUser?> SenderAsync(ClientCareDb db, Item item, CancellationToken ct)
    {
        var user = await db.Set<BookingUser>().AsNoTracking().FirstOrDefaultAsync(u => u.SubscriptionId == item.SubscriptionId, ct);
        return user is not null && ChangeSubscriptions.ClientStateMatches(user, item.ClientState) ? user : null;
    }

    private static List<Item> Read(string body)
    {
        using var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("no value array");
        }

        var items = new List<Item>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object
                && item.TryGetProperty("subscriptionId", out var id) && id.ValueKind == JsonValueKind.String)
            {
                var state = item.TryGetProperty("clientState", out var cs) && cs.ValueKind == JsonValueKind.String ? cs.GetString() : null;
                var eventId = item.TryGetProperty("resourceData", out var data) && data.ValueKind == JsonValueKind.Object
                    && data.TryGetProperty("id", out var resourceId) && resourceId.ValueKind == JsonValueKind.String
                        ? resourceId.GetString()
                        : null;
                var lifecycle = item.TryGetProperty("lifecycleEvent", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
                items.Add(new Item(id.GetString()!, state, eventId, lifecycle));
            }
        }

        return items;
    }
}

/// <summary>A request body as text, or null when it is longer than the limit (read no further than that).</summary>
internal static class BodyText
{
    public static async Task<string?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
