using System.CommandLine;
using Sanad.Security.Encryption;

namespace Sanad.Cli;

/// <summary><c>sanad keys rotate</c>: a new field-encryption key, every sealed record re-sealed with it, old keys retired.</summary>
internal static class KeysVerbs
{
    public static Command Create(CliContext cli)
    {
        var rotate = new Command("rotate", "Make a new field-encryption key and re-seal every identifying record with it");
        rotate.SetAction((parse, ct) => cli.RunAsync(parse, async (services, _) =>
        {
            var report = await services.GetRequiredService<KeyRotation>().RotateAsync(ct);
            cli.Console.Out.WriteLine($"new field key {report.NewKeyId}; {report.Resealed} record(s) re-sealed; {report.RetiredKeys} old key(s) retired");
            return ExitCodes.Ok;
        }));
        return new Command("keys", "Encryption keys") { rotate };
    }
}
