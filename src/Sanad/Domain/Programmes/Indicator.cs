namespace Sanad.Domain.Programmes;

public readonly record struct IndicatorId(Guid Value)
{
    public static IndicatorId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// A measure of a logframe entry: unit, baseline, and a target per period. Its actual is entered by
/// the programme team, or computed by a named source (activities completed, case aggregates, and
/// after the merge the officials trained) from <see cref="Parameter"/> and <see cref="Country"/>.
/// </summary>
public sealed class Indicator
{
    /// <summary>The source code of an indicator whose actuals are typed in.</summary>
    public const string Entered = "entered";

    public IndicatorId Id { get; private set; }
    public ProgrammeId ProgrammeId { get; private set; }
    public LogframeEntryId LogframeEntryId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>What is counted ("officials", "activities", "people", "%").</summary>
    public string Unit { get; private set; } = "";
    public decimal Baseline { get; private set; }
    /// <summary>"entered", or the code of the source that computes the actual.</summary>
    public string Source { get; private set; } = Entered;
    /// <summary>What the source counts: an activity kind ("training"), a case measure ("identified").</summary>
    public string? Parameter { get; private set; }
    /// <summary>ISO 3166-1 alpha-2 country the count is limited to; null for all.</summary>
    public string? Country { get; private set; }
    public int Version { get; private set; }

    private Indicator() { }

    public static Indicator Define(ProgrammeId programme, LogframeEntryId entry, string code, string name, string unit, decimal baseline,
        string source, string? parameter, string? country) => new()
    {
        Id = IndicatorId.New(),
        ProgrammeId = programme,
        LogframeEntryId = entry,
        Code = code.Trim(),
        Name = name.Trim(),
        Unit = unit.Trim(),
        Baseline = baseline,
        Source = source,
        Parameter = string.IsNullOrWhiteSpace(parameter) ? null : parameter.Trim(),
        Country = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant(),
    };

    /// <summary>Changes what the indicator measures and how; its number stays. Targets are revised period by period.</summary>
    public void Revise(LogframeEntryId entry, string name, string unit, decimal baseline, string source, string? parameter, string? country)
    {
        LogframeEntryId = entry;
        Name = name.Trim();
        Unit = unit.Trim();
        Baseline = baseline;
        Source = source;
        Parameter = string.IsNullOrWhiteSpace(parameter) ? null : parameter.Trim();
        Country = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        Version++;
    }

    public bool IsEntered => Source == Entered;
}

/// <summary>
/// An indicator's target for one reporting period (usually a half-year), and the actual the
/// programme entered for it when the indicator is entered by hand.
/// </summary>
public sealed class IndicatorPeriod
{
    public long Id { get; private set; }
    public IndicatorId IndicatorId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public decimal Target { get; private set; }
    /// <summary>The actual typed in; unused (and null) for computed indicators.</summary>
    public decimal? EnteredActual { get; private set; }
    public DateTime? EnteredAt { get; private set; }
    public int Version { get; private set; }

    private IndicatorPeriod() { }

    public static IndicatorPeriod Plan(IndicatorId indicator, DateOnly startsOn, DateOnly endsOn, decimal target) => new()
    {
        IndicatorId = indicator,
        StartsOn = startsOn,
        EndsOn = endsOn,
        Target = target,
    };

    /// <summary>A new end or target for the period; an actual already entered stays.</summary>
    public void Retarget(DateOnly endsOn, decimal target)
    {
        if (EndsOn == endsOn && Target == target) return;
        EndsOn = endsOn;
        Target = target;
        Version++;
    }

    public void EnterActual(decimal actual, DateTime now)
    {
        EnteredActual = actual;
        EnteredAt = now;
        Version++;
    }

    /// <summary>"2015 H1" for a half-year starting in January, otherwise the two dates.</summary>
    public string Label => StartsOn.Day == 1 && EndsOn == StartsOn.AddMonths(6).AddDays(-1) && StartsOn.Month is 1 or 7
        ? $"{StartsOn.Year} H{(StartsOn.Month == 1 ? 1 : 2)}"
        : $"{StartsOn:yyyy-MM-dd} – {EndsOn:yyyy-MM-dd}";
}
