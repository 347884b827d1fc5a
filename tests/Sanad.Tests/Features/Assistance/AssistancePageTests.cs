using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Assistance;

public sealed class AssistancePageTests(SanadApp app) : IClassFixture<SanadApp>
{
    private string Day(int offset) =>
        DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).AddDays(offset).ToString("yyyy-MM-dd");

    private async Task<HttpClient> BrowserAsync(string role, string language)
    {
        var (_, email) = await app.NewUserAsync(role);
        var client = app.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var signedIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    [Theory]
    [InlineData("fr", "ltr", "Plan d'assistance", "Suivis", "En retard", "Demander la clôture")]
    [InlineData("ar", "rtl", "خطة المساعدة", "المتابعات", "متأخرة", "طلب الإغلاق")]
    public async Task The_assistance_page_speaks_the_readers_language(string language, string direction, string plan, string followUps, string overdue, string askToClose)
    {
        var id = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await AssistanceClient.VersionOf(await caseworker.PutAsJsonAsync($"/api/v1/cases/{id}/plan", new { version = 0, goals = new[] { new { text = "Find a safe room", area = "shelter" } } }));
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/follow-ups", new { dueOn = Day(-2), what = "Call the clinic" });

        var browser = await BrowserAsync(Roles.Caseworker, language);
        var page = WebUtility.HtmlDecode(await browser.GetPageAsync($"/Cases/Assistance/{id}"));
        Assert.Contains($"<html lang=\"{language}\" dir=\"{direction}\">", page);
        foreach (var text in new[] { plan, followUps, overdue, askToClose, "Find a safe room", "Call the clinic" })
            Assert.Contains(text, page);
        Assert.Contains("follow-up-overdue", page);

        // The case page carries one line: plan state, next follow-up (overdue), and a link here.
        var details = WebUtility.HtmlDecode(await browser.GetPageAsync($"/Cases/Details/{id}"));
        Assert.Contains($"/Cases/Assistance/{id}", details);
        Assert.Contains(language == "fr" ? "Brouillon" : "مسودة", details);
    }

    [Fact]
    public async Task A_plan_and_a_closure_go_through_the_page_forms_to_the_supervisors_approval()
    {
        var id = await app.ShelterCaseAsync();
        var caseworker = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        var supervisor = await app.SignedInAsync(Demo.Email(Roles.Supervisor));
        var path = $"/Cases/Assistance/{id}";

        var saved = await caseworker.SubmitAsync(path, new Dictionary<string, string>
        {
            ["Plan.Version"] = "0", ["Plan.Goals[0].Text"] = "Enrol in a tailoring course", ["Plan.Goals[0].Area"] = "livelihood",
            ["Plan.Goals[0].TargetDate"] = "2027-06-30", ["Plan.Goals[0].Status"] = "open", ["Plan.Goals[1].Text"] = "",
        }, $"{path}?handler=Plan");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.SubmitAsync(path, new Dictionary<string, string> { ["Step.Version"] = "1" }, $"{path}?handler=Submit")).StatusCode);
        // The caseworker's page offers no approval; the supervisor's does.
        Assert.DoesNotContain("approve-plan", await caseworker.GetPageAsync(path));
        Assert.Contains("approve-plan", await supervisor.GetPageAsync(path));
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.SubmitAsync(path, new Dictionary<string, string> { ["Step.Version"] = "2" }, $"{path}?handler=Approve")).StatusCode);

        // A bad closure request comes back with the field's message and nothing saved.
        var bad = await caseworker.SubmitAsync(path, new Dictionary<string, string> { ["Closure.Reason"] = "other", ["Closure.Note"] = "" }, $"{path}?handler=Close");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Say in the note why the case should close.", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.SubmitAsync(path, new Dictionary<string, string> { ["Closure.Reason"] = "assistance-completed" }, $"{path}?handler=Close")).StatusCode);
        Assert.Contains("Closure requested", await caseworker.GetPageAsync($"/Cases/Details/{id}"));
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.SubmitAsync(path, [], $"{path}?handler=ApproveClosure")).StatusCode);

        var api = await app.ApiAsync(Roles.Caseworker);
        var plan = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/plan");
        Assert.Equal("approved", plan.GetProperty("current").GetProperty("state").GetString());
        Assert.Equal("livelihood", plan.GetProperty("current").GetProperty("goals")[0].GetProperty("area").GetString());
        Assert.Equal(1, plan.GetProperty("current").GetProperty("goals").GetArrayLength());
        Assert.Equal("closed", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("status").GetString());
        Assert.Contains("id=\"reopen\"", await supervisor.GetPageAsync(path));
    }

    [Fact]
    public async Task Goals_notes_comments_and_reasons_are_absent_from_the_raw_database_rows()
    {
        var id = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var supervisor = await app.ApiAsync(Roles.Supervisor);
        string[] secrets = ["GOAL-Zubeida", "RETURN-Zubeida", "SERVICE-Zubeida", "FOLLOWUP-Zubeida", "DONE-Zubeida", "CLOSURE-Zubeida", "REFUSAL-Zubeida", "REOPEN-Zubeida"];

        var v1 = await AssistanceClient.VersionOf(await caseworker.PutAsJsonAsync($"/api/v1/cases/{id}/plan", new { version = 0, goals = new[] { new { text = secrets[0], area = "other" } } }));
        var v2 = await AssistanceClient.VersionOf(await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/plan/submit", new { version = v1 }));
        await AssistanceClient.VersionOf(await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/plan/return", new { version = v2, comment = secrets[1] }));
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/services-delivered", new { serviceType = "medical", startedOn = Day(-1), outcome = "completed", endedOn = Day(0), note = secrets[2] });
        var followUp = (await (await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/follow-ups", new { dueOn = Day(1), what = secrets[3] }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await caseworker.PostAsJsonAsync($"/api/v1/follow-ups/{followUp}/done", new { note = secrets[4] });
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "other", note = secrets[5] });
        await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/closure/refuse", new { comment = secrets[6] });
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "assistance-completed" });
        await supervisor.PostAsync($"/api/v1/cases/{id}/closure/approve", null);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/reopen", new { reason = secrets[7] })).StatusCode);

        // Each text reads back for the owning agency…
        var all = string.Join("|", await Task.WhenAll(new[] { "plan", "services-delivered", "follow-ups", "closure" }
            .Select(p => caseworker.GetStringAsync($"/api/v1/cases/{id}/{p}"))));
        Assert.All(secrets, s => Assert.Contains(s, all));

        // …and appears in no row of any table, nor in the audit trail.
        var rows = await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var text = new StringBuilder();
            foreach (var table in new[] { "assistance_plans", "plan_goals", "services_delivered", "follow_ups", "case_closures", "case_reopenings", "case_history", "audit_entries" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM {table}";
                await using DbDataReader reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    for (var i = 0; i < reader.FieldCount; i++)
                        text.Append(reader.IsDBNull(i) ? "" : reader.GetValue(i) is byte[] bytes ? Encoding.UTF8.GetString(bytes) : reader.GetValue(i).ToString()).Append('|');
            }
            return text.ToString();
        });
        Assert.Contains("assistance-completed", rows);
        Assert.All(secrets, s => Assert.DoesNotContain(s, rows));
    }
}
