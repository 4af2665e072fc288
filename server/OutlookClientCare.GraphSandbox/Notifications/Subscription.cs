using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.GraphSandbox.Notifications;

/// <summary>A change-notification subscription on one user's events.</summary>
internal sealed record Subscription(
    Guid Id,
    string UserId,
    string Resource,
    string ChangeType,
    Uri NotificationUrl,
    Uri? LifecycleNotificationUrl,
    string? ClientState,
    DateTimeOffset ExpirationDateTime,
    string CreatorId,
    Guid ApplicationId)
{
    /// <summary>A reauthorizationRequired was sent and the app has not reauthorized the subscription since.</summary>
    public bool ReauthorizationRequired { get; init; }

    public bool Wants(string changeType) =>
        ChangeType.Split(',', StringSplitOptions.TrimEntries).Contains(changeType, StringComparer.OrdinalIgnoreCase);

    public JsonObject ToJson() => new()
    {
        ["id"] = Id.ToString(),
        ["resource"] = Resource,
        ["applicationId"] = ApplicationId.ToString(),
        ["changeType"] = ChangeType,
        ["clientState"] = ClientState,
        ["notificationUrl"] = NotificationUrl.ToString(),
        ["notificationQueryOptions"] = null,
        ["lifecycleNotificationUrl"] = LifecycleNotificationUrl?.ToString(),
        ["expirationDateTime"] = GraphTime.FormatInstant(ExpirationDateTime),
        ["creatorId"] = CreatorId,
        ["includeResourceData"] = false,
        ["latestSupportedTlsVersion"] = "v1_2",
        ["encryptionCertificate"] = null,
        ["encryptionCertificateId"] = null,
        ["notificationUrlAppId"] = null,
    };
}
