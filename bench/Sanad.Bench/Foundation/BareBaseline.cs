namespace Sanad.Bench.Foundation;

/// <summary>The bare ASP.NET Core server (<see cref="BareServer"/>), run as a separate process of this same executable.</summary>
internal static class BareBaseline
{
    /// <summary>
    /// Sanad is a Web SDK app, which turns on Server GC; this executable is a console app, which does
    /// not. The baseline gets the same GC so the comparison is about the code, not the collector.
    /// </summary>
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_gcServer"] = "1",
    };

    public static ServerCommand Serve(string scratchDirectory)
    {
        var address = LoopbackPort.NextFreeAddress();
        var workingDirectory = Directory.CreateDirectory(Path.Combine(scratchDirectory, "bare")).FullName;
        return new ServerCommand("bare", typeof(BareBaseline).Assembly.Location,
            [BareServer.Mode, "--urls", address.ToString().TrimEnd('/')],
            workingDirectory, Environment, address, "/");
    }
}
