using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sanad.Bench.Foundation;

namespace Sanad.Bench.Identify;

internal sealed record RawLookupResult(double MedianMicroseconds, double LookupsPerSecond, long Lookups);

/// <summary>
/// The floor under the case page: one raw <c>SELECT * FROM cases WHERE "Id" = @id</c> by primary key,
/// prepared, on one connection, over random ids, in a tight loop in this process. No HTTP, no EF Core,
/// no access check, no audit line.
/// </summary>
internal static class RawLookup
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    public static async Task<RawLookupResult> MeasureAsync(BenchDatabase database)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        var ids = new List<object>();
        await using (var sample = connection.CreateCommand())
        {
            sample.CommandText = "SELECT \"Id\" FROM cases ORDER BY random() LIMIT 10000";
            await using var reader = await sample.ExecuteReaderAsync();
            while (await reader.ReadAsync()) ids.Add(reader.GetValue(0));
        }
        await using var lookup = connection.CreateCommand();
        lookup.CommandText = database.IsPostgres ? "SELECT * FROM cases WHERE \"Id\" = @id" : "SELECT * FROM cases WHERE \"Id\" = $id";
        var parameter = lookup.CreateParameter();
        parameter.ParameterName = database.IsPostgres ? "id" : "$id";
        parameter.Value = ids[0];
        lookup.Parameters.Add(parameter);
        await lookup.PrepareAsync();

        var latencies = new List<double>(1 << 20);
        var random = new Random(1);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Duration)
        {
            parameter.Value = ids[random.Next(ids.Count)];
            var started = Stopwatch.GetTimestamp();
            await using (var reader = await lookup.ExecuteReaderAsync())
            {
                if (!await reader.ReadAsync()) throw new InvalidOperationException("A sampled case id was not found.");
                for (var i = 0; i < reader.FieldCount; i++) reader.GetValue(i);
            }
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }
        return new RawLookupResult(Stats.Median(latencies), latencies.Count / clock.Elapsed.TotalSeconds, latencies.Count);
    }

    private static DbConnection Open(BenchDatabase database) => database.IsPostgres
        ? new NpgsqlConnection(database.PostgresConnection)
        : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(database.DataDirectory, "sanad.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
}
