using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Cases;
using Sanad.Domain.People;
using Sanad.Features.Admin;
using Sanad.Features.Seeding;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.People;

public sealed class DuplicateTests(SanadApp app) : IClassFixture<SanadApp>
{
    private static async Task<string> RegisterAsync(HttpClient client, object person)
    {
        var response = await client.PostAsJsonAsync("/api/v1/people", person);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_person_registered_by_the_police_in_latin_is_found_from_her_arabic_name_at_the_shelter()
    {
        var police = await app.ApiAsync(Roles.Police);
        var fatima = await RegisterAsync(police, new { givenName = "Fatma", familyName = "Abdel-Rahman", sex = "female", yearOfBirth = 1995, nationality = "EG" });
        await RegisterAsync(police, new { givenName = "Grace", familyName = "Wanjiru", sex = "female", yearOfBirth = 1990, nationality = "KE" });

        var shelter = await app.ApiAsync(Roles.Caseworker);
        var response = await shelter.PostAsJsonAsync("/api/v1/people/duplicates", new { name = "فاطمة عبد الرحمن", sex = "female", yearOfBirth = 1995, nationality = "EG" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var candidates = JsonDocument.Parse(body).RootElement.GetProperty("candidates");
        var best = candidates[0];
        Assert.Equal(fatima, best.GetProperty("personId").GetString());
        Assert.InRange(best.GetProperty("score").GetDouble(), 0.8, 1.0);
        Assert.NotEmpty(best.GetProperty("reasons").EnumerateArray());
        Assert.Equal("JO-PSD-AHTU", best.GetProperty("agencyCode").GetString());
        Assert.False(best.GetProperty("sameAgency").GetBoolean());
        Assert.DoesNotContain("Wanjiru", body);
        Assert.DoesNotContain("Fatma", body);
        // Found, but still behind the agency wall.
        Assert.Equal(HttpStatusCode.NotFound, (await shelter.GetAsync($"/api/v1/people/{fatima}")).StatusCode);
    }

    [Fact]
    public async Task Spelling_variants_and_swapped_order_rank_the_same_person_first()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var mohammed = await RegisterAsync(caseworker, new { givenName = "Mohammed", familyName = "Al-Hassan", sex = "male", yearOfBirth = 1988, nationality = "SY" });
        await RegisterAsync(caseworker, new { givenName = "Mahmoud", familyName = "Haddad", sex = "male", yearOfBirth = 1988, nationality = "SY" });
        foreach (var variant in new[] { "Muhammad El Hasan", "Hassan Mohamed", "محمد الحسن" })
        {
            var result = await (await caseworker.PostAsJsonAsync("/api/v1/people/duplicates", new { name = variant, sex = "male", yearOfBirth = 1988 })).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(mohammed, result.GetProperty("candidates")[0].GetProperty("personId").GetString());
        }
    }

    [Fact]
    public async Task Among_hundreds_sharing_each_of_his_names_the_man_sharing_both_is_found_first()
    {
        // More people than the index reads for one name share "Mohammed", as many share "Hassan":
        // only the pair of names can single him out, as in a node of a million people.
        var fillers = Enumerable.Range(0, 700).Select(FillerName).ToList();
        var target = new PersonIdentity("Mohammed", "Hassan", null, [], null, null, null, []);
        var people = fillers.Select(f => Generated(new PersonIdentity("Mohammed", f, null, [], null, null, null, []), 1985))
            .Concat(fillers.Select(f => Generated(new PersonIdentity(f, "Hassan", null, [], null, null, null, []), 1985)))
            .Append(Generated(target, 1955)).ToList();
        await app.ScopedAsync(sp => sp.GetRequiredService<SeedPeople>().WriteAsync(people));
        var expected = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().People.IgnoreQueryFilters()
            .Where(p => p.YearOfBirth == 1955 && p.Nationality == "IQ").Select(p => p.Id.Value).SingleAsync());

        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var found = await (await caseworker.PostAsJsonAsync("/api/v1/people/duplicates", new { name = "Muhammad Hasan", sex = "male", yearOfBirth = 1955 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(expected.ToString(), found.GetProperty("candidates")[0].GetProperty("personId").GetString());
        // The case search reaches him the same way.
        var cases = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases?name={Uri.EscapeDataString("محمد حسن")}&pageSize=100");
        Assert.Contains(cases.GetProperty("items").EnumerateArray(), c => c.GetProperty("personId").GetString() == expected.ToString());
    }

    /// <summary>Invented names with none of the letters of Mohammed or Hassan, so no skeleton meets theirs.</summary>
    private static string FillerName(int i)
    {
        const string consonants = "bdfgklprtvz", vowels = "aeiou";
        var name = new System.Text.StringBuilder();
        for (var n = i + 1000; n > 0; n /= consonants.Length * vowels.Length)
            name.Append(consonants[n % consonants.Length]).Append(vowels[n / consonants.Length % vowels.Length]);
        return char.ToUpperInvariant(name[0]) + name.ToString(1, name.Length - 1);
    }

    [Fact]
    public async Task A_case_search_by_name_finds_her_agency_s_case_among_hundreds_of_namesakes_elsewhere()
    {
        var namesakes = Enumerable.Range(0, 150).Select(_ => Generated(new PersonIdentity("Ruwan", "Perera", null, [], null, null, null, []), 1985, "JO-PSD-AHTU"));
        await app.ScopedAsync(sp => sp.GetRequiredService<SeedPeople>().WriteAsync([.. namesakes, Generated(new PersonIdentity("Ruwan", "Perera", null, [], null, null, null, []), 1955)]));
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var cases = await caseworker.GetFromJsonAsync<JsonElement>("/api/v1/cases?name=Ruwan%20Perera");
        var found = Assert.Single(cases.GetProperty("items").EnumerateArray());
        var karama = app.Scoped(sp => sp.GetRequiredService<SanadDb>().Agencies.Single(a => a.Code == "JO-KARAMA").Id);
        Assert.Equal(karama.Value.ToString(), found.GetProperty("agencyId").GetString());
    }

    private GeneratedPerson Generated(PersonIdentity identity, int birthYear, string agencyCode = "JO-KARAMA")
    {
        var agency = app.Scoped(sp => sp.GetRequiredService<SanadDb>().Agencies.Single(a => a.Code == agencyCode).Id);
        var opened = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        return new GeneratedPerson(agency, new PersonFacts(Sex.Male, birthYear, birthYear == 1955 ? "IQ" : "SY", []), identity,
            new GeneratedCase(opened, opened, new CaseChange(Status: CaseStatus.Active)));
    }

    [Fact]
    public async Task A_name_index_older_than_the_code_is_rebuilt_when_the_node_starts()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var tsion = await RegisterAsync(caseworker, new { givenName = "Tsion", familyName = "Gebremedhin", sex = "female", yearOfBirth = 1993, nationality = "ET" });
        // As a node made before pair keys would have it: her index rows gone, the index one version behind.
        await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            await db.PersonNameKeys.IgnoreQueryFilters().Where(k => k.PersonId == new PersonId(Guid.Parse(tsion))).ExecuteDeleteAsync();
            await db.PersonNames.IgnoreQueryFilters().Where(k => k.PersonId == new PersonId(Guid.Parse(tsion))).ExecuteDeleteAsync();
            return await db.NodeSettings.ExecuteUpdateAsync(s => s.SetProperty(n => n.NameIndexVersion, 1));
        });
        Assert.Empty((await FindAsync(caseworker, "Tsion Gebremedhin")).EnumerateArray());

        await app.ScopedAsync(sp => sp.GetRequiredService<NodeBootstrap>().EnsureReadyAsync().ContinueWith(_ => 0));

        Assert.Equal(tsion, (await FindAsync(caseworker, "Tsion Gebremedhin"))[0].GetProperty("personId").GetString());
        Assert.Equal(NameIndexVersion.Current, await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().NodeSettings.Select(s => s.NameIndexVersion).SingleAsync()));
    }

