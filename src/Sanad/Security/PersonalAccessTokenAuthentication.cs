using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sanad.Data;
using Sanad.Domain.Accounts;

namespace Sanad.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer sanad_pat_…</c>. The token's hash is looked up together
/// with its user and roles in one query; an unknown, expired or revoked token, or a disabled
/// account, is a plain 401 with no hint which of these it was.
/// </summary>
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    TimeProvider clock, TokenSignIns remembered, DirectoryVersion directory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(PersonalAccessToken.Prefix, StringComparison.Ordinal))
            return AuthenticateResult.Fail("Not a Sanad token");

        var hash = PersonalAccessToken.HashOf(secret);
        if (remembered.Find(hash) is { } claims)
            return Success(claims);

        // Only a token not seen lately costs a database context and a query.
        var db = Context.RequestServices.GetRequiredService<SanadDb>();
        var version = directory.Current;
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.SecretHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new
            {
                TokenId = t.Id,
                t.ExpiresAt,
                User = u,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
            })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null || found.User.IsDisabled)
            return AuthenticateResult.Fail("Invalid token");

        List<Claim> userClaims =
        [
            new(ClaimTypes.NameIdentifier, found.User.Id.ToString()),
            new(ClaimTypes.Name, found.User.UserName ?? ""),
            new(SanadClaims.TokenId, found.TokenId.ToString()),
            .. SanadClaimsFactory.ClaimsFor(found.User),
            .. found.Roles.Select(role => new Claim(ClaimTypes.Role, role!)),
        ];
        remembered.Remember(hash, userClaims, found.ExpiresAt, version);
        return Success(userClaims);
    }

    private static AuthenticateResult Success(IEnumerable<Claim> claims) =>
        AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role)), SchemeName));
}
