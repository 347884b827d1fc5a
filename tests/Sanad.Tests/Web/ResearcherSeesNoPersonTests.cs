using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Domain.Accounts;
using Sanad.Tests.Features.Research;
using Sanad.Tests.Support;

namespace Sanad.Tests.Web;

/// <summary>
/// The researcher sees anonymised outputs only, never a record about a person: every GET endpoint and
/// page of the live table, with the ids of a real person, case and referral, answers the researcher
/// with no data of them. Endpoints added later are walked without touching this file.
/// </summary>
public sealed class ResearcherSeesNoPersonTests(SanadApp app) : IClassFixture<SanadApp>
{
    /// <summary>Routes that may answer the researcher 200, because they carry no data about a person.</summary>
    private static readonly string[] AllowedForResearcher =
    [
        "/", "/Index", "/Me", "/api/v1/me", "/Agencies", "/api/v1/agencies", "/Account", "/api-docs", "/openapi", "/Notifications", "/api/v1/notifications",
        "/Research", "/api/v1/research", "/api/v1/releases", "/Error",
        // Aggregates only, small counts suppressed (docs/dashboards.md); the test still fails if one names her or her case.
        "/Dashboards", "/api/v1/dashboards",
    ];

    [Fact]
    public async Task No_page_or_endpoint_gives_the_researcher_a_record_about_a_person()
    {
        // A person with a case and a referral, and a released dataset, so ids in routes are real ones.
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var person = await (await caseworker.PostAsJsonAsync("/api/v1/people", new { givenName = "Zaytuna", familyName = "Qarawiyyin", sex = "female", nationality = "SD" })).JsonAsync();
        var personId = person.GetProperty("id").GetString()!;
        var opened = await (await caseworker.PostAsJsonAsync("/api/v1/cases", new { personId })).JsonAsync();
        var caseId = opened.GetProperty("id").GetString()!;
        var caseNumber = opened.TryGetProperty("number", out var n) ? n.GetString() : null;
        var researcherApi = await app.ApiAsync(Roles.Researcher);
        await researcherApi.ImportedIdAsync();
        var browser = await app.SignedInAsync(Demo.Email(Roles.Researcher));

        var markers = new[] { "Zaytuna", "Qarawiyyin", personId, caseId, caseNumber }.OfType<string>().ToArray();
        var ids = new[] { personId, caseId };
        var checkedRoutes = 0;
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            if (!methods.Contains("GET")) continue;
            var isPage = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null;
            var raw = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (!isPage && !raw.StartsWith("/api/v1")) continue;
            foreach (var id in ids)
            {
                var path = Concrete(endpoint, id);
                var response = await (isPage ? browser : researcherApi).GetAsync(path);
                checkedRoutes++;
                var body = await response.Content.ReadAsStringAsync();
                foreach (var marker in markers)
                    Assert.False(body.Contains(marker, StringComparison.OrdinalIgnoreCase), $"GET {path} gave the researcher '{marker}' ({(int)response.StatusCode})");
                if (response.StatusCode != HttpStatusCode.OK) continue;
                Assert.True(AllowedForResearcher.Any(a => path.Equals(a, StringComparison.OrdinalIgnoreCase) || path.StartsWith(a + "/", StringComparison.OrdinalIgnoreCase)),
                    $"GET {path} answered the researcher 200: is it free of data about people? Add it to the list only if it is.");
            }
        }
        Assert.True(checkedRoutes > 100, $"only {checkedRoutes} routes walked");
    }

    private static string Concrete(RouteEndpoint e, string id) =>
        "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart numeric when numeric.ParameterPolicies.Any(c => c.Content is "long" or "int") => "1",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { IsOptional: true } => "",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => id,
            _ => "",
        })))).TrimEnd('/') is { Length: > 0 } path ? path : "/";
}
