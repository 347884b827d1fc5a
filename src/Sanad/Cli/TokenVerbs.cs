using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Sanad.Features.Account;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Cli;

/// <summary><c>sanad token create</c>: issues a personal access token and prints it once, alone on standard output.</summary>
internal static class TokenVerbs
{
    public static Command Create(CliContext cli)
    {
        var email = new Option<string>("--email") { Description = "The user the token acts as", Required = true };
        var name = new Option<string>("--name") { Description = "What the token is for, e.g. 'ministry dashboard'", Required = true };
        var days = new Option<int>("--days") { Description = "Days until it expires (1 to 365)", DefaultValueFactory = _ => 90 };

        var create = new Command("create", "Create a personal access token; prints the token once") { email, name, days };
        create.SetAction((parse, ct) => cli.RunAsync(parse, async (services, t) =>
        {
            var input = new TokenInput { Name = parse.GetValue(name)!, Days = parse.GetValue(days) };
            var errors = RequestValidation.Check(input, t);
            if (errors.Count > 0) return cli.Invalid(errors);
            var user = await services.GetRequiredService<UserManager<SanadUser>>().FindByEmailAsync(parse.GetValue(email)!);
            if (user is null || user.IsDisabled)
            {
                cli.Console.Error.WriteLine("error: " + t["No active user has this email."]);
                return ExitCodes.NotFound;
            }
            var result = await services.GetRequiredService<AccessTokens>().CreateAsync(user.Id, input, ct);
            if (!result.Succeeded) return cli.Failed(result.Error!, t);
            cli.Console.Out.WriteLine(result.Value!.Token);
            return ExitCodes.Ok;
        }));
        return new Command("token", "Manage personal access tokens") { create };
    }
}
