using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sanad.Data;

/// <summary>
/// Where the node keeps its data and which database it talks to. SQLite in the data directory
/// by default; PostgreSQL when <c>Database:Provider=Postgres</c> and <c>ConnectionStrings:Sanad</c> are set.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public const string DataDirKey = "data-dir";

    public static DatabaseSettings From(IConfiguration config)
    {
        var dataDir = Path.GetFullPath(config[DataDirKey] ?? Environment.GetEnvironmentVariable("SANAD_DATA_DIR") ?? "data");
        var providerName = config["Database:Provider"] ?? "Sqlite";
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider))
            throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{providerName}'.");
        var connectionString = config.GetConnectionString("Sanad");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Sanad is not set.");
        connectionString = provider == DatabaseProvider.Postgres
            ? WithoutJit(connectionString!)
            : connectionString ?? SqliteConnectionString(Path.Combine(dataDir, "sanad.db"));
        return new(provider, connectionString, dataDir);
    }

    /// <summary>
    /// PostgreSQL compiles a query to machine code when its estimated cost is high; Sanad's queries
    /// are short, and a misjudged estimate made the compilation cost more than the query (30–70 ms
    /// measured on the overview). Off unless the connection string sets its own options.
    /// </summary>
    private static string WithoutJit(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Options)) builder.Options = "-c jit=off";
        return builder.ToString();
    }

    public static string SqliteConnectionString(string file) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        ForeignKeys = true,
        // Writers wait for each other instead of failing with "database is locked".
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString();
}

public static class DatabaseSetup
{
    public static IServiceCollection AddSanadDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresSanadDb>(o => o.UseNpgsql(settings.ConnectionString));
            services.AddScoped<SanadDb>(sp => sp.GetRequiredService<PostgresSanadDb>());
        }
        else
        {
            services.AddDbContext<SqliteSanadDb>(o => o.UseSqlite(settings.ConnectionString));
            services.AddScoped<SanadDb>(sp => sp.GetRequiredService<SqliteSanadDb>());
        }
        return services;
    }

    /// <summary>Applies pending migrations. SQLite also gets write-ahead logging, which is kept in the file.</summary>
    /// <summary>How long one statement of a bulk step may run: filling or indexing a million-row table takes minutes, not the 30 s a request gets.</summary>
    public static readonly TimeSpan BulkStatementTimeout = TimeSpan.FromHours(1);

    public static async Task MigrateAsync(SanadDb db, CancellationToken ct = default)
    {
        // A migration may fill or index a large table (case_facts at a million cases).
        db.Database.SetCommandTimeout(BulkStatementTimeout);
        await db.Database.MigrateAsync(ct);
        if (db.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    public static void EnsureDataDirectory(DatabaseSettings settings)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(settings.DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite migration set without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSanadDb>
{
    public SqliteSanadDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSanadDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL migration set; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSanadDb>
{
    public PostgresSanadDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSanadDb>().UseNpgsql("Host=localhost;Database=sanad_design").Options);
}
