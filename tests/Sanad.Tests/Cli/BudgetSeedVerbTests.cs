using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Cli;

/// <summary><c>sanad seed-programme</c>, which the programme benchmark runs: the books it writes add up and the donor report reads them.</summary>
public sealed class BudgetSeedVerbTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task Seeding_adds_activities_with_a_budget_line_each_and_expenditures_the_books_and_the_report_count()
    {
        var client = await app.ApiAsync(Roles.Programme);
        var result = await app.CliAsync("seed-programme", "--activities", "12", "--expenditures", "600");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Seeded 12 activities, 12 budget lines and 600 expenditures", result.Output);

        var budget = await client.GetFromJsonAsync<JsonElement>("/api/v1/programme/budget");
        var seededLines = budget.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("code").GetString()!.StartsWith("A.")).ToList();
        Assert.Equal(12, seededLines.Count);
        Assert.All(seededLines, l => Assert.True(l.GetProperty("actual").GetDecimal() > 0));
        var expenditures = await client.GetFromJsonAsync<JsonElement>("/api/v1/programme/expenditures");
        Assert.True(expenditures.GetProperty("total").GetInt32() >= 600);
        var currencies = expenditures.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("currency").GetString()).ToHashSet();
        Assert.Contains("EUR", currencies);

        var report = await client.GetAsync($"/api/v1/programme/reports/donor?from={budget.GetProperty("startsOn").GetString()}&to={budget.GetProperty("endsOn").GetString()}&funder=EU&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);

        var refused = await app.CliAsync("seed-programme", "--activities", "-1");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("--activities must be between", refused.Error);
    }
}
