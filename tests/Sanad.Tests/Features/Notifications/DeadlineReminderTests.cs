using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Domain.Accounts;
using Sanad.Features.Notifications;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Notifications;

/// <summary>The node's deadline scan reminds the people who answer for a deadline, once a day, without a word about the person.</summary>
public sealed class DeadlineReminderTests(SanadApp app) : IClassFixture<SanadApp>
{
    private static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd");

    private static async Task<string> CaseAsync(HttpClient client, string givenName)
    {
        var person = await client.PostAsJsonAsync("/api/v1/people", new { givenName, familyName = "Haile", sex = "female", nationality = "ET" });
        var personId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var opened = await client.PostAsJsonAsync("/api/v1/cases", new { personId });
        return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<List<JsonElement>> RemindersAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "deadlines-due")];

    [Fact]
    public async Task Who_answers_for_a_due_deadline_is_reminded_once_a_day_with_a_link_to_the_work_list_only()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var me = (await caseworker.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetString();
        // A follow-up due tomorrow on her own case (who opens a case is assigned to it); a reflection
        // period ending in three days on a case of the shelter nobody is assigned to (a seeded one).
        var followed = await CaseAsync(caseworker, "Almaz");
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{followed}/follow-ups",
            new { dueOn = Day(1), what = "Call Almaz about the clinic", assignedTo = me })).StatusCode);
        Assert.Equal(0, (await app.CliAsync("seed", "--people", "1", "--agency", "JO-KARAMA")).ExitCode);
        var reflecting = await app.ScopedAsync(sp => sp.GetRequiredService<Sanad.Data.SanadDb>().Cases.IgnoreQueryFilters()
            .Where(c => c.AssignedWorkerId == null).Select(c => c.Id.Value.ToString()).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PutAsJsonAsync($"/api/v1/cases/{reflecting}/legal/reflection-period",
            new { startsOn = Day(-40), endsOn = Day(3) })).StatusCode);
        // Far ahead: not due.
        var later = await CaseAsync(caseworker, "Hirut");
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{later}/follow-ups", new { dueOn = Day(30), what = "Check the return", assignedTo = me });

        var scan = await app.ScopedAsync(sp => sp.GetRequiredService<RemindDueDeadlines>().RunAsync());
        Assert.Equal(2, scan.Holders);

        var reminders = await RemindersAsync(caseworker);
        var reminder = Assert.Single(reminders);
        Assert.Equal("/", reminder.GetProperty("link").GetString());
        Assert.DoesNotContain("Almaz", reminder.GetRawText());
        // The shelter's supervisor answers for the unassigned case; the police, with nothing due, hears nothing.
        Assert.Single(await RemindersAsync(await app.ApiAsync(Roles.Supervisor)));
        Assert.Empty(await RemindersAsync(await app.ApiAsync(Roles.Police)));

        // The watch runs every hour: nobody is reminded twice the same day.
        var again = await app.ScopedAsync(sp => sp.GetRequiredService<RemindDueDeadlines>().RunAsync());
        Assert.Equal(0, again.Reminded);
        Assert.Single(await RemindersAsync(caseworker));
    }

    [Fact]
    public async Task An_operator_runs_the_scan_from_the_command_line_and_is_told_what_it_found_and_how_long_it_took()
    {
        var run = await app.CliAsync("deadlines", "remind", "--repeat", "2");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(run.Output, @"Deadline scan: [\d,]+ holder\(s\) of due deadlines, [\d,]+ person\(s\) reminded, in \d+ ms\.").Count);
        var refused = await app.CliAsync("deadlines", "remind", "--repeat", "11");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--repeat must be between 1 and 10", refused.Error);
    }
}
