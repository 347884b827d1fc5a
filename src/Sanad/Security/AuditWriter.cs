using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Audit;

namespace Sanad.Security;

/// <summary>
/// Writes audit entries with group commit: one loop per process takes every entry waiting, chains
/// them and commits them in one transaction, then lets each waiting request go on. A request is
/// answered only after its entry is durable, as before, but a hundred requests that arrive together
/// share one commit (one fsync) instead of queueing for a hundred. The lock that spans processes
/// (an immediate transaction on SQLite, an advisory lock on PostgreSQL) keeps the web node and the
/// CLI from forking the chain.
/// </summary>
public sealed class AuditWriter : IAsyncDisposable
{
    private const long PostgresLockKey = 0x5A4E_4144_0001; // "SANAD" audit lock
    private const int MaxBatch = 500;
    private readonly Channel<(AuditEvent Event, TaskCompletionSource Written)> _waiting =
        Channel.CreateUnbounded<(AuditEvent, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly Task _loop;

    public AuditWriter(IServiceScopeFactory scopes, TimeProvider clock)
    {
        _scopes = scopes;
        _clock = clock;
        _loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>Completes when the entry is committed; fails if the commit failed.</summary>
    public Task AppendAsync(AuditEvent e)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_waiting.Writer.TryWrite((e, written)))
            written.SetException(new InvalidOperationException("The audit writer is stopped."));
        return written.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<(AuditEvent Event, TaskCompletionSource Written)>(MaxBatch);
        while (await _waiting.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _waiting.Reader.TryRead(out var item))
                batch.Add(item);
            try
            {
                await CommitAsync(batch);
                foreach (var (_, written) in batch) written.SetResult();
            }
            catch (Exception error)
            {
                foreach (var (_, written) in batch) written.SetException(error);
            }
        }
    }

    private async Task CommitAsync(List<(AuditEvent Event, TaskCompletionSource Written)> batch)
    {
        using var scope = _scopes.CreateScope();
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
        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var (e, _) in batch)
        {
            var entry = AuditEntry.Chain(e, head.LastSequence + 1, head.LastHash, now);
            db.AuditEntries.Add(entry);
            head.MoveTo(entry);
        }
        await db.SaveChangesAsync();
        await tx.CommitAsync();
    }

    /// <summary>Writes what is still waiting, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        await _loop;
    }
}
