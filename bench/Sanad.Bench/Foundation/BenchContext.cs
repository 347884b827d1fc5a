namespace Sanad.Bench.Foundation;

/// <summary>What every measurement of a foundation run shares: the processes it started, one HTTP client, the node and a scratch folder.</summary>
internal sealed class BenchContext(ChildProcesses children, HttpClient http, SanadNode node, string scratchDirectory)
{
    private int _dataDirectories;

    public ChildProcesses Children => children;
    public HttpClient Http => http;
    public SanadNode Node => node;
    public string ScratchDirectory => scratchDirectory;

    public Task<ServerProcess> StartAsync(ServerCommand command) => ServerProcess.StartAsync(children, http, command);

    /// <summary>A data directory that does not exist yet: the node creates it and its database on start.</summary>
    public string NewDataDirectory() => Path.Combine(scratchDirectory, $"data-{++_dataDirectories}");
}
