using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;

namespace Sanad.Bench.Foundation;

/// <summary>
/// A server the bench started and waits on: how long it took to answer its readiness probe, its
/// resident memory, and a graceful stop. The server runs under <c>timeout</c>, so that it stops by
/// itself even if the bench is killed too hard to clean up.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>Longer than a whole foundation run; only reached when the bench died without cleaning up.</summary>
    private const int SafetyNetSeconds = 900;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(10);
    private const int LogLinesKept = 40;

    private readonly Process _wrapper;
    private readonly Queue<string> _lastLines = new();

    private ServerProcess(ServerCommand command, Process wrapper)
    {
        Command = command;
        _wrapper = wrapper;
    }

    public ServerCommand Command { get; }

    /// <summary>The id of the dotnet process itself (not of its <c>timeout</c> wrapper), for /proc.</summary>
    public int Pid { get; private set; }

    /// <summary>From just before the process was started to the first 200 of the readiness probe.</summary>
    public TimeSpan TimeToReady { get; private set; }

    public static async Task<ServerProcess> StartAsync(ChildProcesses children, HttpClient http, ServerCommand command)
    {
        var info = ProcessRunner.Command("timeout", command.WorkingDirectory,
            ["--kill-after=10", SafetyNetSeconds.ToString(CultureInfo.InvariantCulture), "dotnet", command.Dll, .. command.Arguments]);
        foreach (var (name, value) in command.Environment) info.Environment[name] = value;
        // Settings the bench's own environment may carry would override the command line.
        foreach (var name in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" })
            info.Environment.Remove(name);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        // No terminal on standard input: the server runs in timeout's own process group.
        info.RedirectStandardInput = true;

        var started = Stopwatch.GetTimestamp();
        var server = new ServerProcess(command, children.Start(info));
        server.DrainOutput();
        server.TimeToReady = await server.WaitUntilReadyAsync(http, started);
        server.Pid = FindChild(server._wrapper.Id);
        return server;
    }

    /// <summary>Resident set size from /proc/PID/status (VmRSS), in MiB.</summary>
    public double ResidentMiB()
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
            var kib = long.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            return kib / 1024.0;
        }
        throw new InvalidOperationException($"No VmRSS for process {Pid}.");
    }

    /// <summary>SIGTERM (timeout passes it on), so the server shuts down as in production; SIGKILL if it hangs.</summary>
    public async Task StopAsync()
    {
        if (_wrapper.HasExited) return;
        _ = Kill(_wrapper.Id, SigTerm);
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await _wrapper.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            _wrapper.Kill(entireProcessTree: true);
            await _wrapper.WaitForExitAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _wrapper.Dispose();
    }

    private async Task<TimeSpan> WaitUntilReadyAsync(HttpClient http, long started)
    {
        var probe = new Uri(Command.BaseAddress, Command.ReadyPath);
        while (true)
        {
            if (_wrapper.HasExited)
                throw new InvalidOperationException($"{Command.Name} exited with code {_wrapper.ExitCode} before it was ready. Last output:\n{LastOutput()}");
            if (Stopwatch.GetElapsedTime(started) > ReadyTimeout)
                throw new TimeoutException($"{Command.Name} was not ready within {ReadyTimeout.TotalSeconds:0} s. Last output:\n{LastOutput()}");
            try
            {
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                using var response = await http.GetAsync(probe, attempt.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                    return Stopwatch.GetElapsedTime(started);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(ProbeInterval);
        }
    }

    public string LastOutput()
    {
        lock (_lastLines) return string.Join('\n', _lastLines);
    }

    /// <summary>Reads both pipes to the end, keeping the last lines for error messages; a full pipe would block the server.</summary>
    private void DrainOutput()
    {
        void Keep(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (_lastLines)
            {
                _lastLines.Enqueue(e.Data);
                while (_lastLines.Count > LogLinesKept) _lastLines.Dequeue();
            }
        }
        _wrapper.OutputDataReceived += Keep;
        _wrapper.ErrorDataReceived += Keep;
        _wrapper.BeginOutputReadLine();
        _wrapper.BeginErrorReadLine();
        _wrapper.StandardInput.Close();
    }

    /// <summary>The process timeout started: the one whose parent is the wrapper.</summary>
    private static int FindChild(int parentPid)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var parent = File.ReadLines(Path.Combine(dir, "status")).FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal));
                if (parent is not null && int.Parse(parent["PPid:".Length..].Trim(), CultureInfo.InvariantCulture) == parentPid)
                    return pid;
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }
        throw new InvalidOperationException($"The server started by timeout (process {parentPid}) was not found.");
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
