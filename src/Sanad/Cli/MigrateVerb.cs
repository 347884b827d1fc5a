using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Features.Admin;

namespace Sanad.Cli;

/// <summary><c>sanad migrate</c>: applies pending migrations on SQLite or PostgreSQL. Production upgrades go through this verb.</summary>
internal static class MigrateVerb
{
    public static Command Create(CliContext cli)
    {
        var migrate = new Command("migrate", "Create or upgrade the database schema (SQLite or PostgreSQL)");
        migrate.SetAction((parse, ct) => cli.RunAsync(parse, async (services, _) =>
        {
            var db = services.GetRequiredService<SanadDb>();
            try
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                await DatabaseSetup.MigrateAsync(db, ct);
                await services.GetRequiredService<NodeBootstrap>().EnsureReadyAsync(ct);
                cli.Console.Out.WriteLine(pending.Count == 0
                    ? $"{db.Provider}: schema is up to date."
                    : $"{db.Provider}: applied {pending.Count} migration(s): {string.Join(", ", pending)}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                cli.Console.Error.WriteLine($"error: cannot migrate the {db.Provider} database: {e.GetType().Name}: {e.Message}");
                return ExitCodes.DatabaseUnavailable;
            }
        }));
        return migrate;
    }
}
