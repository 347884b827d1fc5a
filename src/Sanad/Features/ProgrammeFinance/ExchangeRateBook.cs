using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Programmes;
using Sanad.Security;

namespace Sanad.Features.ProgrammeFinance;

public sealed record ExchangeRateView(string BaseCurrency, string Currency, DateOnly EffectiveOn, decimal UnitsPerBase, string? Source);

/// <summary>The exchange-rate table: rates by currency and date against a programme's budget currency, entered or imported.</summary>
public sealed class ExchangeRateBook(SanadDb db, AuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ExchangeRateView>> ListAsync(string baseCurrency, CancellationToken ct = default) =>
        (await db.ExchangeRates.AsNoTracking().Where(r => r.BaseCurrency == baseCurrency).ToListAsync(ct))
            .OrderBy(r => r.Currency).ThenByDescending(r => r.EffectiveOn)
            .Select(r => new ExchangeRateView(r.BaseCurrency, r.Currency, r.EffectiveOn, r.UnitsPerBase, r.Source)).ToList();

    /// <summary>Sets the rate of a currency from a date; the same currency and date again replaces it (a correction), for expenditures recorded from then on.</summary>
    public async Task<Result<ExchangeRateView>> SetAsync(Guid? programmeId, ExchangeRateInput input, CancellationToken ct = default)
    {
        if (await BudgetProgrammes.FindAsync(db, programmeId, ct) is not { } programme) return Error.NotFound();
        var currency = input.Currency.Trim().ToUpperInvariant();
        if (currency == programme.BudgetCurrency)
            return Error.Invalid("The budget currency needs no exchange rate.") with { Field = "currency" };
        var on = input.EffectiveOn!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.ExchangeRates.SingleOrDefaultAsync(r => r.BaseCurrency == programme.BudgetCurrency && r.Currency == currency && r.EffectiveOn == on, ct);
        if (existing is null) db.ExchangeRates.Add(existing = ExchangeRate.Set(programme.BudgetCurrency, currency, on, input.UnitsPerBase, input.Source, now));
        else existing.Change(input.UnitsPerBase, input.Source, now);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("exchange-rate.set", AuditOutcome.Success, "exchange-rate", $"{currency}:{on:yyyy-MM-dd}");
        return new ExchangeRateView(existing.BaseCurrency, existing.Currency, existing.EffectiveOn, existing.UnitsPerBase, existing.Source);
    }
}
