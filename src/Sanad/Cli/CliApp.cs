using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Localization;
using Sanad.Data;
using Sanad.Features;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Cli;

/// <summary>Where a verb writes and reads: the console, or a test's buffers.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    public static CliConsole System => new(Console.In, Console.Out, Console.Error);
}

/// <summary>
/// The operator's verbs, in the same executable as the web node: <c>sanad --help</c> lists them.
/// Every verb prints a clear error and exits non-zero on bad input.
/// </summary>
public static class CliApp
{
    public static readonly string[] Verbs = ["serve", "migrate", "agency", "user", "token", "audit", "keys", "screen", "seed", "deadlines", "research", "seed-programme", "--help", "-h", "-?", "--version"];

    /// <summary>Anything that is not a verb (no arguments, or only options like --demo) starts the web node.</summary>
    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Folder for the SQLite database and key files (default ./data, or SANAD_DATA_DIR)",
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args, CliConsole console, IDictionary<string, string?>? settings = null)
    {
        var root = new RootCommand("Sanad: protection and referral for victims of trafficking. Without a verb, serves the web node.");
        root.Options.Add(DataDir);
        var context = new CliContext(console, settings);
        root.Subcommands.Add(ServeVerb.Create());
        root.Subcommands.Add(MigrateVerb.Create(context));
        root.Subcommands.Add(AgencyVerbs.Create(context));
        root.Subcommands.Add(UserVerbs.Create(context));
        root.Subcommands.Add(TokenVerbs.Create(context));
        root.Subcommands.Add(AuditVerbs.Create(context));
        root.Subcommands.Add(KeysVerbs.Create(context));
        root.Subcommands.Add(ScreenVerb.Create(context));
        root.Subcommands.Add(SeedVerb.Create(context));
        root.Subcommands.Add(DeadlineVerbs.Create(context));
        root.Subcommands.Add(ResearchVerbs.Create(context));
        root.Subcommands.Add(BudgetSeedVerb.Create(context));
        var parsed = root.Parse(args);
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (System.Data.Common.DbException e)
        {
            // Unreachable server, wrong credentials, or a database that was never migrated: the operator's to fix.
            console.Error.WriteLine($"error: the database cannot be used ({e.GetType().Name}: {e.Message}). Check the connection settings and run `sanad migrate`.");
            return ExitCodes.DatabaseUnavailable;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.Error.WriteLine($"error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}

/// <summary>Builds the services a verb needs (database, accounts, audit) against the configured store.</summary>
public sealed class CliContext(CliConsole console, IDictionary<string, string?>? settings)
{
    public CliConsole Console => console;

    private ServiceProvider Services(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (parse.GetValue(CliApp.DataDir) is { } dir) overrides[DatabaseSettings.DataDirKey] = dir;
        var config = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var database = DatabaseSettings.From(config);
        var security = config.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(AccessScope.System);
        services.AddLocalization();
        services.AddDataProtection().SetApplicationName("Sanad")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(database.DataDirectory, "keys")));
        services.AddSanadDatabase(database);
        services.AddSanadIdentityCore(security);
        services.AddSanadUseCases();
        if (database.Provider == DatabaseProvider.Sqlite) DatabaseSetup.EnsureDataDirectory(database);
        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>Runs a verb in its own service scope, with the operator's translations at hand.</summary>
    public async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, IStringLocalizer, Task<int>> verb)
    {
        await using var services = Services(parse);
        using var scope = services.CreateScope();
        return await verb(scope.ServiceProvider, Translator(scope.ServiceProvider));
    }

    /// <summary>The operator's language: SANAD_LANGUAGE, else the system's, else English.</summary>
    public static IStringLocalizer Translator(IServiceProvider services)
    {
        var language = Environment.GetEnvironmentVariable("SANAD_LANGUAGE");
        if (Domain.Accounts.Languages.IsSupported(language))
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = Localization.CultureFor(language!);
        return services.GetRequiredService<IStringLocalizer<SharedResource>>();
    }

    /// <summary>
    /// Runs a verb that needs no database (the screening batch): nothing is opened or created in the
    /// data folder, so a survey team can run it on a laptop that holds no node.
    /// </summary>
    public async Task<int> RunWithoutDatabaseAsync(Func<IStringLocalizer, Task<int>> verb)
    {
        await using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        return await verb(Translator(services));
    }

    /// <summary>Prints each field error and returns the exit code for bad input.</summary>
    public int Invalid(Dictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages)
                console.Error.WriteLine($"error: {(field.Length > 0 ? field + ": " : "")}{message}");
        return ExitCodes.BadInput;
    }

    public int Failed(Domain.Error error, IStringLocalizer t)
    {
        console.Error.WriteLine("error: " + t[error.MessageKey, error.Args]);
        return error.Kind == Domain.ErrorKind.NotFound ? ExitCodes.NotFound : ExitCodes.BadInput;
    }
}

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>An unexpected failure, or a command line that could not be parsed.</summary>
    public const int Failed = 1;
    public const int BadInput = 2;
    public const int NotFound = 3;
    public const int AuditChainBroken = 4;
    public const int DatabaseUnavailable = 5;
}
