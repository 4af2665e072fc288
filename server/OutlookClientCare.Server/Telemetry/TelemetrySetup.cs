using System.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Telemetry;

/// <summary>
/// OpenTelemetry, configured by the standard OTEL_* environment variables and off by default: it
/// starts when OTEL_EXPORTER_OTLP_ENDPOINT names a collector (and OTEL_SDK_DISABLED is not true).
/// Traces: incoming requests (health probes left out) and every Graph call; metrics: ASP.NET
/// Core's and ours (<see cref="ClientCareMetrics"/>). OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES,
/// OTEL_EXPORTER_OTLP_PROTOCOL and OTEL_EXPORTER_OTLP_HEADERS work as the SDK documents them.
/// </summary>
public static class TelemetrySetup
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ProtocolSetting = "OTEL_EXPORTER_OTLP_PROTOCOL";
    public const string DisabledSetting = "OTEL_SDK_DISABLED";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ClientCareMetrics>();
        builder.Services.AddSingleton<IGraphCallObserver>(provider => provider.GetRequiredService<ClientCareMetrics>());
        if (!IsEnabled(builder.Configuration))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("OutlookClientCare"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/healthz"))
                .AddSource(GraphCallTelemetry.SourceName)
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(ClientCareMetrics.MeterName)
                .AddOtlpExporter());
        return builder;
    }

    /// <summary>Cards and send-checks are timed here, by endpoint, so the features stay free of telemetry code.</summary>
    public static WebApplication UseTelemetry(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<ClientCareMetrics>();
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            await next(context);
            switch (context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            {
                case "GetThreadSituation":
                    metrics.CardServed(context.Response.StatusCode, Stopwatch.GetElapsedTime(started));
                    break;
                case not null when context.Request.Path.StartsWithSegments("/api/drafts/send-check"):
                    metrics.SendCheckAnswered(context.Response.StatusCode, Stopwatch.GetElapsedTime(started));
                    break;
            }
        });
        return app;
    }

    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var protocol = configuration[ProtocolSetting];
        if (!string.IsNullOrWhiteSpace(protocol) && protocol is not ("grpc" or "http/protobuf"))
        {
            throw new InvalidSettingException(InvalidSettingException.Describe(ProtocolSetting, protocol, "grpc, http/protobuf"));
        }

        if (string.Equals(configuration[DisabledSetting], "true", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var endpoint = configuration[EndpointSetting];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return false;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidSettingException(InvalidSettingException.Describe(EndpointSetting, endpoint, "the collector's http(s) URL, e.g. http://localhost:4317"));
        }

        return true;
    }
}
