using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Referrals;

/// <summary>A node whose clock the test moves: the deadline watch runs on it.</summary>
public sealed class ClockedSanadApp : SanadApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["Referrals:ScanEvery"] = "00:01:00",
        // Small batches, so a backlog takes several scans in a row.
        ["Referrals:ScanBatch"] = "2",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Unanswered referrals expire at their deadline and escalate, without waiting real time.</summary>
public sealed class ReferralExpiryTests(ClockedSanadApp app) : IClassFixture<ClockedSanadApp>
{
    private async Task<(HttpClient Sender, string Referral)> SendAsync(string urgency)
    {
        var person = await app.ShelterCaseAsync();
        var sender = await app.ApiAsync(Roles.Caseworker);
        var legalAid = await app.AgencyAsync("JO-LEGAL-AID");
        await sender.ConsentAsync(person.CaseId, legalAid, "operational");
        return (sender, await sender.ReferAsync(person.CaseId, legalAid, urgency, "operational"));
    }

    private static async Task<string> StateAsync(HttpClient client, string referral) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{referral}")).GetProperty("state").GetString()!;

    /// <summary>The watch runs on its own; give it a moment of real time to finish a scan after the clock moved.</summary>
    private static async Task<string> EventuallyAsync(Func<Task<string>> read, string wanted)
    {
        var state = "";
        for (var i = 0; i < 100 && state != wanted; i++)
        {
            state = await read();
            if (state != wanted) await Task.Delay(100);
        }
        return state;
    }

    [Fact]
    public async Task An_unanswered_urgent_referral_expires_after_24_hours_and_escalates_to_supervisor_and_coordinator()
    {
        var (sender, urgent) = await SendAsync("urgent");
        var (_, normal) = await SendAsync("normal");
        var due = (await sender.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{urgent}")).GetProperty("answerDueAt").GetDateTime();
        Assert.InRange(due - app.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromHours(24) - TimeSpan.FromSeconds(5), TimeSpan.FromHours(24));

        app.Clock.Advance(TimeSpan.FromHours(23));
        await Task.Delay(300);
        Assert.Equal("sent", await StateAsync(sender, urgent));

        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal("expired", await EventuallyAsync(() => StateAsync(sender, urgent), "expired"));
        Assert.Equal("sent", await StateAsync(sender, normal));

        foreach (var role in new[] { Roles.Supervisor, Roles.Coordinator })
        {
            var notifications = await (await app.ApiAsync(role)).GetStringAsync("/api/v1/notifications");
            Assert.Contains("referral-overdue", notifications);
            Assert.Contains($"/Referrals/Details/{urgent}", notifications);
        }
        var last = (await sender.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{urgent}")).GetProperty("history").EnumerateArray().Last();
        Assert.Equal("expired", last.GetProperty("to").GetString());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("by").ValueKind);

        // An answer to an expired referral gets a defined refusal.
        var late = await (await app.ApiAsync(Roles.Provider)).PostAsJsonAsync($"/api/v1/referrals/{urgent}/accept", new { });
        Assert.Equal(System.Net.HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("This referral expired unanswered; the sender must send it again.", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_backlog_of_deadlines_missed_while_the_node_was_stopped_is_caught_up_batch_after_batch()
    {
        var sent = new List<(HttpClient Sender, string Referral)>();
        for (var i = 0; i < 5; i++) sent.Add(await SendAsync("normal"));
        // As if the node had been down for a week: five overdue referrals, batches of two.
        app.Clock.Advance(TimeSpan.FromDays(7));
        foreach (var (sender, referral) in sent)
            Assert.Equal("expired", await EventuallyAsync(() => StateAsync(sender, referral), "expired"));
    }
}
