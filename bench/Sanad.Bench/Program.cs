using Sanad.Bench.Foundation;
using Sanad.Bench.Micro;

namespace Sanad.Bench;

/// <summary>
/// Benchmarks are not tests: each mode measures and rewrites its own section of docs/benchmarks.md.
/// <c>bare</c> is not for people: <c>foundation</c> starts it as the baseline server.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "foundation":
                return await FoundationRun.RunAsync();
            case Identify.IdentifyRun.ModeName:
                return await Identify.IdentifyRun.RunAsync(args[1..]);
            case Refer.ReferRun.ModeName:
                return await Refer.ReferRun.RunAsync(args[1..]);
            case Dashboards.DashboardsRun.ModeName:
                return await Dashboards.DashboardsRun.RunAsync(args[1..]);
            case Research.ResearchRun.ModeName:
                return await Research.ResearchRun.RunAsync(args[1..]);
            case Programme.ProgrammeRun.ModeName:
                return await Programme.ProgrammeRun.RunAsync(args[1..]);
            case "micro":
                return MicroRun.Run(args[1..]);
            case BareServer.Mode:
                await BareServer.RunAsync(args[1..]);
                return 0;
            default:
                Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Sanad.Bench -- foundation|identify [--people N]|refer [--cases N]|dashboards [--cases N]|research [--records N]|programme [--activities N] [--expenditures M] [--participants P]|micro");
                return 2;
        }
    }
}
