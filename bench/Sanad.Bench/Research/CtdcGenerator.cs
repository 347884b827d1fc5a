using Sanad.Features.Research;

namespace Sanad.Bench.Research;

/// <summary>
/// N records in the CTDC layout with the real sample's distributions: each record copies a random
/// sample row (so flags, ages and countries keep their joint shape), then each quasi-identifier is
/// redrawn, with probability 0.1, from another random row. That keeps the sample's marginals and
/// creates the rare combinations anonymisation has to deal with, as a larger real file would.
/// </summary>
internal static class CtdcGenerator
{
    public const double RedrawShare = 0.1;

    public static string SamplePath()
    {
        for (var dir = new DirectoryInfo(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            // The repository's copy (tests/data/ctdc, so a clean clone has it), else the project's shared folder.
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "tests", "data", "ctdc", "ctdc-global-sample.csv"),
                                              Path.Combine(dir.FullName, "shared", "data", "ctdc", "ctdc-global-sample.csv") })
                if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("tests/data/ctdc/ctdc-global-sample.csv not found above the repository.");
    }

    public static void Write(string path, int records, int seed)
    {
        var sample = CtdcReader.Read(SamplePath()).Table ?? throw new InvalidDataException("The CTDC sample does not read.");
        var table = new CtdcTable();
        var quasi = CtdcLayout.DefaultQuasiIdentifiers.Select(CtdcLayout.IndexOf).ToHashSet();
        var random = new Random(seed);
        var codes = sample.Columns.Select(c => c.Values.Select(v => table.Columns[sample.Columns.ToList().IndexOf(c)].Intern(v)).ToArray()).ToArray();
        for (var r = 0; r < records; r++)
        {
            var source = random.Next(sample.RowCount);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var from = quasi.Contains(c) && random.NextDouble() < RedrawShare ? random.Next(sample.RowCount) : source;
                table.Columns[c].Append(codes[c][sample.Columns[c].Codes[from]]);
            }
        }
        CtdcWriter.Write(path, table);
    }
}
