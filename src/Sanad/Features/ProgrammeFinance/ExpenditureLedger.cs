using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Programmes;

namespace Sanad.Features.ProgrammeFinance;
// Sanad.Features.Programme (the activities feature) would hide the programme type here.
using Programme = Sanad.Domain.Programmes.Programme;

/// <summary>
/// The rules an expenditure must meet before it is recorded, with the programme's lines, funders and
/// rates loaded once: a known budget line and funder, a date inside the programme, and an exchange
/// rate for its currency in the month of its date. Used for one expenditure and for each line of an import.
/// </summary>
public sealed class ExpenditureLedger
{
    private readonly Programme _programme;
    private readonly Dictionary<string, BudgetLineId> _lines;
    private readonly Dictionary<string, FundingSourceId> _funders;
    private readonly Dictionary<string, List<(DateOnly On, decimal Rate)>> _rates;

    private ExpenditureLedger(Programme programme, Dictionary<string, BudgetLineId> lines, Dictionary<string, FundingSourceId> funders,
        Dictionary<string, List<(DateOnly, decimal)>> rates)
    {
        _programme = programme;
        _lines = lines;
        _funders = funders;
        _rates = rates;
    }

    public Programme Programme => _programme;

    public static async Task<ExpenditureLedger> OpenAsync(SanadDb db, Programme programme, CancellationToken ct)
    {
        var lines = await db.BudgetLines.AsNoTracking().Where(l => l.ProgrammeId == programme.Id).Select(l => new { l.Code, l.Id }).ToListAsync(ct);
        var funders = await db.FundingSources.AsNoTracking().Where(f => f.ProgrammeId == programme.Id).Select(f => new { f.Code, f.Id }).ToListAsync(ct);
        var rates = await db.ExchangeRates.AsNoTracking().Where(r => r.BaseCurrency == programme.BudgetCurrency)
            .Select(r => new { r.Currency, r.EffectiveOn, r.UnitsPerBase }).ToListAsync(ct);
        return new ExpenditureLedger(programme,
            lines.ToDictionary(l => l.Code, l => l.Id, StringComparer.OrdinalIgnoreCase),
            funders.ToDictionary(f => f.Code, f => f.Id, StringComparer.OrdinalIgnoreCase),
            rates.GroupBy(r => r.Currency).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.EffectiveOn).Select(r => (r.EffectiveOn, r.UnitsPerBase)).ToList()));
    }

    /// <summary>The rate used for a currency on a day: the latest set on or before it in the same month; null when there is none.</summary>
    public decimal? RateOn(string currency, DateOnly day)
    {
        if (currency == _programme.BudgetCurrency) return 1m;
        return _rates.TryGetValue(currency, out var rates) && rates.FirstOrDefault(r => ExchangeRate.Covers(r.On, day)) is { Rate: > 0 } found
            ? found.Rate : null;
    }

    public Result<Expenditure> Check(ExpenditureInput input, Guid? by, DateTime now)
    {
        if (!_lines.TryGetValue(input.BudgetLine.Trim(), out var line))
            return Error.Invalid("There is no budget line {0} in this programme.", input.BudgetLine.Trim()) with { Field = "budgetLine" };
        if (!_funders.TryGetValue(input.Funder.Trim(), out var funder))
            return Error.Invalid("There is no funder {0} in this programme.", input.Funder.Trim()) with { Field = "funder" };
        var day = input.SpentOn!.Value;
        if (!_programme.Covers(day))
            return Error.Invalid("The date {0} is outside the programme ({1} to {2}).", day.ToString("yyyy-MM-dd"),
                _programme.StartsOn.ToString("yyyy-MM-dd"), _programme.EndsOn.ToString("yyyy-MM-dd")) with { Field = "spentOn" };
        var currency = input.Currency.Trim().ToUpperInvariant();
        if (RateOn(currency, day) is not { } rate)
            return Error.Invalid("There is no exchange rate for {0} in the month of {1}: enter the rate first.", currency, day.ToString("yyyy-MM-dd")) with { Field = "currency" };
        return Expenditure.Record(_programme.Id, line, funder, day, input.Amount, currency, rate, input.Eligible, input.Description, input.Reference, by, now);
    }
}
