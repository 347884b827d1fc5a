using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Programmes;

namespace Sanad.Features.ProgrammeFinance;
// Sanad.Features.Programme (the activities feature) would hide the programme type here.
using Programme = Sanad.Domain.Programmes.Programme;

/// <summary>
/// Demo books for the origin programme: EUR 1.7 million over its six activities, the EU at 80 % and
/// a co-funder at 20 %, monthly expenditures in the five countries' currencies with their rates, one
/// quarter the co-financing check flags (the co-funder paid nothing), and a logframe with entered and
/// computed indicators. Runs after the programme demo; creates the programme and one activity of each
/// kind only when there is none. Adds nothing when the programme already has a budget.
/// </summary>
public sealed class BudgetDemo(SanadDb db, TimeProvider clock)
{
    public const string Eu = "EU", CoFunder = "IDF";

    private static readonly (ActivityKind Kind, string Title, string Country)[] OriginActivities =
    [
        (ActivityKind.Training, "Training of labour inspectors on identifying trafficking", "JO"),
        (ActivityKind.RegionalDialogue, "Regional dialogue on protection frameworks", "JO"),
        (ActivityKind.StudyVisit, "Study visit to Brussels", "BE"),
        (ActivityKind.VictimAssistance, "Direct assistance to exploited migrant workers", "LB"),
        (ActivityKind.Awareness, "Awareness campaign for domestic workers", "KW"),
        (ActivityKind.Research, "Research on recruitment practices", "IQ"),
    ];

    /// <summary>Lines per activity kind (code prefix, category, description, EUR); programme-wide lines have no kind.</summary>
    private static readonly (ActivityKind? Kind, string Code, BudgetCategory Category, string Description, decimal Amount)[] Lines =
    [
        (ActivityKind.Training, "1.1", BudgetCategory.Staff, "Trainers and curriculum", 120_000m),
        (ActivityKind.Training, "1.2", BudgetCategory.Travel, "Participants' travel and accommodation", 90_000m),
        (ActivityKind.Training, "1.3", BudgetCategory.Services, "Venues and interpretation", 60_000m),
        (ActivityKind.RegionalDialogue, "2.1", BudgetCategory.Travel, "Delegations' travel", 150_000m),
        (ActivityKind.RegionalDialogue, "2.2", BudgetCategory.Services, "Conference services and interpretation", 100_000m),
        (ActivityKind.StudyVisit, "3.1", BudgetCategory.Travel, "Delegation travel to Brussels", 110_000m),
        (ActivityKind.StudyVisit, "3.2", BudgetCategory.Services, "Hosting and interpretation", 40_000m),
        (ActivityKind.VictimAssistance, "4.1", BudgetCategory.Services, "Shelter, medical and legal assistance", 300_000m),
        (ActivityKind.VictimAssistance, "4.2", BudgetCategory.Staff, "Case managers", 100_000m),
        (ActivityKind.Awareness, "5.1", BudgetCategory.Services, "Campaign production and media", 150_000m),
        (ActivityKind.Awareness, "5.2", BudgetCategory.Equipment, "Printed and audio materials", 30_000m),
        (ActivityKind.Research, "6.1", BudgetCategory.Staff, "Researchers", 120_000m),
        (ActivityKind.Research, "6.2", BudgetCategory.Services, "Field work and publication", 60_000m),
        (null, "7.1", BudgetCategory.Staff, "Programme management", 200_000m),
        (null, "7.2", BudgetCategory.Equipment, "Office equipment", 40_000m),
        (null, "7.3", BudgetCategory.Other, "Audit, evaluation and visibility", 30_000m),
    ];

    /// <summary>Units for one euro, roughly as they were; each month moves a little so the table has real variety.</summary>
    private static readonly (string Currency, decimal Rate, string Country)[] Rates =
    [
        ("JOD", 0.7735m, "JO"), ("LBP", 1650.25m, "LB"), ("IQD", 1302.50m, "IQ"), ("SAR", 4.1220m, "SA"), ("KWD", 0.3310m, "KW"),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var programme = await db.Programmes.OrderBy(p => p.StartsOn).ThenBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (programme is null)
        {
            var start = new DateOnly(now.Year - 1, 1, 1);
            programme = Programme.Start("Protecting and assisting vulnerable and exploited migrant workers in the Middle East and North Africa",
                start, start.AddYears(3).AddDays(-1), ["IQ", "JO", "SA", "KW", "LB"], "EUR", now);
            db.Programmes.Add(programme);
            await db.SaveChangesAsync(ct);
        }
        if (await db.BudgetLines.AnyAsync(l => l.ProgrammeId == programme.Id, ct)) return;

        var activities = await db.ProgrammeActivities.Where(a => a.ProgrammeId == programme.Id).ToListAsync(ct);
        foreach (var (kind, title, country) in OriginActivities.Where(o => activities.All(a => a.Kind != o.Kind)))
        {
            var activity = ProgrammeActivity.Plan(programme.Id, kind, title, country, programme.StartsOn.AddMonths(2), programme.StartsOn.AddMonths(14), now);
            db.ProgrammeActivities.Add(activity);
            activities.Add(activity);
        }
        var lines = Lines.Select(l => BudgetLine.Plan(programme.Id, l.Kind is { } k ? activities.OrderBy(a => a.StartsOn).First(a => a.Kind == k).Id : null,
            l.Code, l.Category, l.Description, l.Amount, true, now)).ToList();
        db.BudgetLines.AddRange(lines);
        var eu = FundingSource.Commit(programme.Id, Eu, "European Union", 1_360_000m, 0.80m, now);
        var coFunder = FundingSource.Commit(programme.Id, CoFunder, "IOM Development Fund", 340_000m, 0.20m, now);
        db.FundingSources.AddRange(eu, coFunder);

        var today = DateOnly.FromDateTime(now);
        var lastMonth = today < programme.EndsOn ? today : programme.EndsOn;
        var month = new DateOnly(programme.StartsOn.Year, programme.StartsOn.Month, 1);
        var index = 0;
        // The third quarter of the programme is the one the co-financing check flags: the co-funder's payments were late.
        var flaggedFrom = month.AddMonths(6);
        while (month <= lastMonth)
        {
            foreach (var (currency, rate, _) in Rates)
                db.ExchangeRates.Add(ExchangeRate.Set(programme.BudgetCurrency, currency, month, rate * (1 + (index % 5 - 2) * 0.002m), "InforEuro", now));
            var day = month.AddDays(14) <= lastMonth ? month.AddDays(14) : month;
            if (programme.Covers(day)) AddMonth(programme, lines, eu, coFunder, day, index, day >= flaggedFrom && day < flaggedFrom.AddMonths(3), now);
            month = month.AddMonths(1);
            index++;
        }
        await db.SaveChangesAsync(ct);
        await SeedLogframeAsync(programme, now, ct);
    }

