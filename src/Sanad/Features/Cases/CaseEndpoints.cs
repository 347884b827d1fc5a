using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Cases;
using Sanad.Domain.Screening;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Cases;

/// <summary>/api/v1/cases: opening, reading and changing cases, for roles that work with case data.</summary>
public static class CaseEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(Policies.CaseData);

        cases.MapPost("/", async (OpenCaseInput input, OpenCase open, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => open.HandleAsync(input, ct), created => $"/api/v1/cases/{created.Id}"))
            .WithSummary("Open a case for a person of the caller's agency; returns its id and reference");

        cases.MapGet("/{id:guid}", async Task<Results<Ok<CaseDetails>, NotFound>> (Guid id, ReadCases read, CancellationToken ct) =>
                await read.OneAsync(new CaseId(id), ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound())
            .WithSummary("One case with its history; every view is audited");

        cases.MapGet("/", async (ReadCases read, string? name, string? reference, string? status, string? nationality, DateTime? openedFrom, DateTime? openedTo, int? page, int? pageSize, CancellationToken ct) =>
                TypedResults.Ok(await read.FindAsync(new CaseFilter(name, reference, status, nationality, openedFrom, openedTo, page ?? 1, pageSize ?? 25), ct)))
            .WithSummary("Find cases by the person's name (any script or spelling), reference, status, nationality and opening date");

        cases.MapPatch("/{id:guid}", async (Guid id, UpdateCaseInput input, UpdateCase update, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await update.HandleAsync(new CaseId(id), input, ct);
                return result.Succeeded ? TypedResults.Ok(new { version = result.Value }) : result.Error!.ToProblem(t);
            })
            .WithSummary("Change a case; give the version you read: a stale version is refused with 409");

        cases.MapPost("/{id:guid}/identification", async (Guid id, IdentificationInput input, DecideIdentification decide, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await decide.HandleAsync(new CaseId(id), input, ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/cases/{id}/identification", new { id = result.Value }) : result.Error!.ToProblem(t);
            })
            .WithSummary("Record an identification decision (possible, presumed, formally identified, not a victim) and by which authority");

        cases.MapPost("/{id:guid}/screenings", async (Guid id, CaseScreeningInput input, ScreenCase screen, ScreeningCatalogue catalogue, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await screen.HandleAsync(new CaseId(id), input, ct);
                if (!result.Succeeded) return result.Error!.ToProblem(t);
                var response = Screening.ScreeningResponse.From(result.Value.Result, catalogue, Localization.CurrentLanguage, t);
                return TypedResults.Created($"/api/v1/cases/{id}/screenings/{result.Value.Id}", new { id = result.Value.Id, result = response });
            })
            .RequireAuthorization(Policies.Screen)
            .WithSummary("Screen the person of a case; stores the result and fills methods of control and exploitation types");

        cases.MapGet("/{id:guid}/screenings", async Task<Results<Ok<IReadOnlyList<CaseScreeningView>>, NotFound>> (Guid id, ScreenCase screen, CancellationToken ct) =>
                await screen.ListAsync(new CaseId(id), ct) is { } screenings ? TypedResults.Ok(screenings) : TypedResults.NotFound())
            .WithSummary("The screenings of a case, latest first");

        cases.MapPost("/{id:guid}/notes", async (Guid id, NoteInput input, CaseRecords records, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await Created(input, t, () => records.AddNoteAsync(new CaseId(id), input, ct), $"/api/v1/cases/{id}/notes"))
            .WithSummary("Add a note (sensitive tier: sealed; the owning agency's case roles only)");

        cases.MapGet("/{id:guid}/notes", async (Guid id, CaseRecords records, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await records.NotesAsync(new CaseId(id), ct)).ToOk(t))
            .WithSummary("The notes of a case, latest first (reading them is audited)");

        cases.MapPost("/{id:guid}/events", async (Guid id, TraffickingEventInput input, CaseRecords records, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await Created(input, t, () => records.AddEventAsync(new CaseId(id), input, ct), $"/api/v1/cases/{id}/events"))
            .WithSummary("Add a trafficking event: stage, place, date, Palermo acts, means and purposes");

        cases.MapGet("/{id:guid}/events", async (Guid id, CaseRecords records, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await records.EventsAsync(new CaseId(id), ct)).ToOk(t))
            .WithSummary("The trafficking events of a case, in date order");

        cases.MapPost("/{id:guid}/perpetrators", async (Guid id, PerpetratorInput input, CaseRecords records, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await Created(input, t, () => records.AddPerpetratorAsync(new CaseId(id), input, ct), $"/api/v1/cases/{id}/perpetrators"))
            .WithSummary("Record a perpetrator: HTCDS roles, sex, nationality; what is known of them is sealed");

        cases.MapGet("/{id:guid}/perpetrators", async (Guid id, CaseRecords records, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await records.PerpetratorsAsync(new CaseId(id), ct)).ToOk(t))
            .WithSummary("The perpetrators of a case; details only for the owning agency");

        cases.MapPost("/{id:guid}/attachments", async (Guid id, IFormFile file, CaseRecords records, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                await using var content = file.OpenReadStream();
                var result = await records.AttachAsync(new CaseId(id), file.FileName, content, file.Length, ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/cases/{id}/attachments/{result.Value}", new { id = result.Value }) : result.Error!.ToProblem(t);
            })
            .DisableAntiforgery()
            .WithSummary("Attach a PDF, JPEG or PNG (at most 10 MB) to a case; content and name are sealed");

        cases.MapGet("/{id:guid}/attachments", async (Guid id, CaseRecords records, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await records.AttachmentsAsync(new CaseId(id), ct)).ToOk(t))
            .WithSummary("The files attached to a case");

        cases.MapGet("/{id:guid}/attachments/{attachmentId:long}", async (Guid id, long attachmentId, CaseRecords records, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var file = await records.DownloadAsync(new CaseId(id), attachmentId, ct);
                return file.Succeeded
                    ? TypedResults.File(file.Value.Content, file.Value.File.ContentType, file.Value.File.FileName)
                    : file.Error!.ToProblem(t);
            })
            .WithSummary("Download one attached file (audited)");

        cases.MapGet("/{id:guid}/identification", async Task<Results<Ok<IReadOnlyList<IdentificationView>>, NotFound>> (Guid id, DecideIdentification decide, CancellationToken ct) =>
                await decide.ListAsync(new CaseId(id), ct) is { } decisions ? TypedResults.Ok(decisions) : TypedResults.NotFound())
            .WithSummary("The identification decisions of a case, latest first");
    }

    /// <summary>Validates the input, runs the use case, and answers 201 with the new id or the problem.</summary>
    private static async Task<IResult> Created(object input, IStringLocalizer t, Func<Task<Domain.Result<long>>> run, string location)
    {
        if (RequestValidation.Refusal(input, t) is { } refused) return refused;
        var result = await run();
        return result.Succeeded ? TypedResults.Created($"{location}/{result.Value}", new { id = result.Value }) : result.Error!.ToProblem(t);
    }
}
