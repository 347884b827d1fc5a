using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Assistance;

/// <summary>Follow-ups and the work list, against a stopped clock so "today" is one fixed day.</summary>
public sealed class FollowUpTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private static string Day(int offset) => FixedClockApp.Today.AddDays(offset).ToString("yyyy-MM-dd");

    private static async Task<string> AddAsync(HttpClient client, string caseId, int dueIn, string what, Guid? assignedTo = null)
    {
        var added = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/follow-ups", new { dueOn = Day(dueIn), what, assignedTo });
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        return (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<List<string>> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/follow-ups?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(f => f.GetProperty("what").GetString()!).ToList();
    }

    [Fact]
    public async Task The_work_list_holds_exactly_the_open_follow_ups_due_soon_or_overdue()
    {
        // A worker of its own, so other tests' follow-ups do not enter "me".
        var (workerId, email) = await app.NewUserAsync(Roles.Caseworker);
        var worker = app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", email, "--name", "test")).Output.Trim());
        var supervisorId = await app.UserIdAsync(Demo.Email(Roles.Supervisor));
        var caseId = await app.ShelterCaseAsync();

        await AddAsync(worker, caseId, -3, "Call about the medical results");
        await AddAsync(worker, caseId, -1, "Visit the host family");
        await AddAsync(worker, caseId, 0, "Check the shelter place today");
        await AddAsync(worker, caseId, 7, "Court hearing preparation");
        await AddAsync(worker, caseId, 8, "Too far ahead");
        var done = await AddAsync(worker, caseId, -2, "Already done");
        await AddAsync(worker, caseId, 2, "The supervisor's call", supervisorId);
        Assert.Equal(HttpStatusCode.OK, (await worker.PostAsJsonAsync($"/api/v1/follow-ups/{done}/done", new { note = "Went well" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync($"/api/v1/follow-ups/{done}/done", new { })).StatusCode);
        // Another agency's follow-up never appears.
        var police = await app.ApiAsync(Roles.Police);
        var policeCase = await OpenPoliceCaseAsync(police);
        await AddAsync(police, policeCase, 1, "Police follow-up");

        Assert.Equal(["Check the shelter place today", "Court hearing preparation"], await ListAsync(worker, "due=within:7&assignedTo=me"));
        Assert.Equal(["Call about the medical results", "Visit the host family"], await ListAsync(worker, "due=overdue&assignedTo=me"));
        Assert.Equal(["Check the shelter place today"], await ListAsync(worker, "due=within:0"));
        var agency = await ListAsync(await app.ApiAsync(Roles.Supervisor), "due=within:7&assignedTo=agency");
        Assert.Contains("The supervisor's call", agency);
        Assert.Contains("Court hearing preparation", agency);
        Assert.DoesNotContain("Too far ahead", agency);
        Assert.DoesNotContain("Police follow-up", agency);
        Assert.DoesNotContain("Already done", await ListAsync(worker, "due=overdue&assignedTo=agency"));

        var ofCase = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/follow-ups");
        var overdue = ofCase.EnumerateArray().Where(f => f.GetProperty("overdue").GetBoolean()).Select(f => f.GetProperty("what").GetString()).ToList();
        Assert.Equal(["Call about the medical results", "Visit the host family"], overdue);
        var finished = ofCase.EnumerateArray().Single(f => f.GetProperty("id").GetString() == done);
        Assert.Equal(FixedClockApp.Today.ToString("yyyy-MM-dd"), finished.GetProperty("doneOn").GetString());
        Assert.Equal("Went well", finished.GetProperty("doneNote").GetString());
        Assert.Equal(workerId, finished.GetProperty("assignedTo").GetGuid());
    }

    [Fact]
    public async Task Follow_ups_go_to_workers_of_the_case_agency_and_bad_input_names_the_field()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var caseId = await app.ShelterCaseAsync();
        var policeOfficer = await app.UserIdAsync(Demo.Email(Roles.Police));
        var foreign = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/follow-ups", new { dueOn = Day(1), what = "Call", assignedTo = policeOfficer });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        Assert.True((await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("assignedTo", out _));
        var bad = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/follow-ups", new { dueOn = "tomorrow", what = "" });
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("dueOn", out _) && errors.TryGetProperty("what", out _), errors.ToString());
        Assert.Equal(0, (await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/follow-ups")).GetArrayLength());

        var id = await AddAsync(caseworker, caseId, 1, "Call the lawyer");
        var future = await caseworker.PostAsJsonAsync($"/api/v1/follow-ups/{id}/done", new { doneOn = Day(1) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await caseworker.GetAsync("/api/v1/follow-ups?due=soon")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await caseworker.GetAsync("/api/v1/follow-ups?assignedTo=everyone")).StatusCode);
    }

    [Fact]
    public async Task Services_delivered_keep_type_agency_dates_and_outcome()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var caseId = await app.ShelterCaseAsync();
        var legalAid = await app.AgencyIdAsync("JO-LEGAL-AID");
        var directoryEntry = Guid.CreateVersion7();
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/services-delivered",
            new { serviceType = "shelter", startedOn = Day(-30), outcome = "ongoing" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/services-delivered",
            new { serviceType = "legal-aid", agencyId = legalAid, serviceId = directoryEntry, startedOn = Day(-20), endedOn = Day(-5), outcome = "completed", note = "Wage claim filed at the labour court." })).StatusCode);

        var bad = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/services-delivered", new { serviceType = "spa", startedOn = Day(-3), endedOn = Day(-1), outcome = "ongoing" });
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("serviceType", out _) && errors.TryGetProperty("endedOn", out _), errors.ToString());
        var future = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/services-delivered", new { serviceType = "medical", startedOn = Day(1), outcome = "ongoing" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        var nowhere = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/services-delivered", new { serviceType = "medical", agencyId = Guid.NewGuid(), startedOn = Day(-1), outcome = "ongoing" });
        Assert.True((await nowhere.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("agencyId", out _));

        var list = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/services-delivered");
        Assert.Equal(["legal-aid:JO-LEGAL-AID:completed", "shelter:JO-KARAMA:ongoing"],
            list.EnumerateArray().Select(s => $"{s.GetProperty("serviceType").GetString()}:{s.GetProperty("agencyCode").GetString()}:{s.GetProperty("outcome").GetString()}"));
        Assert.Equal(directoryEntry, list[0].GetProperty("serviceId").GetGuid());
        Assert.Equal("Wage claim filed at the labour court.", list[0].GetProperty("note").GetString());
        Assert.Equal(Day(-5), list[0].GetProperty("endedOn").GetString());
    }

    private static async Task<string> OpenPoliceCaseAsync(HttpClient police)
    {
        var person = await police.PostAsJsonAsync("/api/v1/people", new { givenName = "Rahel", sex = "female", nationality = "ET" });
        var personId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var opened = await police.PostAsJsonAsync("/api/v1/cases", new { personId });
        return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
