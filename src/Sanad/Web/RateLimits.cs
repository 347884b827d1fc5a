using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Sanad.Web;

/// <summary>
/// Slows password guessing and token minting: sign-in posts and token creation are limited per
/// client address. Reading pages is not limited.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddSanadRateLimits(this IServiceCollection services, SecurityOptions security) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var kind = Classify(context.Request);
                if (kind is null) return RateLimitPartition.GetNoLimiter("");
                var limit = kind == "sign-in" ? security.SignInAttemptsPerMinute : security.TokenRequestsPerMinute;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(kind + ":" + client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (ctx, _) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                await Problems.Write(ctx.HttpContext, StatusCodes.Status429TooManyRequests, "Too many attempts. Wait a minute and try again.");
            };
        });

    private static string? Classify(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method)) return null;
        var path = request.Path;
        if (path.StartsWithSegments("/Account/SignIn") || path.StartsWithSegments("/Account/SignInTwoFactor"))
            return "sign-in";
        if (path.StartsWithSegments("/api/v1/me/tokens") || path.StartsWithSegments("/Account/Tokens"))
            return "tokens";
        return null;
    }
}