    /// <summary>A month of spending: four payments charged to the EU in local currencies and euros, and the co-funder's 20 % in euros.</summary>
    private void AddMonth(Programme programme, List<BudgetLine> lines, FundingSource eu, FundingSource coFunder, DateOnly day, int index, bool coFunderLate, DateTime now)
    {
        var euroTotal = 20_000m + index % 4 * 2_500m;
        var euShare = coFunderLate ? euroTotal : euroTotal * 0.8m;
        for (var i = 0; i < 4; i++)
        {
            var line = lines[(index * 4 + i) % lines.Count];
            var (currency, rate, _) = i == 0 ? ("EUR", 1m, "") : Rates[(index + i) % Rates.Length];
            var monthRate = currency == "EUR" ? 1m : rate * (1 + (index % 5 - 2) * 0.002m);
            var amount = decimal.Round(euShare / 4 * monthRate, 2);
            db.Expenditures.Add(Expenditure.Record(programme.Id, line.Id, eu.Id, day, amount, currency, monthRate, true, line.Description, $"V-{index + 1:000}-{i + 1}", null, now));
        }
        if (!coFunderLate)
        {
            var line = lines[(index + 7) % lines.Count];
            db.Expenditures.Add(Expenditure.Record(programme.Id, line.Id, coFunder.Id, day, euroTotal * 0.2m, "EUR", 1m, true, line.Description, $"C-{index + 1:000}", null, now));
        }
    }

    private async Task SeedLogframeAsync(Programme programme, DateTime now, CancellationToken ct)
    {
        var impact = LogframeEntry.Write(programme.Id, LogframeLevel.Impact, null, "1", "Victims of trafficking and exploited migrant workers in the region are better protected and assisted.");
        var outcome1 = LogframeEntry.Write(programme.Id, LogframeLevel.Outcome, impact.Id, "1.1", "Officials identify victims and refer them to services through the national mechanism.");
        var outcome2 = LogframeEntry.Write(programme.Id, LogframeLevel.Outcome, impact.Id, "1.2", "Victims receive assistance adapted to their needs.");
        var output1 = LogframeEntry.Write(programme.Id, LogframeLevel.Output, outcome1.Id, "1.1.1", "Labour inspectors, police and social workers are trained in identification and referral.");
        var output2 = LogframeEntry.Write(programme.Id, LogframeLevel.Output, outcome2.Id, "1.2.1", "Migrant workers know their rights and where to find help.");
        db.LogframeEntries.AddRange(impact, outcome1, outcome2, output1, output2);
        var indicators = new (LogframeEntry Entry, Indicator Indicator, decimal Target, decimal[] Actuals)[]
        {
            (impact, Indicator.Define(programme.Id, impact.Id, "I1", "People identified as victims", "people", 0, "case-aggregates", IndicatorFromCases.Identified, null), 10, []),
            (outcome1, Indicator.Define(programme.Id, outcome1.Id, "O1", "Referrals sent between agencies", "referrals", 0, "case-aggregates", IndicatorFromCases.Referred, null), 10, []),
            (outcome2, Indicator.Define(programme.Id, outcome2.Id, "O2", "People who started receiving a service", "people", 0, "case-aggregates", IndicatorFromCases.Assisted, null), 10, []),
            (output1, Indicator.Define(programme.Id, output1.Id, "P1", "Trainings completed", "trainings", 0, "activities-completed", "training", null), 2, []),
            (output1, Indicator.Define(programme.Id, output1.Id, "P2", "Officials trained", "officials", 0, Indicator.Entered, null, null), 60, [58, 40, 25]),
            (output1, Indicator.Define(programme.Id, output1.Id, "P4", "Women officials trained", "officials", 0, "officials-trained", "female", null), 10, []),
            (output2, Indicator.Define(programme.Id, output2.Id, "P3", "Migrant workers reached by the campaign", "people", 0, Indicator.Entered, null, null), 5000, [5200, 3100]),
        };
        foreach (var (_, indicator, target, actuals) in indicators)
        {
            db.Indicators.Add(indicator);
            var start = programme.StartsOn;
            for (var i = 0; start <= programme.EndsOn; i++, start = start.AddMonths(6))
            {
                var period = IndicatorPeriod.Plan(indicator.Id, start, Min(start.AddMonths(6).AddDays(-1), programme.EndsOn), target);
                if (i < actuals.Length) period.EnterActual(actuals[i], now);
                db.IndicatorPeriods.Add(period);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
