using System.Security.Claims;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;

namespace Sanad.Security;

/// <summary>
/// Who is asking, as every query and resource check sees it: user, agency and roles.
/// Read lazily from the request's principal, so it is right even when resolved before sign-in
/// completes. Anonymous callers are scoped to no agency: they see nothing (deny by default).
/// </summary>
public sealed class AccessScope
{
    private readonly Func<ClaimsPrincipal?> _principal;
    private readonly bool _isSystem;

    private AccessScope(Func<ClaimsPrincipal?> principal, bool isSystem)
    {
        _principal = principal;
        _isSystem = isSystem;
    }

    public static AccessScope ForRequest(IHttpContextAccessor accessor) => new(() => accessor.HttpContext?.User, false);

    public static AccessScope For(ClaimsPrincipal principal) => new(() => principal, false);

    /// <summary>The operator at the command line: the CLI runs with the rights of whoever can read the data directory.</summary>
    public static AccessScope System { get; } = new(() => null, true);

    private ClaimsPrincipal? User => _principal();

    public bool IsSystem => _isSystem;

    public bool IsSignedIn => User?.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public AgencyId? AgencyId => Domain.Agencies.AgencyId.TryParse(User?.FindFirstValue(SanadClaims.Agency), out var id) ? id : null;

    public bool IsInRole(string role) => User?.IsInRole(role) == true;

    public IReadOnlyList<string> Roles => User?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];

    /// <summary>
    /// True when the agency wall applies. Only the system and the country-wide coordinator see
    /// agency-owned records of every agency; everybody else, including anonymous callers, is limited.
    /// </summary>
    public bool LimitedToOwnAgency => !_isSystem && !IsInRole(Domain.Accounts.Roles.Coordinator);

    /// <summary>The agency to limit to; an empty id (matching nothing) when the caller has none.</summary>
    public Guid AgencyFilterValue => AgencyId?.Value ?? Guid.Empty;

    /// <summary>Resource check for a record owned by an agency: callers outside scope must get 404, not 403.</summary>
    public bool CanSee(AgencyId owner) => !LimitedToOwnAgency || AgencyId == owner;

    /// <summary>
    /// Whether the caller sees the identifying and sensitive tier of an agency's record: only the
    /// roles that work with a person's identity, in the owning agency (DESIGN §4). A coordinator
    /// sees every agency's records without it; an admin never does.
    /// </summary>
    public bool SeesIdentityIn(AgencyId owner) =>
        AgencyId == owner && !IsAdmin && Domain.Accounts.Roles.IdentityRoles.Any(IsInRole);

    /// <summary>
    /// Only the owning agency changes its records. The coordinator's country-wide scope is for
    /// looking, not for writing into another agency's case.
    /// </summary>
    public bool CanChange(AgencyId owner) => _isSystem || AgencyId == owner;

    /// <summary>Admins manage configuration and users; the audit records them as actors.</summary>
    public bool IsAdmin => IsInRole(Domain.Accounts.Roles.Admin);
}

public static class SanadClaims
{
    public const string Agency = "sanad:agency";
    public const string Language = "sanad:lang";
    public const string TwoFactorEnabled = "sanad:2fa";
    public const string DisplayName = "sanad:name";
    /// <summary>Set on principals authenticated by a personal access token, to its id.</summary>
    public const string TokenId = "sanad:token";
}
