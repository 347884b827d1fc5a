using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Features.Seeding;

namespace Sanad.Cli;

/// <summary>
/// <c>sanad seed --people N [--agency CODE] [--referrals-per-case K]</c>: generates N invented people
/// with their cases, sealed and indexed like real ones, and K referrals with their consents and
/// history for every case that has none, for benchmarks and load tests. Never for a production node.
/// </summary>
internal static class SeedVerb
{
    public const int MaxPeople = 10_000_000;
    public const int MaxReferralsPerCase = 10;

    public static Command Create(CliContext cli)
    {
        var people = new Option<int>("--people") { Description = $"How many people (and cases) to generate, 0 to {MaxPeople:N0}" };
        var referrals = new Option<int>("--referrals-per-case") { Description = $"Referrals (with consent and history) to add to every case without any, 0 to {MaxReferralsPerCase}" };
        var agency = new Option<string?>("--agency") { Description = "Code of the agency that registers them (default: spread over the demo agencies, else over all agencies)" };
        var seed = new Command("seed", "Generate invented people and cases for benchmarks (names of the region's origin countries, CTDC-like distributions)") { people, agency, referrals };
        seed.SetAction((parse, ct) => cli.RunAsync(parse, async (services, t) =>
        {
            var count = parse.GetValue(people);
            var perCase = parse.GetValue(referrals);
            if (count is < 0 or > MaxPeople || (count == 0 && perCase == 0))
            {
                cli.Console.Error.WriteLine($"error: --people must be between 1 and {MaxPeople.ToString("N0", CultureInfo.InvariantCulture)}, not {count}.");
                return ExitCodes.BadInput;
            }
            if (perCase is < 0 or > MaxReferralsPerCase)
            {
                cli.Console.Error.WriteLine($"error: --referrals-per-case must be between 0 and {MaxReferralsPerCase}, not {perCase}.");
                return ExitCodes.BadInput;
            }
            if (count > 0 && await SeedPeopleAsync(cli, services, t, count, parse.GetValue(agency), ct) is { } failed) return failed;
            if (perCase > 0)
            {
                var clock = Stopwatch.StartNew();
                var written = await services.GetRequiredService<SeedReferrals>().WriteAsync(perCase,
                    done => cli.Console.Out.WriteLine($"  {done:N0} referrals ({Rate(done, clock.Elapsed):N0} referrals/s)"), ct);
                cli.Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Seeded {written:N0} referrals in {clock.Elapsed.TotalSeconds:F1} s ({Rate(written, clock.Elapsed):N0} referrals/s)."));
            }
            return ExitCodes.Ok;
        }));
        return seed;
    }

    /// <summary>Null when done; otherwise the exit code of the refusal.</summary>
    private static async Task<int?> SeedPeopleAsync(CliContext cli, IServiceProvider services, Microsoft.Extensions.Localization.IStringLocalizer t,
        int count, string? agency, CancellationToken ct)
    {
        var seeding = services.GetRequiredService<SeedPeople>();
        var agencies = await seeding.AgenciesAsync(agency, ct);
        if (!agencies.Succeeded) return cli.Failed(agencies.Error!, t);

        // Seeded from what is already there, so a second run adds other people instead of the same ones again.
        var existing = await services.GetRequiredService<SanadDb>().People.CountAsync(ct);
        var generator = new PeopleGenerator(existing, agencies.Value!, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var clock = Stopwatch.StartNew();
        var written = await seeding.WriteAsync(generator.Generate(count),
            done => cli.Console.Out.WriteLine($"  {done:N0} / {count:N0} people ({Rate(done, clock.Elapsed):N0} people/s)"), ct);
        cli.Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Seeded {written:N0} people and {written:N0} cases in {clock.Elapsed.TotalSeconds:F1} s ({Rate(written, clock.Elapsed):N0} people/s)."));
        return null;
    }

    private static double Rate(int count, TimeSpan elapsed) => count / Math.Max(elapsed.TotalSeconds, 0.001);
}
