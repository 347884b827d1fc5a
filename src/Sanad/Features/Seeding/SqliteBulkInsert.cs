using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sanad.Data;

namespace Sanad.Features.Seeding;

/// <summary>
/// SQLite: one prepared INSERT per table, reused for every row of the transaction. SQLite has no
/// COPY; what costs is parsing and planning each statement, which preparing once removes.
/// </summary>
internal sealed class SqliteBulkInsert(SanadDb db) : IBulkInsert
{
    // Commands belong to one transaction: make one SqliteBulkInsert per transaction and dispose it.
    private readonly Dictionary<Type, (DbCommand Command, BulkTable Table)> _commands = [];

    public Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return Task.CompletedTask;
        var (command, table) = Prepared<T>();
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < table.Columns.Count; i++)
                command.Parameters[i].Value = table.Columns[i].ValueOf(row) ?? DBNull.Value;
            // Synchronous on purpose: Microsoft.Data.Sqlite's async is the same call wrapped in a task.
            command.ExecuteNonQuery();
        }
        return Task.CompletedTask;
    }

    private (DbCommand, BulkTable) Prepared<T>()
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside a transaction.");
        if (_commands.TryGetValue(typeof(T), out var known)) return known;
        var table = BulkTable.Of<T>(db);
        var connection = db.Database.GetDbConnection();
        if (_commands.Count == 0)
        {
            // The name keys land at random places of their index: past the default 2 MB page cache,
            // every insert reads pages again. Only the cache of this connection grows, as it is used.
            using var pragma = connection.CreateCommand();
            pragma.Transaction = transaction;
            pragma.CommandText = "PRAGMA cache_size = -262144";
            pragma.ExecuteNonQuery();
        }
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
        // The type mapping configures each parameter as EF Core does (Guids as TEXT, for one).
        for (var i = 0; i < table.Columns.Count; i++)
            command.Parameters.Add(table.Columns[i].Mapping.CreateParameter(command, $"$p{i}", null, nullable: true));
        command.Prepare();
        _commands[typeof(T)] = (command, table);
        return (command, table);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var (command, _) in _commands.Values) command.Dispose();
        _commands.Clear();
        return ValueTask.CompletedTask;
    }
}
