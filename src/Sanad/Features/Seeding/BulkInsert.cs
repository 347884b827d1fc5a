using Microsoft.EntityFrameworkCore;
using Sanad.Data;

namespace Sanad.Features.Seeding;

/// <summary>
/// Inserts many rows of one entity type inside the context's current transaction by the
/// provider's fastest path, bypassing change tracking. One instance per transaction. For seeding and the research
/// import (StatisticalDatasets): no audit or events per row; the caller audits the whole.
/// </summary>
internal interface IBulkInsert : IAsyncDisposable
{
    Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class;
}

internal static class BulkInsert
{
    public static IBulkInsert For(SanadDb db) =>
        db.Database.IsNpgsql() ? new PostgresBulkInsert(db) : new SqliteBulkInsert(db);
}
