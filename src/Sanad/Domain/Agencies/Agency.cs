namespace Sanad.Domain.Agencies;

/// <summary>
/// A body taking part in the national referral mechanism: a police unit, a labour inspectorate,
/// a ministry department, an NGO, a shelter, an international organisation office.
/// Users belong to exactly one agency; case data will be scoped by it.
/// </summary>
public sealed class Agency
{
    public AgencyId Id { get; private set; }
    /// <summary>Short unique code used by operators and the CLI, e.g. "JO-PSD-AHTU".</summary>
    public string Code { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string NameFr { get; private set; } = "";
    public string NameAr { get; private set; } = "";
    public AgencyKind Kind { get; private set; }
    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string Country { get; private set; } = "";
    public bool IsActive { get; private set; } = true;
    public DateTime CreatedAt { get; private set; }

    private Agency() { }

    public static Agency Create(string code, AgencyNames names, AgencyKind kind, string country, DateTime now) => new()
    {
        Id = AgencyId.New(),
        Code = NormaliseCode(code),
        NameEn = names.En.Trim(),
        NameFr = names.Fr.Trim(),
        NameAr = names.Ar.Trim(),
        Kind = kind,
        Country = country.Trim().ToUpperInvariant(),
        CreatedAt = now,
    };

    public void Update(AgencyNames names, AgencyKind kind, string country, bool isActive)
    {
        NameEn = names.En.Trim();
        NameFr = names.Fr.Trim();
        NameAr = names.Ar.Trim();
        Kind = kind;
        Country = country.Trim().ToUpperInvariant();
        IsActive = isActive;
    }

    /// <summary>The name in the reader's language, falling back to English when a translation is missing.</summary>
    public string NameIn(string language) => AgencyNames.Pick(language, NameEn, NameFr, NameAr);

    public static string NormaliseCode(string code) => code.Trim().ToUpperInvariant();
}

/// <summary>An agency's name in the three languages of the node. Missing translations fall back to English.</summary>
public sealed record AgencyNames(string En, string Fr, string Ar)
{
    public static string Pick(string language, string en, string fr, string ar) => language switch
    {
        "ar" when !string.IsNullOrWhiteSpace(ar) => ar,
        "fr" when !string.IsNullOrWhiteSpace(fr) => fr,
        _ => en,
    };
}
