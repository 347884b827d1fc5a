using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Referrals;

/// <summary>The referral state machine through the API, including two people acting at the same moment.</summary>
public sealed class ReferralStateTests(SanadApp app) : IClassFixture<SanadApp>
{
    private async Task<(HttpClient Sender, HttpClient Receiver, string Referral)> SentAsync()
    {
        var person = await app.ShelterCaseAsync();
        var sender = await app.ApiAsync(Roles.Caseworker);
        var legalAid = await app.AgencyAsync("JO-LEGAL-AID");
        await sender.ConsentAsync(person.CaseId, legalAid, "operational");
        return (sender, await app.ApiAsync(Roles.Provider), await sender.ReferAsync(person.CaseId, legalAid, "normal", "operational"));
    }

    private static async Task<(HttpStatusCode Status, string Text)> ActAsync(HttpClient client, string referral, string action, string? reason = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/referrals/{referral}/{action}", new { reason });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body.TryGetProperty("detail", out var d) ? d.GetString()! : body.GetProperty("state").GetString()!);
    }

    private static async Task<JsonElement> ReadAsync(HttpClient client, string referral) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{referral}");

    [Fact]
    public async Task A_referral_goes_sent_accepted_in_progress_completed_with_every_step_in_its_history()
    {
        var (sender, receiver, referral) = await SentAsync();
        Assert.Equal((HttpStatusCode.Conflict, "Accept the referral before starting the work."), await ActAsync(receiver, referral, "start"));
        Assert.Equal((HttpStatusCode.OK, "accepted"), await ActAsync(receiver, referral, "accept"));
        Assert.Equal((HttpStatusCode.OK, "in-progress"), await ActAsync(receiver, referral, "start"));
        Assert.Equal((HttpStatusCode.OK, "completed"), await ActAsync(receiver, referral, "complete", "Counsel assigned"));
        var view = await ReadAsync(sender, referral);
        Assert.Equal("completed", view.GetProperty("state").GetString());
        var steps = view.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()).ToList();
        Assert.Equal(["sent", "accepted", "in-progress", "completed"], steps);
        Assert.Equal("Counsel assigned", view.GetProperty("history")[3].GetProperty("reason").GetString());
        Assert.All(view.GetProperty("history").EnumerateArray(), h => Assert.NotEqual(JsonValueKind.Null, h.GetProperty("by").ValueKind));
        Assert.Equal((HttpStatusCode.Conflict, "This referral is completed; it is closed."), await ActAsync(sender, referral, "cancel"));
    }

    [Fact]
    public async Task Accepting_twice_is_refused_and_declining_needs_a_reason()
    {
        var (_, receiver, referral) = await SentAsync();
        var refused = await receiver.PostAsJsonAsync($"/api/v1/referrals/{referral}/decline", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal((HttpStatusCode.OK, "accepted"), await ActAsync(receiver, referral, "accept"));
        Assert.Equal((HttpStatusCode.Conflict, "This referral is already accepted."), await ActAsync(receiver, referral, "accept"));
        Assert.Equal((HttpStatusCode.Conflict, "This referral is already accepted; it can no longer be declined."), await ActAsync(receiver, referral, "decline", "Full"));
    }

    [Fact]
    public async Task A_declined_referral_keeps_its_reason_and_a_cancelled_one_cannot_be_answered()
    {
        var (sender, receiver, declined) = await SentAsync();
        Assert.Equal((HttpStatusCode.OK, "declined"), await ActAsync(receiver, declined, "decline", "No lawyer speaks Sinhala this month"));
        Assert.Contains("No lawyer speaks Sinhala this month", (await ReadAsync(sender, declined)).GetProperty("history").ToString());

        var (sender2, receiver2, cancelled) = await SentAsync();
        Assert.Equal((HttpStatusCode.OK, "cancelled"), await ActAsync(sender2, cancelled, "cancel"));
        Assert.Equal((HttpStatusCode.Conflict, "The sender cancelled this referral; it can no longer be answered."), await ActAsync(receiver2, cancelled, "accept"));
        // A cancelled referral shows the receiver no more case data.
        Assert.Equal(JsonValueKind.Null, (await ReadAsync(receiver2, cancelled)).GetProperty("case").ValueKind);
    }

    [Fact]
    public async Task Accept_racing_cancel_ends_cancelled_with_every_success_in_the_history_and_a_refused_accept_told_why()
    {
        for (var round = 0; round < 5; round++)
        {
            var (sender, receiver, referral) = await SentAsync();
            var results = await Task.WhenAll(ActAsync(receiver, referral, "accept"), ActAsync(sender, referral, "cancel"));
            var (accepted, cancelled) = (results[0], results[1]);
            // The sender may cancel an accepted referral too, so cancel always wins in the end; accept wins only if it came first.
            Assert.Equal((HttpStatusCode.OK, "cancelled"), cancelled);
            if (accepted.Status != HttpStatusCode.OK)
                Assert.Equal((HttpStatusCode.Conflict, "The sender cancelled this referral; it can no longer be answered."), accepted);
            var view = await ReadAsync(sender, referral);
            Assert.Equal("cancelled", view.GetProperty("state").GetString());
            var steps = view.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()).ToList();
            Assert.Equal(accepted.Status == HttpStatusCode.OK ? ["sent", "accepted", "cancelled"] : ["sent", "cancelled"], steps);
        }
    }

    [Fact]
    public async Task Two_receivers_accepting_at_once_make_one_acceptance()
    {
        var (sender, receiver, referral) = await SentAsync();
        var results = await Task.WhenAll(ActAsync(receiver, referral, "accept"), ActAsync(await app.ApiAsync(Roles.Provider), referral, "accept"));
        Assert.Single(results, r => r.Status == HttpStatusCode.OK);
        Assert.Single(results, r => r == (HttpStatusCode.Conflict, "This referral is already accepted."));
        Assert.Equal(2, (await ReadAsync(sender, referral)).GetProperty("history").GetArrayLength());
    }
}
