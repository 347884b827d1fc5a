using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sanad.Domain.Audit;

/// <summary>
/// One line of the append-only audit trail. Each entry carries the SHA-256 hash of its own
/// content and of the previous entry's hash, so altering, removing or inserting a row breaks
/// the chain from that row on. Entries hold ids, never names or narratives.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain: 1, 2, 3, … without gaps.</summary>
    public long Sequence { get; private set; }
    public DateTime At { get; private set; }
    public Guid? ActorUserId { get; private set; }
    public Guid? ActorAgencyId { get; private set; }
    /// <summary>What happened, as a stable code such as "account.sign-in" or "user.roles-changed".</summary>
    public string Action { get; private set; } = "";
    public string? TargetType { get; private set; }
    public string? TargetId { get; private set; }
    public string? ClientAddress { get; private set; }
    public AuditOutcome Outcome { get; private set; }
    /// <summary>Short non-identifying detail (a role code, a failure reason code). Never free text about a person.</summary>
    public string? Detail { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    private AuditEntry() { }

    /// <summary>The hash that precedes the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static AuditEntry Chain(AuditEvent e, long sequence, string previousHash, DateTime now)
    {
        var entry = new AuditEntry
        {
            Sequence = sequence,
            // Both stores keep at least microseconds; milliseconds make the hashed text identical on each.
            At = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc),
            ActorUserId = e.ActorUserId,
            ActorAgencyId = e.ActorAgencyId,
            Action = e.Action,
            TargetType = e.TargetType,
            TargetId = e.TargetId,
            ClientAddress = e.ClientAddress,
            Outcome = e.Outcome,
            Detail = e.Detail,
            PreviousHash = previousHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>Recomputes the hash from the stored fields; differs from <see cref="Hash"/> when a field was changed.</summary>
    public string ComputeHash()
    {
        var text = string.Join('\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture),
            At.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture),
            ActorUserId?.ToString() ?? "",
            ActorAgencyId?.ToString() ?? "",
            Action,
            TargetType ?? "",
            TargetId ?? "",
            ClientAddress ?? "",
            Outcome.ToString(),
            Detail ?? "",
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

public enum AuditOutcome
{
    Success,
    Failure,
    Denied,
}

/// <summary>What a feature reports to the audit trail; the trail adds sequence, time and hashes.</summary>
public sealed record AuditEvent(
    string Action,
    AuditOutcome Outcome,
    Guid? ActorUserId = null,
    Guid? ActorAgencyId = null,
    string? TargetType = null,
    string? TargetId = null,
    string? ClientAddress = null,
    string? Detail = null);
