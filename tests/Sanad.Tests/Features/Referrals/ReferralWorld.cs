using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Referrals;

/// <summary>
/// A case of the shelter JO-KARAMA (demo caseworker and supervisor) whose person has a known name,
/// phone, address and note, so tests can look for each of them in what a receiver is shown.
/// </summary>
public sealed record ReferredPerson(string CaseId, string PersonId, string GivenName, string Phone, string Address, string Note);

public static class ReferralWorld
{
    public static async Task<Guid> AgencyAsync(this SanadApp app, string code)
    {
        var id = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());
        return id.Value;
    }

    public static async Task<ReferredPerson> ShelterCaseAsync(this SanadApp app)
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var unique = Guid.NewGuid().ToString("N")[..6];
        var given = "Nimali" + unique;
        var phone = "+962790" + Random.Shared.Next(100000, 999999);
        var address = "Jabal Amman street " + unique;
        var note = "Testimony about the recruiter " + unique;
        var person = await caseworker.PostAsJsonAsync("/api/v1/people", new { givenName = given, familyName = "Perera", sex = "female", nationality = "LK", phone, address, dateOfBirth = "1994-03-21" });
        var personId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var opened = await caseworker.PostAsJsonAsync("/api/v1/cases", new { personId });
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var noted = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { text = note });
        noted.EnsureSuccessStatusCode();
        return new ReferredPerson(caseId, personId, given, phone, address, note);
    }

    public static async Task<string> ConsentAsync(this HttpClient client, string caseId, Guid recipient, params string[] scope)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consents", new { purpose = "referral", recipientAgencyId = recipient, scope, method = "written" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<string> ReferAsync(this HttpClient client, string caseId, Guid to, string urgency = "normal", params string[] scope)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", new { toAgencyId = to, reason = "Needs legal counsel for her wage claim", urgency, scope });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
