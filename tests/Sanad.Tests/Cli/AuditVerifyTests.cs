using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Cli;

/// <summary>
/// `sanad audit verify` against a real trail written by real sign-ins, then tampered with in the
/// database the way an intruder with SQL access would: any changed byte, removed or inserted row
/// makes it fail and name the first bad entry. Each test gets its own node.
/// </summary>
public sealed class AuditVerifyTests : IAsyncLifetime
{
    private readonly SanadApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        foreach (var role in new[] { Roles.Caseworker, Roles.Police, Roles.Inspector, Roles.Viewer })
            await _app.SignedInAsync(Demo.Email(role));
        await _app.NewClient().SignInAsync(Demo.Email(Roles.Police), "wrong-Password-1");
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)_app).DisposeAsync();

    private Task<int> ExecuteAsync(string sql) =>
        _app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Database.ExecuteSqlRawAsync(sql));

    [Fact]
    public async Task An_untouched_trail_verifies()
    {
        var result = await _app.CliAsync("audit", "verify");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("audit chain intact: 5 entries", result.Output);
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET \"Detail\" = 'passwore' WHERE \"Sequence\" = 3")]
    [InlineData("UPDATE audit_entries SET \"ClientAddress\" = '10.0.0.1' WHERE \"Sequence\" = 3")]
    [InlineData("UPDATE audit_entries SET \"Outcome\" = 'Failure' WHERE \"Sequence\" = 3")]
    public async Task Changing_one_field_of_one_row_is_detected_at_that_row(string sql)
    {
        Assert.Equal(1, await ExecuteAsync(sql));
        var result = await _app.CliAsync("audit", "verify");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("entry 3", result.Error);
    }

    [Fact]
    public async Task Changing_one_byte_of_a_hash_is_detected()
    {
        var hash = await _app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().AuditEntries.Where(e => e.Sequence == 2).Select(e => e.Hash).SingleAsync());
        var altered = (hash[0] == 'a' ? 'b' : 'a') + hash[1..];
        await ExecuteAsync($"UPDATE audit_entries SET \"Hash\" = '{altered}' WHERE \"Sequence\" = 2");
        var result = await _app.CliAsync("audit", "verify");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("entry 2", result.Error);
    }

    [Fact]
    public async Task Removing_a_row_is_detected()
    {
        await ExecuteAsync("DELETE FROM audit_entries WHERE \"Sequence\" = 2");
        var result = await _app.CliAsync("audit", "verify");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("entry 2", result.Error);
    }

    [Fact]
    public async Task Removing_the_newest_rows_is_detected()
    {
        await ExecuteAsync("DELETE FROM audit_entries WHERE \"Sequence\" >= 4");
        var result = await _app.CliAsync("audit", "verify");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("entry 4", result.Error);
    }

    [Fact]
    public async Task Inserting_a_forged_row_is_detected()
    {
        // A forger copies a real row's hashes under a new sequence number at the end of the chain.
        await ExecuteAsync("""
            INSERT INTO audit_entries ("Sequence", "At", "Action", "Outcome", "PreviousHash", "Hash")
            SELECT 6, "At", 'account.sign-in', 'Success', "Hash", "Hash" FROM audit_entries WHERE "Sequence" = 5
            """);
        var result = await _app.CliAsync("audit", "verify");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("entry 6", result.Error);
    }
}
