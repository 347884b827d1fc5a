using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Assistance;
using Sanad.Domain.Cases;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Assistance;

/// <summary>
/// Assistance of a case under /api/v1/cases/{id}: plan, services delivered, follow-ups, closure;
/// and the follow-up work list under /api/v1/follow-ups. Case roles only; the handlers add the
/// agency wall (404), the owning agency's write rule and the supervisor's decisions.
/// </summary>
public static class AssistanceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases/{id:guid}").WithTags("Assistance").RequireAuthorization(Policies.CaseData);

        cases.MapGet("/plan", async (Guid id, AssistancePlans plans, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await plans.ReadAsync(new CaseId(id), ct)).ToOk(t))
            .WithSummary("The assistance plan: latest version, the approved one before it, and every version's decision");
        cases.MapPut("/plan", async (Guid id, PlanInput input, AssistancePlans plans, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await VersionAsync(input, t, () => plans.SaveAsync(new CaseId(id), input, ct)))
            .WithSummary("Write the plan's goals; give the version you read (409 when stale). Editing an approved plan starts a new draft");
        cases.MapPost("/plan/submit", async (Guid id, PlanStepInput input, AssistancePlans plans, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await VersionAsync(input, t, () => plans.SubmitAsync(new CaseId(id), input, ct)))
            .WithSummary("Submit the plan for a supervisor's approval");
        cases.MapPost("/plan/approve", async (Guid id, PlanStepInput input, AssistancePlans plans, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await VersionAsync(input, t, () => plans.ApproveAsync(new CaseId(id), input, ct)))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Approve the submitted plan (a supervisor of the case's agency, not its submitter)");
        cases.MapPost("/plan/return", async (Guid id, PlanReturnInput input, AssistancePlans plans, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await VersionAsync(input, t, () => plans.ReturnAsync(new CaseId(id), input, ct)))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Return the submitted plan to its authors with a comment");

        cases.MapGet("/services-delivered", async (Guid id, ServicesDelivered services, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await services.ListAsync(new CaseId(id), ct)).ToOk(t))
            .WithSummary("The services the person received, latest first");
        cases.MapPost("/services-delivered", async (Guid id, ServiceDeliveredInput input, ServicesDelivered services, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await services.RecordAsync(new CaseId(id), input, ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/cases/{id}/services-delivered/{result.Value}", new { id = result.Value }) : result.Error!.ToProblem(t);
            })
            .WithSummary("Record a service given: type, agency (the caller's by default), dates, outcome and a sealed note");

        cases.MapGet("/follow-ups", async (Guid id, FollowUps followUps, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await followUps.ListAsync(new CaseId(id), ct)).ToOk(t))
            .WithSummary("The follow-ups of the case, open ones first by due date; overdue ones are marked");
        cases.MapPost("/follow-ups", async (Guid id, FollowUpInput input, FollowUps followUps, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await followUps.AddAsync(new CaseId(id), input, ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/follow-ups/{result.Value}", new { id = result.Value }) : result.Error!.ToProblem(t);
            })
            .WithSummary("Plan a follow-up: due date, what to do (sealed), a worker of the case's agency (the caller by default)");

        cases.MapGet("/closure", async (Guid id, CaseClosures closures, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await closures.ReadAsync(new CaseId(id), ct)).ToOk(t))
            .WithSummary("The case's closure requests, decisions and reopenings");
        cases.MapPost("/closure", async (Guid id, ClosureRequestInput input, CaseClosures closures, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await closures.RequestAsync(new CaseId(id), input, ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/cases/{id}/closure", new { id = result.Value }) : result.Error!.ToProblem(t);
            })
            .WithSummary("Ask a supervisor to close the case, with an HTCDS closure reason and a sealed note");
        cases.MapPost("/closure/approve", async (Guid id, CaseClosures closures, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                Version(await closures.ApproveAsync(new CaseId(id), ct), t))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Approve the waiting closure request: the case becomes closed (closed-referred when transferred)");
        cases.MapPost("/closure/refuse", async (Guid id, ClosureRefusalInput input, CaseClosures closures, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await VersionAsync(input, t, () => closures.RefuseAsync(new CaseId(id), input, ct)))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Refuse the waiting closure request with a comment");
        cases.MapPost("/reopen", async (Guid id, ReopenInput input, CaseClosures closures, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await VersionAsync(input, t, () => closures.ReopenAsync(new CaseId(id), input, ct)))
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Reopen a closed case, with a reason");

        var followUps = api.MapGroup("/follow-ups").WithTags("Assistance").RequireAuthorization(Policies.CaseData);
        followUps.MapGet("/", async (string? due, string? assignedTo, DueFollowUps list, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                DueFilter.Parse(due, assignedTo) is { } filter
                    ? (await list.ListAsync(filter, ct)).ToOk(t)
                    : ResultResponses.ValidationProblem(new() { ["due"] = [t["Ask for due=within:N (N days, at most 366) or due=overdue, and assignedTo=me or agency."]] }, t))
            .WithSummary("Open follow-ups due within N days (due=within:7) or overdue (due=overdue), the caller's (assignedTo=me) or the agency's");
        followUps.MapPost("/{id:guid}/done", async (Guid id, FollowUpDoneInput input, FollowUps list, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await list.DoneAsync(new FollowUpId(id), input, ct);
                return result.Succeeded ? TypedResults.Ok(new { caseId = result.Value }) : result.Error!.ToProblem(t);
            })
            .WithSummary("Mark a follow-up done, on a date (today by default) with a sealed note");
    }

    private static async Task<IResult> VersionAsync(object input, IStringLocalizer t, Func<Task<Result<int>>> run) =>
        RequestValidation.Refusal(input, t) ?? Version(await run(), t);

    private static IResult Version(Result<int> result, IStringLocalizer t) =>
        result.Succeeded ? TypedResults.Ok(new { version = result.Value }) : result.Error!.ToProblem(t);
}
