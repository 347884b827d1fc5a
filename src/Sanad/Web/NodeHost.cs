using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sanad.Data;
using Sanad.Features.Admin;
using Sanad.Security;

namespace Sanad.Web;

/// <summary>
/// Starts the web node: on SQLite the database is created and migrated on first run; on
/// PostgreSQL pending migrations stop the start (run <c>sanad migrate</c>). <c>--demo</c> seeds demo data.
/// </summary>
public static class NodeHost
{
    public static async Task<int> ServeAsync(string[] args, CancellationToken ct = default)
    {
        var demo = args.Contains("--demo");
        try
        {
            var app = SanadWebApp.Build([.. args.Where(a => a != "--demo")]);
            if (!await PrepareAsync(app.Services, demo, Console.Out, Console.Error, ct))
                return 1;
            await app.RunAsync(ct);
            return 0;
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            // A configuration or start-up problem is the operator's to fix: say what, without a stack trace.
            await Console.Error.WriteLineAsync($"Sanad could not start: {e.Message}");
            return 1;
        }
    }

    public static async Task<bool> PrepareAsync(IServiceProvider services, bool demo, TextWriter output, TextWriter errors, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        // The operator starting the node, with the system's rights (as at the command line); set before anything is resolved.
        scope.ServiceProvider.GetRequiredService<OperatorWork>().Begin();
        var db = scope.ServiceProvider.GetRequiredService<SanadDb>();
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await DatabaseSetup.MigrateAsync(db, ct);
        }
        else if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await errors.WriteLineAsync("The PostgreSQL database has pending migrations. Run `sanad migrate` first.");
            return false;
        }
        var bootstrap = scope.ServiceProvider.GetRequiredService<NodeBootstrap>();
        await bootstrap.EnsureReadyAsync(ct);
        if (demo)
        {
            var emails = await bootstrap.SeedDemoAsync(ct: ct);
            await output.WriteLineAsync("Demo data is ready. Sign in with one of these accounts (one per role):");
            foreach (var email in emails) await output.WriteLineAsync("  " + email);
            await output.WriteLineAsync($"Demo password for all of them: {NodeBootstrap.DemoPassword}");
        }
        return true;
    }
}
