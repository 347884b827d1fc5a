using System.Diagnostics;

namespace Sanad.Bench.Foundation;

internal sealed record ProcessOutput(int ExitCode, string StandardOutput, string StandardError);

/// <summary>Runs a short-lived command to its end, with a deadline: nothing the bench starts may run on forever.</summary>
internal static class ProcessRunner
{
    public static async Task<ProcessOutput> RunAsync(ChildProcesses children, ProcessStartInfo info, TimeSpan deadline)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;
        info.UseShellExecute = false;
        using var process = children.Start(info);
        process.StandardInput.Close();
        // Both pipes are read concurrently, or a chatty child blocks on a full pipe.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{info.FileName} {string.Join(' ', info.ArgumentList)} did not finish within {deadline.TotalSeconds:0} s and was killed.");
        }
        return new ProcessOutput(process.ExitCode, await stdout, await stderr);
    }

    public static ProcessStartInfo Command(string fileName, string workingDirectory, params IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        return info;
    }
}
