namespace Sanad.Domain.Audit;

/// <summary>
/// Walks the chain in sequence order and names the first entry that does not hold:
/// a gap in the sequence (a removed row), a previous-hash that does not match (a removed or
/// inserted row), or a hash that does not match the content (an altered row). The recorded
/// head guards against the newest rows being cut off.
/// </summary>
public static class AuditChainCheck
{
    public static AuditChainBreak? FindFirstBreak(IEnumerable<AuditEntry> inSequenceOrder, AuditChainHead? head)
    {
        var expectedSequence = 1L;
        var previousHash = AuditEntry.GenesisHash;
        foreach (var entry in inSequenceOrder)
        {
            if (entry.Sequence != expectedSequence)
                return new(expectedSequence, $"expected entry {expectedSequence} but found {entry.Sequence}: a row was removed or inserted");
            if (entry.PreviousHash != previousHash)
                return new(entry.Sequence, "previous-hash does not match the entry before it: a row was removed, inserted or altered");
            if (entry.ComputeHash() != entry.Hash)
                return new(entry.Sequence, "content does not match its hash: the row was altered");
            previousHash = entry.Hash;
            expectedSequence++;
        }
        var last = expectedSequence - 1;
        if (head is not null && (head.LastSequence != last || head.LastHash != previousHash))
            return new(Math.Min(head.LastSequence, last + 1), $"the chain ends at entry {last} but the recorded head is entry {head.LastSequence}: rows were removed from the end or the head was altered");
        return null;
    }
}

public sealed record AuditChainBreak(long Sequence, string Reason);

/// <summary>The newest entry of the chain, stored apart from the entries so truncation is detected.</summary>
public sealed class AuditChainHead
{
    public int Id { get; private set; } = 1;
    public long LastSequence { get; private set; }
    public string LastHash { get; private set; } = AuditEntry.GenesisHash;

    public void MoveTo(AuditEntry entry)
    {
        LastSequence = entry.Sequence;
        LastHash = entry.Hash;
    }
}
