using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sanad.Features.ProgrammeFinance;

namespace Sanad.Cli;

/// <summary>
/// <c>sanad seed-programme --activities N --expenditures M --participants P</c>: invented programme books (activities,
/// a budget line each, expenditures in every currency, trainees with attendance and scores) on top of the demo programme, for the
/// donor-report benchmark. Never for a production node.
/// </summary>
internal static class BudgetSeedVerb
{
    public const int MaxActivities = 100_000;
    public const int MaxExpenditures = 10_000_000;
    public const int MaxParticipants = 1_000_000;

    public static Command Create(CliContext cli)
    {
        var activities = new Option<int>("--activities") { Description = $"Activities (with one budget line each) to add, 0 to {MaxActivities:N0}" };
        var expenditures = new Option<int>("--expenditures") { Description = $"Expenditures to add, 0 to {MaxExpenditures:N0}" };
        var participants = new Option<int>("--participants") { Description = $"Participants to add over the trainings, with attendance and test scores, 0 to {MaxParticipants:N0}" };
        var seed = new Command("seed-programme", "Generate invented programme activities, budget lines, expenditures and participants for benchmarks") { activities, expenditures, participants };
        seed.SetAction((parse, ct) => cli.RunAsync(parse, async (services, _) =>
        {
            var (a, e, p) = (parse.GetValue(activities), parse.GetValue(expenditures), parse.GetValue(participants));
            if (a is < 0 or > MaxActivities || e is < 0 or > MaxExpenditures || p is < 0 or > MaxParticipants)
            {
                cli.Console.Error.WriteLine($"error: --activities must be between 0 and {MaxActivities}, --expenditures between 0 and {MaxExpenditures} and --participants between 0 and {MaxParticipants}, not {a}, {e} and {p}.");
                return ExitCodes.BadInput;
            }
            var clock = Stopwatch.StartNew();
            var written = await services.GetRequiredService<BudgetSeed>().WriteAsync(a, e, p, done => cli.Console.Out.WriteLine("  " + done), ct);
            cli.Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Seeded {written.Activities:N0} activities, {written.BudgetLines:N0} budget lines, {written.Expenditures:N0} expenditures and {written.Participants:N0} participants in {clock.Elapsed.TotalSeconds:F1} s."));
            return ExitCodes.Ok;
        }));
        return seed;
    }
}
