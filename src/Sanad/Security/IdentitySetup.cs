using Microsoft.AspNetCore.Identity;
using Sanad.Data;
using Sanad.Web;

namespace Sanad.Security;

/// <summary>Account rules shared by the web node and the CLI, so a password the CLI accepts is one the web accepts.</summary>
public static class IdentitySetup
{
    public static IdentityBuilder AddSanadIdentityCore(this IServiceCollection services, SecurityOptions security) =>
        services.AddIdentityCore<SanadUser>(o => Configure(o, security))
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<SanadDb>()
            .AddSanadTokenProviders()
            .AddErrorDescriber<TranslatedIdentityErrors>()
            .AddClaimsPrincipalFactory<SanadClaimsFactory>();

    /// <summary>Identity's providers (invitation links), with single-use authenticator codes in place of its own.</summary>
    public static IdentityBuilder AddSanadTokenProviders(this IdentityBuilder builder) =>
        builder.AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider);

    public static void Configure(IdentityOptions o, SecurityOptions security)
    {
        o.User.RequireUniqueEmail = true;
        o.Password.RequiredLength = 12;
        o.Password.RequiredUniqueChars = 5;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = true;
        o.Password.RequireNonAlphanumeric = true;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = security.MaxFailedSignIns;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.LockoutMinutes);
        o.SignIn.RequireConfirmedAccount = false;
    }
}
