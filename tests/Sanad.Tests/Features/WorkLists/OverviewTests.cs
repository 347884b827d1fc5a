using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Referrals;
using Sanad.Tests.Features.Assistance;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.WorkLists;

/// <summary>
/// The coordinator's overview against counts made here, row by row, from the referrals table: for
/// each period, each agency on each side, waiting, overdue and answered are the true numbers.
/// </summary>
public sealed class OverviewTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _spread;

    /// <summary>The work list world, with some referrals moved back in time and one expired, so each period counts differently.</summary>
    private async Task<WorkListWorld> WorldAsync()
    {
        var world = await WorkListWorld.OfAsync(app);
        await Once.WaitAsync();
        try
        {
            if (_spread) return world;
            var now = FixedClockApp.Now.UtcDateTime;
            await MoveAsync(world.Referrals["inDeclined"], now.AddDays(-60), null);
            await MoveAsync(world.Referrals["outAccepted"], now.AddDays(-200), null);
            await MoveAsync(world.Referrals["policeToLegalAid"], now.AddDays(-40), ReferralState.Expired);
            await MoveAsync(world.Referrals["outWaiting"], now.AddDays(-3), ReferralState.Expired);
            _spread = true;
            return world;
        }
        finally
        {
            Once.Release();
        }
    }

    /// <summary>Moves a referral behind the node's back, then recounts the days as the seeder does after its bulk writes.</summary>
    private Task<int> MoveAsync(string referral, DateTime sentAt, ReferralState? state) => app.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<SanadDb>();
        var rows = db.Referrals.Where(r => r.Id == new ReferralId(Guid.Parse(referral)));
        await rows.ExecuteUpdateAsync(s => s.SetProperty(r => r.SentAt, sentAt).SetProperty(r => r.AnswerDueAt, sentAt.AddDays(5)));
        var moved = state is { } to ? await rows.ExecuteUpdateAsync(s => s.SetProperty(r => r.State, to)) : 0;
        await ReferralDayCounting.RebuildAsync(db);
        return moved;
    });

    [Theory]
    [InlineData(30)]
    [InlineData(90)]
    [InlineData(365)]
    public async Task Counts_by_receiving_and_sending_agency_are_the_true_counts_of_the_period(int days)
    {
        await WorldAsync();
        var overview = await (await app.ApiAsync(Roles.Coordinator)).GetFromJsonAsync<JsonElement>($"/api/v1/overview?days={days}");

        var now = FixedClockApp.Now.UtcDateTime;
        var all = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Referrals.AsNoTracking().ToListAsync());
        // Whole UTC days, today included.
        var period = all.Where(r => DateOnly.FromDateTime(r.SentAt) > DateOnly.FromDateTime(now).AddDays(-days)).ToList();
        bool Overdue(Referral r) => r.State == ReferralState.Expired || (r.State == ReferralState.Sent && r.AnswerDueAt < now);
        (int, int, int) Expected(IEnumerable<Referral> rows) => (
            rows.Count(r => r.State == ReferralState.Sent && r.AnswerDueAt >= now),
            rows.Count(Overdue),
            rows.Count(r => r.State is ReferralState.Accepted or ReferralState.Declined or ReferralState.InProgress or ReferralState.Completed));
        static (int, int, int) Got(JsonElement e) => (e.GetProperty("waiting").GetInt32(), e.GetProperty("overdue").GetInt32(), e.GetProperty("answered").GetInt32());

        foreach (var (side, key) in new (Func<Referral, Guid>, string)[] { (r => r.ToAgencyId.Value, "byReceivingAgency"), (r => r.FromAgencyId.Value, "bySendingAgency") })
        {
            var got = overview.GetProperty(key).EnumerateArray().ToDictionary(e => e.GetProperty("agencyId").GetGuid(), Got);
            var expected = period.GroupBy(side).ToDictionary(g => g.Key, Expected);
            Assert.Equal(expected.OrderBy(e => e.Key), got.OrderBy(e => e.Key));
        }
        Assert.Equal(Expected(period), Got(overview.GetProperty("total")));
        Assert.Equal(period.Where(Overdue).OrderByDescending(r => r.AnswerDueAt).Select(r => r.Id.Value.ToString()),
            overview.GetProperty("overdue").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Contains(period, Overdue);
    }

    [Fact]
    public async Task The_periods_differ_and_an_unknown_period_is_refused()
    {
        var world = await WorldAsync();
        var coordinator = await app.ApiAsync(Roles.Coordinator);
        async Task<int> Answered(int days) => (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/overview?days={days}")).GetProperty("total").GetProperty("answered").GetInt32();
        // inProgress (now), inDeclined (60 days ago), outAccepted (200 days ago).
        Assert.Equal(new[] { 1, 2, 3 }, new[] { await Answered(30), await Answered(90), await Answered(365) });
        var overdue = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/overview?days=90")).GetProperty("overdue");
        Assert.Contains(world.Referrals["policeToLegalAid"], overdue.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/api/v1/overview?days=7")).StatusCode);
    }

    [Theory]
    [InlineData("en", "By receiving agency", "Overdue referrals")]
    [InlineData("ar", "حسب الجهة المستقبِلة", "الإحالات المتأخرة")]
    public async Task The_overview_page_renders_in_the_readers_language_without_names(string language, string heading, string overdue)
    {
        var world = await WorldAsync();
        var client = await app.SignedInAsync(Demo.Email(Roles.Coordinator));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var response = await client.GetAsync("/Overview?Days=90");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(heading, html);
        Assert.Contains(overdue, html);
        Assert.Contains($"/Referrals/Details/{world.Referrals["policeToLegalAid"]}", html);
        Assert.Contains(world.References["police5"], html);
        Assert.All(world.Names, name => Assert.DoesNotContain(name, html));
        Assert.True(html.Length < 100_000, $"{html.Length} bytes");
    }
}
