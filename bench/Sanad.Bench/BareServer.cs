using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sanad.Bench;

/// <summary>
/// The baseline of the throughput figures: the least work an ASP.NET Core app on this machine can do
/// per request. Sanad's endpoints are reported as a share of what this one reaches in the same run.
/// </summary>
internal static class BareServer
{
    public const string Mode = "bare";

    public static async Task RunAsync(string[] args)
    {
        // Content root is the working directory the bench gives it (an empty scratch folder), so no
        // appsettings.json is picked up from the bench's output folder.
        var builder = WebApplication.CreateBuilder(args);
        // Same as Sanad in Production: the framework logs nothing per request.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        var app = builder.Build();
        app.MapGet("/", () => "ok");
        await app.RunAsync();
    }
}
