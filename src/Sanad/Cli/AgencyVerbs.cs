using System.CommandLine;
using Sanad.Domain.Agencies;
using Sanad.Features.Agencies;
using Sanad.Web;

namespace Sanad.Cli;

/// <summary><c>sanad agency add</c>: registers an agency and prints its id.</summary>
internal static class AgencyVerbs
{
    public static Command Create(CliContext cli)
    {
        var code = new Option<string>("--code") { Description = "Unique short code, e.g. JO-PSD-AHTU", Required = true };
        var name = new Option<string>("--name") { Description = "Name in English", Required = true };
        var nameFr = new Option<string?>("--name-fr") { Description = "Name in French" };
        var nameAr = new Option<string?>("--name-ar") { Description = "Name in Arabic" };
        var country = new Option<string>("--country") { Description = "ISO 3166-1 alpha-2 country code, e.g. JO", Required = true };
        var kind = new Option<string>("--kind") { Description = "One of: " + string.Join(", ", AgencyKinds.All.Select(k => k.Code())), Required = true };

        var add = new Command("add", "Add an agency; prints its id") { code, name, nameFr, nameAr, country, kind };
        add.SetAction((parse, ct) => cli.RunAsync(parse, async (services, t) =>
        {
            var input = new AgencyInput
            {
                Code = parse.GetValue(code)!, NameEn = parse.GetValue(name)!, NameFr = parse.GetValue(nameFr), NameAr = parse.GetValue(nameAr),
                Country = parse.GetValue(country)!, Kind = parse.GetValue(kind)!,
            };
            var errors = RequestValidation.Check(input, t);
            if (errors.Count > 0) return cli.Invalid(errors);
            var result = await services.GetRequiredService<SaveAgency>().CreateAsync(input, ct);
            if (!result.Succeeded) return cli.Failed(result.Error!, t);
            cli.Console.Out.WriteLine(result.Value.ToString());
            return ExitCodes.Ok;
        }));
        return new Command("agency", "Manage agencies") { add };
    }
}
