using System.Globalization;
using MiniExcelLibs;
using Microsoft.Playwright;
using Sanad.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sanad.BrowserTests.Features.Programme;

/// <summary>
/// Issue 6's programme journey, through the pages only, by the demo programme manager in three
/// languages: a training in French (session, enrolment, attendance, pre/post tests, knowledge gain),
/// a regional dialogue in Arabic (a recommendation issued and followed up with evidence, seen in the
/// tracker and its history), then in English two expenditures in EUR and JOD at a rate entered first,
/// and the EU's donor report downloaded as PDF and XLSX, whose figures are those entered.
/// </summary>
[Collection(SanadCollection.Name)]
public sealed class ProgrammeJourneyTests(SanadFixture sanad)
{
    private const string Role = "programme";

    [Fact]
    public async Task Programme_manager_records_a_training_a_dialogue_and_expenditures_then_downloads_the_donor_report()
    {
        await using var desk = await Desk.SignInAsync(sanad, Role, "fr");
        var page = desk.Page;
        // The demo programme runs from January of last year to the end of next year; the previous month
        // is always inside it, and its 3rd holds none of the demo's expenditures (those are on the 15th).
        var today = DateOnly.FromDateTime(DateTime.Today);
        var day = new DateOnly(today.Year, today.Month, 3).AddMonths(-1);
        var run = Guid.NewGuid().ToString("N")[..6];

        await RecordTrainingAsync(page, $"Formation des inspecteurs du travail {run}", day);

        await page.ChooseLanguageAsync("ar");
        await RecordDialogueAndFollowUpAsync(page, $"Dialogue régional d'Amman {run}", day, run);

        await page.ChooseLanguageAsync("en");
        await RecordExpendituresAsync(page, day, run);
        await DownloadDonorReportAsync(page, day);
    }

    /// <summary>Plans a training, adds a session, enrols three people, marks them present and records their tests.</summary>
    private static async Task RecordTrainingAsync(IPage page, string title, DateOnly day)
    {
        await page.Locator("header a[href='/Programme']").ClickAsync();
        await page.Locator("#plan-activity").ClickAsync();
        await page.Locator("#Input_Kind").SelectOptionAsync("training");
        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_Country").FillAsync("JO");
        await page.Locator("#Input_StartsOn").FillAsync(Iso(day));
        await page.Locator("#Input_EndsOn").FillAsync(Iso(day.AddDays(2)));
        await page.Locator("#Input_Status").SelectOptionAsync("completed");
        await page.Locator("#Input_Description").FillAsync("Indicateurs de la traite, entretien avec la victime, orientation vers le mécanisme national.");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("main h1")).ToContainTextAsync(title);
        await Expect(page.Locator("main h1 .badge")).ToHaveTextAsync("Formation");

        await page.Locator("#Session_HeldOn").FillAsync(Iso(day));
        await page.Locator("#Session_Topic").FillAsync("Repérer les indicateurs du travail forcé");
        await page.Locator("#Session_Trainers").FillAsync("Maître Nadia Haddad");
        await page.Locator("form[action*='handler=Session'] button[type=submit]").ClickAsync();
        await Expect(page.Locator("#sessions tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#sessions tbody")).ToContainTextAsync("Repérer les indicateurs du travail forcé");

        // Three people from the directory (the demo's participants).
        var options = page.Locator("#ToEnrol option");
        var picked = new List<string>();
        for (var i = 0; i < 3; i++) picked.Add((await options.Nth(i).GetAttributeAsync("value"))!);
        await page.Locator("#ToEnrol").SelectOptionAsync(picked);
        await page.Locator("form[action*='handler=Enrol'] button[type=submit]").ClickAsync();
        var enrolled = page.Locator("#enrolled tbody tr");
        await Expect(enrolled).ToHaveCountAsync(3);

