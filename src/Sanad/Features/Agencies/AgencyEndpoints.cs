using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Agencies;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Agencies;

/// <summary>/api/v1/agencies: any signed-in user lists agencies (to refer to them); only admins change them.</summary>
public static class AgencyEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies").WithTags("Agencies");

        group.MapGet("/", async (ListAgencies list, bool? includeInactive, CancellationToken ct) =>
                TypedResults.Ok(await list.AllAsync(Localization.CurrentLanguage, includeInactive ?? true, ct)))
            .WithSummary("List agencies (id, code, name in the caller's language, kind, country)");

        group.MapGet("/{id:guid}", async Task<Results<Ok<AgencyDetails>, NotFound>> (Guid id, ListAgencies list, CancellationToken ct) =>
                await list.OneAsync(new AgencyId(id), ct) is { } agency ? TypedResults.Ok(agency) : TypedResults.NotFound())
            .WithSummary("One agency with its names in every language");

        group.MapPost("/", async (AgencyInput input, SaveAgency save, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await save.CreateAsync(input, ct);
                return result.Succeeded
                    ? TypedResults.Created($"/api/v1/agencies/{result.Value}", new { id = result.Value.Value })
                    : result.Error!.ToProblem(t);
            })
            .RequireAuthorization(Policies.Administer)
            .WithSummary("Add an agency (admin)");

        group.MapPut("/{id:guid}", async (Guid id, AgencyInput input, SaveAgency save, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await save.UpdateAsync(new AgencyId(id), input, ct);
                return result.Succeeded ? TypedResults.NoContent() : result.Error!.ToProblem(t);
            })
            .RequireAuthorization(Policies.Administer)
            .WithSummary("Change an agency's names, kind, country or active state (admin)");
    }
}
