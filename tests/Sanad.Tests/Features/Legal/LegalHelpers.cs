using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Legal;

internal static class LegalHelpers
{
    /// <summary>A new person and case of the shelter JO-KARAMA (where the demo caseworker works); returns the case id.</summary>
    public static async Task<string> OpenShelterCaseAsync(this SanadApp app, string givenName = "Amara")
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var person = await caseworker.PostAsJsonAsync("/api/v1/people", new { givenName, familyName = "Bekele", sex = "female", nationality = "ET" });
        var personId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var opened = await caseworker.PostAsJsonAsync("/api/v1/cases", new { personId });
        return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static string Today(int plusDays = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(plusDays).ToString("yyyy-MM-dd");
}
