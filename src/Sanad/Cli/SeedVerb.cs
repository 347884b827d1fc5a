using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Features.Seeding;

namespace Sanad.Cli;

/// <summary>
/// <c>sanad seed --people N [--agency CODE]</c>: generates N invented people with their cases,
/// sealed and indexed like real ones, for benchmarks and load tests. Never for a production node.
/// </summary>
internal static class SeedVerb
{
    public const int MaxPeople = 10_000_000;

    public static Command Create(CliContext cli)
    {
        var people = new Option<int>("--people") { Description = $"How many people (and cases) to generate, 1 to {MaxPeople:N0}", Required = true };
        var agency = new Option<string?>("--agency") { Description = "Code of the agency that registers them (default: spread over the demo agencies, else over all agencies)" };
        var seed = new Command("seed", "Generate invented people and cases for benchmarks (names of the region's origin countries, CTDC-like distributions)") { people, agency };
        seed.SetAction((parse, ct) => cli.RunAsync(parse, async (services, t) =>
        {
            var count = parse.GetValue(people);
            if (count is < 1 or > MaxPeople)
            {
                cli.Console.Error.WriteLine($"error: --people must be between 1 and {MaxPeople.ToString("N0", CultureInfo.InvariantCulture)}, not {count}.");
                return ExitCodes.BadInput;
            }
            var seeding = services.GetRequiredService<SeedPeople>();
            var agencies = await seeding.AgenciesAsync(parse.GetValue(agency), ct);
            if (!agencies.Succeeded) return cli.Failed(agencies.Error!, t);

            // Seeded from what is already there, so a second run adds other people instead of the same ones again.
            var existing = await services.GetRequiredService<SanadDb>().People.CountAsync(ct);
            var generator = new PeopleGenerator(existing, agencies.Value!, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var clock = Stopwatch.StartNew();
            var written = await seeding.WriteAsync(generator.Generate(count),
                done => cli.Console.Out.WriteLine($"  {done:N0} / {count:N0} people ({Rate(done, clock.Elapsed):N0} people/s)"), ct);
            cli.Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Seeded {written:N0} people and {written:N0} cases in {clock.Elapsed.TotalSeconds:F1} s ({Rate(written, clock.Elapsed):N0} people/s)."));
            return ExitCodes.Ok;
        }));
        return seed;
    }

    private static double Rate(int count, TimeSpan elapsed) => count / Math.Max(elapsed.TotalSeconds, 0.001);
}
