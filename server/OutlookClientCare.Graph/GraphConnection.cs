using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OutlookClientCare.Graph;

/// <summary>
/// The connection to Graph: one HttpClient for every call, built by the SDK's
/// <c>GraphClientFactory.Create</c> so its retry (429/503/504 honouring Retry-After), redirect and
/// header handlers run (a plain HttpClient silently loses them). A mailbox's gateway or a batch
/// sender only adds the credentials. With an observer, <see cref="GraphCallTelemetry"/> is the
/// innermost handler: a span and a count for every attempt, and the $batch steps are counted too.
/// </summary>
public sealed class GraphConnection : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly GraphBaseUrl _baseUrl;
    private readonly GraphOptions _options;
    private readonly TimeProvider _time;
    private readonly IGraphCallObserver? _observer;

    public GraphConnection(GraphOptions options, GraphBaseUrl baseUrl, TimeProvider time, IGraphCallObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _baseUrl = baseUrl;
        _time = time;
        _observer = observer;
        var handlers = GraphClientFactory.CreateDefaultHandlers().ToList();
        var retry = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.MaxRetries,
            Delay = options.RetryDelaySeconds,
            RetriesTimeLimit = TimeSpan.FromSeconds(options.MaxRetryAfterSeconds),
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

        if (observer is not null)
        {
            handlers.Add(new GraphCallTelemetry(observer)); // innermost: sees every attempt, 429s included
        }

        _httpClient = GraphClientFactory.Create(handlers);
        _httpClient.Timeout = TimeSpan.FromSeconds(100);
    }

    /// <summary>One mailbox (addressed as /users/{id}), with the given credentials.</summary>
    public GraphGateway Mailbox(string mailboxId, IGraphAuthorization authorization) => new(Client(authorization), mailboxId);

    /// <summary>$batch requests across mailboxes, sent with the given credentials.</summary>
    public GraphBatch Batches(IGraphAuthorization authorization) =>
        new(Client(authorization), _time, _options.MaxBatchRetries, TimeSpan.FromSeconds(_options.MaxRetryAfterSeconds), _observer);

    public void Dispose() => _httpClient.Dispose();

    private GraphServiceClient Client(IGraphAuthorization authorization)
    {
        var baseUrl = _baseUrl.Value;
        return new GraphServiceClient(_httpClient, new GraphAuthenticationProvider(authorization, new Uri(baseUrl).Host), baseUrl);
    }
}
