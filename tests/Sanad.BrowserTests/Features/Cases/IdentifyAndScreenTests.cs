using Microsoft.Playwright;
using Sanad.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sanad.BrowserTests.Features.Cases;

[Collection(SanadCollection.Name)]
public sealed class IdentifyAndScreenTests(SanadFixture sanad)
{
    // Its own demo user: the journey writes people, cases, screenings and decisions.
    private const string Role = "supervisor";

    [Fact]
    public async Task Registers_a_woman_in_arabic_screens_her_in_french_and_records_the_identification_decision()
    {
        await using var browser = await sanad.NewContextAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoUsers.Email(Role), DemoUsers.Password, DemoUsers.Name(Role));

        // Register her under her Arabic name only.
        await page.GotoAsync("/People/Register");
        await page.Locator("#Input_NameArabic").FillAsync("مريم يوسف الحداد");
        await page.Locator("#Input_Sex").SelectOptionAsync("female");
        await page.Locator("#Input_YearOfBirth").FillAsync("1998");
        await page.Locator("#Input_Nationality").FillAsync("SY");
        await page.Locator("main form button[type=submit]").ClickAsync();
        // Demo data may hold someone similar: the caseworker checks and registers her anyway.
        if (await page.Locator("#likely-duplicates").CountAsync() > 0)
            await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#person-name")).ToHaveTextAsync("مريم يوسف الحداد");

        // Open her case, then carry on in French.
        await page.GetByRole(AriaRole.Button, new() { Name = "Open a case" }).ClickAsync();
        await Expect(page.Locator("#case-reference")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^JO-\d{4}-\d{5}$"));
        var reference = await page.Locator("#case-reference").InnerTextAsync();
        await page.ChooseLanguageAsync("fr");

        // The screening interview, held in Arabic with an interpreter, recorded in French.
        await page.Locator("#screen-case").ClickAsync();
        await page.Locator("#InterviewLanguage").FillAsync("ar");
        await page.Locator("#InterpreterUsed").CheckAsync();
        foreach (var key in new[] { "dr-job_nature", "dr-conditions", "dr-contract", "ex-hours", "ex-living", "ex-hazardous", "ex-pay", "cd-documents", "cd-debt", "cd-isolation", "cd-violence" })
            await page.Locator($"#i-{key}").CheckAsync();
        await page.Locator("form[method=post]:has(input[name=Profile]) button[type=submit]").ClickAsync();

        await Expect(page.Locator("#outcome")).ToContainTextAsync("présum", new() { IgnoreCase = true });
        await Expect(page.Locator("#saved-to-case")).ToBeVisibleAsync();
        // The result explains itself: the dimensions that made it and the indicators behind them.
        await Expect(page.Locator("#result")).ToContainTextAsync("Tromperie sur la nature de l'emploi");

        // Back on the case: the screening filled the methods of control; record the decision.
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour au dossier" }).ClickAsync();
        await Expect(page.Locator("#case-reference")).ToHaveTextAsync(reference);
        await Expect(page.Locator("#methods-of-control")).ToContainTextAsync("Confiscation des documents");
        await page.Locator("#Decision_Outcome").SelectOptionAsync("presumed");
        await page.Locator("#Decision_Authority").SelectOptionAsync("ngo");
        await page.Locator("#Decision_DecidedOn").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await page.Locator("#Decision_Basis").FillAsync("Passeport retenu par l'employeur, salaire impayé.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();

        await Expect(page.Locator("#identification-decisions")).ToContainTextAsync("Victime présumée");
        await Expect(page.Locator("#trafficking-status")).ToContainTextAsync("Victime possible");
        await Expect(page.Locator("#case-history")).ToContainTextAsync("identification");
    }
}
