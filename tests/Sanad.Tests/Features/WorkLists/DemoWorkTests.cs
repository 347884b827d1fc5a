using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;
using Sanad.Web;

namespace Sanad.Tests.Features.WorkLists;

/// <summary>The demo's work in progress: every demo user's list has something on it, and a second <c>--demo</c> adds nothing.</summary>
public sealed class DemoWorkTests(SanadApp app) : IClassFixture<SanadApp>
{
    private Task<int[]> CountsAsync() => app.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<SanadDb>();
        return new[]
        {
            await db.Referrals.CountAsync(), await db.Consents.IgnoreQueryFilters().CountAsync(), await db.FollowUps.IgnoreQueryFilters().CountAsync(),
            await db.ReflectionPeriods.IgnoreQueryFilters().CountAsync(), await db.AssistancePlans.IgnoreQueryFilters().CountAsync(),
            await db.CaseClosures.CountAsync(), await db.Cases.IgnoreQueryFilters().CountAsync(c => c.AssignedWorkerId != null),
        };
    });

    [Fact]
    public async Task The_demo_fills_each_demo_users_work_list_once()
    {
        Assert.True(await NodeHost.PrepareAsync(app.Services, demo: true, TextWriter.Null, TextWriter.Null));
        var first = await CountsAsync();
        Assert.All(first, count => Assert.True(count > 0));
        Assert.True(await NodeHost.PrepareAsync(app.Services, demo: true, TextWriter.Null, TextWriter.Null));
        Assert.Equal(first, await CountsAsync());

        var caseworker = await (await app.ApiAsync(Roles.Caseworker)).GetFromJsonAsync<JsonElement>("/api/v1/worklist");
        foreach (var part in new[] { "myCases", "incomingWaiting", "incomingInProgress", "followUps", "legalDeadlines" })
            Assert.True(caseworker.GetProperty(part).GetArrayLength() > 0, part);
        var followUps = caseworker.GetProperty("followUps").EnumerateArray().ToList();
        Assert.Contains(followUps, f => f.GetProperty("overdue").GetBoolean());
        Assert.Contains(followUps, f => !f.GetProperty("overdue").GetBoolean());
        // One sent by the shelter waits within its deadline; the one past it is expired by the deadline watch and escalated.
        Assert.Contains(caseworker.GetProperty("outgoingUnanswered").EnumerateArray(), r => !r.GetProperty("overdue").GetBoolean());

        var supervisor = await (await app.ApiAsync(Roles.Supervisor)).GetFromJsonAsync<JsonElement>("/api/v1/worklist");
        Assert.Equal(1, supervisor.GetProperty("plansWaiting").GetArrayLength());
        Assert.Equal(1, supervisor.GetProperty("closuresWaiting").GetArrayLength());
        var provider = await (await app.ApiAsync(Roles.Provider)).GetFromJsonAsync<JsonElement>("/api/v1/worklist");
        Assert.True(provider.GetProperty("incomingWaiting").GetArrayLength() > 0);
        Assert.True(provider.GetProperty("incomingInProgress").GetArrayLength() > 0);
        foreach (var role in new[] { Roles.Police, Roles.Inspector })
            Assert.True((await (await app.ApiAsync(role)).GetFromJsonAsync<JsonElement>("/api/v1/worklist")).GetProperty("myCases").GetArrayLength() > 0, role);
        var overview = await (await app.ApiAsync(Roles.Coordinator)).GetFromJsonAsync<JsonElement>("/api/v1/overview?days=365");
        Assert.Equal(8, overview.GetProperty("total").EnumerateObject().Where(p => p.Name is "waiting" or "overdue" or "answered").Sum(p => p.Value.GetInt32()));
    }
}
