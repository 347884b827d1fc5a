using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Programmes;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Programme;

/// <summary>
/// /api/v1/programme: the programme, its activities and events, organisations, participants and
/// recommendations. Readers (viewer, coordinator) get the published part; participants, attendance,
/// scores and documents are for the programme role only. No endpoint here reads a case, a person or a referral.
/// </summary>
public static class ProgrammeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var read = api.MapGroup("/programme").WithTags("Programme").RequireAuthorization(Policies.ProgrammeReaders);
        var staff = api.MapGroup("/programme").WithTags("Programme").RequireAuthorization(Policies.Programme);

        read.MapGet("/", async Task<Results<Ok<ProgrammeView>, NotFound>> (ProgrammeSettings settings, CancellationToken ct) =>
                await settings.CurrentAsync(ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .WithSummary("The programme: name, dates, countries");
        staff.MapPut("/", async (ProgrammeSettingsInput input, ProgrammeSettings settings, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                RequestValidation.Refusal(input, t) ?? (await settings.SaveAsync(input, ct)).ToOk(t))
            .WithSummary("Start the programme, or change it from the version read (409 when stale)");

        read.MapGet("/activities", async (Activities activities, string? kind, string? country, string? status, CancellationToken ct) =>
                TypedResults.Ok(await activities.ListAsync(new ActivityFilter(kind, country, status), ct)))
            .WithSummary("Activities, filtered by kind (training, regional-dialogue, study-visit, victim-assistance, awareness, research), country and status");
        read.MapGet("/activities/{id:guid}", async Task<Results<Ok<ActivityView>, NotFound>> (Guid id, Activities activities, CancellationToken ct) =>
                await activities.OneAsync(new ActivityId(id), ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .WithSummary("One activity with its partners, kind-specific data and sessions; staff-only fields are null for readers");
        staff.MapPost("/activities", async (ActivityInput input, Activities activities, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => activities.PlanAsync(input, ct), created => $"/api/v1/programme/activities/{created.Id}"))
            .WithSummary("Plan an activity within the programme's dates");
        staff.MapPatch("/activities/{id:guid}", async (Guid id, ActivityPatch patch, Activities activities, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (await activities.InputAsync(new ActivityId(id), ct) is not { } current) return TypedResults.NotFound();
                var input = patch.Over(current);
                return RequestValidation.Refusal(input, t) ?? (await activities.ChangeAsync(new ActivityId(id), input, ct)).ToOk(t);
            })
            .WithSummary("Change the fields given; give the version you read: a stale one is refused with 409");

        staff.MapPost("/activities/{id:guid}/sessions", async (Guid id, SessionInput input, Events events, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => events.AddSessionAsync(new ActivityId(id), input, ct), _ => $"/api/v1/programme/activities/{id}"))
            .WithSummary("Add a session (event) to an activity, within its dates");
        staff.MapPut("/activities/{id:guid}/sessions/{sessionId:guid}/attendance", async (Guid id, Guid sessionId, AttendanceInput input, Events events, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await events.RecordAttendanceAsync(new ActivityId(id), new SessionId(sessionId), input, ct)).ToOk(t))
            .WithSummary("Set who was present at a session (enrolled participants)");
        staff.MapGet("/activities/{id:guid}/participants", async (Guid id, Events events, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await events.EnrolledAsync(new ActivityId(id), ct)).ToOk(t))
            .WithSummary("Participants enrolled in an activity, with scores and sessions attended (audited)");
        staff.MapPost("/activities/{id:guid}/participants", async (Guid id, List<Guid> participants, Events events, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await events.EnrolAsync(new ActivityId(id), participants, ct)).ToOk(t))
            .WithSummary("Enrol participants (a list of ids); answers how many were added");
        staff.MapPut("/activities/{id:guid}/scores", async (Guid id, List<ScoreInput> scores, Events events, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await events.ScoreAsync(new ActivityId(id), scores, ct)).ToOk(t))
            .WithSummary("Record pre- and post-test scores (0–100) of a training's participants; all or nothing");
        staff.MapGet("/activities/{id:guid}/knowledge-gain", async (Guid id, Events events, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await events.KnowledgeGainAsync(new ActivityId(id), ct)).ToOk(t))
            .WithSummary("Knowledge gain of a training: mean, distribution, by sex and organisation type");
        read.MapGet("/activities/{id:guid}/assistance-figures", async Task<Results<Ok<AssistanceFiguresView>, NotFound>> (Guid id, AssistanceFigures figures, CancellationToken ct) =>
                await figures.ForAsync(new ActivityId(id), ct) is { } f ? TypedResults.Ok(f) : TypedResults.NotFound())
            .WithSummary("Victim assistance: people assisted, services delivered, referrals completed in the activity's dates; counts under 5 are null");

        staff.MapPost("/activities/{id:guid}/documents", async (Guid id, IFormFile file, Documents documents, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                await using var content = file.OpenReadStream();
                var result = await documents.AddAsync(new ActivityId(id), file.FileName, content, file.Length, ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/programme/activities/{id}/documents/{result.Value}", new { id = result.Value }) : result.Error!.ToProblem(t);
            })
            .DisableAntiforgery()
            .WithSummary("Keep a PDF, JPEG or PNG (at most 10 MB) with an activity; checked by content, sealed");
        staff.MapGet("/activities/{id:guid}/documents", async (Guid id, Documents documents, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await documents.ListAsync(new ActivityId(id), ct)).ToOk(t))
            .WithSummary("The documents of an activity");
        staff.MapGet("/activities/{id:guid}/documents/{documentId:long}", async (Guid id, long documentId, Documents documents, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var file = await documents.DownloadAsync(new ActivityId(id), documentId, ct);
                return file.Succeeded ? TypedResults.File(file.Value.Content, file.Value.File.ContentType, file.Value.File.FileName) : file.Error!.ToProblem(t);
            })
            .WithSummary("Download a document (audited)");

        read.MapGet("/recommendations", async (Recommendations recommendations, string? country, string? status, bool? overdue, Guid? dialogue, CancellationToken ct) =>
                TypedResults.Ok(await recommendations.ListAsync(new RecommendationFilter(country, status, overdue == true, dialogue), ct)))
            .WithSummary("The follow-up tracker: recommendations across dialogues, by addressee country, status (open, in-progress, implemented, not-taken-up) and overdue");
        read.MapGet("/recommendations/{id:guid}", async Task<Results<Ok<RecommendationView>, NotFound>> (Guid id, Recommendations recommendations, CancellationToken ct) =>
                await recommendations.OneAsync(new RecommendationId(id), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("One recommendation");
        read.MapGet("/recommendations/{id:guid}/history", async (Guid id, Recommendations recommendations, CancellationToken ct) =>
                TypedResults.Ok(await recommendations.HistoryAsync(new RecommendationId(id), ct)))
            .WithSummary("Every change of a recommendation: field, from, to, when");
        staff.MapPost("/activities/{id:guid}/recommendations", async (Guid id, RecommendationInput input, Recommendations recommendations, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => recommendations.IssueAsync(new ActivityId(id), input, ct), created => $"/api/v1/programme/recommendations/{created.Id}"))
            .WithSummary("Record a recommendation issued by a regional dialogue");
        staff.MapPut("/recommendations/{id:guid}", async (Guid id, RecommendationInput input, Recommendations recommendations, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                RequestValidation.Refusal(input, t) ?? (await recommendations.ChangeAsync(new RecommendationId(id), input, ct)).ToOk(t))
            .WithSummary("Follow up a recommendation (status, evidence) or correct it; the version read is required (409 when stale)");

        read.MapGet("/organisations", async (Organisations organisations, string? country, CancellationToken ct) =>
                TypedResults.Ok(await organisations.ListAsync(country, ct)))
            .WithSummary("Organisations taking part: government, civil society, academia, international");
        staff.MapPost("/organisations", async (OrganisationInput input, Organisations organisations, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => organisations.RegisterAsync(input, ct), created => $"/api/v1/programme/organisations/{created.Id}"))
            .WithSummary("Add an organisation to the directory");
        staff.MapPut("/organisations/{id:guid}", async (Guid id, OrganisationInput input, Organisations organisations, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                RequestValidation.Refusal(input, t) ?? (await organisations.ChangeAsync(new OrganisationId(id), input, ct)).ToOk(t))
            .WithSummary("Change an organisation from the version read");

        staff.MapGet("/participants", async (Participants participants, Guid? organisation, string? search, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await participants.ListAsync(organisation, search, ct)).ToOk(t))
            .WithSummary("Participants with their contact details (programme role only; audited)");
        staff.MapGet("/participants/{id:guid}", async (Guid id, Participants participants, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await participants.OneAsync(new ParticipantId(id), ct)).ToOk(t))
            .WithSummary("One participant (audited)");
        staff.MapGet("/participants/{id:guid}/participation", async (Guid id, Participants participants, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await participants.ParticipationAsync(new ParticipantId(id), ct)).ToOk(t))
            .WithSummary("The activities a participant took part in, sessions attended and scores");
        staff.MapPost("/participants", async (ParticipantInput input, Participants participants, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => participants.RegisterAsync(input, ct), created => $"/api/v1/programme/participants/{created.Id}"))
            .WithSummary("Register a participant; name, position, e-mail and phone are sealed");
        staff.MapPut("/participants/{id:guid}", async (Guid id, ParticipantInput input, Participants participants, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                RequestValidation.Refusal(input, t) ?? (await participants.ChangeAsync(new ParticipantId(id), input, ct)).ToOk(t))
            .WithSummary("Change a participant from the version read");
        staff.MapPost("/participants/import", async (IFormFile file, bool? commit, ParticipantImport import, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var result = await import.RunAsync(file.FileName, buffer.ToArray(), commit == true, ct);
                if (!result.Succeeded) return result.Error!.ToProblem(t);
                var preview = result.Value!;
                if (commit == true && preview.Errors.Count > 0)
                    return TypedResults.UnprocessableEntity(preview);
                return commit == true ? TypedResults.Created("/api/v1/programme/participants", preview) : TypedResults.Ok(preview);
            })
            .DisableAntiforgery()
            .WithSummary("Import participants from CSV or XLSX: without commit a preview with line-numbered errors and duplicate warnings; with commit=true all rows or none (422)");
    }
}
