namespace Sanad.Tests.Research;

/// <summary>
/// The real CTDC sample (2,239 rows; data: Counter Trafficking Data Collaborative), kept in the
/// shared folder beside the repository, not in it: shared/data/ctdc/ctdc-global-sample.csv.
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
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data", "ctdc", "ctdc-global-sample.csv");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("shared/data/ctdc/ctdc-global-sample.csv not found above the test folder.");
    }
}
