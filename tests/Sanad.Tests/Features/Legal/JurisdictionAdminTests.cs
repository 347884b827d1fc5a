using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Legal;

/// <summary>Admins keep the jurisdiction files: versions, history, refusals with the JSON path, and a new version that takes effect at once.</summary>
public sealed class JurisdictionAdminTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task The_shipped_files_are_version_1_and_only_admins_see_them()
    {
        var admin = await app.ApiAsync(Roles.Admin);
        var list = await (await admin.GetAsync("/api/v1/jurisdictions")).JsonAsync();
        var countries = list.EnumerateArray().ToDictionary(j => j.GetProperty("country").GetString()!, j => j.GetProperty("status").GetString());
        Assert.Equal("active", countries["BE"]);
        Assert.Equal("active", countries["JO"]);
        Assert.Equal("draft-for-review", countries["KW"]);
        Assert.Equal(1, (await (await admin.GetAsync("/api/v1/jurisdictions/SA")).JsonAsync()).GetProperty("version").GetInt32());

        foreach (var role in new[] { Roles.Coordinator, Roles.Caseworker, Roles.Researcher })
        {
            var other = await app.ApiAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/v1/jurisdictions")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/v1/jurisdictions/BE")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync("/api/v1/jurisdictions/BE", new { basedOnVersion = 1, rules = new { } })).StatusCode);
        }
    }

    [Fact]
    public async Task A_broken_upload_is_refused_with_each_path_named_and_nothing_saved()
    {
        var admin = await app.ApiAsync(Roles.Admin);
        var rules = await RulesAsync(admin, "LB");
        rules["stages"]![0]!["label"]!.AsObject().Remove("ar");
        rules["referralAnswerDeadlines"]!["urgent"] = "tomorrow";
        var refused = await admin.PutAsJsonAsync("/api/v1/jurisdictions/LB", new { basedOnVersion = 1, rules });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = (await refused.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.stages[0].label.ar", out _));
        Assert.True(errors.TryGetProperty("$.referralAnswerDeadlines.urgent", out _));

        var wrongCountry = await RulesAsync(admin, "LB");
        wrongCountry["country"] = "SY";
        var mismatch = await admin.PutAsJsonAsync("/api/v1/jurisdictions/LB", new { basedOnVersion = 1, rules = wrongCountry });
        Assert.True((await mismatch.JsonAsync()).GetProperty("errors").TryGetProperty("$.country", out _));

        var browser = app.NewClient();
        await browser.SignInAsync(Demo.Email(Roles.Admin));
        var page = await browser.SubmitAsync("/Admin/Jurisdictions?country=LB", [new("Country", "LB"), new("BasedOnVersion", "1"), new("Json", "{ \"country\": \"LB\", \"stages\": [] ")],
            "/Admin/Jurisdictions");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("id=\"jurisdiction-problems\"", await page.Content.ReadAsStringAsync());

        var history = (await (await admin.GetAsync("/api/v1/jurisdictions/LB")).JsonAsync()).GetProperty("history");
        Assert.Equal(1, history.GetArrayLength());
    }

    [Fact]
    public async Task A_save_from_a_stale_version_is_refused()
    {
        var admin = await app.ApiAsync(Roles.Admin);
        var rules = await RulesAsync(admin, "IQ");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/jurisdictions/IQ", new { basedOnVersion = 1, rules })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync("/api/v1/jurisdictions/IQ", new { basedOnVersion = 1, rules })).StatusCode);
    }

    [Fact]
    public async Task A_new_version_takes_effect_at_once_and_the_old_one_stays_in_the_history()
    {
        var admin = await app.ApiAsync(Roles.Admin);
        var rules = await RulesAsync(admin, "JO");
        rules["stages"]![0]!["label"]!["en"] = "First contact and identification";
        rules["reflectionPeriod"] = JsonNode.Parse("""{ "length": "P30D", "startsWhen": { "en": "Referral to Dar Karama", "fr": "Orientation vers Dar Karama", "ar": "الإحالة إلى دار الكرامة" } }""");
        var saved = await admin.PutAsJsonAsync("/api/v1/jurisdictions/JO", new { basedOnVersion = 1, rules });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(2, (await saved.JsonAsync()).GetProperty("version").GetInt32());

        var caseId = await app.OpenShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var found = await (await caseworker.GetAsync($"/api/v1/cases/{caseId}")).JsonAsync();
        Assert.Equal("First contact and identification", found.GetProperty("stageLabel").GetString());
        var period = await caseworker.PutAsJsonAsync($"/api/v1/cases/{caseId}/legal/reflection-period", new { startsOn = "2026-03-01" });
        Assert.Equal("2026-03-30", (await period.JsonAsync()).GetProperty("endsOn").GetString());

        var jo = await (await admin.GetAsync("/api/v1/jurisdictions/JO")).JsonAsync();
        Assert.Equal([2, 1], jo.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("version").GetInt32()));
        var first = await (await admin.GetAsync("/api/v1/jurisdictions/JO?version=1")).JsonAsync();
        Assert.Equal("Identification of potential victims", first.GetProperty("rules").GetProperty("stages")[0].GetProperty("label").GetProperty("en").GetString());
        Assert.False(first.GetProperty("inForce").GetBoolean());
    }

    private static async Task<JsonNode> RulesAsync(HttpClient admin, string country) =>
        JsonNode.Parse((await (await admin.GetAsync($"/api/v1/jurisdictions/{country}")).JsonAsync()).GetProperty("rules").GetRawText())!;
}
