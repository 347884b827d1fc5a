namespace Sanad.Domain.Programmes;

public readonly record struct ProgrammeId(Guid Value)
{
    public static ProgrammeId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// A funded programme that builds the referral mechanism (the origin one: six activity kinds in five
/// countries, EUR 1.7 million, the EU paying 80 %). Activities, the logframe and the budget hang off it;
/// its dates bound every activity and expenditure. Programme data is staff and event data, never case data.
/// </summary>
public sealed class Programme
{
    public ProgrammeId Id { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    /// <summary>ISO 3166-1 alpha-2 codes of the countries it works in, comma-separated.</summary>
    public string Countries { get; private set; } = "";
    /// <summary>ISO 4217 code the budget is kept in (EUR for EU-funded programmes).</summary>
    public string BudgetCurrency { get; private set; } = "EUR";
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    private Programme() { }

    public static Programme Start(string name, DateOnly startsOn, DateOnly endsOn, IEnumerable<string> countries, string budgetCurrency, DateTime now) => new()
    {
        Id = ProgrammeId.New(),
        Name = name.Trim(),
        StartsOn = startsOn,
        EndsOn = endsOn,
        Countries = string.Join(',', countries.Select(c => c.Trim().ToUpperInvariant()).Distinct()),
        BudgetCurrency = budgetCurrency.Trim().ToUpperInvariant(),
        UpdatedAt = now,
    };

    /// <summary>Changes the settings; the version read must be the current one (checked by the caller and the database).</summary>
    public void Change(string name, DateOnly startsOn, DateOnly endsOn, IEnumerable<string> countries, DateTime now)
    {
        Name = name.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
        Countries = string.Join(',', countries.Select(c => c.Trim().ToUpperInvariant()).Distinct());
        UpdatedAt = now;
        Version++;
    }

    public IReadOnlyList<string> CountryList => Countries.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when a date falls inside the programme: activities and expenditures outside it are refused.</summary>
    public bool Covers(DateOnly day) => day >= StartsOn && day <= EndsOn;
}
