using Microsoft.AspNetCore.Authorization;

namespace OutlookClientCare.Server.Identity;

/// <summary>Why an endpoint answers without our token. Every anonymous endpoint must have one.</summary>
public sealed record AnonymousReason(string Reason);

/// <summary>
/// The only way to open an endpoint to callers without our token: say why. The test suite fails
/// for any endpoint that is neither behind <c>RequireAuthorization()</c> nor explained here.
/// </summary>
public static class PublicEndpoints
{
    /// <summary>Anonymous endpoints mapped before this marker existed, by endpoint name.</summary>
    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["GetManifest"] = "Administrators and Outlook download the add-in manifest before anyone signs in; the client id in it is public.",
        ["GetAddInAsset"] = "Outlook fetches the add-in icons without our token; they are public images.",
        ["GetPaneConfig"] = "The pane reads its sign-in settings (client id, authority) before anyone is signed in; they are public.",
        ["ReceiveGraphNotifications"] = "Microsoft Graph posts change notifications without a user token; each one is checked against the subscription's secret clientState.",
        ["ReceiveGraphLifecycleNotifications"] = "Microsoft Graph posts lifecycle notifications without a user token; each one is checked against the subscription's secret clientState.",
    };

    /// <summary>Anonymous routes without a name, by exact path or (ending in '/') path prefix.</summary>
    private static readonly (string Path, string Reason)[] ByPath =
    [
        ("/graph-sandbox/", "Demo mode only (loopback): the in-process Graph sandbox checks its own sandbox bearer tokens."),
        ("/demo", "Demo mode only (loopback): the page that shows the demo mailbox beside the pane."),
    ];

    public static TBuilder AllowAnonymousBecause<TBuilder>(this TBuilder builder, string reason)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous().WithMetadata(new AnonymousReason(reason));

    /// <summary>The reason an endpoint is public, or null when nobody has given one.</summary>
    public static string? ReasonFor(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            return null;
        }

        if (endpoint.Metadata.GetMetadata<AnonymousReason>() is { } marked)
        {
            return marked.Reason;
        }

        var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        if (name is not null && ByName.TryGetValue(name, out var reason))
        {
            return reason;
        }

        var pattern = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "";
        pattern = "/" + pattern.TrimStart('/');
        return ByPath.FirstOrDefault(p => p.Path.EndsWith('/')
            ? pattern.StartsWith(p.Path, StringComparison.OrdinalIgnoreCase)
            : pattern.TrimEnd('/').Equals(p.Path, StringComparison.OrdinalIgnoreCase)).Reason;
    }
}
