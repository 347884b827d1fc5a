using nietras.SeparatedValues;
using Sanad.Domain;

namespace Sanad.Features.Research;

/// <summary>
/// A whole file read, or the problems that stop it: a malformed file yields no table at all. Each
/// problem is a translation key with its arguments, so the CLI speaks the operator's language.
/// </summary>
internal sealed record CtdcReadResult(CtdcTable? Table, IReadOnlyList<Error> Problems, int ProblemCount)
{
    public bool Succeeded => Table is not null;
}

/// <summary>
/// Reads a CSV in the 63-column CTDC layout (RFC 4180, comma-separated, header first) into a
/// <see cref="CtdcTable"/>. The header must be exactly the CTDC columns in order; every row must have
/// 63 fields, flags must be 1, 0 or -99, and coded columns must hold known codes. Each distinct value
/// is checked once, so reading stays fast on large files. Import into the database (StatisticalDatasets) builds on
/// the same table.
/// </summary>
internal static class CtdcReader
{
    /// <summary>Enough to fix a file by; the count of all problems is still given.</summary>
    public const int MaxProblemsListed = 100;

    public static CtdcReadResult Read(string path)
    {
        using var reader = Sep.Reader(Options).FromFile(path);
        return Read(reader);
    }

    public static CtdcReadResult Read(TextReader text)
    {
        using var reader = Sep.Reader(Options).From(text);
        return Read(reader);
    }

    // Sep's own header and column-count checks throw on the first bad line; this reader reports every line instead.
    private static SepReaderOptions Options(SepReaderOptions o) => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true };

    private static CtdcReadResult Read(SepReader reader)
    {
        var table = new CtdcTable();
        var problems = new List<Error>();
        var count = 0;
        void Problem(Error problem)
        {
            count++;
            if (problems.Count < MaxProblemsListed) problems.Add(problem);
        }

        var header = true;
        var codes = new ushort[CtdcLayout.Count];
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (header)
            {
                header = false;
                CheckHeader(row, Problem);
                if (count > 0) break;
                continue;
            }
            if (row.ColCount == 1 && row[0].Span.IsEmpty) continue;
            if (row.ColCount != CtdcLayout.Count)
            {
                Problem(Error.Invalid("Line {0}: {1} fields instead of {2}.", line, row.ColCount, CtdcLayout.Count));
                continue;
            }
            var rowIsGood = true;
            for (var i = 0; i < CtdcLayout.Count; i++)
            {
                var column = table.Columns[i];
                var value = row[i].Span;
                if (column.TryFind(value, out codes[i])) continue;
                if (CtdcCodes.IsValid(column.Kind, value))
                {
                    codes[i] = column.Intern(value.ToString());
                    continue;
                }
                rowIsGood = false;
                if (column.Kind == CtdcKind.Flag)
                    Problem(Error.Invalid("Line {0}: {1} is '{2}', not a flag (1, 0 or -99).", line, column.Name, value.ToString()));
                else
                    Problem(Error.Invalid("Line {0}: {1} holds an unknown code '{2}'.", line, column.Name, value.ToString()));
            }
            // After the first problem nothing is kept: the file is refused whole, only the report goes on.
            if (!rowIsGood || count > 0) continue;
            for (var i = 0; i < CtdcLayout.Count; i++) table.Columns[i].Append(codes[i]);
        }
        if (header) Problem(Error.Invalid("The file is empty: it has no CTDC header."));
        return count == 0 ? new CtdcReadResult(table, [], 0) : new CtdcReadResult(null, problems, count);
    }

    private static void CheckHeader(SepReader.Row row, Action<Error> problem)
    {
        for (var i = 0; i < Math.Max(row.ColCount, CtdcLayout.Count); i++)
        {
            var found = i < row.ColCount ? row[i].ToString().Trim('\uFEFF') : "";
            var expected = i < CtdcLayout.Count ? CtdcLayout.Columns[i].Name : "";
            if (found == expected) continue;
            problem(Error.Invalid("The header is not the 63-column CTDC layout: column {0} is '{1}' where '{2}' is expected.", i + 1, found, expected));
            return;
        }
    }
}
