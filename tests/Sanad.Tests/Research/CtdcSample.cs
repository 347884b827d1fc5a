namespace Sanad.Tests.Research;

/// <summary>
/// The real CTDC sample (2,239 rows; data: Counter Trafficking Data Collaborative), kept in the
/// repository at tests/data/ctdc/ctdc-global-sample.csv (with its source and attribution in the README beside it).
/// </summary>
internal static class CtdcSample
{
    public static string Path { get; } = Find();

    /// <summary>The sample as rows of fields (it has no quoted fields), header first.</summary>
    public static string[][] Rows(string path) => [.. File.ReadAllLines(path).Select(l => l.Split(','))];

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            // The repository's copy (tests/data/ctdc, so a clean clone has it), else the project's shared folder.
            foreach (var candidate in new[] { System.IO.Path.Combine(dir.FullName, "tests", "data", "ctdc", "ctdc-global-sample.csv"),
                                              System.IO.Path.Combine(dir.FullName, "shared", "data", "ctdc", "ctdc-global-sample.csv") })
                if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("tests/data/ctdc/ctdc-global-sample.csv not found above the test folder.");
    }
}
