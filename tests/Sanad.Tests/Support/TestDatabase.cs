using Npgsql;
using Sanad.Cli;
using Sanad.Data;

namespace Sanad.Tests.Support;

/// <summary>
/// A real, empty, migrated database for one test class: a SQLite file in a temporary data
/// directory, or, when SANAD_TEST_PROVIDER=Postgres, a fresh database on the PostgreSQL server
/// named by SANAD_TEST_POSTGRES. Migrated with the real <c>sanad migrate</c> verb.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string DefaultPostgresServer = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    public static DatabaseProvider Provider =>
        string.Equals(Environment.GetEnvironmentVariable("SANAD_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    private static string PostgresServer => Environment.GetEnvironmentVariable("SANAD_TEST_POSTGRES") ?? DefaultPostgresServer;

    public string DataDirectory { get; }
    public Dictionary<string, string?> Settings { get; }
    private readonly string? _postgresDatabase;

    private TestDatabase(string dataDirectory, Dictionary<string, string?> settings, string? postgresDatabase)
    {
        DataDirectory = dataDirectory;
        Settings = settings;
        _postgresDatabase = postgresDatabase;
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "sanad-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDir);
        var settings = new Dictionary<string, string?> { [DatabaseSettings.DataDirKey] = dataDir };
        string? database = null;
        if (Provider == DatabaseProvider.Postgres)
        {
            database = "sanad_test_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(PostgresServer))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Sanad"] = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database }.ToString();
        }
        var result = await CliRun.RunAsync(settings, "migrate");
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"sanad migrate failed ({result.ExitCode}): {result.Error}");
        return new TestDatabase(dataDir, settings, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Runs a CLI verb in-process against a test database, capturing what it prints.</summary>
public static class CliRun
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(IDictionary<string, string?> settings, params string[] args) =>
        await RunWithInputAsync(settings, "", args);

    public static async Task<Outcome> RunWithInputAsync(IDictionary<string, string?> settings, string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliConsole(new StringReader(input), output, error), settings);
        return new Outcome(code, output.ToString(), error.ToString());
    }
}
