using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.People;

public sealed class PeopleTests(SanadApp app) : IClassFixture<SanadApp>
{
    private static object Amina(string phone = "+962791234567") => new
    {
        givenName = "Amina", familyName = "Tesfaye", nameArabic = "أمينة تسفاي", sex = "female",
        dateOfBirth = "1996-04-12", nationality = "ET", languages = new[] { "am", "ar" }, phone,
    };

    private static async Task<string> RegisterAsync(HttpClient client, object person)
    {
        var response = await client.PostAsJsonAsync("/api/v1/people", person);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_caseworker_registers_and_reads_a_person_of_her_agency()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = await RegisterAsync(caseworker, Amina());
        var person = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}");
        var identity = person.GetProperty("identity");
        Assert.Equal("Amina", identity.GetProperty("givenName").GetString());
        Assert.Equal("أمينة تسفاي", identity.GetProperty("nameArabic").GetString());
        Assert.Equal("+962791234567", identity.GetProperty("phone").GetString());
        Assert.Equal("female", person.GetProperty("sex").GetString());
        Assert.Equal(1996, person.GetProperty("yearOfBirth").GetInt32());
        Assert.Equal("ET", person.GetProperty("nationality").GetString());
    }

    [Fact]
    public async Task Another_agency_gets_404_the_coordinator_sees_her_pseudonymised_and_admin_is_refused()
    {
        var id = await RegisterAsync(await app.ApiAsync(Roles.Caseworker), Amina());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Police)).GetAsync($"/api/v1/people/{id}")).StatusCode);
        // The provider opens no case file at all: it sees people only through referrals sent to its agency.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Provider)).GetAsync($"/api/v1/people/{id}")).StatusCode);
        var coordinator = await (await app.ApiAsync(Roles.Coordinator)).GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}");
        Assert.Equal(JsonValueKind.Null, coordinator.GetProperty("identity").ValueKind);
        Assert.Equal("ET", coordinator.GetProperty("nationality").GetString());
        foreach (var role in new[] { Roles.Admin, Roles.Researcher, Roles.Programme, Roles.Viewer })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(role)).GetAsync($"/api/v1/people/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Supervisor)).GetAsync($"/api/v1/people/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Every_view_of_a_person_is_audited()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = await RegisterAsync(caseworker, Amina());
        await caseworker.GetAsync($"/api/v1/people/{id}");
        await (await app.ApiAsync(Roles.Coordinator)).GetAsync($"/api/v1/people/{id}");
        var admin = await app.ApiAsync(Roles.Admin);
        var entries = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?action=person.viewed&targetId={id}");
        Assert.Equal(2, entries.GetProperty("total").GetInt32());
        var details = entries.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("detail").GetString()).ToList();
        Assert.Contains("identified", details);
        Assert.Contains("pseudonymised", details);
    }

    [Theory]
    [InlineData("givenName", "أمينة", "Latin letters")]
    [InlineData("nameArabic", "Amina", "Arabic script")]
    [InlineData("dateOfBirth", "12/04/1996", "year-month-day")]
    [InlineData("dateOfBirth", "2999-01-01", "between 1900 and today")]
    [InlineData("nationality", "XX", "ISO 3166")]
    [InlineData("phone", "call me", "international form")]
    [InlineData("sex", "woman", "female, male, other or unknown")]
    public async Task Bad_input_names_the_field_and_saves_nothing(string field, string value, string message)
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var before = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().People.IgnoreQueryFilters().CountAsync());
        var person = JsonSerializer.SerializeToNode(Amina())!.AsObject();
        person[field] = value;
        var response = await caseworker.PostAsJsonAsync("/api/v1/people", person);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(before, await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().People.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Validation_messages_come_in_the_callers_language()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        caseworker.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var response = await caseworker.PostAsJsonAsync("/api/v1/people", new { sex = "female" });
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("givenName")[0].GetString()!;
        Assert.Matches("[\u0600-\u06FF]", message);
    }

    [Fact]
    public async Task The_database_holds_no_name_phone_or_birth_date_in_clear()
    {
        const string given = "Zebenay";
        const string family = "Woldemariam";
        const string arabic = "زبيناي ولدمريم";
        const string phone = "+962795550123";
        await RegisterAsync(await app.ApiAsync(Roles.Caseworker), new
        {
            givenName = given, familyName = family, nameArabic = arabic, sex = "female", dateOfBirth = "1993-07-30", nationality = "ET", phone,
        });
        var secrets = new[] { given, family, "زبيناي", phone, "962795550123", "1993-07-30" };
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(app.Database.DataDirectory, "sanad.db*"))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                foreach (var secret in secrets)
                {
                    Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
                    Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)));
                }
            }
        }
        else
        {
            foreach (var secret in secrets)
            {
                var hits = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Database
                    .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM people WHERE encode(\"SealedIdentity\", 'escape') LIKE {0} OR \"Languages\" LIKE {0}", $"%{secret}%")
                    .SingleAsync());
                Assert.Equal(0, hits);
            }
        }
    }

    [Fact]
    public async Task A_caseworker_registers_a_person_in_arabic_from_the_page_and_sees_her_record()
    {
        var browser = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var bad = await browser.SubmitAsync("/People/Register",
            ("Input.NameArabic", "Amina"), ("Input.Sex", "female"), ("Input.Nationality", "ET"), ("LanguageCodes", "am, ar"));
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("value=\"Amina\"", badHtml);
        Assert.Contains("اكتب هذا الاسم بالحروف العربية فقط", badHtml);

        var saved = await browser.SubmitAsync("/People/Register",
            ("Input.NameArabic", "فاطمة الزهراء"), ("Input.Sex", "female"), ("Input.YearOfBirth", "1999"), ("Input.Nationality", "et"),
            ("LanguageCodes", "am, ar"), ("AliasLines", "Fatuma\nFatima Zahra"),
            ("DocumentType", "passport"), ("DocumentNumber", "EP1234567"), ("DocumentCountry", "ET"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await browser.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("فاطمة الزهراء", page);
        Assert.Contains("Fatuma, Fatima Zahra", page);
        Assert.Contains("جواز سفر EP1234567 ET", page);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page);
        Assert.Contains("فاطمة الزهراء", await browser.GetPageAsync("/People"));

        var coordinator = await app.SignedInAsync(Demo.Email(Roles.Coordinator));
        var pseudonymised = await coordinator.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.DoesNotContain("فاطمة", pseudonymised);
        Assert.Contains("Pseudonymised record", pseudonymised);
    }

    [Fact]
    public async Task Identity_documents_are_sealed_with_the_identity_and_bad_ones_refused()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = await RegisterAsync(caseworker, new
        {
            givenName = "Rosalie", familyName = "Dizon", sex = "female", nationality = "PH",
            documents = new[] { new { type = "passport", number = "P7654321A", country = "PH" } },
        });
        var person = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}");
        var document = person.GetProperty("identity").GetProperty("documents")[0];
        Assert.Equal("P7654321A", document.GetProperty("number").GetString());
        Assert.Equal("passport", document.GetProperty("type").GetString());
        var hits = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().People.IgnoreQueryFilters().Select(p => p.SealedIdentity).ToListAsync());
        Assert.All(hits, bytes => Assert.Equal(-1, bytes.AsSpan().IndexOf("P7654321A"u8)));

        var bad = await caseworker.PostAsJsonAsync("/api/v1/people", new { givenName = "X", sex = "female", documents = new[] { new { type = "visa", number = "", country = "QQ" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(3, (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("documents").GetArrayLength());
    }
}
