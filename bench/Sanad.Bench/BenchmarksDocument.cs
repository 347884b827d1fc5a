using System.Text;

namespace Sanad.Bench;

/// <summary>
/// docs/benchmarks.md: each bench mode owns one "## " section and rewrites only that one, so
/// the figures of one mode survive a rerun of the other.
/// </summary>
internal static class BenchmarksDocument
{
    private const string Header = """
        # Benchmarks

        Measured figures of Sanad. The sections below are written by `bench/Sanad.Bench`; do not edit
        them by hand, rerun them (from the repository root, on an otherwise idle machine):

        ```sh
        dotnet run -c Release --project bench/Sanad.Bench -- foundation   # start-up, memory, HTTP throughput (about 5 minutes)
        dotnet run -c Release --project bench/Sanad.Bench -- identify     # search, case page, seeding, size on 1,000,000 people, SQLite and PostgreSQL
        dotnet run -c Release --project bench/Sanad.Bench -- research     # CTDC read, anonymize, aggregates on 1,000,000 records beside DuckDB; DP utility (about 3 minutes)
        dotnet run -c Release --project bench/Sanad.Bench -- programme    # donor report PDF and XLSX on 500 activities, 20,000 participants and 50,000 expenditures, SQLite and PostgreSQL
        dotnet run -c Release --project bench/Sanad.Bench -- micro        # BenchmarkDotNet micro-benchmarks (about 1 minute)
        ```

        Each mode rewrites only its own section. Figures are medians of several runs, set against a
        baseline measured in the same run; compare them only with figures taken on the same machine.

        """;

    public static void WriteSection(string title, string body)
    {
        var path = RepoPaths.BenchmarksDocument;
        var existing = File.Exists(path) ? File.ReadAllText(path) : Header;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, ReplaceSection(existing, title, body));
        Console.WriteLine($"Wrote section \"{title}\" of {path}");
    }

    /// <summary>Replaces the text from "## title" up to the next "## " heading, or appends the section.</summary>
    public static string ReplaceSection(string document, string title, string body)
    {
        var lines = document.ReplaceLineEndings("\n").Split('\n').ToList();
        var heading = "## " + title;
        var section = new List<string> { heading, "" };
        section.AddRange(body.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        section.Add("");

        var start = lines.FindIndex(l => l.TrimEnd() == heading);
        if (start < 0)
        {
            while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
            lines.Add("");
            lines.AddRange(section);
        }
        else
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            if (end < 0) end = lines.Count;
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, section);
        }
        var text = new StringBuilder(string.Join('\n', lines).TrimEnd('\n')).Append('\n');
        return text.ToString();
    }
}
