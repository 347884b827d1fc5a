using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sanad.Features.Notifications;

namespace Sanad.Cli;

/// <summary>
/// <c>sanad deadlines remind</c>: runs the node's deadline scan now, as the hourly watch does (after
/// an outage, or to check how long it takes on this database); who was reminded today is not reminded again.
/// </summary>
internal static class DeadlineVerbs
{
    public static Command Create(CliContext cli)
    {
        var repeat = new Option<int>("--repeat") { Description = "Run the scan this many times, 1 to 10, printing each time (the first includes the process's warm-up)", DefaultValueFactory = _ => 1 };
        var remind = new Command("remind", "Scan every open case for deadlines due soon and remind whoever answers for them (once a day)") { repeat };
        remind.SetAction((parse, ct) => cli.RunAsync(parse, async (services, _) =>
        {
            var times = parse.GetValue(repeat);
            if (times is < 1 or > 10)
            {
                cli.Console.Error.WriteLine($"error: --repeat must be between 1 and 10, not {times}.");
                return ExitCodes.BadInput;
            }
            for (var i = 0; i < times; i++)
            {
                using var scope = services.CreateScope();
                var clock = Stopwatch.StartNew();
                var scan = await scope.ServiceProvider.GetRequiredService<RemindDueDeadlines>().RunAsync(ct);
                cli.Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Deadline scan: {scan.Holders:N0} holder(s) of due deadlines, {scan.Reminded:N0} person(s) reminded, in {clock.Elapsed.TotalMilliseconds:F0} ms."));
            }
            return ExitCodes.Ok;
        }));
        return new Command("deadlines", "Deadlines of open cases") { remind };
    }
}
