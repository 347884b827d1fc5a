using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Programmes;
using Sanad.Security;

namespace Sanad.Features.ProgrammeFinance;

public sealed record BudgetLineView(Guid Id, string Code, string Category, string Description, Guid? ActivityId, string? Activity,
    decimal Budget, decimal Actual, decimal Remaining, decimal BurnRate);

public sealed record ActivityBudgetView(Guid? ActivityId, string? Title, string? Kind, string? Country, decimal Budget, decimal Actual, decimal BurnRate);

public sealed record FunderView(Guid Id, string Code, string Name, decimal Committed, decimal Share, decimal Actual, decimal EligibleActual, decimal BurnRate);

/// <summary>
/// A programme's books for a period: every line, activity and funder with its budget and what was
/// spent (in the budget currency), the burn rate (spent over budget), and the co-financing check.
/// </summary>
public sealed record BudgetView(
    Guid ProgrammeId, string Programme, string Currency, DateOnly StartsOn, DateOnly EndsOn, DateOnly? From, DateOnly? To,
    decimal TotalBudget, decimal TotalActual, decimal EligibleActual, decimal BurnRate, decimal TimeElapsed,
    IReadOnlyList<BudgetLineView> Lines, IReadOnlyList<ActivityBudgetView> Activities, IReadOnlyList<FunderView> Funders,
    IReadOnlyList<FundingCheckPeriod> CoFinancing);

