using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OutlookClientCare.Server.Manifest;
using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Hosting;

/// <summary>
/// Demo or real tenant, decided once at start-up: with no Entra ID application (AzureAd:ClientId)
/// the server is the self-contained demo. Everything that behaves differently asks this, not the
/// configuration.
/// </summary>
public sealed record HostMode(bool IsDemo)
{
    public string Name => IsDemo ? "demo" : "tenant";

    public static HostMode From(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new HostMode(string.IsNullOrWhiteSpace(config["AzureAd:ClientId"]));
    }
}

/// <summary>"PublicBaseUrl": the https address Outlook and Graph reach this server at (behind a reverse proxy or a dev tunnel).</summary>
public sealed class PublicAddressOptions
{
    public const string Setting = "PublicBaseUrl";

    /// <summary>The settings PublicBaseUrl replaced; a server that still has one stops at start and says so.</summary>
    public static readonly IReadOnlyList<string> OutdatedSettings = ["AddIn:PublicBaseUrl", "Booking:PublicBaseUrl"];

    public string? PublicBaseUrl { get; set; }

    internal IReadOnlyList<(string Setting, string Value)> Outdated { get; set; } = [];
}

/// <summary>
/// This server's public address, derived one way for the manifest, Graph's change notifications
/// and the demo's banner: the configured <see cref="PublicAddressOptions.Setting"/> wins; without it
/// the manifest uses an https address the request or the server has, and the demo receives
/// notifications on its own loopback address; a real tenant without it gets none.
/// </summary>
public sealed class PublicAddress(IOptions<PublicAddressOptions> options, HostMode mode, IServer server)
{
    public AddInBaseUrl? Configured { get; } =
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? null : AddInBaseUrl.Parse(options.Value.PublicBaseUrl);

    /// <summary>Where Outlook loads the pane and icons from; null when there is no https address at all.</summary>
    public AddInBaseUrl? ForManifest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PublicBaseUrl.Resolve(Configured, mode.IsDemo, request.IsHttps, request.Host, Addresses);
    }

    /// <summary>An address Graph can post to for <paramref name="path"/>; null when there is none.</summary>
    public Uri? ForGraph(string path) =>
        Configured is { } configured ? new Uri(configured.Value + path)
        : mode.IsDemo && OwnRoot is { } own ? new Uri(own + path)
        : null;

    /// <summary>The server's own first address ("http://127.0.0.1:5180"), loopback spelled so a browser can open it.</summary>
    public string? OwnRoot =>
        Addresses.Select(a => a.Replace("://[::]", "://localhost", StringComparison.Ordinal).TrimEnd('/')).FirstOrDefault();

    private IEnumerable<string> Addresses => server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
}

public static class HostingServiceCollectionExtensions
{
    /// <summary>The host mode and the public address, checked at start: a bad or outdated setting stops the server naming it in one line.</summary>
    public static IServiceCollection AddHosting(this IServiceCollection services, HostMode mode)
    {
        services.AddSingleton(mode);
        services.AddSingleton<IValidateOptions<PublicAddressOptions>, PublicAddressValidator>();
        services.AddOptions<PublicAddressOptions>()
            .Configure<IConfiguration>((o, config) =>
            {
                o.PublicBaseUrl = config[PublicAddressOptions.Setting];
                o.Outdated = PublicAddressOptions.OutdatedSettings
                    .Where(setting => !string.IsNullOrWhiteSpace(config[setting]))
                    .Select(setting => (setting, config[setting]!))
                    .ToList();
            })
            .ValidateOnStart();
        services.AddSingleton<PublicAddress>();
        return services;
    }

    private sealed class PublicAddressValidator : IValidateOptions<PublicAddressOptions>
    {
        public ValidateOptionsResult Validate(string? name, PublicAddressOptions options)
        {
            var failures = options.Outdated
                .Select(o => InvalidSettingException.Describe(o.Setting, o.Value, $"nothing, it is replaced by the one setting {PublicAddressOptions.Setting}: move the address there"))
                .ToList();
            if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl) && !AddInBaseUrl.TryParse(options.PublicBaseUrl, out _, out _))
            {
                failures.Add(InvalidSettingException.Describe(
                    PublicAddressOptions.Setting, options.PublicBaseUrl, "an absolute https URL without query or fragment, e.g. https://care.example.com"));
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
