using System.CommandLine;
using Sanad.Domain.Accounts;
using Sanad.Features.Users;
using Sanad.Web;

namespace Sanad.Cli;

/// <summary><c>sanad user add</c>: creates a user with a password read from standard input, and prints the user's id.</summary>
internal static class UserVerbs
{
    public static Command Create(CliContext cli)
    {
        var email = new Option<string>("--email") { Description = "Sign-in email", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var agency = new Option<string>("--agency") { Description = "Code of the user's agency", Required = true };
        var role = new Option<string[]>("--role") { Description = "A role (repeat for several): " + string.Join(", ", Roles.All), Required = true, AllowMultipleArgumentsPerToken = false };
        var language = new Option<string?>("--language") { Description = "ar, fr or en" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input (required: passwords never go on the command line)" };

        var add = new Command("add", "Add a user; prints the user's id") { email, name, agency, role, language, passwordStdin };
        add.SetAction((parse, ct) => cli.RunAsync(parse, async (services, t) =>
        {
            if (!parse.GetValue(passwordStdin))
            {
                cli.Console.Error.WriteLine("error: " + t["Give the password on standard input with --password-stdin."]);
                return ExitCodes.BadInput;
            }
            var password = (await cli.Console.In.ReadLineAsync(ct))?.TrimEnd('\r') ?? "";
            var input = new UserInput
            {
                Email = parse.GetValue(email)!, DisplayName = parse.GetValue(name)!, AgencyCode = parse.GetValue(agency)!,
                Roles = [.. parse.GetValue(role) ?? []], Language = parse.GetValue(language),
            };
            var errors = RequestValidation.Check(input, t);
            if (password.Length == 0) errors["password"] = [t["The {0} field is required.", t["Password"]]];
            if (errors.Count > 0) return cli.Invalid(errors);
            var result = await services.GetRequiredService<UserAccounts>().CreateAsync(input, password, ct);
            if (!result.Succeeded) return cli.Failed(result.Error!, t);
            cli.Console.Out.WriteLine(result.Value!.Id.ToString());
            return ExitCodes.Ok;
        }));
        return new Command("user", "Manage users") { add };
    }
}
