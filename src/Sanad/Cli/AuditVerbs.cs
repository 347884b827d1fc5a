using System.CommandLine;
using Sanad.Data;
using Sanad.Security;

namespace Sanad.Cli;

/// <summary><c>sanad audit verify</c>: exits 0 when the chain is intact; otherwise names the first bad entry and exits 4.</summary>
internal static class AuditVerbs
{
    public static Command Create(CliContext cli)
    {
        var verify = new Command("verify", "Check the audit trail's hash chain; exit 0 when intact, 4 naming the first bad entry when not");
        verify.SetAction((parse, ct) => cli.RunAsync(parse, async (services, _) =>
        {
            var db = services.GetRequiredService<SanadDb>();
            var count = db.AuditEntries.LongCount();
            var broken = await AuditTrail.VerifyAsync(db, ct);
            if (broken is null)
            {
                cli.Console.Out.WriteLine($"audit chain intact: {count} entries");
                return ExitCodes.Ok;
            }
            cli.Console.Error.WriteLine($"audit chain broken at entry {broken.Sequence}: {broken.Reason}");
            return ExitCodes.AuditChainBroken;
        }));
        return new Command("audit", "Audit trail tools") { verify };
    }
}
