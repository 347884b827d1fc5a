using System.Security.Claims;
using Sanad.Security;

namespace Sanad.Web;

/// <summary>
/// Where an admin made a second factor mandatory for a role, a holder of that role who has not
/// enrolled may only reach the enrolment page (and sign out). API calls get a 403 problem.
/// </summary>
public static class TwoFactorGate
{
    private static readonly string[] Open = ["/Account/TwoFactor", "/Account/SignOut", "/Account/Language", "/css", "/lib", "/js", "/health", "/favicon.ico"];

    public static IApplicationBuilder UseTwoFactorGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && user.FindFirstValue(SanadClaims.TwoFactorEnabled) != "true"
            && !Open.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            var settings = await context.RequestServices.GetRequiredService<NodeSettingsCache>().GetAsync();
            var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value);
            if (settings.RequiresTwoFactor(roles))
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    await Problems.Write(context, StatusCodes.Status403Forbidden, "Two-factor sign-in is required for your role. Enrol an authenticator app from your profile page.");
                    return;
                }
                context.Response.Redirect("/Account/TwoFactor?required=true");
                return;
            }
        }
        await next(context);
    });
}
