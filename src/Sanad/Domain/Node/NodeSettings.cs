using Sanad.Domain.Accounts;

namespace Sanad.Domain.Node;

/// <summary>
/// The settings of this country node: which country it serves, the languages it offers, its
/// time zone, and which roles must use two-factor sign-in. One row per node.
/// </summary>
public sealed class NodeSettings
{
    public int Id { get; private set; } = 1;
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; private set; } = "JO";
    /// <summary>Comma-separated language codes offered, in order of preference.</summary>
    public string Languages { get; private set; } = "ar,en,fr";
    /// <summary>IANA time zone id used to show dates.</summary>
    public string TimeZone { get; private set; } = "Asia/Amman";
    /// <summary>Comma-separated role codes whose holders must enrol a second factor before using Sanad.</summary>
    public string TwoFactorRequiredRoles { get; private set; } = "";
    public int Version { get; private set; }
    /// <summary>
    /// How the blind name index was built (<see cref="People.NameIndexVersion"/>). A node whose
    /// index is older rebuilds it at start, so a new kind of key reaches people registered before it.
    /// </summary>
    public int NameIndexVersion { get; private set; }

    private NodeSettings() { }

    public static NodeSettings Initial(string country, string timeZone) => new()
    {
        Country = country.ToUpperInvariant(),
        TimeZone = timeZone,
        NameIndexVersion = People.NameIndexVersion.Current,
    };

    public void NameIndexRebuilt(int version) => NameIndexVersion = version;

    public IReadOnlyList<string> LanguageList => Split(Languages);

    // Read on every request by the two-factor gate: split once, not per request.
    private string[]? _rolesRequiringTwoFactor;
    public IReadOnlyList<string> RolesRequiringTwoFactor => _rolesRequiringTwoFactor ??= Split(TwoFactorRequiredRoles);

    public bool RequiresTwoFactor(IEnumerable<string> roles) => RolesRequiringTwoFactor.Count > 0 && roles.Any(RolesRequiringTwoFactor.Contains);

    public void Update(string country, IEnumerable<string> languages, string timeZone, IEnumerable<string> twoFactorRoles)
    {
        Country = country.Trim().ToUpperInvariant();
        Languages = string.Join(',', languages.Where(Accounts.Languages.IsSupported).Distinct());
        TimeZone = timeZone.Trim();
        TwoFactorRequiredRoles = string.Join(',', twoFactorRoles.Where(Roles.IsKnown).Distinct());
        _rolesRequiringTwoFactor = null;
        Version++;
    }

    private static string[] Split(string csv) => csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
