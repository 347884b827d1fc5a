using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sanad.Bench.Foundation;
using Sanad.Bench.Identify;
using Sanad.Bench.Refer;

namespace Sanad.Bench.Programme;

/// <summary>
/// The floor under the donor report: the one aggregate it cannot do without, the expenditures summed
/// by month and budget line, written by hand and run in this process on one connection, node stopped.
/// No HTTP, EF Core, logframe, PDF or workbook.
/// </summary>
internal static class RawExpenditureSums
{
    private const int Runs = 5;

    public static async Task<RawQueryResult> ByMonthAndLineAsync(BenchDatabase database)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var sums = connection.CreateCommand();
        sums.CommandText = database.IsPostgres
            ? "SELECT date_trunc('month', \"SpentOn\"), \"BudgetLineId\", SUM(\"AmountInBudgetCurrency\") FROM expenditures GROUP BY 1, 2"
            : "SELECT substr(\"SpentOn\", 1, 7), \"BudgetLineId\", SUM(\"AmountInBudgetCurrency\") FROM expenditures GROUP BY 1, 2";
        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await using (var reader = await sums.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                    for (var c = 0; c < reader.FieldCount; c++) reader.GetValue(c);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return new RawQueryResult(Stats.Median(times), Runs);
    }

    private static DbConnection Open(BenchDatabase database) => database.IsPostgres
        ? new NpgsqlConnection(database.PostgresConnection)
        : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(database.DataDirectory, "sanad.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
}
