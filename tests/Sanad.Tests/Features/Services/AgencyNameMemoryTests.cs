using Microsoft.Extensions.Time.Testing;
using Sanad.Domain.Agencies;
using Sanad.Features.Services;
using Sanad.Security;

namespace Sanad.Tests.Features.Services;

/// <summary>The agencies' names kept between requests are forgotten as soon as they may be stale.</summary>
public sealed class AgencyNameMemoryTests
{
    private static readonly IReadOnlyDictionary<AgencyId, (string Code, string Name)> Names =
        new Dictionary<AgencyId, (string, string)> { [new AgencyId(Guid.CreateVersion7())] = ("JO-KARAMA", "Dar Karama") };

    [Fact]
    public void Names_are_recalled_per_language_until_an_agency_changes_here()
    {
        var directory = new DirectoryVersion();
        var memory = new AgencyNameMemory(directory, new FakeTimeProvider(DateTimeOffset.UtcNow));
        memory.Remember("en", memory.VersionBeforeReading, Names);
        Assert.Same(Names, memory.Recall("en"));
        Assert.Null(memory.Recall("ar"));

        directory.Changed();
        Assert.Null(memory.Recall("en"));
    }

    [Fact]
    public void A_read_that_overlapped_a_change_is_not_recalled()
    {
        var directory = new DirectoryVersion();
        var memory = new AgencyNameMemory(directory, new FakeTimeProvider(DateTimeOffset.UtcNow));
        var version = memory.VersionBeforeReading;
        directory.Changed();
        memory.Remember("en", version, Names);
        Assert.Null(memory.Recall("en"));
    }

    [Fact]
    public void Names_are_read_again_after_a_while_for_changes_made_by_another_process()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var memory = new AgencyNameMemory(new DirectoryVersion(), clock);
        memory.Remember("fr", memory.VersionBeforeReading, Names);
        clock.Advance(AgencyNameMemory.KeptFor - TimeSpan.FromSeconds(1));
        Assert.NotNull(memory.Recall("fr"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(memory.Recall("fr"));
    }
}
