using System.Diagnostics;
using DuckDB.NET.Data;

namespace Sanad.Bench.Research;

/// <summary>
/// DuckDB (in-process, columnar, vectorised) doing the plain counting on the same file: the limit
/// Sanad's code is set against. It reads the file as text columns, as Sanad does.
/// </summary>
internal sealed class DuckDbBaseline : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public DuckDbBaseline()
    {
        _connection.Open();
        Execute("SET threads TO 2");
    }

    public static string Version()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Loads the CSV into a table of text columns.</summary>
    public TimeSpan Read(string path) => Time($"CREATE OR REPLACE TABLE ctdc AS SELECT * FROM read_csv('{path}', header = true, all_varchar = true)");

    /// <summary>Counts the combinations of the quasi-identifiers and how many records are in classes below k: anonymisation's first step.</summary>
    public TimeSpan SmallClasses(IEnumerable<string> columns, int k) =>
        Time($"SELECT count(*), sum(n) FROM (SELECT count(*) AS n FROM ctdc GROUP BY {Quote(columns)}) WHERE n < {k}");

    /// <summary>Every combination of 1 to 3 of the columns counted in one GROUPING SETS query, values -99, 0 and empty left out afterwards.</summary>
    public TimeSpan Combinations(IReadOnlyList<string> columns, int length, int k)
    {
        var sets = new List<string>();
        void Visit(int from, List<string> chosen)
        {
            for (var i = from; i < columns.Count; i++)
            {
                chosen.Add(columns[i]);
                sets.Add("(" + Quote(chosen) + ")");
                if (chosen.Count < length) Visit(i + 1, chosen);
                chosen.RemoveAt(chosen.Count - 1);
            }
        }
        Visit(0, []);
        return Time($"SELECT count(*) FROM (SELECT count(*) AS n FROM ctdc GROUP BY GROUPING SETS ({string.Join(", ", sets)})) WHERE n >= {k}");
    }

    private static string Quote(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    private TimeSpan Time(string sql)
    {
        var watch = Stopwatch.StartNew();
        Execute(sql);
        return watch.Elapsed;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read()) { }
    }

    public void Dispose() => _connection.Dispose();
}
