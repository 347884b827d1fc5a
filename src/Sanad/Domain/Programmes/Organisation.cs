namespace Sanad.Domain.Programmes;

public readonly record struct OrganisationId(Guid Value)
{
    public static OrganisationId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>The four kinds of organisation the programme works with; knowledge gain is broken down by them.</summary>
public enum OrganisationType
{
    Government,
    CivilSociety,
    Academia,
    International,
}

/// <summary>
/// An organisation that takes part in the programme (a ministry, a union, a university, Frontex), in any
/// country: not one of the node's agencies, which only exist in the node's own country.
/// </summary>
public sealed class ProgrammeOrganisation
{
    public OrganisationId Id { get; private set; }
    public string Name { get; private set; } = "";
    public OrganisationType Type { get; private set; }
    /// <summary>ISO 3166-1 alpha-2; "EU" for European Union bodies.</summary>
    public string Country { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    private ProgrammeOrganisation() { }

    public static ProgrammeOrganisation Register(string name, OrganisationType type, string country, DateTime now) => new()
    {
        Id = OrganisationId.New(), Name = name.Trim(), Type = type, Country = country.Trim().ToUpperInvariant(), UpdatedAt = now,
    };

    public void Change(string name, OrganisationType type, string country, DateTime now)
    {
        Name = name.Trim();
        Type = type;
        Country = country.Trim().ToUpperInvariant();
        UpdatedAt = now;
        Version++;
    }
}

/// <summary>An organisation named as a partner of an activity.</summary>
public sealed class ActivityPartner
{
    public ActivityId ActivityId { get; private set; }
    public OrganisationId OrganisationId { get; private set; }

    private ActivityPartner() { }

    public static ActivityPartner Of(ActivityId activity, OrganisationId organisation) => new() { ActivityId = activity, OrganisationId = organisation };
}
