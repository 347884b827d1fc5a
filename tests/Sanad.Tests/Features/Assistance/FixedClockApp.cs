using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Assistance;

/// <summary>
/// The node with its clock stopped at noon UTC of the day the tests start, so "today", "overdue"
/// and "within 7 days" mean the same from the first request of a test to its last assertion.
/// </summary>
public sealed class FixedClockApp : SanadApp
{
    public static readonly DateTimeOffset Now = new(DateTime.UtcNow.Date.AddHours(12), TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new StoppedClock()));
    }

    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
