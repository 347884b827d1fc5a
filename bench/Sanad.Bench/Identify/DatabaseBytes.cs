using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sanad.Bench.Identify;

/// <summary>The whole database's size on disk (indexes, audit trail, demo data included), read with the node stopped.</summary>
internal static class DatabaseBytes
{
    public static async Task<long> ReadAsync(BenchDatabase database)
    {
        if (database.IsPostgres)
        {
            await using var connection = new NpgsqlConnection(database.PostgresConnection);
            await connection.OpenAsync();
            await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
            return (long)(await size.ExecuteScalarAsync())!;
        }
        var file = Path.Combine(database.DataDirectory, "sanad.db");
        // Fold the write-ahead log into the file first, so the file is the whole database.
        await using (var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
        {
            await sqlite.OpenAsync();
            await using var checkpoint = sqlite.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }
        return new FileInfo(file).Length;
    }
}
