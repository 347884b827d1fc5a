using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.WorkLists;

/// <summary>/api/v1/worklist (the caller's work list) and /api/v1/overview (the coordinator's referral overview).</summary>
public static class WorkListEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/worklist", async (ReadWorkList read, IStringLocalizer<SharedResource> t, CancellationToken ct) => (await read.ForCallerAsync(ct)).ToOk(t))
            .WithTags("Work lists").RequireAuthorization(Policies.WorkList)
            .WithSummary("The caller's work list: own open cases, incoming referrals, follow-ups and legal deadlines due within 7 days or overdue, unanswered outgoing referrals; plans and closures waiting for a supervisor");

        api.MapGet("/overview", async (int? days, ReadOverview read, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                ReadOverview.Periods.Contains(days ?? ReadOverview.DefaultDays)
                    ? TypedResults.Ok(await read.ForAsync(days ?? ReadOverview.DefaultDays, ct))
                    : ResultResponses.ValidationProblem(new() { ["days"] = [t["Ask for days=30, 90 or 365."]] }, t))
            .WithTags("Work lists").RequireAuthorization(Policies.Coordinate)
            .WithSummary("Referrals sent in the last 30, 90 or 365 days, waiting, overdue and answered, counted by receiving and by sending agency; the overdue ones listed");
    }
}
