using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Consents;

/// <summary>/api/v1/cases/{id}/consents and /api/v1/consents/{id}/withdraw, for the roles that open case files.</summary>
public static class ConsentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Consents").RequireAuthorization(Policies.CaseData);

        cases.MapPost("/{id:guid}/consents", async (Guid id, ConsentInput input, ConsentBook consents, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await consents.RecordAsync(new CaseId(id), input, ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/cases/{id}/consents/{result.Value}", new { id = result.Value }) : result.Error!.ToProblem(t);
            })
            .WithSummary("Record a consent: purpose, recipient agency, data scope (identifying, contact, sensitive, operational), method");

        cases.MapGet("/{id:guid}/consents", async Task<Results<Ok<IReadOnlyList<ConsentView>>, NotFound>> (Guid id, ConsentBook consents, CancellationToken ct) =>
                await consents.ListAsync(new CaseId(id), ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound())
            .WithSummary("The consents of a case, latest first, withdrawn ones included");

        api.MapPost("/consents/{id:guid}/withdraw", async (Guid id, WithdrawInput? input, ConsentBook consents, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                input ??= new WithdrawInput();
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await consents.WithdrawAsync(new ConsentId(id), input, ct);
                return result.Succeeded ? TypedResults.Ok(new { openReferralsAffected = result.Value }) : result.Error!.ToProblem(t);
            })
            .WithTags("Consents")
            .RequireAuthorization(Policies.CaseData)
            .WithSummary("Withdraw a consent: future sharing stops and every open referral it covers shows the withdrawal");
    }
}
