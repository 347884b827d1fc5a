using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Programmes;
using Sanad.Features.ProgrammeFinance;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.ProgrammeFinance;

/// <summary>
/// The programme's two halves wired together: "officials trained" computed from trainings' attendance
/// for the logframe, and the recommendations status of the dialogues in the donor report. Own fixture:
/// only the books' demo is seeded, so every figure below is counted by hand from the rows written here.
/// </summary>
public sealed class ProgrammeWiringTests(SanadApp app) : IClassFixture<SanadApp>, IAsyncLifetime
{
    public async Task InitializeAsync() => await app.ScopedAsync(async sp => { await sp.GetRequiredService<BudgetDemo>().SeedAsync(); return 0; });

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Officials_trained_count_people_present_at_completed_trainings_by_sex_and_country_once_each()
    {
        var (programme, starts) = await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var p = db.Programmes.OrderBy(x => x.StartsOn).First();
            var now = DateTime.UtcNow;
            var org = ProgrammeOrganisation.Register("Ministry of Labour", OrganisationType.Government, "JO", now);
            db.ProgrammeOrganisations.Add(org);
            Participant People(string sex, string country)
            {
                var person = Participant.Register(org.Id, sex, country, false, null, now);
                db.Participants.Add(person);
                return person;
            }
            List<Participant> Many(int n, string sex, string country) => Enumerable.Range(0, n).Select(_ => People(sex, country)).ToList();
            ActivitySession Training(ActivityStatus status, int endsAfter, IEnumerable<Participant> present, IEnumerable<Participant> absentScored)
            {
                var activity = ProgrammeActivity.Plan(p.Id, ActivityKind.Training, $"Training {endsAfter}", "JO", p.StartsOn.AddDays(endsAfter - 2), p.StartsOn.AddDays(endsAfter), now);
                activity.Change(new ActivityChange(activity.Title, "JO", activity.StartsOn, activity.EndsOn, status, null, null, null), now);
                db.ProgrammeActivities.Add(activity);
                var session = ActivitySession.Hold(activity.Id, activity.StartsOn, "Identification", null);
                db.ActivitySessions.Add(session);
                foreach (var person in present)
                {
                    db.Enrolments.Add(Enrolment.Of(activity.Id, person.Id));
                    db.SessionAttendance.Add(SessionAttendance.Of(session.Id, person.Id));
                }
                foreach (var person in absentScored)
                {
                    var enrolment = Enrolment.Of(activity.Id, person.Id);
                    enrolment.Score(40, 70);
                    db.Enrolments.Add(enrolment);
                }
                return session;
            }
            var womenJo = Many(5, "female", "JO");
            var menIq = Many(5, "male", "IQ");
            var menJo = Many(2, "male", "JO");
            var womanIq = Many(1, "female", "IQ");
            // Completed in the period: 5 + 5 + 2 present; one woman scored but never came.
            Training(ActivityStatus.Completed, 60, [.. womenJo, .. menIq, .. menJo], Many(1, "female", "JO"));
            // Completed too: three of the same women again (counted once) and a woman from Iraq.
            Training(ActivityStatus.Completed, 90, [.. womenJo.Take(3), .. womanIq], []);
            // Not counted: a training still ongoing, and one completed after the period.
            Training(ActivityStatus.Ongoing, 80, Many(5, "female", "IQ"), []);
            Training(ActivityStatus.Completed, 400, Many(5, "female", "JO"), []);
            await db.SaveChangesAsync();
            return (p.Id, p.StartsOn);
        });

        var measures = await app.ScopedAsync(async sp =>
        {
            var source = sp.GetServices<IIndicatorSource>().Single(s => s.Code == "officials-trained");
            async Task<IndicatorMeasure> Measure(string sex, string? country) =>
                await source.MeasureAsync(new IndicatorQuery(programme, sex, country, starts, starts.AddDays(180)), CancellationToken.None);
            return new[] { await Measure("all", null), await Measure("female", null), await Measure("male", null), await Measure("male", "IQ"),
                await Measure("female", "IQ"), await Measure("other", null) };
        });
        Assert.Equal(13m, measures[0].Value);
        Assert.Equal(6m, measures[1].Value);
        Assert.Equal(7m, measures[2].Value);
        Assert.Equal(5m, measures[3].Value);
        Assert.True(measures[4].Suppressed);
        Assert.Null(measures[4].Value);
        Assert.Equal(0m, measures[5].Value);

        // The demo's "Women officials trained" indicator is fed by the same source on the logframe.
        var client = await app.ApiAsync(Roles.Programme);
        var logframe = await Json(await client.GetAsync("/api/v1/programme/logframe"));
        var women = logframe.GetProperty("entries").EnumerateArray().SelectMany(e => e.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("code").GetString() == "P4");
        Assert.Equal("officials-trained", women.GetProperty("source").GetString());
        Assert.Equal(6m, women.GetProperty("periods")[0].GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task The_donor_report_gives_the_recommendations_status_counts_and_the_overdue_ones_in_its_language()
    {
        var client = await app.ApiAsync(Roles.Programme);
        var budget = await Json(await client.GetAsync("/api/v1/programme/budget"));
        var (from, to) = (DateOnly.Parse(budget.GetProperty("startsOn").GetString()!), DateOnly.Parse(budget.GetProperty("endsOn").GetString()!));
        var planned = await client.PostAsJsonAsync("/api/v1/programme/activities",
            new { kind = "regional-dialogue", title = "Dialogue on referral", country = "JO", startsOn = from.AddDays(30), endsOn = from.AddDays(31) });
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var dialogue = (await Json(planned)).GetProperty("id").GetString();
        async Task<string> Issue(string english, string french, string country, DateOnly? due)
        {
            var issued = await client.PostAsJsonAsync($"/api/v1/programme/activities/{dialogue}/recommendations", new
            {
                textEnglish = english, textFrench = french, addresseeCountry = country, addresseeInstitution = "Ministry of Labour", priority = "high", dueOn = due,
            });
            Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
            return (await Json(issued)).GetProperty("id").GetString()!;
        }
        async Task Follow(string id, string english, string country, DateOnly? due, string status, string? evidence) =>
            Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/programme/recommendations/{id}", new
            {
                textEnglish = english, addresseeCountry = country, addresseeInstitution = "Ministry of Labour", priority = "high", dueOn = due, status, evidence, version = 0,
            })).StatusCode);
        var pastDue = from.AddDays(100);
        await Issue("Create a hotline.", "Créer une ligne d'urgence.", "LB", pastDue);
        await Follow(await Issue("Train inspectors.", "Former les inspecteurs.", "LB", pastDue), "Train inspectors.", "LB", pastDue, "implemented", "Circular 12/2025");
        await Follow(await Issue("Sign a cooperation agreement.", "Signer un accord.", "IQ", to), "Sign a cooperation agreement.", "IQ", to, "in-progress", null);
        await Issue("Publish statistics.", "Publier des statistiques.", "JO", null);

        var pdf = await client.GetAsync($"/api/v1/programme/reports/donor?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&funder=EU&format=pdf&lang=fr");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var xlsx = await client.GetAsync($"/api/v1/programme/reports/donor?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&funder=EU&format=xlsx&lang=fr");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "État des recommandations")
            .Cast<IDictionary<string, object>>().ToList();
        string? Count(string part, string item) => rows.Single(r => (string)r["Partie"] == part && (string)r["Élément"] == item)["Nombre"]?.ToString();
        Assert.Equal("2", Count("Par statut", "Ouverte"));
        Assert.Equal("1", Count("Par statut", "En cours"));
        Assert.Equal("1", Count("Par statut", "Mise en œuvre"));
        Assert.Equal("2", Count("Par pays destinataire", "LB"));
        Assert.Equal("1", Count("Par pays destinataire", "IQ"));
        Assert.Equal("1", Count("Par pays destinataire", "JO"));
        var overdue = Assert.Single(rows, r => (string)r["Partie"] == "En retard");
        Assert.Equal("Créer une ligne d'urgence.", overdue["Élément"]);
        Assert.Equal(pastDue.ToString("yyyy-MM-dd"), overdue["Échéance"]?.ToString());
        Assert.Equal("Ministry of Labour (LB)", overdue["Destinataire"]);
    }
}
