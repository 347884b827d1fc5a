using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Features.Admin;
using Sanad.Features.Users;

namespace Sanad.Tests.Support;

/// <summary>
/// The real Sanad node in memory (WebApplicationFactory over the real Program), on its own real
/// database, with the demo agencies and demo users seeded. Clients sign in through the real pages.
/// </summary>
public class SanadApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    /// <summary>Every log line the node wrote, at every level.</summary>
    public LogSink Logs { get; } = new();

    /// <summary>Settings a test class can change (rate limits, timeouts).</summary>
    protected virtual IDictionary<string, string?> Overrides => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        using var scope = Services.CreateScope();
        var bootstrap = scope.ServiceProvider.GetRequiredService<NodeBootstrap>();
        await bootstrap.EnsureReadyAsync();
        // Agencies and users only: the demo people and cases would slow every test class; DemoDataTests seeds them.
        await bootstrap.SeedDemoAsync(includeCases: false);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Database.Settings)
            builder.UseSetting(key, value);
        // Sessions re-check their account on every request, so "sign out everywhere" and disabling are seen at once.
        builder.UseSetting("Security:SessionRecheckSeconds", "0");
        builder.UseSetting("Security:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("Security:TokenRequestsPerMinute", "100000");
        foreach (var (key, value) in Overrides)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Trace));
    }

    /// <summary>A browser-like client: HTTPS (so secure cookies flow), cookies kept, redirects not followed.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>An API client acting as the demo user of a role, with a token made by the real `sanad token create`.</summary>
    public async Task<HttpClient> ApiAsync(string role) =>
        NewClient().WithToken((await CliAsync("token", "create", "--email", Demo.Email(role), "--name", "test")).Output.Trim());

    public CliRun.Outcome Cli(params string[] args) => CliRun.RunAsync(Database.Settings, args).GetAwaiter().GetResult();

    public Task<CliRun.Outcome> CliAsync(params string[] args) => CliRun.RunAsync(Database.Settings, args);

    /// <summary>A fresh user of its own, for tests that change a user (2FA, disable, lockout) without touching the shared demo users.</summary>
    public async Task<(Guid Id, string Email)> NewUserAsync(string role, string agency = "JO-KARAMA", string password = Demo.Password)
    {
        using var scope = Services.CreateScope();
        var email = $"{role}-{Guid.NewGuid():N}@test.sanad.local";
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(
            new UserInput { Email = email, DisplayName = $"Test {role}", AgencyCode = agency, Roles = [role] }, password);
        if (!result.Succeeded) throw new InvalidOperationException(result.Error!.MessageKey);
        return (result.Value!.Id, email);
    }

    public T Scoped<T>(Func<IServiceProvider, T> use)
    {
        using var scope = Services.CreateScope();
        return use(scope.ServiceProvider);
    }

    public async Task<T> ScopedAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        using var scope = Services.CreateScope();
        return await use(scope.ServiceProvider);
    }

    public DatabaseProvider Provider => TestDatabase.Provider;
}

public static class Demo
{
    public const string Password = NodeBootstrap.DemoPassword;
    public static string Email(string role) => NodeBootstrap.DemoEmail(role);
}
