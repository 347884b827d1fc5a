using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Sanad.BrowserTests.Support;

/// <summary>
/// A real Sanad node in its own process, as an operator starts it: the built sanad.dll with
/// <c>--demo</c> on a fresh SQLite data folder, listening on a free loopback port. Browser tests
/// talk to it over HTTP only, so nothing inside the app is bypassed.
/// </summary>
internal sealed class SanadNode : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string dataDirectory;
    private readonly StringBuilder output = new();

    public Uri BaseUrl { get; }

    private SanadNode(Process process, string dataDirectory, Uri baseUrl)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        BaseUrl = baseUrl;
    }

    /// <summary>What the node printed so far (stdout and stderr), for failure messages.</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    public static async Task<SanadNode> StartAsync()
    {
        var assembly = BuildSetting("SanadAssembly");
        if (!File.Exists(assembly))
            throw new InvalidOperationException($"The Sanad node was not built: {assembly} is missing. Build the solution first (the test project references src/Sanad).");

        var dataDirectory = Directory.CreateTempSubdirectory("sanad-browser-").FullName;
        var baseUrl = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            // The project folder is the content root: outside Development, wwwroot is served from there.
            WorkingDirectory = BuildSetting("SanadContentRoot"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { assembly, "--demo", "--data-dir", dataDirectory, "--urls", baseUrl.ToString().TrimEnd('/') })
            start.ArgumentList.Add(arg);
        // Production behaviour, except that cookies may travel over plain http on loopback, and the
        // sign-in rate limit does not trip over a suite that signs in many times a minute.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Security__SecureCookies"] = "false";
        start.Environment["Security__SignInAttemptsPerMinute"] = "1000";
        // EF Core logs every command at Information; keep the captured output to what explains a failure.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment.Remove("ASPNETCORE_URLS");

        var process = new Process { StartInfo = start };
        var node = new SanadNode(process, dataDirectory, baseUrl);
        process.OutputDataReceived += (_, e) => node.Record(e.Data);
        process.ErrorDataReceived += (_, e) => node.Record(e.Data);
        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await node.WaitUntilReadyAsync();
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                // Let the output readers drain, so the message shows why it stopped.
                await process.WaitForExitAsync();
                throw new InvalidOperationException($"The Sanad node exited with code {process.ExitCode} before it was ready. Its output:\n{Output}");
            }
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet: migrations and demo data come first.
            }
            catch (TaskCanceledException)
            {
                // A request that hung; try again until the deadline.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        throw new TimeoutException($"The Sanad node at {BaseUrl} was not ready within {StartTimeout.TotalSeconds:0} s. Its output:\n{Output}");
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }
        finally
        {
            process.Dispose();
            // The node wrote a SQLite database and data-protection keys here; leave nothing behind.
            if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host that runs this test run (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Paths written into this assembly at build time by Sanad.BrowserTests.csproj.</summary>
    private static string BuildSetting(string key) =>
        typeof(SanadNode).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing; see Sanad.BrowserTests.csproj.");
}
