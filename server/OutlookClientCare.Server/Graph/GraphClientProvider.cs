using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OutlookClientCare.Server.Telemetry;

namespace OutlookClientCare.Server.Graph;

/// <summary>
/// One HttpClient for every Graph call, built by <see cref="GraphClientFactory.Create(IEnumerable{DelegatingHandler}, string, string, System.Net.IWebProxy, HttpMessageHandler, bool)"/>
/// so the SDK's retry (429/503/504 honouring Retry-After), redirect and header handlers run;
/// a plain HttpClient silently loses them. A GraphServiceClient per caller only adds the credentials.
/// </summary>
public sealed class GraphClientProvider : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly GraphBaseUrl _baseUrl;

    public GraphClientProvider(IOptions<GraphOptions> options, GraphBaseUrl baseUrl, ClientCareMetrics? metrics = null)
    {
        _baseUrl = baseUrl;
        var handlers = GraphClientFactory.CreateDefaultHandlers().ToList();
        var retry = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.Value.MaxRetries,
            Delay = options.Value.RetryDelaySeconds,
            RetriesTimeLimit = TimeSpan.FromSeconds(options.Value.MaxRetryAfterSeconds),
        });
        var index = handlers.FindIndex(h => h is RetryHandler);
        if (index >= 0)
        {
            handlers[index] = retry;
        }
        else
        {
            handlers.Insert(0, retry);
        }

        if (metrics is not null)
        {
            handlers.Add(new GraphCallTelemetry(metrics)); // innermost: sees every attempt, 429s included
        }

        _httpClient = GraphClientFactory.Create(handlers);
        _httpClient.Timeout = TimeSpan.FromSeconds(100);
    }

    public GraphServiceClient CreateClient(IAuthenticationProvider credentials) =>
        new(_httpClient, credentials, _baseUrl.Value);

    public void Dispose() => _httpClient.Dispose();
}

/// <summary>
/// Graph's base URL. In demo mode the sandbox lives in this very process, so its address is
/// only known once Kestrel has bound its port; the host sets it then.
/// </summary>
public sealed class GraphBaseUrl
{
    private string? _value;

    public GraphBaseUrl(IOptions<GraphOptions> options) => _value = options.Value.BaseUrl?.TrimEnd('/');

    public string Value => _value ?? throw new InvalidOperationException("Graph's base URL is not known yet: the server has not started listening.");

    public bool IsKnown => _value is not null;

    public void SetIfUnknown(string baseUrl) => _value ??= baseUrl.TrimEnd('/');
}
