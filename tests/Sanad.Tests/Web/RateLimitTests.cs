using System.Net;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Web;

/// <summary>A node with the production-like limit of 3 sign-in attempts a minute per address.</summary>
public sealed class StrictSignInLimitApp : SanadApp
{
    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["Security:SignInAttemptsPerMinute"] = "3",
        ["Security:TokenRequestsPerMinute"] = "2",
    };
}

public sealed class RateLimitTests(StrictSignInLimitApp app) : IClassFixture<StrictSignInLimitApp>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_and_reading_pages_is_not_limited()
    {
        var client = app.NewClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(Demo.Email(Roles.Caseworker), "Wrong-Password-1!")).StatusCode);
        var limited = await client.SignInAsync(Demo.Email(Roles.Caseworker));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.Contains("Retry-After"));
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/SignIn")).StatusCode);
    }
}
