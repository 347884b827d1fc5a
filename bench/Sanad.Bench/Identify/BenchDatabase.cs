using System.Security.Cryptography;
using Npgsql;

namespace Sanad.Bench.Identify;

/// <summary>
/// Where one provider's data lives for the run: SQLite in the data directory, or a fresh
/// PostgreSQL database <c>sanad_bench_&lt;random&gt;</c> that <see cref="DisposeAsync"/> drops.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    public const string PostgresServer = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    private BenchDatabase(string provider, string dataDirectory, string? postgresDatabase)
    {
        Provider = provider;
        DataDirectory = dataDirectory;
        PostgresDatabase = postgresDatabase;
    }

    public string Provider { get; }
    public string DataDirectory { get; }
    public string? PostgresDatabase { get; }
    public bool IsPostgres => PostgresDatabase is not null;

    public string PostgresConnection => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = PostgresDatabase }.ToString();

    /// <summary>The settings the node and its CLI need to use this database.</summary>
    public IReadOnlyDictionary<string, string> Settings => IsPostgres
        ? new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Sanad"] = PostgresConnection }
        : new Dictionary<string, string>();

    public static BenchDatabase Sqlite(string dataDirectory) => new("SQLite", dataDirectory, null);

    public static async Task<BenchDatabase> PostgresAsync(string dataDirectory)
    {
        var name = $"sanad_bench_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new BenchDatabase("PostgreSQL", dataDirectory, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (PostgresDatabase is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresDatabase}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        Console.WriteLine($"Dropped database {PostgresDatabase}.");
    }
}