    private static async Task<JsonElement> FindAsync(HttpClient client, string name) =>
        (await (await client.PostAsJsonAsync("/api/v1/people/duplicates", new { name })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("candidates");

    [Fact]
    public async Task The_index_holds_no_name_and_the_check_is_audited_and_validated()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await RegisterAsync(caseworker, new { givenName = "Tigist", familyName = "Bekele", sex = "female" });
        var stored = await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var keys = await db.PersonNameKeys.IgnoreQueryFilters().Select(k => k.Key).ToListAsync();
            var prints = await db.PersonNames.IgnoreQueryFilters().Select(n => n.Fingerprint).ToListAsync();
            return string.Join("|", keys.Concat(prints));
        });
        Assert.DoesNotContain("tigist", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("bekele", stored, StringComparison.OrdinalIgnoreCase);
        // Nor any of her clear keys: they hold a colon, which the stored hashes never do, so this cannot pass or fail by chance.
        var clearKeys = Sanad.Domain.People.Names.NameKeys.ForName("Tigist Bekele")
            .SelectMany(k => new[] { k.Normalised, k.Phonetic, k.Vowels }.Concat(k.Typo)).OfType<string>();
        Assert.All(clearKeys, key => Assert.DoesNotContain(key, stored, StringComparison.OrdinalIgnoreCase));

        var bad = await caseworker.PostAsJsonAsync("/api/v1/people/duplicates", new { name = "", nationality = "XX" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Researcher)).PostAsJsonAsync("/api/v1/people/duplicates", new { name = "Tigist" })).StatusCode);
        await caseworker.PostAsJsonAsync("/api/v1/people/duplicates", new { name = "Tigest Bekele" });
        var audit = await (await app.ApiAsync(Roles.Admin)).GetFromJsonAsync<JsonElement>("/api/v1/admin/audit?action=person.duplicate-check");
        Assert.True(audit.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task Registration_shows_likely_duplicates_first_and_registers_only_when_confirmed()
    {
        await RegisterAsync(await app.ApiAsync(Roles.Police), new { givenName = "Rahima", familyName = "Begum", sex = "female", yearOfBirth = 1997, nationality = "BD" });
        var browser = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.GivenName", "Raheema"), new("Input.FamilyName", "Begom"), new("Input.Sex", "female"), new("Input.YearOfBirth", "1997"), new("Input.Nationality", "BD"),
        };
        var first = await browser.SubmitAsync("/People/Register", fields);
        var html = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("id=\"likely-duplicates\"", html);
        Assert.Contains("JO-PSD-AHTU", html);
        Assert.DoesNotContain("Rahima", html);

        var confirmed = await browser.SubmitAsync("/People/Register", fields.Append(new("Confirmed", "true")));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }
}
