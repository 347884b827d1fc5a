using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Sanad.Bench.Foundation;

/// <summary>
/// Every process the foundation run starts (servers, wrk, the CLI) and the scratch folder they use,
/// so that all of them are ended and removed on the way out: normal end, exception, Ctrl+C, SIGTERM
/// or SIGHUP. (.NET 10 does not raise ProcessExit on SIGTERM, hence the explicit signal handlers.)
/// A hard kill of the bench is covered by <see cref="ServerProcess"/>: its servers run under
/// <c>timeout</c> and stop by themselves.
/// </summary>
internal sealed class ChildProcesses : IDisposable
{
    private readonly List<Process> _started = [];
    private readonly Lock _gate = new();
    private readonly Lock _cleanUp = new();
    private readonly PosixSignalRegistration[] _signals;
    private readonly string _scratchDirectory;

    public ChildProcesses(string scratchDirectory)
    {
        _scratchDirectory = scratchDirectory;
        // The handlers clean up, then let the signal end the bench as it would have.
        _signals = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT, PosixSignal.SIGHUP }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => CleanUp()))];
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public Process Start(ProcessStartInfo info)
    {
        lock (_gate)
        {
            var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
            _started.Add(process);
            return process;
        }
    }

    public void Dispose()
    {
        CleanUp();
        foreach (var signal in _signals) signal.Dispose();
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
    }

    private void OnProcessExit(object? sender, EventArgs e) => CleanUp();

    /// <summary>A signal handler and ProcessExit may both call this: one at a time, the second finds nothing left.</summary>
    private void CleanUp()
    {
        lock (_cleanUp)
        {
            KillAll();
            try
            {
                if (Directory.Exists(_scratchDirectory)) Directory.Delete(_scratchDirectory, recursive: true);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"Could not remove {_scratchDirectory}: {e.Message}");
            }
        }
    }

    private void KillAll()
    {
        Process[] started;
        lock (_gate) started = [.. _started];
        foreach (var process in started)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(5_000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone: nothing to end.
            }
        }
    }
}
