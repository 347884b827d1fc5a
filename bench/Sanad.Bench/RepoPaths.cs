namespace Sanad.Bench;

/// <summary>Where the repository is, found from the working directory so that any clone works.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string BenchmarksDocument => Path.Combine(Root, "docs", "benchmarks.md");

    /// <summary>Build output of the bench itself; ignored by git (see .gitignore: /artifacts/).</summary>
    public static string Artifacts => Path.Combine(Root, "artifacts", "bench");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Sanad.slnx")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the bench from inside the Sanad repository (no Sanad.slnx found above the working directory).");
    }
}
