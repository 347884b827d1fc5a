namespace Sanad.Domain.Programmes;

/// <summary>
/// How many units of a currency one unit of the budget currency bought from a date (1 EUR = 0.7735 JOD
/// from 2015-03-01). A rate holds until the next rate of the same currency, within its calendar month
/// (the EU's InforEuro rates are monthly): an expenditure with no rate in its month is refused.
/// </summary>
public sealed class ExchangeRate
{
    /// <summary>The months a rate is used for: its own, from its date on. Kept as a rule here so the books and the import agree.</summary>
    public static bool Covers(DateOnly effectiveOn, DateOnly day) =>
        effectiveOn <= day && effectiveOn.Year == day.Year && effectiveOn.Month == day.Month;

    public static readonly IReadOnlyList<string> Currencies = ["EUR", "JOD", "LBP", "IQD", "SAR", "KWD"];

    public long Id { get; private set; }
    /// <summary>The budget currency the rate is quoted against (EUR).</summary>
    public string BaseCurrency { get; private set; } = "";
    /// <summary>ISO 4217 code of the local currency.</summary>
    public string Currency { get; private set; } = "";
    public DateOnly EffectiveOn { get; private set; }
    /// <summary>Units of <see cref="Currency"/> for one unit of <see cref="BaseCurrency"/>.</summary>
    public decimal UnitsPerBase { get; private set; }
    /// <summary>Where the rate comes from (InforEuro, central bank, bank statement).</summary>
    public string? Source { get; private set; }
    public DateTime RecordedAt { get; private set; }

    private ExchangeRate() { }

    public static ExchangeRate Set(string baseCurrency, string currency, DateOnly effectiveOn, decimal unitsPerBase, string? source, DateTime now) => new()
    {
        BaseCurrency = baseCurrency.Trim().ToUpperInvariant(),
        Currency = currency.Trim().ToUpperInvariant(),
        EffectiveOn = effectiveOn,
        UnitsPerBase = unitsPerBase,
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim(),
        RecordedAt = now,
    };

    public void Change(decimal unitsPerBase, string? source, DateTime now)
    {
        UnitsPerBase = unitsPerBase;
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        RecordedAt = now;
    }

    /// <summary>An amount in the local currency converted to the budget currency, to the cent (half away from zero).</summary>
    public static decimal ToBase(decimal amount, decimal unitsPerBase) => decimal.Round(amount / unitsPerBase, 2, MidpointRounding.AwayFromZero);
}
