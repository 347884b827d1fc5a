using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Agencies;

public sealed class AgencyTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task Any_signed_in_user_lists_agencies_with_the_documented_fields()
    {
        var token = (await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Provider), "--name", "list")).Output.Trim();
        var agencies = await app.NewClient().WithToken(token).GetFromJsonAsync<JsonElement>("/api/v1/agencies");
        var jordan = agencies.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "JO-PSD-AHTU");
        Assert.Equal("police", jordan.GetProperty("kind").GetString());
        Assert.Equal("JO", jordan.GetProperty("country").GetString());
        Assert.True(Guid.TryParse(jordan.GetProperty("id").GetString(), out _));
        Assert.Contains(agencies.EnumerateArray(), a => a.GetProperty("country").GetString() == "BE");
    }

    [Fact]
    public async Task Agency_names_follow_the_callers_language()
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Coordinator));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var agencies = await client.GetFromJsonAsync<JsonElement>("/api/v1/agencies");
        var ministry = agencies.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "JO-MOSD");
        Assert.Equal("وزارة التنمية الاجتماعية", ministry.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Admin_adds_and_edits_an_agency_from_the_pages()
    {
        var admin = await app.SignedInAsync(Demo.Email(Roles.Admin));
        var added = await admin.SubmitAsync("/Agencies/Edit",
            ("Input.Code", "kw-pahw"), ("Input.NameEn", "Public Authority for Manpower"), ("Input.NameFr", "Autorité publique de la main-d'œuvre"),
            ("Input.NameAr", "الهيئة العامة للقوى العاملة"), ("Input.Kind", "labour-inspectorate"), ("Input.Country", "kw"), ("Input.IsActive", "true"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await admin.GetPageAsync("/Agencies");
        Assert.Contains("KW-PAHW", list);

        var all = await admin.GetFromJsonAsync<JsonElement>("/api/v1/agencies");
        var id = all.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "KW-PAHW").GetProperty("id").GetString();
        var edited = await admin.SubmitAsync($"/Agencies/Edit/{id}",
            ("Input.Code", "KW-PAHW"), ("Input.NameEn", "Public Authority for Manpower (PAM)"), ("Input.Kind", "ministry"), ("Input.Country", "KW"), ("Input.IsActive", "false"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var details = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{id}");
        Assert.Equal("ministry", details.GetProperty("kind").GetString());
        Assert.False(details.GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task Bad_agency_input_gets_field_errors_in_the_callers_language_and_keeps_what_was_typed()
    {
        var admin = await app.SignedInAsync(Demo.Email(Roles.Admin));
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var response = await admin.SubmitAsync("/Agencies/Edit",
            ("Input.Code", "bad code!"), ("Input.NameEn", "Kept name"), ("Input.Kind", "ngo"), ("Input.Country", "Jordan"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("value=\"Kept name\"", html);
        Assert.Contains("ISO 3166", html);
        Assert.DoesNotContain("must be a two-letter", html);

        var api = await admin.PostAsJsonAsync("/api/v1/agencies", new { code = "JO-MOSD", nameEn = "Duplicate", kind = "ministry", country = "JO" });
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("JO-MOSD", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_agency_is_404()
    {
        var client = await app.SignedInAsync(Demo.Email(Roles.Viewer));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/agencies/{Guid.NewGuid()}")).StatusCode);
    }
}
