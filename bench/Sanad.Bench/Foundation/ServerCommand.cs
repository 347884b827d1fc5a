namespace Sanad.Bench.Foundation;

/// <summary>How to start one server process (<c>dotnet Dll Arguments</c>) and how to tell it is ready.</summary>
internal sealed record ServerCommand(
    string Name,
    string Dll,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    Uri BaseAddress,
    string ReadyPath);
