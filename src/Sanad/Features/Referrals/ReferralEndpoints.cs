using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Cases;
using Sanad.Domain.Referrals;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Referrals;

/// <summary>/api/v1/cases/{id}/referrals and /api/v1/referrals: sending, answering and reading referrals.</summary>
public static class ReferralEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/referrals", async (Guid id, ReferralInput input, SendReferral send, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await send.HandleAsync(new CaseId(id), input, ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/referrals/{result.Value}", new { id = result.Value }) : result.Error!.ToProblem(t);
            })
            .WithTags("Referrals")
            .RequireAuthorization(Policies.CaseData)
            .WithSummary("Refer a case to an agency or one of its services; a scope beyond the person's consent is refused with 422 naming it");

        var referrals = api.MapGroup("/referrals").WithTags("Referrals").RequireAuthorization(Policies.Referrals);

        referrals.MapGet("/", async (ReadReferrals read, string? direction, string? state, int? page, int? pageSize, CancellationToken ct) =>
                TypedResults.Ok(await read.ListAsync(new ReferralFilter(direction, state, page ?? 1, pageSize ?? 25), ct)))
            .WithSummary("The caller's agency's referrals: direction incoming or outgoing, filtered by state, newest first, paged; a long list is counted up to 1,000 rows past the page and says so in totalIsAtLeast");

        referrals.MapGet("/{id:guid}", async Task<Results<Ok<ReferralDetails>, NotFound>> (Guid id, ReadReferrals read, CancellationToken ct) =>
                await read.OneAsync(new ReferralId(id), ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound())
            .WithSummary("One referral; the receiver's `case` holds only the fields of the consented scope; other agencies get 404");

        referrals.MapGet("/{id:guid}/photo", async (Guid id, ReadReferrals read, IStringLocalizer<SharedResource> t, HttpContext http, CancellationToken ct) =>
            {
                var photo = await read.PhotoAsync(new ReferralId(id), ct);
                if (!photo.Succeeded) return photo.Error!.ToProblem(t);
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.File(photo.Value!.Content, photo.Value.ContentType);
            })
            .WithSummary("The referred person's photo, for the receiver of an open referral whose scope holds the identifying part");

        referrals.MapPost("/{id:guid}/take-on", async (Guid id, TakeOnReferral takeOn, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var result = await takeOn.HandleAsync(new ReferralId(id), ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/cases/{result.Value!.Id}", result.Value) : result.Error!.ToProblem(t);
            })
            .WithSummary("The receiving agency opens its own case for the person, from what the referral shares of her (once)");

        foreach (var action in new[] { ReferralAction.Accept, ReferralAction.Decline, ReferralAction.Start, ReferralAction.Complete, ReferralAction.Cancel })
        {
            referrals.MapPost($"/{{id:guid}}/{Codes.Of(action)}", async (Guid id, ReferralAnswerInput? input, AnswerReferral answer, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                {
                    input ??= new ReferralAnswerInput();
                    if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                    var result = await answer.HandleAsync(new ReferralId(id), action, input.Reason, ct);
                    return result.Succeeded ? TypedResults.Ok(new { state = result.Value }) : result.Error!.ToProblem(t);
                })
                .WithSummary(Summary(action));
        }
    }

    private static string Summary(ReferralAction action) => action switch
    {
        ReferralAction.Accept => "Accept a referral (receiving agency); accepting twice or a cancelled one is refused with 409",
        ReferralAction.Decline => "Decline a referral with a reason (receiving agency)",
        ReferralAction.Start => "Start the work on an accepted referral (receiving agency)",
        ReferralAction.Complete => "Complete a referral in progress (receiving agency)",
        _ => "Cancel a referral (sending agency)",
    };
}
