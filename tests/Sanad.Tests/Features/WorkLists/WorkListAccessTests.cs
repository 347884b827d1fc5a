using System.Net;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.WorkLists;

/// <summary>Every role against the work list and the overview, API and pages: exactly the roles named reach each.</summary>
public sealed class WorkListAccessTests(SanadApp app) : IClassFixture<SanadApp>
{
    public static TheoryData<string> AllRoles() => [.. Roles.All];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Each_role_reaches_the_work_list_and_the_overview_only_if_it_has_one(string role)
    {
        var api = await app.ApiAsync(role);
        var worklist = Roles.WorkListRoles.Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        var overview = role == Roles.Coordinator ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        Assert.Equal(worklist, (await api.GetAsync("/api/v1/worklist")).StatusCode);
        Assert.Equal(overview, (await api.GetAsync("/api/v1/overview")).StatusCode);
        Assert.Equal(overview, (await api.GetAsync("/api/v1/overview?days=365")).StatusCode);

        var browser = await app.SignedInAsync(Demo.Email(role));
        var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Equal(Roles.WorkListRoles.Contains(role), html.Contains("id=\"work-list\""));
        Assert.Equal(role == Roles.Coordinator, html.Contains("href=\"/Overview\""));
        var page = await browser.GetAsync("/Overview");
        if (role == Roles.Coordinator) Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        else Assert.Equal("/Account/AccessDenied", page.Headers.Location?.AbsolutePath);
    }
}
