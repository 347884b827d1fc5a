namespace Sanad.Domain.Agencies;

/// <summary>Identifies an agency; a typed id so an agency id can never be passed where a user id is meant.</summary>
public readonly record struct AgencyId(Guid Value)
{
    public static AgencyId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
    public static bool TryParse(string? text, out AgencyId id)
    {
        var ok = Guid.TryParse(text, out var guid);
        id = new AgencyId(guid);
        return ok;
    }
}
