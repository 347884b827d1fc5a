using Microsoft.Extensions.Localization;
using Sanad.Domain.Screening;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Screening;

/// <summary>/api/v1/screenings: stateless evaluation of ticked indicators for the roles that screen.</summary>
public static class ScreeningEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/screenings").WithTags("Screening").RequireAuthorization(Policies.Screen);

        // Not audited per call, on purpose: the request carries only a profile code and indicator keys,
        // nothing that identifies a person, and nothing is stored. Screenings saved on a case will be audited there.
        group.MapPost("/evaluate", (ScreeningInput input, ScreeningEvaluator evaluator, IStringLocalizer<SharedResource> t) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = evaluator.Evaluate(input.Profile, input.Indicators);
                return result.Succeeded
                    ? TypedResults.Ok(ScreeningResponse.From(result.Value!, evaluator.Catalogue, Localization.CurrentLanguage, t))
                    : result.Error!.ToProblem(t);
            })
            .WithSummary("Evaluate ticked indicators against a profile of the screening catalogue; an indication for referral, not a legal determination");
    }
}
