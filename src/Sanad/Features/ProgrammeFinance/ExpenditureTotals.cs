using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Programmes;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>Spending of one budget line charged to one funder in one month, in the budget currency.</summary>
public sealed record ExpenditureTotal(BudgetLineId Line, FundingSourceId Funder, bool Eligible, int Year, int Month, decimal Amount);

/// <summary>
/// Expenditures summed in the database by line, funder, eligibility and month: the books, the
/// co-financing check and the donor report all read these few hundred rows, never the 50,000 lines.
/// </summary>
public static class ExpenditureTotals
{
    public static async Task<IReadOnlyList<ExpenditureTotal>> ReadAsync(SanadDb db, ProgrammeId programme, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var query = db.Expenditures.AsNoTracking().Where(e => e.ProgrammeId == programme);
        if (from is { } start) query = query.Where(e => e.SpentOn >= start);
        if (to is { } end) query = query.Where(e => e.SpentOn <= end);
        var rows = await query
            .GroupBy(e => new { e.BudgetLineId, e.FundingSourceId, e.Eligible, e.SpentOn.Year, e.SpentOn.Month })
            .Select(g => new { g.Key.BudgetLineId, g.Key.FundingSourceId, g.Key.Eligible, g.Key.Year, g.Key.Month, Amount = g.Sum(e => e.AmountInBudgetCurrency) })
            .ToListAsync(ct);
        // A line marked ineligible makes all its costs ineligible, including those recorded before the change.
        var ineligible = (await db.BudgetLines.AsNoTracking().Where(l => l.ProgrammeId == programme && !l.Eligible).Select(l => l.Id).ToListAsync(ct)).ToHashSet();
        return rows.GroupBy(r => new { r.BudgetLineId, r.FundingSourceId, Eligible = r.Eligible && !ineligible.Contains(r.BudgetLineId), r.Year, r.Month })
            .Select(g => new ExpenditureTotal(g.Key.BudgetLineId, g.Key.FundingSourceId, g.Key.Eligible, g.Key.Year, g.Key.Month, g.Sum(r => r.Amount))).ToList();
    }
}
