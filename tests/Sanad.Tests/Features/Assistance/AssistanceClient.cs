using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Assistance;

/// <summary>Small steps the assistance tests share: a case of the demo shelter, a plan's state, an agency's id.</summary>
internal static class AssistanceClient
{
    /// <summary>A person and a case of JO-KARAMA, opened by the demo caseworker; returns the case id.</summary>
    public static async Task<string> ShelterCaseAsync(this SanadApp app)
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var person = await caseworker.PostAsJsonAsync("/api/v1/people", new { givenName = "Amina", familyName = "Yusuf", sex = "female", nationality = "ET" });
        var personId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var opened = await caseworker.PostAsJsonAsync("/api/v1/cases", new { personId });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<int> VersionOf(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
    }

    public static Task<Guid> AgencyIdAsync(this SanadApp app, string code) =>
        app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Agencies.Where(a => a.Code == code).Select(a => a.Id.Value).SingleAsync());

    public static Task<Guid> UserIdAsync(this SanadApp app, string email) =>
        app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>A supervisor of another agency than the shelter: the agency wall must hide the shelter's cases from them.</summary>
    public static async Task<HttpClient> OtherAgencySupervisorAsync(this SanadApp app)
    {
        var (_, email) = await app.NewUserAsync(Roles.Supervisor, "JO-PSD-AHTU");
        return app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", email, "--name", "test")).Output.Trim());
    }
}
