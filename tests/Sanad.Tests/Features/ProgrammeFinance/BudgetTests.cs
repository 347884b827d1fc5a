using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Domain.Accounts;
using Sanad.Features.ProgrammeFinance;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.ProgrammeFinance;

/// <summary>
/// The programme's books through the API with the demo books seeded: totals against the entered
/// data, exchange rates, the co-financing check, imports all-or-nothing, the donor report, and roles.
/// </summary>
public sealed class BudgetTests(SanadApp app) : IClassFixture<SanadApp>, IAsyncLifetime
{
    public async Task InitializeAsync() => await app.ScopedAsync(async sp => { await sp.GetRequiredService<BudgetDemo>().SeedAsync(); return 0; });

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task The_budget_totals_match_the_lines_and_the_recorded_expenditures()
    {
        var client = await app.ApiAsync(Roles.Programme);
        var budget = await Json(await client.GetAsync("/api/v1/programme/budget"));
        Assert.Equal(1_700_000m, budget.GetProperty("totalBudget").GetDecimal());
        var lines = budget.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(budget.GetProperty("totalBudget").GetDecimal(), lines.Sum(l => l.GetProperty("budget").GetDecimal()));
        Assert.Equal(budget.GetProperty("totalActual").GetDecimal(), lines.Sum(l => l.GetProperty("actual").GetDecimal()));
        var funders = budget.GetProperty("funders").EnumerateArray().ToList();
        Assert.Equal(0.8m, funders.Single(f => f.GetProperty("code").GetString() == "EU").GetProperty("share").GetDecimal());
        Assert.Equal(budget.GetProperty("totalActual").GetDecimal(), funders.Sum(f => f.GetProperty("actual").GetDecimal()));

        // A new expenditure in JOD moves the line's actual by the amount at the month's rate.
        var rate = await client.PostAsJsonAsync("/api/v1/programme/exchange-rates", new { currency = "JOD", effectiveOn = budget.GetProperty("startsOn").GetString(), unitsPerBase = 0.8m });
        Assert.Equal(HttpStatusCode.OK, rate.StatusCode);
        var before = lines.Single(l => l.GetProperty("code").GetString() == "1.1").GetProperty("actual").GetDecimal();
        var spent = await client.PostAsJsonAsync("/api/v1/programme/expenditures",
            new { budgetLine = "1.1", funder = "EU", spentOn = budget.GetProperty("startsOn").GetString(), amount = 1000m, currency = "JOD", description = "Trainer fee" });
        Assert.Equal(HttpStatusCode.Created, spent.StatusCode);
        Assert.Equal(1250m, (await Json(spent)).GetProperty("amountInBudgetCurrency").GetDecimal());
        var after = await Json(await client.GetAsync("/api/v1/programme/budget"));
        Assert.Equal(before + 1250m, after.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "1.1").GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task An_expenditure_without_a_rate_for_its_month_or_outside_the_programme_is_refused()
    {
        var client = await app.ApiAsync(Roles.Programme);
        var budget = await Json(await client.GetAsync("/api/v1/programme/budget"));
        var end = DateOnly.Parse(budget.GetProperty("endsOn").GetString()!);
        var noRate = await client.PostAsJsonAsync("/api/v1/programme/expenditures",
            new { budgetLine = "1.1", funder = "EU", spentOn = end.ToString("yyyy-MM-dd"), amount = 10m, currency = "KWD", description = "Late fee" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noRate.StatusCode);
        Assert.Contains("no exchange rate for KWD", await noRate.Content.ReadAsStringAsync());
        var outside = await client.PostAsJsonAsync("/api/v1/programme/expenditures",
            new { budgetLine = "1.1", funder = "EU", spentOn = end.AddDays(1).ToString("yyyy-MM-dd"), amount = 10m, currency = "EUR", description = "After the end" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Contains("outside the programme", await outside.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_co_financing_check_flags_exactly_the_quarter_the_co_funder_did_not_pay()
    {
        var client = await app.ApiAsync(Roles.Programme);
        var budget = await Json(await client.GetAsync("/api/v1/programme/budget"));
        var start = DateOnly.Parse(budget.GetProperty("startsOn").GetString()!);
        var flagged = budget.GetProperty("coFinancing").EnumerateArray().Where(p => p.GetProperty("flagged").GetBoolean()).ToList();
        var third = start.AddMonths(6);
        var only = Assert.Single(flagged);
        Assert.Equal($"{third.Year} Q{(third.Month - 1) / 3 + 1}", only.GetProperty("label").GetString());
        Assert.Equal(1m, only.GetProperty("shares").EnumerateArray().Single(s => s.GetProperty("funder").GetString() == "EU").GetProperty("share").GetDecimal());
    }

    [Fact]
    public void A_funder_share_within_two_points_passes_and_beyond_is_flagged()
    {
        var programme = Sanad.Domain.Programmes.Programme.Start("P", new(2015, 1, 1), new(2016, 12, 31), ["JO"], "EUR", DateTime.UtcNow);
        var eu = Sanad.Domain.Programmes.FundingSource.Commit(programme.Id, "EU", "EU", 800, 0.8m, DateTime.UtcNow);
        var other = Sanad.Domain.Programmes.FundingSource.Commit(programme.Id, "CO", "Co", 200, 0.2m, DateTime.UtcNow);
        var line = Sanad.Domain.Programmes.BudgetLineId.New();
        ExpenditureTotal T(Sanad.Domain.Programmes.FundingSource f, int month, decimal amount) => new(line, f.Id, true, 2015, month, amount);
        var check = FundingCheck.Run([eu, other], [T(eu, 1, 818), T(other, 2, 182), T(eu, 4, 830), T(other, 5, 170)]);
        Assert.False(check[0].Flagged);
        Assert.True(check[1].Flagged);
    }

    [Fact]
    public async Task An_import_with_bad_lines_records_nothing_and_names_each_line()
    {
        var client = await app.ApiAsync(Roles.Programme);
        var budget = await Json(await client.GetAsync("/api/v1/programme/budget"));
        var start = budget.GetProperty("startsOn").GetString();
        var before = budget.GetProperty("totalActual").GetDecimal();
        var csv = "budget_line,funder,date,amount,currency,description\n" +
                  $"1.1,EU,{start},100.00,EUR,Good line\n" +
                  $"9.9,EU,{start},100.00,EUR,Unknown line\n" +
                  $"1.1,EU,{start},1.234,56,EUR,Comma amount\n" +
                  $"1.1,EU,1990-01-01,100,EUR,Too early\n";
        var refused = await Upload(client, csv, "expenditures.csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var lines = (await Json(refused)).GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("line").GetInt32()).ToList();
        Assert.Equal([3, 4, 5], lines.Distinct().Order().ToList());
        Assert.Equal(before, (await Json(await client.GetAsync("/api/v1/programme/budget"))).GetProperty("totalActual").GetDecimal());

        var wrongColumns = await Upload(client, "line,who,when\n1.1,EU,2015-01-01\n", "x.csv");
        Assert.Contains("Missing columns", await wrongColumns.Content.ReadAsStringAsync());

        var good = await Upload(client, "budget_line,funder,date,amount,currency,description\n" + $"1.1,EU,{start},100.00,EUR,Good line\n", "ok.csv");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(before + 100m, (await Json(await client.GetAsync("/api/v1/programme/budget"))).GetProperty("totalActual").GetDecimal());
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, string csv, string name)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", name } };
        return client.PostAsync("/api/v1/programme/expenditures/import", form);
    }

    [Theory]
    [InlineData("pdf", "%PDF")]
    [InlineData("xlsx", "PK")]
    public async Task The_donor_report_downloads_and_its_workbook_totals_match_the_books(string format, string magic)
    {
        var client = await app.ApiAsync(Roles.Programme);
        var budget = await Json(await client.GetAsync("/api/v1/programme/budget"));
        var (from, to) = (budget.GetProperty("startsOn").GetString(), budget.GetProperty("endsOn").GetString());
        var report = await client.GetAsync($"/api/v1/programme/reports/donor?from={from}&to={to}&funder=EU&format={format}&lang=fr");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var bytes = await report.Content.ReadAsByteArrayAsync();
        Assert.Equal(magic, Encoding.ASCII.GetString(bytes, 0, magic.Length));
        if (format != "xlsx") return;
        var books = await Json(await client.GetAsync($"/api/v1/programme/budget?to={to}"));
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(bytes));
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "Budget et dépenses réelles").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains("Contrôle du cofinancement", sheets);
        Assert.Equal(books.GetProperty("totalActual").GetDecimal(), rows.Sum(r => Convert.ToDecimal(r["Dépensé à ce jour"])), 2);
    }

    [Fact]
    public async Task Only_the_programme_role_reaches_the_books_and_the_viewer_reads_published_reports_only()
    {
        foreach (var role in Roles.All)
        {
            var client = await app.ApiAsync(role);
            var budget = await client.GetAsync("/api/v1/programme/budget");
            Assert.True((role == Roles.Programme ? HttpStatusCode.OK : HttpStatusCode.Forbidden) == budget.StatusCode, $"{role} budget: {budget.StatusCode}");
            var published = await client.GetAsync("/api/v1/programme/reports");
            Assert.True((role is Roles.Programme or Roles.Viewer ? HttpStatusCode.OK : HttpStatusCode.Forbidden) == published.StatusCode, $"{role} reports: {published.StatusCode}");
            var post = await client.PostAsJsonAsync("/api/v1/programme/expenditures", new { });
            Assert.True(role == Roles.Programme ? post.StatusCode == HttpStatusCode.BadRequest : post.StatusCode == HttpStatusCode.Forbidden, $"{role} post: {post.StatusCode}");
        }
        var programme = await app.ApiAsync(Roles.Programme);
        var budgetView = await Json(await programme.GetAsync("/api/v1/programme/budget"));
        var publish = await programme.PostAsync($"/api/v1/programme/reports/donor/publish?from={budgetView.GetProperty("startsOn").GetString()}&to={budgetView.GetProperty("endsOn").GetString()}&funder=EU&lang=en", null);
        Assert.Equal(HttpStatusCode.Created, publish.StatusCode);
        var id = (await Json(publish)).GetProperty("id").GetString();
        var viewer = await app.ApiAsync(Roles.Viewer);
        var pdf = await viewer.GetAsync($"/api/v1/programme/reports/{id}?format=pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/v1/programme/reports/donor?from=2025-01-01&to=2025-12-31&funder=EU")).StatusCode);
    }

    [Fact]
    public async Task No_programme_endpoint_carries_a_case_or_a_person()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var person = await caseworker.PostAsJsonAsync("/api/v1/people", new { givenName = "Zanele", familyName = "Okonkwo", sex = "female", nationality = "NG" });
        var personId = (await Json(person)).GetProperty("id").GetString()!;
        var opened = await Json(await caseworker.PostAsJsonAsync("/api/v1/cases", new { personId }));
        var reference = opened.GetProperty("reference").GetString()!;
        var client = await app.ApiAsync(Roles.Programme);
        foreach (var path in new[] { "/api/v1/programme/budget", "/api/v1/programme/expenditures", "/api/v1/programme/exchange-rates", "/api/v1/programme/logframe", "/api/v1/programme/reports" })
        {
            var body = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Zanele", body);
            Assert.DoesNotContain(reference, body);
            Assert.DoesNotContain(personId, body);
            Assert.DoesNotContain(opened.GetProperty("id").GetString()!, body);
        }
    }
}
