using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Features.Assistance;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.WorkLists;

/// <summary>
/// The exact contents of each work list, on a world where every list has items that belong on it
/// and items that must not (<see cref="WorkListWorld"/>), through the API and the home page.
/// </summary>
public sealed class WorkListTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private static List<string?> Ids(JsonElement list, string field = "id") => list.EnumerateArray().Select(e => e.GetProperty(field).GetString()).ToList();

    [Fact]
    public async Task The_caseworker_sees_her_open_cases_her_tasks_due_within_a_week_and_her_agencys_referrals()
    {
        var world = await WorkListWorld.OfAsync(app);
        var response = await (await app.ApiAsync(Roles.Caseworker)).GetAsync("/api/v1/worklist");
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = JsonDocument.Parse(json).RootElement;

        // Open cases assigned to her: not the closed one, not her colleague's, not another agency's.
        Assert.Equal(new[] { world.Cases["mine1"], world.Cases["mine2"] }.Order(), Ids(list.GetProperty("myCases")).Order());
        Assert.Equal(new[] { world.References["mine1"], world.References["mine2"] }.Order(), Ids(list.GetProperty("myCases"), "reference").Order());

        // Her follow-ups due by the seventh day or overdue, earliest first; not done, not later, not assigned to someone else.
        var followUps = list.GetProperty("followUps");
        Assert.Equal(new[] { world.FollowUps["overdue"], world.FollowUps["lastDay"] }, Ids(followUps));
        Assert.Equal(new[] { true, false }, followUps.EnumerateArray().Select(f => f.GetProperty("overdue").GetBoolean()));
        Assert.All(followUps.EnumerateArray(), f => Assert.Equal(world.References["mine1"], f.GetProperty("caseReference").GetString()));

        // The agency's reflection periods ending within the week; not later ones, not another agency's.
        var deadlines = list.GetProperty("legalDeadlines");
        Assert.Equal(new[] { world.Cases["mine1"] }, Ids(deadlines, "caseId"));
        Assert.Equal("reflection-period-ends", deadlines[0].GetProperty("kind").GetString());

        // Incoming, waiting: by answer deadline, the overdue one first and flagged; its reference hidden (no operational scope).
        var waiting = list.GetProperty("incomingWaiting");
        Assert.Equal(new[] { world.Referrals["inNoScope"], world.Referrals["inOperational"] }, Ids(waiting));
        Assert.Equal(new[] { true, false }, waiting.EnumerateArray().Select(r => r.GetProperty("overdue").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, waiting[0].GetProperty("caseReference").ValueKind);
        Assert.Equal(world.References["police1"], waiting[1].GetProperty("caseReference").GetString());
        Assert.Equal(new[] { world.Referrals["inProgress"] }, Ids(list.GetProperty("incomingInProgress")));
        // Sent by her agency and unanswered: not the accepted one.
        var outgoing = list.GetProperty("outgoingUnanswered");
        Assert.Equal(new[] { world.Referrals["outWaiting"] }, Ids(outgoing));
        Assert.Equal(world.References["mine1"], outgoing[0].GetProperty("caseReference").GetString());

        // A caseworker decides nothing: no supervisor lists. And no name anywhere, not even in the follow-up texts.
        Assert.False(list.TryGetProperty("plansWaiting", out _));
        Assert.False(list.TryGetProperty("closuresWaiting", out _));
        Assert.All(world.Names, name => Assert.DoesNotContain(name, json));
    }

    [Fact]
    public async Task The_supervisor_also_sees_plans_and_closure_requests_waiting_for_a_decision()
    {
        var world = await WorkListWorld.OfAsync(app);
        var json = await (await app.ApiAsync(Roles.Supervisor)).GetStringAsync("/api/v1/worklist");
        var list = JsonDocument.Parse(json).RootElement;

        Assert.Equal(new[] { world.Cases["mine1"] }, Ids(list.GetProperty("plansWaiting"), "caseId"));
        Assert.Equal(1, list.GetProperty("plansWaiting")[0].GetProperty("number").GetInt32());
        var closures = list.GetProperty("closuresWaiting");
        Assert.Equal(new[] { world.Cases["mine2"] }, Ids(closures, "caseId"));
        Assert.Equal("lost-contact", closures[0].GetProperty("reason").GetString());
        // The agency's referrals are hers too; the cases assigned to the caseworker are not.
        Assert.Equal(new[] { world.Referrals["inNoScope"], world.Referrals["inOperational"] }, Ids(list.GetProperty("incomingWaiting")));
        Assert.Empty(list.GetProperty("myCases").EnumerateArray());
        Assert.All(world.Names, name => Assert.DoesNotContain(name, json));
    }

    [Fact]
    public async Task The_provider_sees_only_the_referrals_sent_to_its_agency()
    {
        var world = await WorkListWorld.OfAsync(app);
        var json = await (await app.ApiAsync(Roles.Provider)).GetStringAsync("/api/v1/worklist");
        var list = JsonDocument.Parse(json).RootElement;

        Assert.Equal(new[] { world.Referrals["policeToLegalAid"], world.Referrals["outWaiting"] }.Order(), Ids(list.GetProperty("incomingWaiting")).Order());
        Assert.Equal(new[] { world.Referrals["outAccepted"] }, Ids(list.GetProperty("incomingInProgress")));
        Assert.All(list.GetProperty("incomingWaiting").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("caseId").ValueKind));
        foreach (var part in new[] { "myCases", "followUps", "legalDeadlines", "outgoingUnanswered", "plansWaiting", "closuresWaiting" })
            Assert.False(list.TryGetProperty(part, out _), part);
        Assert.All(world.Names, name => Assert.DoesNotContain(name, json));
    }

    [Fact]
    public async Task The_police_officer_sees_the_legal_deadline_of_a_police_case_and_what_the_unit_sent()
    {
        var world = await WorkListWorld.OfAsync(app);
        var list = await (await app.ApiAsync(Roles.Police)).GetFromJsonAsync<JsonElement>("/api/v1/worklist");

        Assert.Equal(new[] { world.Cases["police1"] }, Ids(list.GetProperty("legalDeadlines"), "caseId"));
        Assert.Equal(5, list.GetProperty("myCases").GetArrayLength());
        Assert.Equal(new[] { world.Referrals["inNoScope"], world.Referrals["inOperational"], world.Referrals["policeToLegalAid"] }.Order(),
            Ids(list.GetProperty("outgoingUnanswered")).Order());
        Assert.Empty(list.GetProperty("incomingWaiting").EnumerateArray());
    }

    [Theory]
    [InlineData("en", "My open cases", "Incoming referrals waiting for our answer", "Overdue")]
    [InlineData("ar", "ملفاتي المفتوحة", "إحالات واردة تنتظر ردّنا", "متأخرة")]
    public async Task The_home_page_shows_the_lists_in_the_readers_language_with_references_and_no_names(string language, string myCases, string incoming, string overdue)
    {
        var world = await WorkListWorld.OfAsync(app);
        var client = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(myCases, html);
        Assert.Contains(incoming, html);
        Assert.Contains(overdue, html);
        Assert.Contains($"/Cases/Details/{world.Cases["mine1"]}", html);
        Assert.Contains($"/Referrals/Details/{world.Referrals["inNoScope"]}", html);
        Assert.Contains($"/Cases/Legal/{world.Cases["mine1"]}", html);
        Assert.Contains(world.References["mine2"], html);
        Assert.DoesNotContain("id=\"plans-waiting\"", html);
        Assert.All(world.Names, name => Assert.DoesNotContain(name, html));
        Assert.True(html.Length < 100_000, $"{html.Length} bytes");
    }

    [Fact]
    public async Task The_supervisors_home_page_lists_the_plan_and_the_closure_waiting()
    {
        var world = await WorkListWorld.OfAsync(app);
        var client = await app.SignedInAsync(Demo.Email(Roles.Supervisor));
        var html = await client.GetStringAsync("/");
        Assert.Contains("id=\"plans-waiting\"", html);
        Assert.Contains("id=\"closures-waiting\"", html);
        Assert.Contains($"/Cases/Assistance/{world.Cases["mine1"]}", html);
        Assert.Contains($"/Cases/Assistance/{world.Cases["mine2"]}", html);
    }

    [Fact]
    public async Task The_providers_home_page_shows_incoming_referrals_only()
    {
        var world = await WorkListWorld.OfAsync(app);
        var client = await app.SignedInAsync(Demo.Email(Roles.Provider));
        var html = await client.GetStringAsync("/");
        Assert.Contains($"/Referrals/Details/{world.Referrals["policeToLegalAid"]}", html);
        Assert.Contains("id=\"incoming-in-progress\"", html);
        Assert.DoesNotContain("id=\"my-cases\"", html);
        Assert.DoesNotContain("id=\"outgoing-unanswered\"", html);
        Assert.All(world.Names, name => Assert.DoesNotContain(name, html));
    }
}
