using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Cases;

/// <summary>Perpetrators and the coded facts of a case (relationship to the recruiter among them), by API and on the case's pages.</summary>
public sealed class CaseFactsTests(SanadApp app) : IClassFixture<SanadApp>
{
    private async Task<string> CaseAsync(HttpClient client)
    {
        var person = await client.PostAsJsonAsync("/api/v1/people", new { givenName = "Rahel", familyName = "Tesfaye", sex = "female", nationality = "ET" });
        var personId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var opened = await client.PostAsJsonAsync("/api/v1/cases", new { personId });
        return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_perpetrator_s_roles_are_shared_with_the_coordinator_but_what_the_person_said_stays_sealed_in_her_agency()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = await CaseAsync(caseworker);
        var added = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/perpetrators",
            new { roles = new[] { "RecruiterOrIntermediary", "Exploiter" }, sex = "male", nationality = "JO", details = "The agent Abu Khaled in the Wehdat office" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var own = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/perpetrators");
        Assert.Equal(["Exploiter", "RecruiterOrIntermediary"], own[0].GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("The agent Abu Khaled in the Wehdat office", own[0].GetProperty("details").GetString());

        var coordinator = await (await app.ApiAsync(Roles.Coordinator)).GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/perpetrators");
        Assert.Equal(2, coordinator[0].GetProperty("roles").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, coordinator[0].GetProperty("details").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Police)).GetAsync($"/api/v1/cases/{id}/perpetrators")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Researcher)).GetAsync($"/api/v1/cases/{id}/perpetrators")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Coordinator)).PostAsJsonAsync($"/api/v1/cases/{id}/perpetrators", new { roles = new[] { "Other" } })).StatusCode);

        var sealedDetails = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Perpetrators.Select(p => p.SealedDetails).ToListAsync());
        Assert.All(sealedDetails.OfType<byte[]>(), bytes => Assert.Equal(-1, bytes.AsSpan().IndexOf("Khaled"u8)));
    }

    [Fact]
    public async Task A_perpetrator_without_a_known_role_is_refused_naming_the_field_and_nothing_is_saved()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = await CaseAsync(caseworker);
        var none = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/perpetrators", new { roles = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("roles", (await none.Content.ReadAsStringAsync()).ToLowerInvariant());
        var unknown = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/perpetrators", new { roles = new[] { "Boss" }, nationality = "XX" });
        var problem = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("Boss", problem);
        Assert.Contains("ISO 3166", problem);
        Assert.Equal(0, (await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/perpetrators")).GetArrayLength());
    }

    [Fact]
    public async Task The_relationship_to_the_recruiter_is_a_coded_fact_of_the_case_with_its_history()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = await CaseAsync(caseworker);
        var version = (await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("version").GetInt32();
        var saved = await caseworker.PatchAsJsonAsync($"/api/v1/cases/{id}", new { version, recruiterRelationship = new[] { "Family" } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var read = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.Equal("Family", read.GetProperty("recruiterRelationship")[0].GetString());
        Assert.Contains(read.GetProperty("history").EnumerateArray(), h => h.GetProperty("field").GetString() == "recruiterRelationship" && h.GetProperty("to").GetString() == "Family");
        var bad = await caseworker.PatchAsJsonAsync($"/api/v1/cases/{id}", new { version = read.GetProperty("version").GetInt32(), recruiterRelationship = new[] { "Neighbour" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task A_caseworker_edits_the_facts_on_one_form_and_is_told_when_someone_saved_before_her()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = await CaseAsync(caseworker);
        var browser = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        var page = $"/Cases/Edit/{id}";
        var form = await browser.GetPageAsync(page);
        var version = System.Text.RegularExpressions.Regex.Match(form, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;

        var saved = await browser.SubmitAsync(page, [new("Input.Version", version), new("Input.TraffickingStatus", "actual"), new("Input.TraffickingStatusDecidedBy", "police"),
            new("Input.MethodsOfControl", "WithholdsDocuments"), new("Input.MethodsOfControl", "DebtBondage"), new("Input.LabourExploitation", "DomesticWork"),
            new("Input.LabourIndustries", "T_ActivitiesOfHouseholdsAsEmployers"), new("Input.RecruiterRelationship", "Friend")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = await browser.GetPageAsync($"/Cases/Details/{id}");
        Assert.Contains("Friend or acquaintance", details);
        var read = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.Equal(["DebtBondage", "WithholdsDocuments"], read.GetProperty("methodsOfControl").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("actual", read.GetProperty("traffickingStatus").GetString());

        // Unticking every method of control clears them; a stale version is refused with a message.
        var cleared = await browser.SubmitAsync(page, [new("Input.Version", read.GetProperty("version").GetInt32().ToString()), new("Input.TraffickingStatus", "actual"), new("Input.TraffickingStatusDecidedBy", "police")]);
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal(0, (await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("methodsOfControl").GetArrayLength());
        var stale = await browser.SubmitAsync(page, [new("Input.Version", version), new("Input.LabourExploitation", "Construction")]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("alert-danger", await stale.Content.ReadAsStringAsync());
        Assert.Equal(0, (await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("labourExploitation").GetArrayLength());
    }

    [Fact]
    public async Task A_caseworker_records_a_perpetrator_from_the_case_page_in_arabic()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = await CaseAsync(caseworker);
        // A caseworker of the same shelter who works in Arabic (her profile language, as the language menu sets it).
        var (_, email) = await app.NewUserAsync(Roles.Caseworker);
        await (await app.SignedInAsync(email)).SubmitAsync("/", new Dictionary<string, string> { ["language"] = "ar", ["returnUrl"] = "/" }, "/Account/Language");
        var browser = await app.SignedInAsync(email);
        var page = $"/Cases/Details/{id}";
        var added = await browser.SubmitAsync(page, [new("Perpetrator.Roles", "Smuggler"), new("Perpetrator.Nationality", "SY")], page + "?handler=Perpetrator");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("مهرِّب", await browser.GetPageAsync(page));
        var refused = await browser.SubmitAsync(page, [new("Perpetrator.Nationality", "SY")], page + "?handler=Perpetrator");
        Assert.Contains("يُرجى اختيار دور واحد على الأقل.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_case_is_assigned_only_to_an_active_worker_of_its_own_agency()
    {
        var supervisor = await app.ApiAsync(Roles.Supervisor);
        var id = await CaseAsync(supervisor);
        var (worker, _) = await app.NewUserAsync(Roles.Caseworker);
        var (elsewhere, _) = await app.NewUserAsync(Roles.Caseworker, agency: "JO-PSD-AHTU");
        var version = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("version").GetInt32();

        var refused = await supervisor.PatchAsJsonAsync($"/api/v1/cases/{id}", new { version, assignedWorkerId = elsewhere });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("assignedWorkerId", await refused.Content.ReadAsStringAsync());

        var assigned = await supervisor.PatchAsJsonAsync($"/api/v1/cases/{id}", new { version, assignedWorkerId = worker });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var read = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.Equal(worker.ToString(), read.GetProperty("assignedWorkerId").GetString());
        Assert.Contains(read.GetProperty("history").EnumerateArray(), h => h.GetProperty("field").GetString() == "assignedWorkerId");

        var browser = await app.SignedInAsync(Demo.Email(Roles.Supervisor));
        var edit = await browser.GetPageAsync($"/Cases/Edit/{id}");
        Assert.Contains($"value=\"{worker}\" selected", edit);
        Assert.DoesNotContain(elsewhere.ToString(), edit);
    }
}
