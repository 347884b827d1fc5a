using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Sanad.Web;

/// <summary>
/// OpenTelemetry traces and metrics, exported over OTLP when <c>Telemetry:OtlpEndpoint</c> is set
/// and off otherwise. Spans carry routes and ids, never query strings or bodies.
/// </summary>
public static class Telemetry
{
    public static IServiceCollection AddSanadTelemetry(this IServiceCollection services, IConfiguration config)
    {
        var endpoint = config["Telemetry:OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(endpoint)) return services;
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("sanad"))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)));
        return services;
    }
}
