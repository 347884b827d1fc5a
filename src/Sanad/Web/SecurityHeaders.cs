namespace Sanad.Web;

/// <summary>
/// Headers on every response. The content security policy allows no inline script and nothing
/// from other origins; pages must not be framed. The API reference page needs inline styles
/// from its bundled Swagger UI, and only that page gets them.
/// </summary>
public static class SecurityHeaders
{
    private const string Strict =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private const string ApiReference =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/lib") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs") ? ApiReference : Strict;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // Pages can show case data: never keep them in shared or browser caches.
            if (!IsStaticAsset(context.Request.Path))
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
