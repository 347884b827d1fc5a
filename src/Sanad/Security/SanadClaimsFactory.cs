using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Sanad.Security;

/// <summary>Puts agency, language and second-factor state into the sign-in principal, so requests need no extra lookups.</summary>
public sealed class SanadClaimsFactory(
    UserManager<SanadUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<SanadUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SanadUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(ClaimsFor(user));
        return identity;
    }

    public static IEnumerable<Claim> ClaimsFor(SanadUser user)
    {
        yield return new Claim(SanadClaims.Agency, user.AgencyId.ToString());
        yield return new Claim(SanadClaims.DisplayName, user.DisplayName);
        yield return new Claim(SanadClaims.TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false");
        if (user.Language is not null)
            yield return new Claim(SanadClaims.Language, user.Language);
    }
}

/// <summary>Disabled accounts cannot sign in, whatever their password.</summary>
public sealed class SanadSignInManager(
    UserManager<SanadUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<SanadUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<SanadUser>> logger,
    Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes, IUserConfirmation<SanadUser> confirmation)
    : SignInManager<SanadUser>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(SanadUser user) =>
        !user.IsDisabled && user.InvitationExpiresAt is null && await base.CanSignInAsync(user);
}
