using System.Diagnostics;
using Sanad.Bench.Foundation;
using Sanad.Bench.Identify;
using Sanad.Bench.Refer;

namespace Sanad.Bench.Dashboards;

/// <summary>
/// The baselines of the victims-by-year chart, run by hand on one connection with the node stopped:
/// the query the dashboards ran before the case facts (every identified case joined to its person,
/// grouped by year and sex) and the plain grouping of the facts table (the floor under the endpoint).
/// </summary>
internal static class RawDashboardQueries
{
    private const int Runs = 5;

    public static Task<RawQueryResult> BeforeFactsAsync(BenchDatabase database) => TimeAsync(database, $"""
        SELECT {Year(database, "c")}, p."Sex", COUNT(*) FROM cases AS c JOIN people AS p ON p."Id" = c."PersonId"
        WHERE c."TraffickingStatus" IN ('Possible', 'Actual') GROUP BY 1, 2
        """);

    public static Task<RawQueryResult> FactsAsync(BenchDatabase database) => TimeAsync(database,
        "SELECT \"OpenedYear\", \"Sex\", COUNT(*) FROM case_facts WHERE \"Identified\" GROUP BY 1, 2");

    private static string Year(BenchDatabase database, string alias) => database.IsPostgres
        ? $"CAST(EXTRACT(YEAR FROM {alias}.\"OpenedAt\" AT TIME ZONE 'UTC') AS integer)"
        : $"CAST(strftime('%Y', {alias}.\"OpenedAt\") AS INTEGER)";

    private static async Task<RawQueryResult> TimeAsync(BenchDatabase database, string sql)
    {
        await using var connection = RawReferralQueries.Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await RawReferralQueries.ReadAllAsync(command);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return new RawQueryResult(Stats.Median(times), Runs);
    }
}
