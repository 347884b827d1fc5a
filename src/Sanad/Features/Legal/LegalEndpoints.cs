using Microsoft.Extensions.Localization;
using Sanad.Domain.Cases;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Legal;

/// <summary>A case's stage and legal track (/api/v1/cases/{id}/stage, /legal/...) and the agency's legal deadlines (/api/v1/deadlines).</summary>
public static class LegalEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases/{id:guid}").WithTags("Legal track").RequireAuthorization(Policies.CaseData);

        cases.MapPost("/stage", async (Guid id, StageInput input, ChangeStage change, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await change.HandleAsync(new CaseId(id), input, ct);
                return result.Succeeded ? TypedResults.Ok(new { stage = input.Stage.Trim(), version = result.Value }) : result.Error!.ToProblem(t);
            })
            .WithSummary("Move a case to another stage of the jurisdiction in force; give the version you read (409 when stale)");

        var legal = cases.MapGroup("/legal");

        legal.MapGet("/", async (Guid id, LegalTrack track, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await track.ReadAsync(new CaseId(id), ct)).ToOk(t))
            .WithSummary("The legal track: reflection period, residence documents, cooperation, proceedings (audited)");

        legal.MapPut("/reflection-period", async (Guid id, ReflectionPeriodInput input, LegalTrack track, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.OkAsync(input, t, () => track.SetReflectionPeriodAsync(new CaseId(id), input, ct)))
            .WithSummary("Record the start of the reflection period; its end is computed from the jurisdiction in force");

        legal.MapPost("/documents", async (Guid id, ResidenceDocumentInput input, LegalTrack track, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await Created(input, t, () => track.AddDocumentAsync(new CaseId(id), input, ct), $"/api/v1/cases/{id}/legal/documents"))
            .WithSummary("Record a residence document (number sealed); validity from the jurisdiction unless given");

        legal.MapPost("/documents/{documentId:long}/renewals", async (Guid id, long documentId, RenewalInput input, LegalTrack track, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.OkAsync(input, t, () => track.RenewDocumentAsync(new CaseId(id), documentId, input, ct)))
            .WithSummary("Renew or extend a document; refused beyond the renewals the jurisdiction allows");

        legal.MapPost("/cooperation", async (Guid id, CooperationInput input, LegalTrack track, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await Created(input, t, () => track.AddCooperationAsync(new CaseId(id), input, ct), $"/api/v1/cases/{id}/legal/cooperation"))
            .WithSummary("Record cooperation with the authorities (complaint, statement, testimony, refusal), apart from assistance");

        legal.MapPost("/proceedings", async (Guid id, ProceedingInput input, LegalTrack track, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await Created(input, t, () => track.AddProceedingAsync(new CaseId(id), input, ct), $"/api/v1/cases/{id}/legal/proceedings"))
            .WithSummary("Record a step of the proceedings (complaint, investigation, prosecution, verdict, compensation); reference sealed");

        api.MapGet("/deadlines", async (int? withinDays, LegalDeadlines deadlines, CancellationToken ct) =>
                TypedResults.Ok(await deadlines.ListAsync(withinDays ?? 30, ct)))
            .WithTags("Legal track").RequireAuthorization(Policies.CaseData)
            .WithSummary("Legal deadlines of the agency's open cases (country-wide for the coordinator), overdue and within the days given");
    }

    private static async Task<IResult> Created(object input, IStringLocalizer t, Func<Task<Domain.Result<long>>> run, string location)
    {
        if (RequestValidation.Refusal(input, t) is { } refused) return refused;
        var result = await run();
        return result.Succeeded ? TypedResults.Created($"{location}/{result.Value}", new { id = result.Value }) : result.Error!.ToProblem(t);
    }
}
