using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sanad.Data;
using Sanad.Features.Account;
using Sanad.Features.Agencies;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Me;

public sealed record MeAgency(Guid Id, string Code, string Name);
public sealed record MeResponse(Guid Id, string Email, string DisplayName, MeAgency Agency, IReadOnlyList<string> Roles, string Language, bool TwoFactorEnabled);

/// <summary>/api/v1/me: who the caller is, and their own tokens.</summary>
public static class MeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Me");

        me.MapGet("/", async Task<Results<Ok<MeResponse>, NotFound>> (AccessScope caller, AgencyLabels agencies, HttpContext http, CancellationToken ct) =>
            {
                // Everything but the agency's names is in the principal already; those come from memory.
                var agency = caller.AgencyId is { } id ? await agencies.FindAsync(http.RequestServices, id, ct) : null;
                if (caller.UserId is not { } userId || agency is null) return TypedResults.NotFound();
                var language = Localization.CurrentLanguage;
                return TypedResults.Ok(new MeResponse(
                    userId,
                    http.User.Identity?.Name ?? "",
                    http.User.FindFirst(SanadClaims.DisplayName)?.Value ?? "",
                    new MeAgency(caller.AgencyId!.Value.Value, agency.Code, agency.NameIn(language)),
                    caller.Roles,
                    language,
                    http.User.FindFirst(SanadClaims.TwoFactorEnabled)?.Value == "true"));
            })
            .WithSummary("The caller's id, agency, roles and language");

        me.MapGet("/tokens", async (AccessScope caller, AccessTokens tokens, CancellationToken ct) =>
                TypedResults.Ok(await tokens.ListAsync(caller.UserId!.Value, ct)))
            .WithSummary("The caller's personal access tokens (never their secrets)");

        me.MapPost("/tokens", async (TokenInput input, AccessScope caller, AccessTokens tokens, HttpContext http, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                // A token may not mint tokens: a leaked one must not be able to outlive its own revocation.
                if (http.User.FindFirst(SanadClaims.TokenId) is not null)
                    return TypedResults.Problem(detail: t["Create tokens from a signed-in browser session, not with a token."], statusCode: StatusCodes.Status403Forbidden);
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await tokens.CreateAsync(caller.UserId!.Value, input, ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/me/tokens/{result.Value!.Id}", result.Value) : result.Error!.ToProblem(t);
            })
            .WithSummary("Create a personal access token; its secret is in this response only");

        me.MapDelete("/tokens/{id:guid}", async (Guid id, AccessScope caller, AccessTokens tokens, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var result = await tokens.RevokeAsync(caller.UserId!.Value, id, ct);
                return result.Succeeded ? TypedResults.NoContent() : result.Error!.ToProblem(t);
            })
            .WithSummary("Revoke one of the caller's tokens");
    }
}
