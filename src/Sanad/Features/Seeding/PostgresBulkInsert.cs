using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sanad.Data;

namespace Sanad.Features.Seeding;

/// <summary>PostgreSQL: binary COPY, in the current transaction, each value typed by the column's store type.</summary>
internal sealed class PostgresBulkInsert(SanadDb db) : IBulkInsert
{
    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var table = BulkTable.Of<T>(db);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var types = table.Columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (table.Columns[i].ValueOf(row) is { } value) await writer.WriteAsync(value, types[i], ct);
                else await writer.WriteNullAsync(ct);
            }
        }
        await writer.CompleteAsync(ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
