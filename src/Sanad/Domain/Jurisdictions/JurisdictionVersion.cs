namespace Sanad.Domain.Jurisdictions;

/// <summary>
/// One saved version of a country's jurisdiction file. Versions are never changed or deleted: the
/// newest one is in force, the older ones are its history (what rules applied when).
/// </summary>
public sealed class JurisdictionVersion
{
    public long Id { get; private set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; private set; } = "";
    /// <summary>1, 2, 3… per country; unique with the country, so two admins saving at once cannot both make version n.</summary>
    public int Number { get; private set; }
    /// <summary>The file as the admin gave it, checked before it was stored.</summary>
    public string Json { get; private set; } = "";
    public JurisdictionStatus Status { get; private set; }
    /// <summary>Null for the file shipped with Sanad, stored at first start.</summary>
    public Guid? SavedBy { get; private set; }
    public DateTime SavedAt { get; private set; }

    private JurisdictionVersion() { }

    public static JurisdictionVersion Save(string country, int number, string json, JurisdictionStatus status, Guid? savedBy, DateTime now) => new()
    {
        Country = country,
        Number = number,
        Json = json,
        Status = status,
        SavedBy = savedBy,
        SavedAt = now,
    };
}
