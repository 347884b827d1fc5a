using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Jurisdictions;

/// <summary>/api/v1/jurisdictions: the versioned jurisdiction files, for admins only.</summary>
public static class JurisdictionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var jurisdictions = api.MapGroup("/jurisdictions").WithTags("Jurisdictions").RequireAuthorization(Policies.Administer);

        jurisdictions.MapGet("/", async (ManageJurisdictions manage, CancellationToken ct) => TypedResults.Ok(await manage.ListAsync(ct)))
            .WithSummary("Each country's jurisdiction in force: version, status, when saved, how many versions");

        jurisdictions.MapGet("/{country}", async (string country, int? version, ManageJurisdictions manage, CancellationToken ct) =>
                await manage.GetAsync(country, version, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .WithSummary("A country's jurisdiction file (the version in force, or ?version=n) with its history");

        jurisdictions.MapPut("/{country}", async (string country, SaveJurisdictionInput input, ManageJurisdictions manage, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var problems = new List<Error>();
                var result = await manage.SaveAsync(country, input.BasedOnVersion!.Value, input.Rules!.Value.GetRawText(), problems, ct);
                if (result.Succeeded) return TypedResults.Ok(new { country = country.ToUpperInvariant(), version = result.Value });
                return problems.Count > 0 ? Problems(problems, t) : result.Error!.ToProblem(t);
            })
            .WithSummary("Save a new version of a country's file; every problem is answered with its JSON path (422) and nothing is saved");
    }

    /// <summary>422 listing every problem of the file under its JSON path.</summary>
    public static IResult Problems(IEnumerable<Error> problems, IStringLocalizer t) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, detail: t["The jurisdiction file has problems: nothing was saved."],
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = problems.GroupBy(p => p.Field ?? "$").ToDictionary(g => g.Key, g => g.Select(p => t[p.MessageKey, p.Args].Value).ToArray()),
            });
}
