using System.Net;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Cli;

public sealed class CliVerbTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task Help_lists_every_verb()
    {
        var result = await app.CliAsync("--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var verb in new[] { "serve", "migrate", "agency", "user", "token", "audit" })
            Assert.Contains(verb, result.Output);
    }

    [Fact]
    public async Task Migrate_twice_says_the_schema_is_up_to_date()
    {
        var result = await app.CliAsync("migrate");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("up to date", result.Output);
    }

    [Fact]
    public async Task Agency_add_prints_the_new_id_and_refuses_bad_input()
    {
        var added = await app.CliAsync("agency", "add", "--code", "IQ-KRG-MOLSA", "--name", "Ministry of Labour and Social Affairs", "--country", "IQ", "--kind", "ministry");
        Assert.Equal(0, added.ExitCode);
        Assert.True(Guid.TryParse(added.Output.Trim(), out _), added.Output);

        var duplicate = await app.CliAsync("agency", "add", "--code", "iq-krg-molsa", "--name", "Again", "--country", "IQ", "--kind", "ministry");
        Assert.NotEqual(0, duplicate.ExitCode);
        Assert.Contains("already exists", duplicate.Error);

        var badKind = await app.CliAsync("agency", "add", "--code", "X1", "--name", "X", "--country", "IQ", "--kind", "embassy");
        Assert.NotEqual(0, badKind.ExitCode);
        Assert.Contains("Unknown agency kind", badKind.Error);

        var badCountry = await app.CliAsync("agency", "add", "--code", "X2", "--name", "X", "--country", "Iraq", "--kind", "ngo");
        Assert.NotEqual(0, badCountry.ExitCode);
        Assert.Contains("ISO 3166", badCountry.Error);

        var missing = await app.CliAsync("agency", "add", "--code", "X3");
        Assert.NotEqual(0, missing.ExitCode);
    }

    [Fact]
    public async Task User_add_reads_the_password_from_stdin_and_the_user_can_sign_in()
    {
        var result = await CliRun.RunWithInputAsync(app.Database.Settings, "Strong-Password-2026!\n",
            "user", "add", "--email", "amal@example.org", "--name", "Amal", "--agency", "JO-KARAMA", "--role", "caseworker", "--role", "supervisor", "--password-stdin");
        Assert.Equal(0, result.ExitCode);
        Assert.True(Guid.TryParse(result.Output.Trim(), out _), result.Output);
        var client = await app.SignedInAsync("amal@example.org", "Strong-Password-2026!");
        Assert.Contains("Amal", await client.GetPageAsync("/"));
    }

    [Fact]
    public async Task User_add_refuses_weak_passwords_unknown_roles_and_agencies()
    {
        var weak = await CliRun.RunWithInputAsync(app.Database.Settings, "short\n",
            "user", "add", "--email", "weak@example.org", "--name", "W", "--agency", "JO-KARAMA", "--role", "caseworker", "--password-stdin");
        Assert.NotEqual(0, weak.ExitCode);
        Assert.Contains("at least 12 characters", weak.Error);

        var role = await CliRun.RunWithInputAsync(app.Database.Settings, "Strong-Password-2026!\n",
            "user", "add", "--email", "r@example.org", "--name", "R", "--agency", "JO-KARAMA", "--role", "superuser", "--password-stdin");
        Assert.NotEqual(0, role.ExitCode);
        Assert.Contains("Unknown role", role.Error);

        var agency = await CliRun.RunWithInputAsync(app.Database.Settings, "Strong-Password-2026!\n",
            "user", "add", "--email", "a@example.org", "--name", "A", "--agency", "NOPE", "--role", "caseworker", "--password-stdin");
        Assert.NotEqual(0, agency.ExitCode);
        Assert.Contains("NOPE", agency.Error);

        var noStdin = await app.CliAsync("user", "add", "--email", "n@example.org", "--name", "N", "--agency", "JO-KARAMA", "--role", "caseworker");
        Assert.NotEqual(0, noStdin.ExitCode);
        Assert.Contains("--password-stdin", noStdin.Error);
    }

    [Fact]
    public async Task Token_create_refuses_unknown_users_and_bad_days()
    {
        var unknown = await app.CliAsync("token", "create", "--email", "nobody@example.org", "--name", "x");
        Assert.Equal(3, unknown.ExitCode);
        Assert.Equal("", unknown.Output);

        var days = await app.CliAsync("token", "create", "--email", Demo.Email(Roles.Viewer), "--name", "x", "--days", "400");
        Assert.NotEqual(0, days.ExitCode);
        Assert.Equal("", days.Output);
    }

    [Fact]
    public async Task Cli_writes_are_audited_like_web_writes()
    {
        var id = (await app.CliAsync("agency", "add", "--code", "LB-ISF", "--name", "Internal Security Forces", "--country", "LB", "--kind", "police")).Output.Trim();
        var admin = await app.ApiAsync(Roles.Admin);
        var entries = await admin.GetStringAsync($"/api/v1/admin/audit?action=agency.created&targetId={id}");
        Assert.Contains("\"total\":1", entries);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/agencies/" + id)).StatusCode);
    }

    [Fact]
    public async Task A_verb_on_a_database_that_was_never_migrated_says_so_and_exits_5()
    {
        var empty = Path.Combine(Path.GetTempPath(), "sanad-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var result = await CliRun.RunAsync(new Dictionary<string, string?> { ["data-dir"] = empty }, "audit", "verify");
            Assert.Equal(5, result.ExitCode);
            Assert.Contains("sanad migrate", result.Error);
            Assert.DoesNotContain("   at ", result.Error);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(empty, recursive: true);
        }
    }
}
