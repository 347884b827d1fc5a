using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Audit;

namespace Sanad.Security;

/// <summary>
/// What features call to leave a trace: fills in the actor and the client address, and hands the
/// entry to the <see cref="AuditWriter"/>, returning once it is committed.
/// </summary>
public sealed class AuditTrail(AuditWriter writer, AccessScope caller, IHttpContextAccessor? http = null)
{
    /// <summary>Records what the current caller did. Fills in actor and client address when not given.</summary>
    public Task RecordAsync(string action, AuditOutcome outcome, string? targetType = null, string? targetId = null, string? detail = null) =>
        RecordAsync(new AuditEvent(action, outcome, caller.UserId, caller.AgencyId?.Value, targetType, targetId, ClientAddress(), detail));

    // Not cancellable: an aborted request must still leave its trace.
    public Task RecordAsync(AuditEvent e) => writer.AppendAsync(e with { ClientAddress = e.ClientAddress ?? ClientAddress() });

    private string? ClientAddress() => http?.HttpContext?.Connection.RemoteIpAddress?.ToString();

    /// <summary>Checks the whole chain; null when intact.</summary>
    public static async Task<AuditChainBreak?> VerifyAsync(SanadDb db, CancellationToken ct = default)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(ct);
        // Streamed row by row: the trail can be far larger than memory.
        return AuditChainCheck.FindFirstBreak(db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsEnumerable(), head);
    }
}
