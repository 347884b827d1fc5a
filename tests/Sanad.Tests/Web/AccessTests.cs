using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Domain.Accounts;
using Sanad.Security;
using Sanad.Tests.Support;

namespace Sanad.Tests.Web;

/// <summary>
/// Deny by default, checked against the live endpoint table: every API endpoint and every page
/// that is added later is covered without touching this file.
/// </summary>
public sealed class AccessTests(SanadApp app) : IClassFixture<SanadApp>
{
    /// <summary>Endpoints that serve anonymous callers on purpose.</summary>
    private static readonly string[] PublicRoutes =
    [
        "/health/live", "/health/ready", "/openapi/{documentName}.json",
        "/Account/SignIn", "/Account/SignInTwoFactor", "/Account/AcceptInvitation", "/Account/Language", "/Account/AccessDenied", "/Error",
    ];

    private IReadOnlyList<RouteEndpoint> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    private static string Concrete(RouteEndpoint e) =>
        "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart numeric when numeric.ParameterPolicies.Any(c => c.Content is "long" or "int") => "1",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "id" } => Guid.NewGuid().ToString(),
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "x",
            _ => "",
        }))));

    private static IEnumerable<string> Methods(Endpoint e) =>
        e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];

    [Fact]
    public async Task Every_api_endpoint_refuses_anonymous_callers_with_401()
    {
        var api = Endpoints().Where(e => e.RoutePattern.RawText?.StartsWith("api/v1") == true || e.RoutePattern.RawText?.StartsWith("/api/v1") == true).ToList();
        Assert.True(api.Count >= 15, $"only {api.Count} API endpoints found");
        var client = app.NewClient();
        foreach (var endpoint in api)
            foreach (var method in Methods(endpoint))
            {
                var request = new HttpRequestMessage(new HttpMethod(method), Concrete(endpoint));
                if (method is "POST" or "PUT") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                var response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {Concrete(endpoint)} answered {(int)response.StatusCode} to an anonymous caller");
            }
    }

    [Fact]
    public async Task Every_page_except_sign_in_sends_anonymous_callers_to_sign_in()
    {
        var pages = Endpoints().Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null).ToList();
        Assert.True(pages.Count >= 15, $"only {pages.Count} pages found");
        var client = app.NewClient();
        foreach (var page in pages)
        {
            var path = Concrete(page);
            if (PublicRoutes.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase))) continue;
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/Account/SignIn",
                $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location} to an anonymous caller");
        }
    }

    [Fact]
    public void Every_endpoint_is_either_public_on_purpose_or_protected()
    {
        foreach (var endpoint in Endpoints())
        {
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (!anonymous) continue;
            var path = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            Assert.True(PublicRoutes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)), $"{path} allows anonymous callers but is not in the public list");
        }
    }

    public static TheoryData<string> AllRoles() => new(Roles.All);

    /// <summary>Admin endpoints: only the admin role gets in; every other role gets 403.</summary>
    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Admin_endpoints_are_for_admins_only(string role)
    {
        var token = (await app.CliAsync("token", "create", "--email", Demo.Email(role), "--name", "matrix")).Output.Trim();
        var client = app.NewClient().WithToken(token);
        foreach (var path in new[] { "/api/v1/users", "/api/v1/admin/settings", "/api/v1/admin/audit" })
        {
            var response = await client.GetAsync(path);
            var expected = role == Roles.Admin ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(response.StatusCode == expected, $"{role} GET {path}: {(int)response.StatusCode}, expected {(int)expected}");
        }
        var create = await client.PostAsync("/api/v1/agencies", System.Net.Http.Json.JsonContent.Create(new { code = "X-" + role, nameEn = "X", kind = "ngo", country = "JO" }));
        Assert.Equal(role == Roles.Admin ? HttpStatusCode.Created : HttpStatusCode.Forbidden, create.StatusCode);
        // Every signed-in role may list agencies and read itself.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/agencies")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Admin_pages_are_for_admins_only(string role)
    {
        var client = await app.SignedInAsync(Demo.Email(role));
        foreach (var path in new[] { "/Users", "/Users/Invite", "/Admin/Settings", "/Admin/Audit", "/Agencies/Edit" })
        {
            var response = await client.GetAsync(path);
            if (role == Roles.Admin)
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"admin GET {path}: {(int)response.StatusCode}");
            else
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/Account/AccessDenied",
                    $"{role} GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    /// <summary>
    /// The case-data policy is the wall later case endpoints stand behind: the admin, researcher,
    /// programme and viewer roles never pass it, whatever else they hold.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Only_case_roles_pass_the_case_data_policy(string role)
    {
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test", ClaimTypes.Name, ClaimTypes.Role));
        var result = await authorization.AuthorizeAsync(principal, Policies.CaseData);
        Assert.Equal(Roles.CaseFileRoles.Contains(role), result.Succeeded);
        Assert.Equal(role is not (Roles.Admin or Roles.Researcher or Roles.Programme or Roles.Viewer or Roles.Provider), result.Succeeded);
        // The provider passes only the referrals policy: referrals sent to its agency, in their consented scope.
        var referrals = await authorization.AuthorizeAsync(principal, Policies.Referrals);
        Assert.Equal(role is not (Roles.Admin or Roles.Researcher or Roles.Programme or Roles.Viewer), referrals.Succeeded);
    }

    [Fact]
    public async Task An_admin_holding_a_case_role_still_fails_the_case_data_policy()
    {
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, Roles.Admin), new Claim(ClaimTypes.Role, Roles.Caseworker)], "test", ClaimTypes.Name, ClaimTypes.Role));
        Assert.False((await authorization.AuthorizeAsync(principal, Policies.CaseData)).Succeeded);
    }

    [Fact]
    public async Task Every_case_data_endpoint_refuses_the_admin()
    {
        var caseEndpoints = Endpoints().Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.CaseData)).ToList();
        Assert.NotEmpty(caseEndpoints);
        var token = (await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Admin), "--name", "no-cases")).Output.Trim();
        var api = app.NewClient().WithToken(token);
        var browser = await app.SignedInAsync(Demo.Email(Roles.Admin));
        foreach (var endpoint in caseEndpoints)
            foreach (var method in Methods(endpoint))
            {
                var path = Concrete(endpoint);
                var isPage = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null;
                if (isPage && method != "GET") continue;
                var response = await (isPage ? browser : api).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
                var refused = isPage
                    ? response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/Account/AccessDenied"
                    : response.StatusCode is HttpStatusCode.Forbidden;
                Assert.True(refused, $"admin {method} {path}: {(int)response.StatusCode} {response.Headers.Location}");
            }
    }

    [Fact]
    public async Task A_supervisor_sees_users_of_their_agency_and_no_others()
    {
        var (colleague, _) = await app.NewUserAsync(Roles.Caseworker, "JO-KARAMA");
        var (stranger, _) = await app.NewUserAsync(Roles.Caseworker, "JO-LEGAL-AID");
        var supervisor = (await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Supervisor), "--name", "team")).Output.Trim();
        var client = app.NewClient().WithToken(supervisor);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/users/{colleague}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/users/{stranger}")).StatusCode);

        var caseworker = (await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Caseworker), "--name", "self")).Output.Trim();
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().WithToken(caseworker).GetAsync($"/api/v1/users/{colleague}")).StatusCode);
    }
}
