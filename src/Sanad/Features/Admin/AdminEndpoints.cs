using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Admin;

/// <summary>/api/v1/admin: node settings and the audit trail, for admins only.</summary>
public static class AdminEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Administration").RequireAuthorization(Policies.Administer);

        admin.MapGet("/settings", async (ChangeNodeSettings settings, CancellationToken ct) => TypedResults.Ok(await settings.GetAsync(ct)))
            .WithSummary("The node's country, languages, time zone and two-factor rules");

        admin.MapPut("/settings", async (NodeSettingsInput input, ChangeNodeSettings settings, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await settings.SaveAsync(input, ct);
                return result.Succeeded ? TypedResults.Ok(result.Value) : result.Error!.ToProblem(t);
            })
            .WithSummary("Change the node settings");

        admin.MapGet("/audit", async (SearchAudit audit, string? action, Guid? actor, string? targetType, string? targetId,
                string? outcome, DateTime? from, DateTime? to, int? page, int? pageSize, CancellationToken ct) =>
                TypedResults.Ok(await audit.FindAsync(new AuditFilter(action, actor, targetType, targetId, outcome, from, to, page ?? 1, pageSize ?? 50), ct)))
            .WithSummary("Search the audit trail, newest first");
    }
}
