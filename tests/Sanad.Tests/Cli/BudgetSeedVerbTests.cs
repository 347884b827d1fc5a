using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
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
        var result = await app.CliAsync("seed-programme", "--activities", "12", "--expenditures", "600", "--participants", "300");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Seeded 12 activities, 12 budget lines, 600 expenditures and 300 participants", result.Output);

        var budget = await client.GetFromJsonAsync<JsonElement>("/api/v1/programme/budget");
        var seededLines = budget.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("code").GetString()!.StartsWith("A.")).ToList();
        Assert.Equal(12, seededLines.Count);
        Assert.All(seededLines, l => Assert.True(l.GetProperty("actual").GetDecimal() > 0));
        var expenditures = await client.GetFromJsonAsync<JsonElement>("/api/v1/programme/expenditures");
        Assert.True(expenditures.GetProperty("total").GetInt32() >= 600);
        var currencies = expenditures.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("currency").GetString()).ToHashSet();
        Assert.Contains("EUR", currencies);

        // The trainees: each enrolled in a training, present at a session at least, sealed like any participant.
        var trainees = await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var seeded = await db.ProgrammeOrganisations.Where(o => o.Name.StartsWith("Bench organisation")).Select(o => o.Id).ToListAsync();
            var people = await db.Participants.Where(p => seeded.Contains(p.OrganisationId)).Select(p => p.Id).ToListAsync();
            var enrolled = await db.Enrolments.CountAsync(e => people.Contains(e.ParticipantId));
            var present = await db.SessionAttendance.Where(a => people.Contains(a.ParticipantId)).Select(a => a.ParticipantId).Distinct().CountAsync();
            return (People: people, Enrolled: enrolled, Present: present);
        });
        Assert.Equal(300, trainees.People.Count);
        Assert.Equal(300, trainees.Enrolled);
        Assert.Equal(300, trainees.Present);
        var opened = await client.GetFromJsonAsync<JsonElement>($"/api/v1/programme/participants/{trainees.People[0].Value}");
        Assert.StartsWith("Participant ", opened.GetProperty("name").GetString());

        var report = await client.GetAsync($"/api/v1/programme/reports/donor?from={budget.GetProperty("startsOn").GetString()}&to={budget.GetProperty("endsOn").GetString()}&funder=EU&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);

        var refused = await app.CliAsync("seed-programme", "--activities", "-1");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("--activities must be between", refused.Error);
    }
}
