using Sanad.Domain.Audit;

namespace Sanad.Tests.Domain;

public sealed class AuditChainTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

    private static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditEntry.GenesisHash;
        for (var i = 1; i <= count; i++)
        {
            var entry = AuditEntry.Chain(new AuditEvent("account.sign-in", AuditOutcome.Success, Guid.NewGuid(), Detail: "password"), i, previous, Now.AddSeconds(i));
            entries.Add(entry);
            previous = entry.Hash;
        }
        return entries;
    }

    private static AuditChainHead HeadOf(List<AuditEntry> entries)
    {
        var head = new AuditChainHead();
        head.MoveTo(entries[^1]);
        return head;
    }

    [Fact]
    public void An_intact_chain_has_no_break()
    {
        var entries = Chain(5);
        Assert.Null(AuditChainCheck.FindFirstBreak(entries, HeadOf(entries)));
    }

    [Fact]
    public void Each_hash_covers_the_previous_one_so_equal_events_hash_differently()
    {
        var entries = Chain(2);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.NotEqual(entries[0].Hash, entries[1].Hash);
        Assert.Matches("^[0-9a-f]{64}$", entries[0].Hash);
    }

    [Fact]
    public void Time_is_kept_to_the_millisecond_so_both_databases_store_the_hashed_value()
    {
        var entry = AuditEntry.Chain(new AuditEvent("x", AuditOutcome.Success), 1, AuditEntry.GenesisHash, Now.AddTicks(12_345));
        Assert.Equal(0, entry.At.Ticks % TimeSpan.TicksPerMillisecond);
        Assert.Equal(entry.Hash, entry.ComputeHash());
    }

    [Fact]
    public void A_missing_middle_entry_is_named()
    {
        var entries = Chain(5);
        var head = HeadOf(entries);
        entries.RemoveAt(2);
        Assert.Equal(3, AuditChainCheck.FindFirstBreak(entries, head)!.Sequence);
    }

    [Fact]
    public void A_truncated_tail_is_caught_by_the_head()
    {
        var entries = Chain(5);
        var head = HeadOf(entries);
        entries.RemoveRange(3, 2);
        Assert.NotNull(AuditChainCheck.FindFirstBreak(entries, head));
        Assert.Null(AuditChainCheck.FindFirstBreak(entries, null));
    }
}
