using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Referrals;
using Sanad.Tests.Features.Assistance;
using Sanad.Tests.Features.Referrals;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.WorkLists;

/// <summary>
/// One node's worth of work, built once per test class through the API on the stopped clock of
/// <see cref="FixedClockApp"/>: for each list, items that belong on the demo caseworker's list and
/// items that must not (another worker's, another agency's, done, not yet due, answered). Every
/// person carries a <see cref="Names"/> entry, so a test can check none of them reaches a list.
/// </summary>
public sealed class WorkListWorld
{
    private static readonly ConditionalWeakTable<SanadApp, Task<WorkListWorld>> Built = new();

    public static Task<WorkListWorld> OfAsync(SanadApp app) => Built.GetValue(app, a => new WorkListWorld().BuildAsync(a));

    public List<string> Names { get; } = [];
    public Dictionary<string, string> Cases { get; } = [];
    public Dictionary<string, string> References { get; } = [];
    public Dictionary<string, string> FollowUps { get; } = [];
    public Dictionary<string, string> Referrals { get; } = [];

    private async Task<WorkListWorld> BuildAsync(SanadApp app)
    {
        var today = FixedClockApp.Today;
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var supervisor = await app.ApiAsync(Roles.Supervisor);
        var police = await app.ApiAsync(Roles.Police);
        var provider = await app.ApiAsync(Roles.Provider);
        var (colleagueId, colleagueEmail) = await app.NewUserAsync(Roles.Caseworker, "JO-KARAMA");
        var colleague = app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", colleagueEmail, "--name", "test")).Output.Trim());
        var shelter = await app.AgencyAsync("JO-KARAMA");
        var legalAid = await app.AgencyAsync("JO-LEGAL-AID");

        // Cases are assigned to whoever opens them.
        foreach (var (key, client) in new[] { ("mine1", caseworker), ("mine2", caseworker), ("mineClosed", caseworker), ("colleague", colleague) }
                     .Concat(Enumerable.Range(1, 5).Select(i => ($"police{i}", police))))
            await OpenAsync(client, key);
        var closed = Cases["mineClosed"];
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{closed}/closure", new { reason = "returned-home" })).StatusCode);
        (await supervisor.PostAsync($"/api/v1/cases/{closed}/closure/approve", null)).EnsureSuccessStatusCode();

        await FollowUpAsync(caseworker, "overdue", "mine1", today.AddDays(-2), null);
        await FollowUpAsync(caseworker, "lastDay", "mine1", today.AddDays(7), null);
        await FollowUpAsync(caseworker, "tooLate", "mine2", today.AddDays(8), null);
        await FollowUpAsync(caseworker, "colleagues", "mine2", today.AddDays(1), colleagueId);
        await FollowUpAsync(colleague, "onColleagueCase", "colleague", today, null);
        await FollowUpAsync(caseworker, "done", "mine2", today.AddDays(-1), null);
        (await caseworker.PostAsJsonAsync($"/api/v1/follow-ups/{FollowUps["done"]}/done", new { })).EnsureSuccessStatusCode();

        await ReflectionAsync(caseworker, "mine1", today.AddDays(-40), today.AddDays(3));
        await ReflectionAsync(caseworker, "mine2", today.AddDays(-10), today.AddDays(30));
        await ReflectionAsync(police, "police1", today.AddDays(-44), today.AddDays(1));

        // Incoming to the shelter: waiting with the operational scope, waiting without it (and past due), in progress, declined.
        Referrals["inOperational"] = await ReferAsync(police, "police1", shelter, "operational");
        Referrals["inNoScope"] = await ReferAsync(police, "police2", shelter, "identifying");
        Referrals["inProgress"] = await ReferAsync(police, "police3", shelter, "operational");
        (await caseworker.PostAsJsonAsync($"/api/v1/referrals/{Referrals["inProgress"]}/accept", new { })).EnsureSuccessStatusCode();
        (await caseworker.PostAsJsonAsync($"/api/v1/referrals/{Referrals["inProgress"]}/start", new { })).EnsureSuccessStatusCode();
        Referrals["inDeclined"] = await ReferAsync(police, "police4", shelter, "operational");
        (await caseworker.PostAsJsonAsync($"/api/v1/referrals/{Referrals["inDeclined"]}/decline", new { reason = "No place" })).EnsureSuccessStatusCode();
        Referrals["policeToLegalAid"] = await ReferAsync(police, "police5", legalAid, "operational");
        // Sent by the shelter: one waiting, one the legal aid centre accepted.
        Referrals["outWaiting"] = await ReferAsync(caseworker, "mine1", legalAid, "operational");
        Referrals["outAccepted"] = await ReferAsync(caseworker, "mine2", legalAid, "operational");
        (await provider.PostAsJsonAsync($"/api/v1/referrals/{Referrals["outAccepted"]}/accept", new { })).EnsureSuccessStatusCode();
        await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Referrals.Where(r => r.Id == new ReferralId(Guid.Parse(Referrals["inNoScope"])))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AnswerDueAt, FixedClockApp.Now.UtcDateTime.AddHours(-1))));

        // For the supervisor: a submitted plan, a draft plan, a closure request waiting (and the approved one above).
        var plan = $"/api/v1/cases/{Cases["mine1"]}/plan";
        var goals = new[] { new { text = "Safe room for " + Names[0], area = "shelter" } };
        var v1 = await AssistanceClient.VersionOf(await caseworker.PutAsJsonAsync(plan, new { version = 0, goals }));
        await AssistanceClient.VersionOf(await caseworker.PostAsJsonAsync($"{plan}/submit", new { version = v1 }));
        await AssistanceClient.VersionOf(await caseworker.PutAsJsonAsync($"/api/v1/cases/{Cases["mine2"]}/plan", new { version = 0, goals }));
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{Cases["mine2"]}/closure", new { reason = "lost-contact" })).StatusCode);
        return this;
    }

    private async Task OpenAsync(HttpClient client, string key)
    {
        var given = "Worklist" + key + Guid.NewGuid().ToString("N")[..6];
        Names.Add(given);
        var person = await client.PostAsJsonAsync("/api/v1/people", new { givenName = given, familyName = "Tesfaye", sex = "female", nationality = "ET" });
        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        var personId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var opened = await client.PostAsJsonAsync("/api/v1/cases", new { personId });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var id = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Cases[key] = id;
        References[key] = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("reference").GetString()!;
    }

    private async Task FollowUpAsync(HttpClient client, string key, string caseKey, DateOnly dueOn, Guid? assignedTo)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{Cases[caseKey]}/follow-ups",
            new { dueOn = dueOn.ToString("yyyy-MM-dd"), what = "Call " + Names[0], assignedTo });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        FollowUps[key] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task ReflectionAsync(HttpClient client, string caseKey, DateOnly startsOn, DateOnly endsOn)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/cases/{Cases[caseKey]}/legal/reflection-period",
            new { startsOn = startsOn.ToString("yyyy-MM-dd"), endsOn = endsOn.ToString("yyyy-MM-dd") });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> ReferAsync(HttpClient sender, string caseKey, Guid to, string scope)
    {
        await sender.ConsentAsync(Cases[caseKey], to, scope);
        return await sender.ReferAsync(Cases[caseKey], to, "normal", scope);
    }
}
