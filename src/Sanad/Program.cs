using Sanad.Cli;
using Sanad.Web;

// One executable: without a verb it serves the node (web UI and API); with one, it runs an operator verb.
if (CliApp.IsVerb(args))
    return await CliApp.RunAsync(args, CliConsole.System);
return await NodeHost.ServeAsync(args);

/// <summary>Entry point; public so the tests' WebApplicationFactory can find it.</summary>
public partial class Program;
