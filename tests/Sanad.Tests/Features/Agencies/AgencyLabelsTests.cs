using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sanad.Data;
using Sanad.Features.Agencies;
using Sanad.Security;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Agencies;

/// <summary>
/// The agencies' names kept between requests are forgotten as soon as they may be stale: at once
/// when an agency changes in this process, after <see cref="AgencyLabels.KeptFor"/> when another
/// process (the CLI) changed it behind the node's back.
/// </summary>
public sealed class AgencyLabelsTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task Names_are_kept_until_an_agency_changes_here_or_the_time_runs_out()
    {
        await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var directory = new DirectoryVersion();
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var labels = new AgencyLabels(directory, clock);
            var shelter = await db.Agencies.Where(a => a.Code == "JO-KARAMA").Select(a => a.Id).SingleAsync();
            var before = (await labels.AllAsync(db))[shelter].NameEn;

            // Renamed behind the node's back (as the CLI would): the kept name holds until the window ends.
            await db.Agencies.Where(a => a.Id == shelter).ExecuteUpdateAsync(u => u.SetProperty(a => a.NameEn, "Dar Karama (renamed)"));
            clock.Advance(AgencyLabels.KeptFor - TimeSpan.FromSeconds(1));
            Assert.Equal(before, (await labels.AllAsync(db))[shelter].NameEn);
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal("Dar Karama (renamed)", (await labels.AllAsync(db))[shelter].NameEn);

            // Renamed in this process: forgotten at once.
            await db.Agencies.Where(a => a.Id == shelter).ExecuteUpdateAsync(u => u.SetProperty(a => a.NameEn, before));
            Assert.Equal("Dar Karama (renamed)", (await labels.AllAsync(db))[shelter].NameEn);
            directory.Changed();
            Assert.Equal(before, (await labels.AllAsync(db))[shelter].NameEn);
            return 0;
        });
    }
}
