namespace Sanad.Bench.Foundation;

/// <summary>
/// The Sanad node under test: published once per run (so the figures are those of what gets
/// deployed, with its appsettings.json and wwwroot), then started as operators start it.
/// </summary>
internal sealed class SanadNode
{
    public const string DemoUser = "caseworker@demo.sanad.local";

    private SanadNode(string publishDirectory) => PublishDirectory = publishDirectory;

    public string PublishDirectory { get; }

    private string Dll => Path.Combine(PublishDirectory, "sanad.dll");

    /// <summary>
    /// Production settings, except: cookies work over plain http (wrk talks http to loopback), and the
    /// per-minute limits on sign-in and token requests are at their maximum (10,000; the options reject
    /// more). Neither limit applies to the GETs measured here; they are raised so a rerun with POSTs
    /// measures the server, not the limiter.
    /// </summary>
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Security__SecureCookies"] = "false",
        ["Security__SignInAttemptsPerMinute"] = "10000",
        ["Security__TokenRequestsPerMinute"] = "10000",
    };

    public static async Task<SanadNode> PublishAsync(ChildProcesses children)
    {
        var output = Path.Combine(RepoPaths.Artifacts, "sanad");
        Console.WriteLine($"Publishing src/Sanad (Release) to {output} ...");
        var result = await ProcessRunner.RunAsync(children,
            ProcessRunner.Command("dotnet", RepoPaths.Root, "publish", "src/Sanad", "-c", "Release", "-o", output, "--nologo", "-v", "q"),
            TimeSpan.FromMinutes(3));
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish failed:\n{result.StandardOutput}\n{result.StandardError}");
        return new SanadNode(output);
    }

    /// <summary>A CLI verb of the published node (<c>sanad migrate</c>, <c>sanad seed</c>...), with the node's settings and, optionally, the database's.</summary>
    public System.Diagnostics.ProcessStartInfo Cli(IReadOnlyDictionary<string, string>? database, params string[] arguments)
    {
        var info = ProcessRunner.Command("dotnet", PublishDirectory, [Dll, .. arguments]);
        foreach (var (name, value) in Environment.Concat(database ?? new Dictionary<string, string>())) info.Environment[name] = value;
        return info;
    }

    /// <summary>The working directory is the publish folder, so appsettings.json there applies (log levels above all).</summary>
    public ServerCommand Serve(string dataDirectory, IReadOnlyDictionary<string, string>? database = null)
    {
        var address = LoopbackPort.NextFreeAddress();
        return new ServerCommand("sanad", Dll,
            ["--demo", "--data-dir", dataDirectory, "--urls", address.ToString().TrimEnd('/')],
            PublishDirectory, Environment.Concat(database ?? new Dictionary<string, string>()).ToDictionary(), address, "/health/ready");
    }

    /// <summary>Issues a personal access token through the CLI, as an operator would; call once the server has created the database.</summary>
    public async Task<string> CreateTokenAsync(ChildProcesses children, string dataDirectory, IReadOnlyDictionary<string, string>? database = null,
        string email = DemoUser)
    {
        var info = Cli(database, "token", "create", "--email", email, "--name", "bench", "--data-dir", dataDirectory);
        var result = await ProcessRunner.RunAsync(children, info, TimeSpan.FromMinutes(1));
        var token = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (result.ExitCode != 0 || token is null || !token.StartsWith("sanad_pat_", StringComparison.Ordinal))
            throw new InvalidOperationException($"sanad token create failed (exit {result.ExitCode}):\n{result.StandardError}");
        return token;
    }
}