/// <summary>The budget: lines and funders as planned, and budget versus actual.</summary>
public sealed class BudgetBook(SanadDb db, AuditTrail audit, TimeProvider clock)
{
    public async Task<BudgetView?> ReadAsync(Guid? programmeId, DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default)
    {
        if (await BudgetProgrammes.FindAsync(db, programmeId, ct) is not { } programme) return null;
        var lines = await db.BudgetLines.AsNoTracking().Where(l => l.ProgrammeId == programme.Id).ToListAsync(ct);
        var funders = await db.FundingSources.AsNoTracking().Where(f => f.ProgrammeId == programme.Id).ToListAsync(ct);
        var activities = await db.ProgrammeActivities.AsNoTracking().Where(a => a.ProgrammeId == programme.Id)
            .Select(a => new { a.Id, a.Title, a.Kind, a.Country }).ToDictionaryAsync(a => a.Id, ct);
        var totals = await ExpenditureTotals.ReadAsync(db, programme.Id, from, to, ct);

        var spentByLine = totals.GroupBy(t => t.Line).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));
        var lineViews = lines.OrderBy(l => l.Code, StringComparer.Ordinal).Select(l =>
        {
            var actual = spentByLine.GetValueOrDefault(l.Id);
            var activity = l.ActivityId is { } a && activities.TryGetValue(a, out var found) ? found.Title : null;
            return new BudgetLineView(l.Id.Value, l.Code, Codes.Of(l.Category), l.Description, l.ActivityId?.Value, activity, l.Amount, actual, l.Amount - actual, Rate(actual, l.Amount));
        }).ToList();

        var activityViews = lines.GroupBy(l => l.ActivityId).Select(g =>
        {
            var budget = g.Sum(l => l.Amount);
            var actual = g.Sum(l => spentByLine.GetValueOrDefault(l.Id));
            var a = g.Key is { } id && activities.TryGetValue(id, out var found) ? found : null;
            return new ActivityBudgetView(g.Key?.Value, a?.Title, a is null ? null : Codes.Of(a.Kind), a?.Country, budget, actual, Rate(actual, budget));
        }).OrderBy(a => a.ActivityId is null).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();

        var funderViews = funders.OrderByDescending(f => f.Share).ThenBy(f => f.Code, StringComparer.Ordinal).Select(f =>
        {
            var actual = totals.Where(t => t.Funder == f.Id).Sum(t => t.Amount);
            var eligible = totals.Where(t => t.Funder == f.Id && t.Eligible).Sum(t => t.Amount);
            return new FunderView(f.Id.Value, f.Code, f.Name, f.Committed, f.Share, actual, eligible, Rate(actual, f.Committed));
        }).ToList();

        var totalBudget = lines.Sum(l => l.Amount);
        var totalActual = totals.Sum(t => t.Amount);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var asOf = to is { } end && end < today ? end : today;
        var elapsed = Rate(Math.Clamp(asOf.DayNumber - programme.StartsOn.DayNumber + 1, 0, programme.EndsOn.DayNumber - programme.StartsOn.DayNumber + 1),
            programme.EndsOn.DayNumber - programme.StartsOn.DayNumber + 1);
        return new BudgetView(programme.Id.Value, programme.Name, programme.BudgetCurrency, programme.StartsOn, programme.EndsOn, from, to,
            totalBudget, totalActual, totals.Where(t => t.Eligible).Sum(t => t.Amount), Rate(totalActual, totalBudget), elapsed,
            lineViews, activityViews, funderViews, FundingCheck.Run(funders, totals));
    }

    public async Task<Result<BudgetLineView>> AddLineAsync(Guid? programmeId, BudgetLineInput input, CancellationToken ct = default)
    {
        if (await BudgetProgrammes.FindAsync(db, programmeId, ct) is not { } programme) return Error.NotFound();
        if (await db.BudgetLines.AnyAsync(l => l.ProgrammeId == programme.Id && l.Code == input.Code.Trim(), ct))
            return Error.Conflict("The programme already has a budget line {0}.", input.Code.Trim()) with { Field = "code" };
        string? activityTitle = null;
        if (input.ActivityId is { } activity)
        {
            activityTitle = await db.ProgrammeActivities.Where(a => a.Id == new ActivityId(activity) && a.ProgrammeId == programme.Id).Select(a => a.Title).SingleOrDefaultAsync(ct);
            if (activityTitle is null) return Error.Invalid("There is no such activity in this programme.") with { Field = "activityId" };
        }
        Codes.TryParse<BudgetCategory>(input.Category, out var category);
        var line = BudgetLine.Plan(programme.Id, input.ActivityId is { } a ? new ActivityId(a) : null, input.Code, category, input.Description, input.Amount, clock.GetUtcNow().UtcDateTime);
        db.BudgetLines.Add(line);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("budget-line.planned", AuditOutcome.Success, "budget-line", line.Id.ToString(), line.Code);
        return new BudgetLineView(line.Id.Value, line.Code, Codes.Of(line.Category), line.Description, input.ActivityId, activityTitle, line.Amount, 0, line.Amount, 0);
    }

    public async Task<Result<FunderView>> AddFunderAsync(Guid? programmeId, FundingSourceInput input, CancellationToken ct = default)
    {
        if (await BudgetProgrammes.FindAsync(db, programmeId, ct) is not { } programme) return Error.NotFound();
        var code = input.Code.Trim().ToUpperInvariant();
        if (await db.FundingSources.AnyAsync(f => f.ProgrammeId == programme.Id && f.Code == code, ct))
            return Error.Conflict("The programme already has a funder {0}.", code) with { Field = "code" };
        var shares = await db.FundingSources.Where(f => f.ProgrammeId == programme.Id).Select(f => f.Share).ToListAsync(ct);
        var share = decimal.Round(input.SharePercent / 100m, 4);
        if (shares.Sum() + share > 1m)
            return Error.Invalid("The funders' shares would add up to more than 100 %.") with { Field = "sharePercent" };
        var funder = FundingSource.Commit(programme.Id, code, input.Name, input.Committed, share, clock.GetUtcNow().UtcDateTime);
        db.FundingSources.Add(funder);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("funder.committed", AuditOutcome.Success, "funding-source", funder.Id.ToString(), funder.Code);
        return new FunderView(funder.Id.Value, funder.Code, funder.Name, funder.Committed, funder.Share, 0, 0, 0);
    }

    /// <summary>A part of a whole as a fraction to four places; 0 when the whole is 0.</summary>
    public static decimal Rate(decimal part, decimal whole) => whole == 0 ? 0 : decimal.Round(part / whole, 4);
}
