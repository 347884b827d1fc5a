using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Services;

/// <summary>The service directory: searched by every role that refers, changed only by the offering agency's supervisor.</summary>
public sealed class ServiceDirectoryTests(SanadApp app) : IClassFixture<SanadApp>
{
    private static object Shelter(string name, int version = 0) => new
    {
        type = "shelter", name, description = "Beds for women and children", governorate = "Amman", city = "Amman",
        languages = new[] { "ar", "en", "si" }, capacity = 40, available = 6, eligibleSex = "female", minAge = 0, maxAge = 99,
        nationalities = Array.Empty<string>(), openingHours = "24/7",
        focalPoints = new[] { new { name = "Duty officer", phone = "+962 6 000 0000", email = "duty@karama.example" } }, version,
    };

    [Fact]
    public async Task A_supervisor_offers_a_service_every_referring_role_finds_it_by_need_place_and_language()
    {
        var supervisor = await app.ApiAsync(Roles.Supervisor);
        var name = "Karama shelter " + Guid.NewGuid().ToString("N")[..6];
        var created = await supervisor.PostAsJsonAsync("/api/v1/services", Shelter(name));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        foreach (var role in new[] { Roles.Police, Roles.Provider, Roles.Caseworker, Roles.Inspector, Roles.Coordinator })
        {
            var client = await app.ApiAsync(role);
            Assert.Contains(name, await client.GetStringAsync("/api/v1/services?type=shelter&area=amman&language=si"));
            Assert.DoesNotContain(name, await client.GetStringAsync("/api/v1/services?type=shelter&language=tl"));
            Assert.DoesNotContain(name, await client.GetStringAsync("/api/v1/services?type=medical"));
            Assert.DoesNotContain(name, await client.GetStringAsync("/api/v1/services?area=zarqa"));
        }
        foreach (var role in new[] { Roles.Admin, Roles.Researcher, Roles.Programme, Roles.Viewer })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(role)).GetAsync("/api/v1/services")).StatusCode);
        var page = await app.SignedInAsync(Demo.Email(Roles.Police));
        Assert.Contains(name, await page.GetPageAsync("/Services?Type=shelter&Language=si"));
    }

    [Fact]
    public async Task Only_the_owning_supervisor_changes_a_service_and_a_stale_version_is_refused()
    {
        var supervisor = await app.ApiAsync(Roles.Supervisor);
        var created = await (await supervisor.PostAsJsonAsync("/api/v1/services", Shelter("Karama annex"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        var version = created.GetProperty("version").GetInt32();

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Caseworker)).PutAsJsonAsync($"/api/v1/services/{id}", Shelter("Renamed", version))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Coordinator)).PutAsJsonAsync($"/api/v1/services/{id}", Shelter("Renamed", version))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Caseworker)).PostAsJsonAsync("/api/v1/services", Shelter("Not mine"))).StatusCode);
        var (_, otherSupervisor) = await app.NewUserAsync(Roles.Supervisor, "JO-LEGAL-AID");
        var other = app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", otherSupervisor, "--name", "t")).Output.Trim());
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync($"/api/v1/services/{id}", Shelter("Renamed", version))).StatusCode);

        var changed = await supervisor.PutAsJsonAsync($"/api/v1/services/{id}", Shelter("Karama annex (renamed)", version));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var stale = await supervisor.PutAsJsonAsync($"/api/v1/services/{id}", Shelter("Lost change", version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Karama annex (renamed)", await supervisor.GetStringAsync($"/api/v1/services/{id}"));
    }

    [Fact]
    public async Task The_demo_agencies_offer_services_once_even_when_seeded_twice()
    {
        await app.ScopedAsync(sp => sp.GetRequiredService<Sanad.Features.Admin.NodeBootstrap>().SeedDemoAsync(includeCases: false));
        var services = await (await app.ApiAsync(Roles.Police)).GetFromJsonAsync<JsonElement>("/api/v1/services?type=legal-aid");
        var legalAid = Assert.Single(services.EnumerateArray(), s => s.GetProperty("name").GetString() == "Legal counsel and representation");
        Assert.Contains("Legal aid centre", legalAid.GetProperty("agencyName").GetString());
        Assert.Equal("Duty lawyer", legalAid.GetProperty("focalPoints")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_saved()
    {
        var supervisor = await app.ApiAsync(Roles.Supervisor);
        var response = await supervisor.PostAsJsonAsync("/api/v1/services", new { type = "spa", name = "Bad " + Guid.NewGuid(), languages = new[] { "arabic" }, capacity = 2, available = 5 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "type", "languages", "available" }) Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.DoesNotContain("\"Bad ", await supervisor.GetStringAsync("/api/v1/services"));
    }
}
