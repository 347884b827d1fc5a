using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Domain.Accounts;
using Sanad.Features.ProgrammeFinance;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.ProgrammeFinance;

/// <summary>
/// Adding and changing budget lines, funders, logframe entries and indicators through the pages (no
/// JavaScript, antiforgery) and the API: saved values read back, a stale version refused with its
/// message (409 in the API), bad input refused naming the field with nothing saved.
/// </summary>
public sealed class BudgetEditTests(SanadApp app) : IClassFixture<SanadApp>, IAsyncLifetime
{
    public async Task InitializeAsync() => await app.ScopedAsync(async sp => { await sp.GetRequiredService<BudgetDemo>().SeedAsync(); return 0; });

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<JsonElement> BudgetAsync() => await Json(await (await app.ApiAsync(Roles.Programme)).GetAsync("/api/v1/programme/budget"));

    private static JsonElement Line(JsonElement budget, string code) => budget.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == code);

    private async Task<JsonElement> LogframeAsync() => await Json(await (await app.ApiAsync(Roles.Programme)).GetAsync("/api/v1/programme/logframe"));

    private static JsonElement Indicator(JsonElement logframe, string code) => logframe.GetProperty("entries").EnumerateArray()
        .SelectMany(e => e.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("code").GetString() == code);

    [Fact]
    public async Task A_budget_line_is_added_and_changed_on_its_page_and_a_stale_change_is_refused()
    {
        var web = await app.SignedInAsync(Demo.Email(Roles.Programme));
        var added = await web.SubmitAsync("/Programme/Budget/Line",
            ("Input.Code", "8.1"), ("Input.Category", "travel"), ("Input.Description", "Regional dialogue travel"), ("AmountText", "12500,50"), ("Input.Eligible", "true"), ("Input.Eligible", "false"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var line = Line(await BudgetAsync(), "8.1");
        Assert.Equal(12_500.50m, line.GetProperty("budget").GetDecimal());
        Assert.True(line.GetProperty("eligible").GetBoolean());

        var id = line.GetProperty("id").GetString();
        var editPage = await web.GetPageAsync($"/Programme/Budget/Line/{id}");
        Assert.Contains("value=\"12500.5\"", editPage);
        // Unticked, the box sends only the hidden "false" the form renders for it, as a browser does.
        Assert.Contains("name=\"Input.Eligible\" type=\"hidden\" value=\"false\"", editPage);
        var changed = await web.SubmitAsync($"/Programme/Budget/Line/{id}",
            ("Input.Code", "8.1"), ("Input.Category", "services"), ("Input.Description", "Dialogue venue"), ("AmountText", "9000"), ("Input.Eligible", "false"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        line = Line(await BudgetAsync(), "8.1");
        Assert.Equal((9_000m, "services", false), (line.GetProperty("budget").GetDecimal(), line.GetProperty("category").GetString(), line.GetProperty("eligible").GetBoolean()));

        // The same form sent again carries the version it read (0): someone saved since, so it is refused and nothing changes.
        var stale = await web.SubmitAsync($"/Programme/Budget/Line/{id}",
            ("Input.Code", "8.1"), ("Input.Category", "staff"), ("Input.Description", "Lost update"), ("AmountText", "1"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this budget line since you opened it", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        Assert.Equal(9_000m, Line(await BudgetAsync(), "8.1").GetProperty("budget").GetDecimal());
    }

    [Fact]
    public async Task A_budget_line_with_an_unreadable_amount_or_no_category_is_refused_naming_the_field_and_nothing_is_saved()
    {
        var web = await app.SignedInAsync(Demo.Email(Roles.Programme));
        var refused = await web.SubmitAsync("/Programme/Budget/Line",
            ("Input.Code", "7.9"), ("Input.Category", "caviar"), ("Input.Description", "Bad"), ("AmountText", "12 500 EUR"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("The Budgeted amount field must be a number like 1250.50.", page);
        Assert.Contains("Choose a cost category from the list.", page);
        Assert.DoesNotContain((await BudgetAsync()).GetProperty("lines").EnumerateArray(), l => l.GetProperty("code").GetString() == "7.9");
    }

    [Fact]
    public async Task A_line_marked_ineligible_takes_its_costs_out_of_the_co_financing_check()
    {
        var before = await BudgetAsync();
        var line = Line(before, "1.1");
        var spent = line.GetProperty("actual").GetDecimal();
        Assert.True(spent > 0);
        var client = await app.ApiAsync(Roles.Programme);
        var body = new
        {
            code = "1.1", category = line.GetProperty("category").GetString(), description = line.GetProperty("description").GetString(),
            amount = line.GetProperty("budget").GetDecimal(), activityId = line.GetProperty("activityId").GetString(), eligible = false, version = line.GetProperty("version").GetInt32(),
        };
        var changed = await client.PutAsJsonAsync($"/api/v1/programme/budget/lines/{line.GetProperty("id").GetString()}", body);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var after = await BudgetAsync();
        Assert.Equal(before.GetProperty("eligibleActual").GetDecimal() - spent, after.GetProperty("eligibleActual").GetDecimal());
        Assert.Equal(before.GetProperty("totalActual").GetDecimal(), after.GetProperty("totalActual").GetDecimal());

        var stale = await client.PutAsJsonAsync($"/api/v1/programme/budget/lines/{line.GetProperty("id").GetString()}", body with { });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this budget line", await stale.Content.ReadAsStringAsync());
        var renamed = await client.PutAsJsonAsync($"/api/v1/programme/budget/lines/{line.GetProperty("id").GetString()}",
            new { code = "1.1b", category = "staff", description = "x", amount = 1m, eligible = true, version = line.GetProperty("version").GetInt32() + 1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, renamed.StatusCode);
    }

    [Fact]
    public async Task A_funder_is_changed_on_its_page_within_100_percent_of_shares_and_a_stale_api_change_is_409()
    {
        var funder = (await BudgetAsync()).GetProperty("funders").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "EU");
        var id = funder.GetProperty("id").GetString();
        var web = await app.SignedInAsync(Demo.Email(Roles.Programme));
        var tooMuch = await web.SubmitAsync($"/Programme/Budget/Funder/{id}",
            ("Input.Code", "EU"), ("Input.Name", "European Union"), ("CommittedText", "1360000"), ("ShareText", "85"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.OK, tooMuch.StatusCode);
        Assert.Contains("The funders' shares would add up to more than 100 %.", WebUtility.HtmlDecode(await tooMuch.Content.ReadAsStringAsync()));

        var changed = await web.SubmitAsync($"/Programme/Budget/Funder/{id}",
            ("Input.Code", "EU"), ("Input.Name", "European Union (DG NEAR)"), ("CommittedText", "1400000.00"), ("ShareText", "80"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        funder = (await BudgetAsync()).GetProperty("funders").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "EU");
        Assert.Equal((1_400_000m, "European Union (DG NEAR)", 1), (funder.GetProperty("committed").GetDecimal(), funder.GetProperty("name").GetString(), funder.GetProperty("version").GetInt32()));

        var client = await app.ApiAsync(Roles.Programme);
        var stale = await client.PutAsJsonAsync($"/api/v1/programme/budget/funders/{id}", new { code = "EU", name = "EU", committed = 1m, sharePercent = 80m, version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var added = await web.SubmitAsync("/Programme/Budget/Funder", ("Input.Code", "xx"), ("Input.Name", "Too late"), ("CommittedText", "1000"), ("ShareText", "1"));
        Assert.Contains("The funders' shares would add up to more than 100 %.", WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_logframe_entry_is_written_under_its_parent_and_reworded_and_a_wrong_parent_is_refused()
    {
        var web = await app.SignedInAsync(Demo.Email(Roles.Programme));
        var orphan = await web.SubmitAsync("/Programme/Logframe/Entry", ("Input.Level", "output"), ("Input.Code", "1.3.1"), ("Input.Statement", "Shelters are accredited."), ("Input.Parent", "1"));
        Assert.Equal(HttpStatusCode.OK, orphan.StatusCode);
        Assert.Contains("give the number of the entry above", WebUtility.HtmlDecode(await orphan.Content.ReadAsStringAsync()));

        var written = await web.SubmitAsync("/Programme/Logframe/Entry", ("Input.Level", "output"), ("Input.Code", "1.2.2"), ("Input.Statement", "Shelters are accredited."), ("Input.Parent", "1.2"));
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        var entry = (await LogframeAsync()).GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "1.2.2");
        Assert.Equal("1.2", entry.GetProperty("parent").GetString());

        var id = entry.GetProperty("id").GetString();
        var moved = await web.SubmitAsync($"/Programme/Logframe/Entry/{id}", ("Input.Level", "output"), ("Input.Code", "1.2.2"),
            ("Input.Statement", "Shelters meet the national standards."), ("Input.Parent", "1.1"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        entry = (await LogframeAsync()).GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "1.2.2");
        Assert.Equal(("1.1", "Shelters meet the national standards."), (entry.GetProperty("parent").GetString(), entry.GetProperty("statement").GetString()));

        var client = await app.ApiAsync(Roles.Programme);
        var stale = await client.PutAsJsonAsync($"/api/v1/programme/logframe/entries/{id}", new { level = "output", code = "1.2.2", statement = "Lost", parent = "1.2", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this logframe entry", await stale.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_indicator_is_defined_with_targets_per_period_and_its_periods_revised_keeping_entered_actuals()
    {
        var web = await app.SignedInAsync(Demo.Email(Roles.Programme));
        var defined = await web.SubmitAsync("/Programme/Logframe/Indicator",
            ("Input.Entry", "1.2.1"), ("Input.Code", "P9"), ("Input.Name", "Hotline calls answered"), ("Input.Unit", "calls"), ("BaselineText", "120"),
            ("Input.Source", "entered"), ("Rows[0].StartsOn", "2026-01-01"), ("Rows[0].EndsOn", "2026-06-30"), ("Rows[0].Target", "300"),
            ("Rows[1].StartsOn", "2026-07-01"), ("Rows[1].EndsOn", "2026-12-31"), ("Rows[1].Target", "400"),
            ("Rows[2].StartsOn", ""), ("Rows[2].EndsOn", ""), ("Rows[2].Target", ""));
        Assert.Equal(HttpStatusCode.Redirect, defined.StatusCode);
        var indicator = Indicator(await LogframeAsync(), "P9");
        Assert.Equal([300m, 400m], indicator.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("target").GetDecimal()).ToList());
        Assert.Equal(120m, indicator.GetProperty("baseline").GetDecimal());

        var id = indicator.GetProperty("id").GetString();
        var client = await app.ApiAsync(Roles.Programme);
        var actual = await client.PutAsJsonAsync($"/api/v1/programme/indicators/{id}/actual", new { periodStartsOn = "2026-01-01", actual = 280m, version = 0 });
        Assert.Equal(HttpStatusCode.OK, actual.StatusCode);

        // The first period has an actual: leaving it out is refused, and nothing else of the change is saved.
        var dropped = await web.SubmitAsync($"/Programme/Logframe/Indicator/{id}",
            ("Input.Entry", "1.2.1"), ("Input.Code", "P9"), ("Input.Name", "Renamed"), ("Input.Unit", "calls"), ("BaselineText", "120"), ("Input.Source", "entered"),
            ("Rows[0].StartsOn", "2026-07-01"), ("Rows[0].EndsOn", "2026-12-31"), ("Rows[0].Target", "400"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.OK, dropped.StatusCode);
        Assert.Contains("has an actual entered: keep its target", WebUtility.HtmlDecode(await dropped.Content.ReadAsStringAsync()));
        Assert.Equal("Hotline calls answered", Indicator(await LogframeAsync(), "P9").GetProperty("name").GetString());

        var revised = await web.SubmitAsync($"/Programme/Logframe/Indicator/{id}",
            ("Input.Entry", "1.2.1"), ("Input.Code", "P9"), ("Input.Name", "Hotline calls answered"), ("Input.Unit", "calls"), ("BaselineText", "150"), ("Input.Source", "entered"),
            ("Rows[0].StartsOn", "2026-01-01"), ("Rows[0].EndsOn", "2026-06-30"), ("Rows[0].Target", "350"),
            ("Rows[1].StartsOn", "2027-01-01"), ("Rows[1].EndsOn", "2027-06-30"), ("Rows[1].Target", "500"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        indicator = Indicator(await LogframeAsync(), "P9");
        var periods = indicator.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(["2026-01-01", "2027-01-01"], periods.Select(p => p.GetProperty("startsOn").GetString()).ToList());
        Assert.Equal((350m, 280m), (periods[0].GetProperty("target").GetDecimal(), periods[0].GetProperty("actual").GetDecimal()));
        Assert.Equal(150m, indicator.GetProperty("baseline").GetDecimal());

        var stale = await client.PutAsJsonAsync($"/api/v1/programme/indicators/{id}", new
        {
            entry = "1.2.1", code = "P9", name = "Lost", unit = "calls", baseline = 0m, source = "entered", version = 0,
            targets = new[] { new { startsOn = "2026-01-01", endsOn = "2026-06-30", target = 1m } },
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var halfRow = await web.SubmitAsync($"/Programme/Logframe/Indicator/{id}",
            ("Input.Entry", "1.2.1"), ("Input.Code", "P9"), ("Input.Name", "x"), ("Input.Unit", "calls"), ("BaselineText", "abc"), ("Input.Source", "entered"),
            ("Rows[0].StartsOn", "2026-01-01"), ("Rows[0].Target", "350"), ("Input.Version", "1"));
        var page = WebUtility.HtmlDecode(await halfRow.Content.ReadAsStringAsync());
        Assert.Contains("Each period needs a start, an end and a target.", page);
        Assert.Contains("The Baseline field must be a number like 1250.50.", page);
    }

    [Fact]
    public async Task Only_the_programme_role_changes_the_books_and_opens_their_forms()
    {
        var any = Guid.CreateVersion7();
        foreach (var role in Roles.All)
        {
            var client = await app.ApiAsync(role);
            foreach (var path in new[] { $"/api/v1/programme/budget/lines/{any}", $"/api/v1/programme/budget/funders/{any}", $"/api/v1/programme/logframe/entries/{any}", $"/api/v1/programme/indicators/{any}" })
            {
                var put = await client.PutAsJsonAsync(path, new { });
                Assert.True(role == Roles.Programme ? put.StatusCode == HttpStatusCode.BadRequest : put.StatusCode == HttpStatusCode.Forbidden, $"{role} PUT {path}: {put.StatusCode}");
            }
        }
        var viewer = await app.SignedInAsync(Demo.Email(Roles.Viewer));
        foreach (var page in new[] { "/Programme/Budget/Line", "/Programme/Budget/Funder", "/Programme/Logframe/Entry", "/Programme/Logframe/Indicator" })
        {
            var response = await viewer.GetAsync(page);
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("AccessDenied", response.Headers.Location?.OriginalString ?? response.StatusCode.ToString());
        }
    }
}