        await page.Locator("#sessions a[href^='/Programme/Attendance']").ClickAsync();
        var present = page.Locator("#attendance input[type=checkbox]");
        await Expect(present).ToHaveCountAsync(3);
        for (var i = 0; i < 3; i++) await present.Nth(i).CheckAsync();
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("main h1")).ToContainTextAsync(title);
        for (var i = 0; i < 3; i++) await Expect(enrolled.Nth(i)).ToContainTextAsync("1 / 1");

        // Before 40, 50, 60; after 70, 80, 90: each gains 30 points (means to one decimal, with the French comma).
        for (var i = 0; i < 3; i++)
        {
            await enrolled.Nth(i).Locator("input[name$='.PreTestScore']").FillAsync((40 + 10 * i).ToString(CultureInfo.InvariantCulture));
            await enrolled.Nth(i).Locator("input[name$='.PostTestScore']").FillAsync((70 + 10 * i).ToString(CultureInfo.InvariantCulture));
        }
        await page.Locator("form[action*='handler=Scores'] button[type=submit]").ClickAsync();
        var gain = page.Locator("#knowledge-gain");
        await Expect(gain).ToContainTextAsync("3 participants testés sur 3");
        await Expect(gain).ToContainTextAsync("score moyen 50,0 avant, 80,0 après, soit un gain de 30,0 points");
        await Expect(enrolled.Nth(0).Locator("input[name$='.PreTestScore']")).ToHaveValueAsync("40");
        await Expect(enrolled.Nth(2).Locator("input[name$='.PostTestScore']")).ToHaveValueAsync("90");
    }

    /// <summary>Plans a dialogue, issues a recommendation to Iraq, then records that it was implemented, with evidence.</summary>
    private static async Task RecordDialogueAndFollowUpAsync(IPage page, string title, DateOnly day, string run)
    {
        var english = $"Adopt standard operating procedures for identifying victims {run}";
        var arabic = $"اعتماد إجراءات تشغيل موحدة لتحديد الضحايا {run}";
        var evidence = $"Procedures adopted by ministerial decree 17/{run}";

        await page.Locator("header a[href='/Programme']").ClickAsync();
        await page.Locator("#plan-activity").ClickAsync();
        await page.Locator("#Input_Kind").SelectOptionAsync("regional-dialogue");
        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_Country").FillAsync("JO");
        await page.Locator("#Input_StartsOn").FillAsync(Iso(day));
        await page.Locator("#Input_EndsOn").FillAsync(Iso(day.AddDays(1)));
        await page.Locator("#CountriesText").FillAsync("JO, IQ, LB");
        await page.Locator("#Input_Profile_Institutions").FillAsync("Ministries of labour and justice, national committees");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("main h1")).ToContainTextAsync(title);
        await Expect(page.Locator("main h1 .badge")).ToHaveTextAsync("حوار إقليمي");

        await page.Locator("main a[href^='/Programme/Recommendation?dialogue=']").ClickAsync();
        await page.Locator("#Input_TextEnglish").FillAsync(english);
        await page.Locator("#Input_TextFrench").FillAsync($"Adopter des procédures opérationnelles pour identifier les victimes {run}");
        await page.Locator("#Input_TextArabic").FillAsync(arabic);
        await page.Locator("#Input_AddresseeCountry").FillAsync("IQ");
        await page.Locator("#Input_AddresseeInstitution").FillAsync("Ministry of Interior");
        await page.Locator("#Input_Priority").SelectOptionAsync("high");
        await page.Locator("#Input_DueOn").FillAsync(Iso(day.AddMonths(6)));
        await page.Locator("#Input_Status").SelectOptionAsync("open");
        await page.Locator("main form button[type=submit]").ClickAsync();

        // The tracker, in Arabic, shows the Arabic text of the recommendation and the dialogue it came from.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Programme/Recommendations");
        var row = page.Locator("#recommendations tbody tr", new() { HasTextString = arabic });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(title);
        await Expect(row).ToContainTextAsync("مفتوحة");

        await row.Locator("a[href^='/Programme/Recommendation?id=']").ClickAsync();
        await page.Locator("#Input_Status").SelectOptionAsync("implemented");
        await page.Locator("#Input_Evidence").FillAsync(evidence);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Programme/Recommendations");
        await Expect(row).ToContainTextAsync("منفذة");
        await Expect(row).ToContainTextAsync(evidence);

        // Found again among Iraq's implemented recommendations.
        await page.Locator("#Country").FillAsync("IQ");
        await page.Locator("#Status").SelectOptionAsync("implemented");
        await page.Locator("main form[method=get] button[type=submit]").ClickAsync();
        await Expect(row).ToHaveCountAsync(1);

        // Its history: issued, then the status and the evidence that changed.
        await row.Locator("a[href^='/Programme/Recommendation?id=']").ClickAsync();
        var history = page.Locator("#history tr");
        var status = history.Filter(new() { HasTextString = "الحالة" });
        await Expect(status).ToContainTextAsync("مفتوحة");
        await Expect(status).ToContainTextAsync("منفذة");
        await Expect(history.Filter(new() { HasTextString = "دليل المتابعة" })).ToContainTextAsync(evidence);
    }

    /// <summary>
    /// Enters a JOD rate, then two eligible costs on the same budget line: 2,048.00 EUR to the EU and
    /// 400 JOD (512.00 EUR at 0.78125 JOD a euro) to the co-funder, which is the EU's 80 % rule exactly.
    /// </summary>
    private static async Task RecordExpendituresAsync(IPage page, DateOnly day, string run)
    {
        await page.Locator("header a[href='/Programme/Budget']").ClickAsync();
        // The demo's books include a quarter where the co-funder paid late: the check flags it.
        await Expect(page.Locator("#co-financing tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#co-financing tbody tr.table-danger").First).ToContainTextAsync("Departs from the rule");

        await page.Locator("#Rate_Currency").SelectOptionAsync("JOD");
        await page.Locator("#Rate_EffectiveOn").FillAsync(Iso(day));
        await page.Locator("#Rate_UnitsPerBase").FillAsync("0.78125");
        await page.Locator("#Rate_Source").FillAsync($"Central Bank of Jordan {run}");
        await page.Locator("#rate-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#rates tr", new() { HasTextString = $"Central Bank of Jordan {run}" })).ToContainTextAsync("0.78125");

        var line = (await page.Locator("#Expenditure_BudgetLine option").First.GetAttributeAsync("value"))!;
        await RecordExpenditureAsync(page, line, "EU", day, "2048.00", "EUR", $"Trainers' fees {run}");
        await RecordExpenditureAsync(page, line, "IDF", day, "400", "JOD", $"Venue in Amman {run}");
        var expenditures = page.Locator("#expenditures tr");
        await Expect(expenditures.Filter(new() { HasTextString = $"Trainers' fees {run}" })).ToContainTextAsync("2,048.00 EUR");
        var venue = expenditures.Filter(new() { HasTextString = $"Venue in Amman {run}" });
        await Expect(venue).ToContainTextAsync("400.00 JOD");
        await Expect(venue).ToContainTextAsync("512.00 EUR");
    }

    private static async Task RecordExpenditureAsync(IPage page, string line, string funder, DateOnly day, string amount, string currency, string description)
    {
        await page.Locator("#Expenditure_BudgetLine").SelectOptionAsync(line);
        await page.Locator("#Expenditure_Funder").SelectOptionAsync(funder);
        await page.Locator("#Expenditure_SpentOn").FillAsync(Iso(day));
        await page.Locator("#Expenditure_Amount").FillAsync(amount);
        await page.Locator("#Expenditure_Currency").SelectOptionAsync(currency);
        await page.Locator("#Expenditure_Description").FillAsync(description);
        await page.Locator("#Expenditure_Eligible").CheckAsync();
        await page.Locator("#expenditure-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#expenditures")).ToContainTextAsync(description);
    }

    /// <summary>The EU's report for the day of the two costs: a French PDF, and an English workbook whose figures are checked.</summary>
    private static async Task DownloadDonorReportAsync(IPage page, DateOnly day)
    {
        await page.Locator("header a[href='/Programme/Reports']").ClickAsync();

        var pdf = await DownloadAsync(page, day, "fr", "pdf");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));

        var xlsx = await DownloadAsync(page, day, "en", "xlsx");
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(xlsx, 0, 2));
        using var workbook = new MemoryStream(xlsx);

        var summary = Rows(workbook, "Summary").ToDictionary(r => (string)r["Item"]!, r => r["Value"]);
        Assert.Equal("EU", ((string)summary["Funder"]!)[^3..^1]);
        Assert.Equal(2560.00m, Amount(summary["Spent in the period"]));

        var lines = Rows(workbook, "Budget versus actual");
        Assert.Equal(2560.00m, lines.Sum(l => Amount(l["Spent in the period"])));
        Assert.Equal(2048.00m, lines.Sum(l => Amount(l["Charged to EU in the period"])));
        Assert.Single(lines, l => Amount(l["Spent in the period"]) == 2560.00m);

        // Only the two costs are in the period: the EU carried 80 % of them and the co-funder 20 %, as their rules say.
        var check = Rows(workbook, "Co-financing check");
        var eu = Assert.Single(check, r => (string?)r["Funder"] == "EU");
        Assert.Equal(2560.00m, Amount(eu["Eligible costs"]));
        Assert.Equal(2048.00m, Amount(eu["Amount"]));
        Assert.Equal(0.8m, Amount(eu["Share"]));
        Assert.Equal("No", eu["Departs from the rule"]);
        var coFunder = Assert.Single(check, r => (string?)r["Funder"] == "IDF");
        Assert.Equal(512.00m, Amount(coFunder["Amount"]));
        Assert.Equal("No", coFunder["Departs from the rule"]);
    }

    private static async Task<byte[]> DownloadAsync(IPage page, DateOnly day, string language, string format)
    {
        var form = page.Locator("#generate-form");
        await form.Locator("#from").FillAsync(Iso(day));
        await form.Locator("#to").FillAsync(Iso(day));
        await form.Locator("#funder").SelectOptionAsync("EU");
        await form.Locator("#lang").SelectOptionAsync(language);
        await form.Locator("#format").SelectOptionAsync(format);
        var download = await page.RunAndWaitForDownloadAsync(() => form.Locator("button[type=submit]").ClickAsync());
        Assert.Null(await download.FailureAsync());
        Assert.EndsWith("." + format, download.SuggestedFilename);
        return await File.ReadAllBytesAsync((await download.PathAsync())!);
    }

    private static List<IDictionary<string, object?>> Rows(Stream workbook, string sheet)
    {
        workbook.Position = 0;
        return workbook.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
    }

    private static decimal Amount(object? cell) => Convert.ToDecimal(cell, CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
