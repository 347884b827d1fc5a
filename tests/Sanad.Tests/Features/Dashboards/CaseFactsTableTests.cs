using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Cases;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Dashboards;

/// <summary>
/// The dashboards count from the case facts table; it must stay equal to what the cases, people,
/// exploitation events, identification decisions and services delivered say, through every change
/// to them: opening, editing, events, decisions, services, a merge that moves a case, the seeder's
/// bulk writes. The truth is computed here in C# from the records, not by the SQL that keeps the table.
/// </summary>
public sealed class CaseFactsTableTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task The_facts_follow_every_change_to_a_case_and_its_records()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var survivor = await PersonAsync(caseworker, new { givenName = "Hiwot", familyName = "Tesfaye", sex = "female", yearOfBirth = 2009, nationality = "ER" });
        var duplicate = await PersonAsync(caseworker, new { givenName = "Hiwot", familyName = "Tesfay", sex = "female", nationality = "ET" });
        var caseId = await OpenAsync(caseworker, duplicate);
        var facts = await FactsAsync(caseId);
        Assert.False(facts.Identified);
        Assert.Equal(("ET", 5), (facts.Nationality, facts.AgeBand));
        await AssertFactsMatchAsync();

        var version = (await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}")).GetProperty("version").GetInt32();
        var edited = await caseworker.PatchAsJsonAsync($"/api/v1/cases/{caseId}", new
        {
            version, traffickingStatus = "possible", traffickingStatusDecidedBy = "ngo", methodsOfControl = new[] { "Threats", "DebtBondage" },
            labourExploitation = new[] { "DomesticWork" }, labourIndustries = new[] { "T_ActivitiesOfHouseholdsAsEmployers" },
        });
        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());
        foreach (var (type, country) in new[] { ("recruitment", "ET"), ("exploitation", "SA"), ("exploitation", "JO"), ("exploitation", "SA") })
            Assert.True((await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/events", new { type, country })).IsSuccessStatusCode);
        Assert.True((await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/identification", new { outcome = "not-a-victim", authority = "police", decidedOn = "2026-01-05" })).IsSuccessStatusCode);
        Assert.True((await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/identification", new { outcome = "possible", authority = "ngo", decidedOn = "2026-02-10" })).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/services-delivered", new { serviceType = "medical", startedOn = "2026-03-01", outcome = "ongoing" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/services-delivered", new { serviceType = "shelter", startedOn = "2026-02-20", outcome = "ongoing" })).StatusCode);
        facts = await FactsAsync(caseId);
        Assert.Equal("JO,SA", facts.ExploitationCountries);
        Assert.Equal((new DateOnly(2026, 2, 10), 10), (facts.IdentifiedOn, facts.DaysToAssistance));
        Assert.Equal("DebtBondage,Threats", facts.MethodsOfControl);
        await AssertFactsMatchAsync();

        // The merge moves the case to the surviving record: its citizenship and age band come with it.
        var supervisor = await app.ApiAsync(Roles.Supervisor);
        Assert.Equal(HttpStatusCode.Created, (await supervisor.PostAsJsonAsync($"/api/v1/people/{survivor}/merge", new { duplicateId = duplicate })).StatusCode);
        facts = await FactsAsync(caseId);
        Assert.Equal(("ER", 1), (facts.Nationality, facts.AgeBand));
        await AssertFactsMatchAsync();

        var seeded = await app.CliAsync("seed", "--people", "30");
        Assert.True(seeded.ExitCode == 0, seeded.Error);
        await AssertFactsMatchAsync();
    }

    private static async Task<string> PersonAsync(HttpClient client, object person)
    {
        var registered = await client.PostAsJsonAsync("/api/v1/people", person);
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        return (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<string> OpenAsync(HttpClient client, string personId)
    {
        var opened = await client.PostAsJsonAsync("/api/v1/cases", new { personId });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private Task<CaseFacts> FactsAsync(string caseId) => app.ScopedAsync(sp =>
    {
        var id = new CaseId(Guid.Parse(caseId));
        return sp.GetRequiredService<SanadDb>().CaseFacts.AsNoTracking().SingleAsync(f => f.CaseId == id);
    });

    private async Task AssertFactsMatchAsync()
    {
        var (kept, truth) = await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var kept = (await db.CaseFacts.AsNoTracking().ToListAsync()).Select(f => Line(f.CaseId.Value, f.AgencyId.Value, f.OpenedAt,
                f.OpenedYear, f.Identified, f.Sex.ToString(), f.AgeBand, f.Nationality, f.LabourExploitation, f.SexExploitation, f.LabourIndustries,
                f.MethodsOfControl, f.ExploitationCountries, f.IdentifiedOn, f.DaysToAssistance)).Order().ToList();
            var people = await db.People.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(p => p.Id);
            var places = (await db.TraffickingEvents.AsNoTracking().Where(e => e.Type == TraffickingEventType.Exploitation && e.Country != null).ToListAsync())
                .ToLookup(e => e.CaseId, e => e.Country!);
            var decided = (await db.IdentificationDecisions.AsNoTracking().Where(d => d.Outcome != IdentificationOutcome.NotAVictim).ToListAsync())
                .GroupBy(d => d.CaseId).ToDictionary(g => g.Key, g => g.Min(d => d.DecidedOn));
            var assisted = (await db.ServicesDelivered.AsNoTracking().ToListAsync()).GroupBy(s => s.CaseId).ToDictionary(g => g.Key, g => g.Min(s => s.StartedOn));
            var truth = (await db.Cases.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(c =>
            {
                var p = people[c.PersonId];
                var age = c.OpenedAt.Year - p.YearOfBirth;
                var band = age is null or < 0 ? 5 : age <= 8 ? 0 : age <= 17 ? 1 : age <= 29 ? 2 : age <= 47 ? 3 : 4;
                return Line(c.Id.Value, c.AgencyId.Value, c.OpenedAt, c.OpenedAt.Year,
                    c.TraffickingStatus is TraffickingStatus.Possible or TraffickingStatus.Actual, p.Sex.ToString(), band, p.Nationality,
                    c.LabourExploitation, c.SexExploitation, c.LabourIndustries, c.MethodsOfControl,
                    string.Join(',', places[c.Id].Distinct().Order(StringComparer.Ordinal)),
                    decided.TryGetValue(c.Id, out var on) ? on : null,
                    decided.TryGetValue(c.Id, out var from) && assisted.TryGetValue(c.Id, out var first) ? first.DayNumber - from.DayNumber : null);
            }).Order().ToList();
            return (kept, truth);
        });
        Assert.NotEmpty(truth);
        Assert.Equal(truth, kept);
    }

    private static string Line(params object?[] values) => string.Join('|', values.Select(v => v switch
    {
        DateTime t => t.ToUniversalTime().ToString("O"),
        null => "-",
        _ => v.ToString(),
    }));
}
