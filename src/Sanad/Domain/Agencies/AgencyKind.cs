namespace Sanad.Domain.Agencies;

/// <summary>What kind of body an agency is. Stored as its code (kebab-case) so data stays readable.</summary>
public enum AgencyKind
{
    Police,
    LabourInspectorate,
    Ministry,
    Prosecution,
    Court,
    Ngo,
    Shelter,
    InternationalOrganisation,
    Other,
}

public static class AgencyKinds
{
    private static readonly Dictionary<AgencyKind, string> Codes = new()
    {
        [AgencyKind.Police] = "police",
        [AgencyKind.LabourInspectorate] = "labour-inspectorate",
        [AgencyKind.Ministry] = "ministry",
        [AgencyKind.Prosecution] = "prosecution",
        [AgencyKind.Court] = "court",
        [AgencyKind.Ngo] = "ngo",
        [AgencyKind.Shelter] = "shelter",
        [AgencyKind.InternationalOrganisation] = "international-organisation",
        [AgencyKind.Other] = "other",
    };

    public static IReadOnlyCollection<AgencyKind> All => Codes.Keys;

    public static string Code(this AgencyKind kind) => Codes[kind];

    public static AgencyKind FromCode(string code) =>
        TryParse(code, out var kind) ? kind : throw new FormatException($"Unknown agency kind '{code}'");

    public static bool TryParse(string? code, out AgencyKind kind)
    {
        foreach (var (k, c) in Codes)
        {
            if (string.Equals(c, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
