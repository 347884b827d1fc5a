using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.People;

public sealed class MergeTests(SanadApp app) : IClassFixture<SanadApp>
{
    private static async Task<string> IdOf(HttpResponseMessage response, string property = "id") =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty(property).ToString();

    [Fact]
    public async Task A_supervisor_merges_two_records_of_one_woman_and_can_undo_it()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var survivor = await IdOf(await caseworker.PostAsJsonAsync("/api/v1/people", new { givenName = "Meseret", familyName = "Alemu", sex = "female", yearOfBirth = 1996, nationality = "ET" }));
        var duplicate = await IdOf(await caseworker.PostAsJsonAsync("/api/v1/people", new { nameArabic = "مسرت ألمو", sex = "female", yearOfBirth = 1996, nationality = "ET" }));
        var movedCase = await IdOf(await caseworker.PostAsJsonAsync("/api/v1/cases", new { personId = duplicate }));

        // A caseworker may not merge; a supervisor may.
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.PostAsJsonAsync($"/api/v1/people/{survivor}/merge", new { duplicateId = duplicate })).StatusCode);
        var supervisor = await app.ApiAsync(Roles.Supervisor);
        var merged = await supervisor.PostAsJsonAsync($"/api/v1/people/{survivor}/merge", new { duplicateId = duplicate });
        Assert.Equal(HttpStatusCode.Created, merged.StatusCode);
        var mergeId = await IdOf(merged, "mergeId");

        var moved = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{movedCase}");
        Assert.Equal(survivor, moved.GetProperty("personId").GetString());
        Assert.Contains(moved.GetProperty("history").EnumerateArray(), h => h.GetProperty("field").GetString() == "person" && h.GetProperty("to").GetString() == survivor);
        var folded = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/people/{duplicate}");
        Assert.Equal(survivor, folded.GetProperty("mergedInto").GetString());
        var list = await caseworker.GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=100");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetString() == duplicate);
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsJsonAsync($"/api/v1/people/{survivor}/merge", new { duplicateId = duplicate })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await supervisor.PostAsync($"/api/v1/people/merges/{mergeId}/undo", null)).StatusCode);
        var back = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{movedCase}");
        Assert.Equal(duplicate, back.GetProperty("personId").GetString());
        Assert.Equal(JsonValueKind.Null, (await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/people/{duplicate}")).GetProperty("mergedInto").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsync($"/api/v1/people/merges/{mergeId}/undo", null)).StatusCode);

        var audit = await (await app.ApiAsync(Roles.Admin)).GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?action=person.&targetId={duplicate}");
        var actions = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("person.merged", actions);
        Assert.Contains("person.unmerged", actions);
    }

    [Fact]
    public async Task A_record_of_another_agency_cannot_be_merged_by_a_supervisor()
    {
        var survivor = await IdOf(await (await app.ApiAsync(Roles.Caseworker)).PostAsJsonAsync("/api/v1/people", new { givenName = "Joy", familyName = "Mensah", sex = "female" }));
        var policeRecord = await IdOf(await (await app.ApiAsync(Roles.Police)).PostAsJsonAsync("/api/v1/people", new { givenName = "Joy", familyName = "Mensah", sex = "female" }));
        var response = await (await app.ApiAsync(Roles.Supervisor)).PostAsJsonAsync($"/api/v1/people/{survivor}/merge", new { duplicateId = policeRecord });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await (await app.ApiAsync(Roles.Supervisor)).PostAsJsonAsync($"/api/v1/people/{survivor}/merge", new { duplicateId = survivor })).StatusCode);
    }
}
