using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.People;
using Sanad.Security.Encryption;

namespace Sanad.Features.People;

/// <summary>
/// Re-derives every person's name index rows from her sealed identity when the node's index is
/// older than <see cref="NameIndexVersion.Current"/>: a new kind of key must reach the people
/// registered before it, or they could no longer be found by it. Batch by batch, each in one
/// transaction; the version is raised only at the end, so an interrupted rebuild starts again.
/// </summary>
public sealed class RebuildNameIndex(SanadDb db, NameIndex index, FieldSealer sealer, ILogger<RebuildNameIndex> log)
{
    private const int BatchSize = 1000;

    /// <summary>The number of people re-indexed; 0 when the index is current.</summary>
    public async Task<int> RunIfStaleAsync(CancellationToken ct = default)
    {
        var settings = await db.NodeSettings.SingleAsync(ct);
        if (settings.NameIndexVersion >= NameIndexVersion.Current) return 0;
        log.LogInformation("Rebuilding the name index from version {From} to {To}", settings.NameIndexVersion, NameIndexVersion.Current);
        var hash = await index.KeyedHashAsync(ct);
        var everyone = await db.People.IgnoreQueryFilters().AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var done = 0;
        foreach (var ids in everyone.Chunk(BatchSize))
        {
            var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.SealedIdentity }).ToListAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.PersonNameKeys.IgnoreQueryFilters().Where(k => ids.Contains(k.PersonId)).ExecuteDeleteAsync(ct);
            await db.PersonNames.IgnoreQueryFilters().Where(n => ids.Contains(n.PersonId)).ExecuteDeleteAsync(ct);
            foreach (var person in people)
            {
                var identity = await sealer.OpenAsync<PersonIdentity>(person.SealedIdentity, Person.RecordType, person.Id.Value, ct);
                var rows = NameIndex.RowsOf(person.Id, identity, hash);
                db.PersonNames.AddRange(rows.Names);
                db.PersonNameKeys.AddRange(rows.Keys);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            done += ids.Length;
            log.LogInformation("Name index: {Done} of {Total} people", done, everyone.Count);
        }
        settings = await db.NodeSettings.SingleAsync(ct);
        settings.NameIndexRebuilt(NameIndexVersion.Current);
        await db.SaveChangesAsync(ct);
        return everyone.Count;
    }
}
