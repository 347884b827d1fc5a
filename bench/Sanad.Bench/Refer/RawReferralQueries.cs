using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sanad.Bench.Foundation;
using Sanad.Bench.Identify;

namespace Sanad.Bench.Refer;

internal sealed record RawQueryResult(double MedianMilliseconds, int Runs);

/// <summary>
/// The floors under the two measures: the SQL the incoming list and the deadline scan need, written
/// by hand, run in this process on one connection with the node stopped. No HTTP, EF Core, access
/// check nor audit line.
/// </summary>
internal static class RawReferralQueries
{
    private const int ListRuns = 200;
    private const int ScanRuns = 5;

    /// <summary>The shelter's newest 25 incoming referrals and how many there are (the list's page and its total).</summary>
    public static async Task<RawQueryResult> IncomingListAsync(BenchDatabase database)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        var agency = await ScalarAsync(connection, "SELECT \"Id\" FROM agencies WHERE \"Code\" = 'JO-KARAMA'");
        await using var page = Command(connection, database, "SELECT * FROM referrals WHERE \"ToAgencyId\" = @a ORDER BY \"SentAt\" DESC LIMIT 25", agency);
        await using var count = Command(connection, database, "SELECT COUNT(*) FROM referrals WHERE \"ToAgencyId\" = @a", agency);
        var times = new List<double>(ListRuns);
        for (var i = 0; i < ListRuns; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await ReadAllAsync(page);
            await count.ExecuteScalarAsync();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return new RawQueryResult(Stats.Median(times), ListRuns);
    }

    /// <summary>Who holds a deadline due within a week among the open cases: the scan's one statement.</summary>
    public static async Task<RawQueryResult> DeadlineScanAsync(BenchDatabase database)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        var until = DateTime.UtcNow.Date.AddDays(7).ToString("yyyy-MM-dd");
        var soon = DateTime.UtcNow.Date.AddDays(1).ToString("yyyy-MM-dd");
        const string open = "c.\"Status\" NOT IN ('Closed', 'ClosedReferred')";
        var sql = $"""
            SELECT c."AgencyId", c."AssignedWorkerId" FROM reflection_periods r JOIN cases c ON c."Id" = r."CaseId"
              WHERE r."FollowedUpAt" IS NULL AND r."EndsOn" <= '{until}' AND {open}
            UNION
            SELECT c."AgencyId", c."AssignedWorkerId" FROM residence_documents d JOIN cases c ON c."Id" = d."CaseId"
              WHERE d."ReplacedAt" IS NULL AND d."ValidUntil" IS NOT NULL AND d."ValidUntil" <= '{until}' AND {open}
            UNION
            SELECT c."AgencyId", f."AssignedTo" FROM follow_ups f JOIN cases c ON c."Id" = f."CaseId"
              WHERE f."DoneOn" IS NULL AND f."DueOn" <= '{soon}' AND {open}
            """;
        if (database.IsPostgres) sql = sql.Replace("'" + until + "'", "DATE '" + until + "'").Replace("'" + soon + "'", "DATE '" + soon + "'");
        await using var scan = connection.CreateCommand();
        scan.CommandText = sql;
        var times = new List<double>(ScanRuns);
        for (var i = 0; i < ScanRuns; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await ReadAllAsync(scan);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return new RawQueryResult(Stats.Median(times), ScanRuns);
    }

    private static DbCommand Command(DbConnection connection, BenchDatabase database, string sql, object agency)
    {
        var command = connection.CreateCommand();
        command.CommandText = database.IsPostgres ? sql : sql.Replace("@a", "$a");
        var parameter = command.CreateParameter();
        parameter.ParameterName = database.IsPostgres ? "a" : "$a";
        parameter.Value = agency;
        command.Parameters.Add(parameter);
        return command;
    }

    internal static async Task ReadAllAsync(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            for (var i = 0; i < reader.FieldCount; i++) reader.GetValue(i);
    }

    private static async Task<object> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("No JO-KARAMA agency: the demo data is missing.");
    }

    internal static DbConnection Open(BenchDatabase database) => database.IsPostgres
        ? new NpgsqlConnection(database.PostgresConnection)
        : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(database.DataDirectory, "sanad.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
}
