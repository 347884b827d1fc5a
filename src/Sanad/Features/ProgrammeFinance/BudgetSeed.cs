using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Programmes;

namespace Sanad.Features.ProgrammeFinance;

public sealed record BudgetSeedResult(int Activities, int BudgetLines, int Expenditures, int Participants);

/// <summary>
/// Invented programme books for benchmarks (<c>sanad seed-programme</c>): on top of the demo programme,
/// N more activities (the six kinds over the five countries), one budget line each, and M expenditures
/// spread over every line, both funders (80 / 20), every month that has exchange rates and every
/// currency, written in batches; then P participants over the programme's trainings with attendance and
/// scores (<see cref="ParticipantSeed"/>). Never for a production node.
/// </summary>
public sealed class BudgetSeed(SanadDb db, BudgetDemo demo, ParticipantSeed trainees, TimeProvider clock)
{
    private const int Batch = 5_000;
    private static readonly string[] Countries = ["IQ", "JO", "SA", "KW", "LB"];

    public async Task<BudgetSeedResult> WriteAsync(int activities, int expenditures, int participants, Action<string> progress, CancellationToken ct = default)
    {
        await demo.SeedAsync(ct);
        var programme = await db.Programmes.AsNoTracking().OrderBy(p => p.StartsOn).ThenBy(p => p.Id).FirstAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var funders = await db.FundingSources.AsNoTracking().Where(f => f.ProgrammeId == programme.Id).OrderByDescending(f => f.Share).ToListAsync(ct);
        var kinds = Enum.GetValues<ActivityKind>();
        var offset = await db.ProgrammeActivities.CountAsync(a => a.ProgrammeId == programme.Id, ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var lines = await db.BudgetLines.AsNoTracking().Where(l => l.ProgrammeId == programme.Id).ToListAsync(ct);
        for (var i = 0; i < activities; i++)
        {
            var n = offset + i + 1;
            var starts = programme.StartsOn.AddDays(n * 7 % Math.Max(1, programme.EndsOn.DayNumber - programme.StartsOn.DayNumber - 30));
            var activity = ProgrammeActivity.Plan(programme.Id, kinds[n % kinds.Length], $"Activity {n}", Countries[n % Countries.Length], starts, starts.AddDays(3 + n % 20), now);
            // Activities already over are completed, so the logframe's computed indicators count them.
            if (activity.EndsOn < today) activity.Change(new ActivityChange(activity.Title, activity.Country, activity.StartsOn, activity.EndsOn, ActivityStatus.Completed, null, null, null), now);
            var line = BudgetLine.Plan(programme.Id, activity.Id, $"A.{n}", (BudgetCategory)(n % 5), $"Costs of activity {n}", 2_000m + n % 17 * 500m, true, now);
            db.ProgrammeActivities.Add(activity);
            db.BudgetLines.Add(line);
            lines.Add(line);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        // Expenditures only in months that have rates (the demo sets them up to the current month).
        var rates = await db.ExchangeRates.AsNoTracking().Where(r => r.BaseCurrency == programme.BudgetCurrency).ToListAsync(ct);
        var months = rates.Select(r => new DateOnly(r.EffectiveOn.Year, r.EffectiveOn.Month, 1)).Where(m => programme.Covers(m)).Distinct().Order().ToList();
        var byMonth = rates.GroupBy(r => (r.Currency, r.EffectiveOn.Year, r.EffectiveOn.Month)).ToDictionary(g => g.Key, g => g.OrderBy(r => r.EffectiveOn).Last());
        string[] currencies = [programme.BudgetCurrency, .. rates.Select(r => r.Currency).Distinct().Order()];
        for (var i = 0; i < expenditures; i++)
        {
            var month = months[i % months.Count];
            var day = month.AddDays(i % 28);
            if (!programme.Covers(day)) day = month;
            var currency = currencies[i / months.Count % currencies.Length];
            var rate = currency == programme.BudgetCurrency ? 1m
                : byMonth.TryGetValue((currency, month.Year, month.Month), out var found) && found.EffectiveOn <= day ? found.UnitsPerBase : 0m;
            if (rate == 0m) (currency, rate) = (programme.BudgetCurrency, 1m);
            var funder = funders[i % 5 == 4 && funders.Count > 1 ? 1 : 0];
            var line = lines[i % lines.Count];
            var amount = 50m + i % 97 * 12.5m;
            db.Expenditures.Add(Expenditure.Record(programme.Id, line.Id, funder.Id, day, amount, currency, rate, i % 23 != 0, line.Description, $"S-{i + 1}", null, now));
            if ((i + 1) % Batch != 0 && i + 1 != expenditures) continue;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            progress(string.Create(CultureInfo.InvariantCulture, $"{i + 1:N0} / {expenditures:N0} expenditures"));
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var trained = await trainees.WriteAsync(programme.Id, participants, done => progress(string.Create(CultureInfo.InvariantCulture, $"{done:N0} / {participants:N0} participants")), ct);
        return new BudgetSeedResult(activities, activities, expenditures, trained);
    }
}
