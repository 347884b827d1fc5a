using Sanad.Domain.Programmes;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>One funder's part of one period's eligible costs, against its rule.</summary>
public sealed record FundingCheckShare(string Funder, decimal Rule, decimal Amount, decimal Share, bool Departs);

/// <summary>One quarter of the co-financing check; <see cref="Flagged"/> when any funder's share departs from its rule.</summary>
public sealed record FundingCheckPeriod(string Label, DateOnly From, DateOnly To, decimal Eligible, IReadOnlyList<FundingCheckShare> Shares, bool Flagged);

/// <summary>
/// The co-financing check: for every calendar quarter with eligible costs, each funder's share of
/// those costs against its rule (the EU 80 %, the co-funder 20 %). A share more than
/// <see cref="Tolerance"/> away from its rule flags the quarter. Ineligible costs are left out.
/// </summary>
public static class FundingCheck
{
    /// <summary>Two percentage points: rounding and a late invoice stay inside it, a mis-charged payment does not.</summary>
    public const decimal Tolerance = 0.02m;

    public static IReadOnlyList<FundingCheckPeriod> Run(IReadOnlyList<FundingSource> funders, IEnumerable<ExpenditureTotal> totals)
    {
        var byQuarter = totals.Where(t => t.Eligible)
            .GroupBy(t => (t.Year, Quarter: (t.Month - 1) / 3))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Quarter);
        var periods = new List<FundingCheckPeriod>();
        foreach (var quarter in byQuarter)
        {
            var eligible = quarter.Sum(t => t.Amount);
            if (eligible == 0) continue;
            var shares = funders.Select(f =>
            {
                var amount = quarter.Where(t => t.Funder == f.Id).Sum(t => t.Amount);
                var share = decimal.Round(amount / eligible, 4);
                return new FundingCheckShare(f.Code, f.Share, amount, share, Math.Abs(share - f.Share) > Tolerance);
            }).ToList();
            var from = new DateOnly(quarter.Key.Year, quarter.Key.Quarter * 3 + 1, 1);
            periods.Add(new FundingCheckPeriod($"{quarter.Key.Year} Q{quarter.Key.Quarter + 1}", from, from.AddMonths(3).AddDays(-1), eligible, shares, shares.Any(s => s.Departs)));
        }
        return periods;
    }
}
