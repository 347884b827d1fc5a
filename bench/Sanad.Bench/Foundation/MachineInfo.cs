using System.Globalization;
using System.Runtime.InteropServices;

namespace Sanad.Bench.Foundation;

/// <summary>What the figures were measured on: they mean nothing without it.</summary>
internal sealed record MachineInfo(int Cores, string CpuModel, double MemoryGiB, string OperatingSystem, string Kernel, string DotNet, string Wrk)
{
    /// <summary>The 1, 5 and 15 minute load averages: other work on the machine skews every figure.</summary>
    public static string LoadAverage() => string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    public static async Task<MachineInfo> ReadAsync(ChildProcesses children)
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var memoryKib = long.Parse(memory["MemTotal:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
        // wrk --version prints its banner and usage, and exits 1.
        var wrk = await ProcessRunner.RunAsync(children, ProcessRunner.Command("wrk", AppContext.BaseDirectory, "--version"), TimeSpan.FromSeconds(10));
        var wrkVersion = wrk.StandardOutput.Split('\n')[0].Split(" Copyright")[0].Trim();
        return new MachineInfo(
            Environment.ProcessorCount,
            cpu?.Split(':', 2)[1].Trim() ?? "unknown",
            memoryKib / 1024.0 / 1024.0,
            os ?? RuntimeInformation.OSDescription,
            File.ReadAllText("/proc/sys/kernel/osrelease").Trim(),
            RuntimeInformation.FrameworkDescription,
            wrkVersion);
    }
}
