using System.Globalization;

namespace Sanad.Bench.Foundation;

/// <summary>
/// How much CPU other processes took while the bench measured: on 2 cores, a build or a test run
/// next to the bench halves its figures. The machine's user and system time (/proc/stat) minus the
/// bench's own and that of its reaped children (/proc/self/stat: utime, stime, cutime, cstime; the
/// servers are counted through their <c>timeout</c> wrapper). Both are in the kernel's clock ticks.
/// Interrupt time is left out on both sides, so loopback traffic is not mistaken for another process.
/// </summary>
internal sealed record CpuSample(long MachineBusyTicks, long OwnTreeTicks, DateTime At)
{
    /// <summary>USER_HZ, which is 100 on every Linux architecture .NET runs on.</summary>
    private const double TicksPerSecond = 100;

    public static CpuSample Take()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var machineBusy = Ticks(cpu[1]) + Ticks(cpu[2]) + Ticks(cpu[3]); // user, nice, system
        var self = File.ReadAllText("/proc/self/stat");
        // The fields after the command name, which is in parentheses and may contain spaces; field 3 comes first.
        var fields = self[(self.LastIndexOf(')') + 2)..].Split(' ');
        var ownTree = Ticks(fields[14 - 3]) + Ticks(fields[15 - 3]) + Ticks(fields[16 - 3]) + Ticks(fields[17 - 3]);
        return new CpuSample(machineBusy, ownTree, DateTime.UtcNow);
    }

    /// <summary>CPU-seconds used by processes that are not the bench's, and the CPU-seconds the machine had, since <paramref name="start"/>.</summary>
    public ForeignCpu Since(CpuSample start) => new(
        Math.Max(0, (MachineBusyTicks - start.MachineBusyTicks) - (OwnTreeTicks - start.OwnTreeTicks)) / TicksPerSecond,
        (At - start.At).TotalSeconds * Environment.ProcessorCount);

    private static long Ticks(string field) => long.Parse(field, CultureInfo.InvariantCulture);
}

internal sealed record ForeignCpu(double UsedSeconds, double AvailableSeconds)
{
    public double Share => UsedSeconds / AvailableSeconds;
}
