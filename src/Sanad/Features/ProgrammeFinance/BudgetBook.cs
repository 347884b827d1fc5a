using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Programmes;
using Sanad.Security;

namespace Sanad.Features.ProgrammeFinance;

public sealed record BudgetLineView(Guid Id, string Code, string Category, string Description, Guid? ActivityId, string? Activity,
    decimal Budget, decimal Actual, decimal Remaining, decimal BurnRate, bool Eligible, int Version);

public sealed record ActivityBudgetView(Guid? ActivityId, string? Title, string? Kind, string? Country, decimal Budget, decimal Actual, decimal BurnRate);

public sealed record FunderView(Guid Id, string Code, string Name, decimal Committed, decimal Share, decimal Actual, decimal EligibleActual, decimal BurnRate, int Version);

/// <summary>An activity a budget line may pay for, as the line's form lists it.</summary>
public sealed record BudgetActivityChoice(Guid Id, string Title, string Kind, string Country);

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
            return new BudgetLineView(l.Id.Value, l.Code, Codes.Of(l.Category), l.Description, l.ActivityId?.Value, activity, l.Amount, actual, l.Amount - actual, Rate(actual, l.Amount), l.Eligible, l.Version);
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
            return new FunderView(f.Id.Value, f.Code, f.Name, f.Committed, f.Share, actual, eligible, Rate(actual, f.Committed), f.Version);
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
        if (await ActivityTitleAsync(programme.Id, input.ActivityId, ct) is { Succeeded: false } missing) return missing.Error!;
        Codes.TryParse<BudgetCategory>(input.Category, out var category);
        var line = BudgetLine.Plan(programme.Id, input.ActivityId is { } a ? new ActivityId(a) : null, input.Code, category, input.Description, input.Amount,
            input.Eligible, clock.GetUtcNow().UtcDateTime);
        db.BudgetLines.Add(line);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("budget-line.planned", AuditOutcome.Success, "budget-line", line.Id.ToString(), line.Code);
        return await LineAsync(line, ct);
    }

    /// <summary>Changes a line from the version read: a stale version is refused (409) and nothing is saved.</summary>
    public async Task<Result<BudgetLineView>> ReviseLineAsync(Guid id, BudgetLineInput input, CancellationToken ct = default)
    {
        var line = await db.BudgetLines.SingleOrDefaultAsync(l => l.Id == new BudgetLineId(id), ct);
        if (line is null) return Error.NotFound();
        if (line.Version != input.Version) return StaleLine();
        if (line.Code != input.Code.Trim()) return Error.Invalid("The number of a budget line cannot change: expenditures and imports name the line by it.") with { Field = "code" };
        if (await ActivityTitleAsync(line.ProgrammeId, input.ActivityId, ct) is { Succeeded: false } missing) return missing.Error!;
        Codes.TryParse<BudgetCategory>(input.Category, out var category);
        line.Revise(input.ActivityId is { } a ? new ActivityId(a) : null, category, input.Description, input.Amount, input.Eligible, clock.GetUtcNow().UtcDateTime);
        if (!await db.SavedUnlessStaleAsync(ct)) return StaleLine();
        await audit.RecordAsync("budget-line.revised", AuditOutcome.Success, "budget-line", line.Id.ToString(), line.Code);
        return await LineAsync(line, ct);
    }

    /// <summary>The activities of the programme a budget line may pay for.</summary>
    public async Task<IReadOnlyList<BudgetActivityChoice>> ActivitiesAsync(Guid programmeId, CancellationToken ct = default) =>
        (await db.ProgrammeActivities.AsNoTracking().Where(a => a.ProgrammeId == new ProgrammeId(programmeId)).OrderBy(a => a.StartsOn).ThenBy(a => a.Title)
            .Select(a => new { a.Id, a.Title, a.Kind, a.Country }).ToListAsync(ct))
        .Select(a => new BudgetActivityChoice(a.Id.Value, a.Title, Codes.Of(a.Kind), a.Country)).ToList();

    private async Task<Result<string?>> ActivityTitleAsync(ProgrammeId programme, Guid? activityId, CancellationToken ct)
    {
        if (activityId is not { } activity) return (string?)null;
        var title = await db.ProgrammeActivities.Where(a => a.Id == new ActivityId(activity) && a.ProgrammeId == programme).Select(a => a.Title).SingleOrDefaultAsync(ct);
        return title is null ? Error.Invalid("There is no such activity in this programme.") with { Field = "activityId" } : title;
    }

    private async Task<BudgetLineView> LineAsync(BudgetLine line, CancellationToken ct)
    {
        var title = (await ActivityTitleAsync(line.ProgrammeId, line.ActivityId?.Value, ct)).Value;
        var actual = await db.Expenditures.Where(e => e.BudgetLineId == line.Id).SumAsync(e => (decimal?)e.AmountInBudgetCurrency, ct) ?? 0;
        return new BudgetLineView(line.Id.Value, line.Code, Codes.Of(line.Category), line.Description, line.ActivityId?.Value, title, line.Amount, actual,
            line.Amount - actual, Rate(actual, line.Amount), line.Eligible, line.Version);
    }

    public async Task<Result<FunderView>> AddFunderAsync(Guid? programmeId, FundingSourceInput input, CancellationToken ct = default)
    {
        if (await BudgetProgrammes.FindAsync(db, programmeId, ct) is not { } programme) return Error.NotFound();
        var code = input.Code.Trim().ToUpperInvariant();
        if (await db.FundingSources.AnyAsync(f => f.ProgrammeId == programme.Id && f.Code == code, ct))
            return Error.Conflict("The programme already has a funder {0}.", code) with { Field = "code" };
        var share = decimal.Round(input.SharePercent / 100m, 4);
        if (await SharesAsync(programme.Id, null, ct) + share > 1m)
            return Error.Invalid("The funders' shares would add up to more than 100 %.") with { Field = "sharePercent" };
        var funder = FundingSource.Commit(programme.Id, code, input.Name, input.Committed, share, clock.GetUtcNow().UtcDateTime);
        db.FundingSources.Add(funder);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("funder.committed", AuditOutcome.Success, "funding-source", funder.Id.ToString(), funder.Code);
        return await FunderAsync(funder, ct);
    }

    /// <summary>Changes a funder's name, commitment or share from the version read: a stale version is refused (409).</summary>
    public async Task<Result<FunderView>> ReviseFunderAsync(Guid id, FundingSourceInput input, CancellationToken ct = default)
    {
        var funder = await db.FundingSources.SingleOrDefaultAsync(f => f.Id == new FundingSourceId(id), ct);
        if (funder is null) return Error.NotFound();
        if (funder.Version != input.Version) return StaleFunder();
        if (funder.Code != input.Code.Trim().ToUpperInvariant()) return Error.Invalid("The code of a funder cannot change: expenditures and reports name the funder by it.") with { Field = "code" };
        var share = decimal.Round(input.SharePercent / 100m, 4);
        if (await SharesAsync(funder.ProgrammeId, funder.Id, ct) + share > 1m)
            return Error.Invalid("The funders' shares would add up to more than 100 %.") with { Field = "sharePercent" };
        funder.Revise(input.Name, input.Committed, share, clock.GetUtcNow().UtcDateTime);
        if (!await db.SavedUnlessStaleAsync(ct)) return StaleFunder();
        await audit.RecordAsync("funder.revised", AuditOutcome.Success, "funding-source", funder.Id.ToString(), funder.Code);
        return await FunderAsync(funder, ct);
    }

    private async Task<decimal> SharesAsync(ProgrammeId programme, FundingSourceId? except, CancellationToken ct) =>
        (await db.FundingSources.Where(f => f.ProgrammeId == programme && f.Id != except).Select(f => f.Share).ToListAsync(ct)).Sum();

    private async Task<FunderView> FunderAsync(FundingSource funder, CancellationToken ct)
    {
        var spent = (await ExpenditureTotals.ReadAsync(db, funder.ProgrammeId, null, null, ct)).Where(t => t.Funder == funder.Id).ToList();
        var actual = spent.Sum(s => s.Amount);
        return new FunderView(funder.Id.Value, funder.Code, funder.Name, funder.Committed, funder.Share, actual, spent.Where(s => s.Eligible).Sum(s => s.Amount),
            Rate(actual, funder.Committed), funder.Version);
    }

    /// <summary>Saves, or answers false when someone else saved the same record first.</summary>
    private static Error StaleLine() => Error.Conflict("Someone else changed this budget line since you opened it. Reload it and make your change again.");

    private static Error StaleFunder() => Error.Conflict("Someone else changed this funder since you opened it. Reload it and make your change again.");

    /// <summary>A part of a whole as a fraction to four places; 0 when the whole is 0.</summary>
    public static decimal Rate(decimal part, decimal whole) => whole == 0 ? 0 : decimal.Round(part / whole, 4);
}
