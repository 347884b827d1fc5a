using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Users;

/// <summary>/api/v1/users: the admin's user management; supervisors may read their agency's users.</summary>
public static class UserEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");

        group.MapGet("/", async (ListUsers list, string? q, string? agency, string? role, string? status, int? page, int? pageSize, CancellationToken ct) =>
                TypedResults.Ok(await list.FindAsync(new UserFilter(q, agency, role, status, page ?? 1, pageSize ?? 25), ct)))
            .RequireAuthorization(Policies.Administer)
            .WithSummary("Find users (admin)");

        group.MapGet("/{id:guid}", async Task<Results<Ok<UserSummary>, NotFound>> (Guid id, ListUsers list, CancellationToken ct) =>
                await list.OneAsync(id, ct) is { } user ? TypedResults.Ok(user) : TypedResults.NotFound())
            .WithSummary("One user: admins see all, supervisors their agency, others themselves");

        group.MapPost("/", async (UserInput input, UserAccounts accounts, HttpContext http, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await accounts.CreateAsync(input, password: null, ct);
                if (!result.Succeeded) return result.Error!.ToProblem(t);
                var created = result.Value!;
                return TypedResults.Created($"/api/v1/users/{created.Id}", new
                {
                    id = created.Id,
                    invitationUrl = InvitationLink.For(http.Request, created.Id, created.InvitationCode!),
                    expiresInDays = (int)UserAccounts.InvitationLifetime.TotalDays,
                });
            })
            .RequireAuthorization(Policies.Administer)
            .WithSummary("Invite a user (admin); returns the link the person opens to choose a password");

        group.MapPut("/{id:guid}", async (Guid id, UserInput input, UserAccounts accounts, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                return Respond(await accounts.UpdateAsync(id, input, ct), t);
            })
            .RequireAuthorization(Policies.Administer)
            .WithSummary("Change a user's name, email, agency, roles or language (admin)");

        group.MapPost("/{id:guid}/disable", async (Guid id, UserAccounts accounts, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                Respond(await accounts.SetDisabledAsync(id, true, ct), t))
            .RequireAuthorization(Policies.Administer).WithSummary("Disable a user: signs them out everywhere (admin)");

        group.MapPost("/{id:guid}/enable", async (Guid id, UserAccounts accounts, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                Respond(await accounts.SetDisabledAsync(id, false, ct), t))
            .RequireAuthorization(Policies.Administer).WithSummary("Enable a disabled user (admin)");

        group.MapPost("/{id:guid}/reset-two-factor", async (Guid id, UserAccounts accounts, IStringLocalizer<SharedResource> t) =>
                Respond(await accounts.ResetTwoFactorAsync(id), t))
            .RequireAuthorization(Policies.Administer).WithSummary("Remove a user's authenticator so they enrol again (admin)");
    }

    private static IResult Respond(Result<Guid> result, IStringLocalizer t) =>
        result.Succeeded ? TypedResults.NoContent() : result.Error!.ToProblem(t);
}

/// <summary>The link an invited person opens. It carries the user id and a one-time code, never a name or email.</summary>
public static class InvitationLink
{
    public static string For(HttpRequest request, Guid userId, string code) =>
        $"{request.Scheme}://{request.Host}/Account/AcceptInvitation?user={userId}&code={Uri.EscapeDataString(code)}";
}
