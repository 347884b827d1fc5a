using System.Globalization;

namespace Sanad.Bench.Programme;

/// <summary>
/// The node's peak resident memory over one request: the kernel's high-water mark (VmHWM), reset before
/// the request by writing 5 to /proc/PID/clear_refs, and VmRSS sampled every 5 ms as a floor in case
/// the reset is not allowed on this kernel.
/// </summary>
internal sealed class NodeMemory(int pid)
{
    public async Task<(T Result, double PeakMiB)> MeasureAsync<T>(Func<Task<T>> request)
    {
        var reset = TryResetPeak();
        using var stop = new CancellationTokenSource();
        var sampled = 0.0;
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                sampled = Math.Max(sampled, Read("VmRSS:"));
                try { await Task.Delay(5, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var result = await request();
        await stop.CancelAsync();
        await sampler;
        sampled = Math.Max(sampled, Read("VmRSS:"));
        return (result, reset ? Math.Max(Read("VmHWM:"), sampled) : sampled);
    }

    private bool TryResetPeak()
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private double Read(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line[field.Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) / 1024.0;
        throw new InvalidOperationException($"No {field} for process {pid}.");
    }
}
