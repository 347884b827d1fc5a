using Microsoft.Playwright;

namespace Sanad.BrowserTests.Support;

/// <summary>
/// One demo node and one headless Chromium for the whole suite: starting them is the slow part.
/// Each test opens its own browser context (its own cookies) and signs in as its own demo user,
/// so tests do not see each other's sessions or settings.
/// </summary>
public sealed class SanadFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium. Playwright's own browser download cannot reach this machine.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private SanadNode? node;
    private IPlaywright? playwright;
    private IBrowser? browser;

    internal SanadNode Node => node ?? throw new InvalidOperationException("The fixture is not started.");
    private IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture is not started.");

    public async Task InitializeAsync()
    {
        // Fail, not skip: a suite that silently runs nothing would hide a broken machine.
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. The browser tests drive the system Chromium; install it (Debian: apt-get install chromium).");

        Assertions.SetDefaultExpectTimeout(10_000);
        node = await SanadNode.StartAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A fresh browser (no cookies) pointed at the node, in English unless a locale is given.</summary>
    public async Task<IBrowserContext> NewContextAsync(string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Node.BaseUrl.ToString(),
            Locale = locale,
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (browser is not null) await browser.DisposeAsync();
            playwright?.Dispose();
        }
        finally
        {
            // Whatever happened to the browser, the node process and its data folder must go.
            if (node is not null) await node.DisposeAsync();
        }
    }
}

/// <summary>Every browser test shares the fixture, so they run one after another against one node.</summary>
[CollectionDefinition(Name)]
public sealed class SanadCollection : ICollectionFixture<SanadFixture>
{
    public const string Name = "Sanad node in Chromium";
}
