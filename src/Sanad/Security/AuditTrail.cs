using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Audit;

namespace Sanad.Security;

/// <summary>
/// Appends entries to the hash-chained audit trail. Each append runs in its own database
/// scope and transaction, under a lock that spans processes (an immediate transaction on
/// SQLite, an advisory lock on PostgreSQL), so the web server and the CLI never fork the chain.
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, AccessScope caller, TimeProvider clock, IHttpContextAccessor? http = null)
{
    // One writer at a time within this process; the database lock covers other processes.
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private const long PostgresLockKey = 0x5A4E_4144_0001; // "SANAD" audit lock

    /// <summary>Records what the current caller did. Fills in actor and client address when not given.</summary>
    public Task RecordAsync(string action, AuditOutcome outcome, string? targetType = null, string? targetId = null, string? detail = null) =>
        RecordAsync(new AuditEvent(action, outcome, caller.UserId, caller.AgencyId?.Value, targetType, targetId, ClientAddress(), detail));

    public async Task RecordAsync(AuditEvent e)
    {
        e = e with { ClientAddress = e.ClientAddress ?? ClientAddress() };
        // Not cancellable: an aborted request must still leave its trace.
        await Gate.WaitAsync(CancellationToken.None);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SanadDb>();
            await using var tx = await db.Database.BeginTransactionAsync();
            if (db.Provider == DatabaseProvider.Postgres)
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})");
            var head = await db.AuditChainHeads.SingleOrDefaultAsync();
            if (head is null)
            {
                head = new AuditChainHead();
                db.AuditChainHeads.Add(head);
            }
            var entry = AuditEntry.Chain(e, head.LastSequence + 1, head.LastHash, clock.GetUtcNow().UtcDateTime);
            db.AuditEntries.Add(entry);
            head.MoveTo(entry);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private string? ClientAddress() => http?.HttpContext?.Connection.RemoteIpAddress?.ToString();

    /// <summary>Checks the whole chain; null when intact.</summary>
    public static async Task<AuditChainBreak?> VerifyAsync(SanadDb db, CancellationToken ct = default)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(ct);
        // Streamed row by row: the trail can be far larger than memory.
        return AuditChainCheck.FindFirstBreak(db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsEnumerable(), head);
    }
}
