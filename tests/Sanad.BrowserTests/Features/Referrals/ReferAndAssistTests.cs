using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sanad.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sanad.BrowserTests.Features.Referrals;

/// <summary>
/// Issue 4's whole chain, one person, every user working in the same language: the police officer
/// registers, screens and refers her with a limited consent; the shelter accepts and sees only
/// what she agreed to share; the shelter opens its own case, plans and delivers help; her
/// reflection period shows as a deadline; the case closes with the supervisor's approval.
/// </summary>
[Collection(SanadCollection.Name)]
public sealed partial class ReferAndAssistTests(SanadFixture sanad)
{
    /// <summary>What she told the officer: sensitive, and not in the scope she consented to share.</summary>
    private const string Note = "She fears her employer will have her deported if she complains.";

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task Police_refer_a_presumed_victim_to_the_shelter_which_assists_her_until_her_case_closes(string language)
    {
        var words = Words.In(language);
        // Each run its own woman: the two runs share one node, and neither should find the other's record.
        var her = language == "ar"
            ? new Woman("Hiwot", "Alemu", "هيوت أليمو", "+962 79 555 0202", "Jabal al-Hussein, Amman")
            : new Woman("Amina", "Tesfaye", "أمينة تسفاي", "+962 79 555 0101", "Jabal Amman, 3rd circle");
        var today = DateTime.UtcNow.Date;

        // 1. The police officer registers her, opens a case, screens her, records her consent and refers her.
        await using var police = await Desk.SignInAsync(sanad, "police", language);
        var (policeCaseId, policeReference) = await RegisterAndOpenCaseAsync(police.Page, her, words);
        await ScreenAsPresumedVictimAsync(police.Page, policeCaseId, words);
        await AddNoteAsync(police.Page, Note);
        var referralId = await ConsentAndReferToShelterAsync(police.Page, words, today);

        // 2. The shelter caseworker sees the referral waiting on her home work list, then finds it in her incoming list and opens it.
        await using var caseworker = await Desk.SignInAsync(sanad, "caseworker", language);
        var cw = caseworker.Page;
        await ExpectLanguageAsync(cw, words);
        await cw.GotoAsync("/");
        await Expect(cw.Locator($"#incoming-waiting a[href='/Referrals/Details/{referralId}']")).ToHaveCountAsync(1);
        await cw.Locator("header a[href='/Referrals']").ClickAsync();
        await Expect(cw.Locator("#tab-incoming")).ToHaveClassAsync(new Regex(@"\bactive\b"));
        var row = cw.Locator("#referrals tbody tr", new() { Has = cw.Locator($"a[href='/Referrals/Details/{referralId}']") });
        await Expect(row).ToContainTextAsync(words.PoliceAgency);
        await Expect(row).ToContainTextAsync(words.Sent);
        await row.Locator($"a[href='/Referrals/Details/{referralId}']").ClickAsync();

        // Exactly the consented scope: her names and the case's operational data, not her phone, address or the officer's note.
        await Expect(cw.Locator("#referral-state")).ToHaveTextAsync(words.Sent);
        await Expect(cw.Locator("#referred-case")).ToContainTextAsync(policeReference);
        await Expect(cw.Locator("#referred-case")).ToContainTextAsync($"{her.GivenName} {her.FamilyName}");
        await Expect(cw.Locator("#referred-case")).ToContainTextAsync(her.NameArabic);
        await Expect(cw.Locator("#referred-case dt", new() { HasTextString = words.PhoneLabel })).ToHaveCountAsync(0);
        await Expect(cw.Locator("#referred-notes")).ToHaveCountAsync(0);
        var html = await cw.ContentAsync();
        foreach (var secret in new[] { her.Phone, Digits(her.Phone), her.Address, Note })
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);

        await cw.Locator("#act-accept").ClickAsync();
        await Expect(cw.Locator("#referral-state")).ToHaveTextAsync(words.Accepted);
        await cw.Locator("#act-start").ClickAsync();
        await Expect(cw.Locator("#referral-state")).ToHaveTextAsync(words.InProgress);

        // The officer sees the shelter took her on.
        await police.Page.GotoAsync($"/Cases/Referrals/{policeCaseId}");
        await Expect(police.Page.Locator("#sent-referrals")).ToContainTextAsync(words.InProgress);

        // 3. The shelter cannot write into the police's case: from the referral, the caseworker opens the
        //    shelter's own case for her, with the identity the referral shares (and nothing of her contact details).
        await cw.GotoAsync($"/Referrals/Details/{referralId}");
        await cw.Locator("#take-on button[type=submit]").ClickAsync();
        await Expect(cw.Locator("#case-reference")).ToBeVisibleAsync();
        var caseId = CaseIdFrom(cw.Url);
        var reference = (await cw.Locator("#case-reference").TextContentAsync())!.Trim();
        await cw.Locator("main a[href^='/People/Details/']").First.ClickAsync();
        await Expect(cw.Locator("main")).ToContainTextAsync(her.GivenName);
        Assert.DoesNotContain(Digits(her.Phone), Digits(await cw.ContentAsync()));
        await cw.GotoAsync($"/Cases/Details/{caseId}");

        await cw.Locator("#assistance-summary a[href^='/Cases/Assistance/']").ClickAsync();
        await Expect(cw.Locator("#case-reference")).ToHaveTextAsync(reference);
        await cw.Locator("#goal-text-0").FillAsync("Safe accommodation and a medical check-up");
        await cw.Locator("#goal-area-0").SelectOptionAsync("shelter");
        await cw.Locator("#goal-date-0").FillAsync(today.AddDays(14).ToString("yyyy-MM-dd"));
        await cw.Locator("#plan-form button[type=submit]").ClickAsync();
        await Expect(cw.Locator("#plan-state")).ToContainTextAsync(words.Draft);
        await Expect(cw.Locator("#plan .plan-goals").First).ToContainTextAsync("Safe accommodation and a medical check-up");
        await cw.Locator("#submit-plan").ClickAsync();
        await Expect(cw.Locator("#plan-state")).ToContainTextAsync(words.Submitted);

        // The supervisor finds the case by its reference and approves the plan.
        await using var supervisor = await Desk.SignInAsync(sanad, "supervisor", language);
        var sv = supervisor.Page;
        await OpenCaseByReferenceAsync(sv, reference);
        await Expect(sv.Locator("#assistance-summary")).ToContainTextAsync(words.Submitted);
        await sv.Locator("#assistance-summary a[href^='/Cases/Assistance/']").ClickAsync();
        await Expect(sv.Locator("#plan .plan-goals").First).ToContainTextAsync("Safe accommodation and a medical check-up");
        await sv.Locator("#approve-plan").ClickAsync();
        await Expect(sv.Locator("#plan-state")).ToContainTextAsync(words.Approved);

        // The caseworker records the shelter she gives.
        await cw.ReloadAsync();
        await Expect(cw.Locator("#plan-state")).ToContainTextAsync(words.Approved);
        await cw.Locator("#Service_ServiceType").SelectOptionAsync("shelter");
        await cw.Locator("#Service_StartedOn").FillAsync(today.ToString("yyyy-MM-dd"));
        await cw.Locator("#Service_Outcome").SelectOptionAsync("ongoing");
        await cw.Locator("form[action*='handler=Service'] button[type=submit]").ClickAsync();
        await Expect(cw.Locator("#services-delivered tbody")).ToContainTextAsync(words.ShelterService);
        await Expect(cw.Locator("#services-delivered tbody")).ToContainTextAsync("JO-KARAMA");

        // 4. Her reflection period: Jordan's file sets no length, so the caseworker gives its end.
        var endsOn = today.AddDays(5).ToString("yyyy-MM-dd");
        await cw.GotoAsync($"/Cases/Details/{caseId}");
        await cw.Locator("#legal-track").ClickAsync();
        await cw.Locator("#Reflection_StartsOn").FillAsync(today.ToString("yyyy-MM-dd"));
        await cw.Locator("#Reflection_EndsOn").FillAsync(endsOn);
        await cw.Locator("form[action*='handler=Reflection'] button[type=submit]").ClickAsync();
        await Expect(cw.Locator("#reflection-period")).ToContainTextAsync(endsOn);
        await Expect(cw.Locator("main .alert-success")).ToHaveTextAsync(words.ReflectionPeriodSaved);

        // The deadline is on her home work list, among what falls due within 7 days.
        await cw.GotoAsync("/");
        var due = cw.Locator("#tasks-due tbody tr", new() { Has = cw.Locator($"a[href='/Cases/Legal/{caseId}']") });
        await Expect(due).ToContainTextAsync(endsOn);
        await Expect(due).ToContainTextAsync(reference);
        // The agency's list of legal deadlines says the same (GET /api/v1/deadlines, in her signed-in browser).
        Assert.Contains(await DeadlinesAsync(cw), d => d.Reference == reference && d.Kind == "reflection-period-ends" && d.DueOn == endsOn);

        // 5. The caseworker asks to close the case; the supervisor approves; the case shows closed.
        await cw.GotoAsync($"/Cases/Assistance/{caseId}");
        await cw.Locator("#Closure_Reason").SelectOptionAsync("assistance-completed");
        await cw.Locator("#Closure_Note").FillAsync("She moved to her sister's home and no longer needs the shelter.");
        await cw.Locator("form[action*='handler=Close'] button[type=submit]").ClickAsync();
        await Expect(cw.Locator("#closure-waiting")).ToContainTextAsync(words.ClosureRequested);
        await Expect(cw.Locator("#closure-waiting")).ToContainTextAsync(words.AssistanceCompleted);
        await Expect(cw.Locator("#approve-closure")).ToHaveCountAsync(0);

        await sv.ReloadAsync();
        await sv.Locator("#approve-closure").ClickAsync();
        await Expect(sv.Locator("#closed-reason")).ToContainTextAsync(words.AssistanceCompleted);
        await Expect(sv.Locator("#case-status")).ToHaveTextAsync(words.ClosedStatus);

        await cw.GotoAsync($"/Cases/Details/{caseId}");
        await Expect(cw.Locator("main p.text-muted").First).ToContainTextAsync(words.ClosedStatus);
        await ExpectLanguageAsync(cw, words);
        // A closed case has no deadlines left to watch, on the work list or the API.
        Assert.DoesNotContain(await DeadlinesAsync(cw), d => d.Reference == reference);
        await cw.GotoAsync("/");
        await Expect(cw.Locator($"#tasks-due a[href='/Cases/Legal/{caseId}']")).ToHaveCountAsync(0);
    }

    /// <summary>Registers her at the user's agency and opens a case; returns its id and reference.</summary>
    private static async Task<(Guid Id, string Reference)> RegisterAndOpenCaseAsync(IPage page, Woman her, Words words)
    {
        await page.Locator("header a[href='/People']").ClickAsync();
        await page.Locator("main a[href='/People/Register']").ClickAsync();
        await ExpectLanguageAsync(page, words);
        await page.Locator("#Input_GivenName").FillAsync(her.GivenName);
        await page.Locator("#Input_FamilyName").FillAsync(her.FamilyName);
        await page.Locator("#Input_NameArabic").FillAsync(her.NameArabic);
        await page.Locator("#Input_Sex").SelectOptionAsync("female");
        await page.Locator("#Input_YearOfBirth").FillAsync("1996");
        await page.Locator("#Input_Nationality").FillAsync("ET");
        await page.Locator("#LanguageCodes").FillAsync("am, ar");
        await page.Locator("#Input_Phone").FillAsync(her.Phone);
        await page.Locator("#Input_Address").FillAsync(her.Address);
        await page.Locator("main form button[type=submit]").ClickAsync();
        // Either the new record, or first the records that may be hers.
        await Expect(page.Locator("#likely-duplicates, #person-name").First).ToBeVisibleAsync();
        if (await page.Locator("#likely-duplicates").CountAsync() > 0)
        {
            // The demo data may hold someone similar: the officer checks and registers her anyway.
            await page.Locator("main form button[type=submit]").ClickAsync();
        }
        await Expect(page.Locator("#person-name")).ToHaveTextAsync($"{her.GivenName} {her.FamilyName}", new() { UseInnerText = true });

        await page.Locator("main form[action*='handler=OpenCase'] button[type=submit]").ClickAsync();
        await Expect(page.Locator("#case-reference")).ToHaveTextAsync(new Regex(@"^JO-\d{4}-\d{5}$"));
        await Expect(page.Locator("#case-referrals")).ToHaveTextAsync(words.ConsentsAndReferrals);
        return (CaseIdFrom(page.Url), await page.Locator("#case-reference").InnerTextAsync());
    }

    /// <summary>The adult labour profile, with indicators of deception, exploitation and coercion.</summary>
    private static async Task ScreenAsPresumedVictimAsync(IPage page, Guid caseId, Words words)
    {
        await page.Locator("#screen-case").ClickAsync();
        await Expect(page.Locator("#profile")).ToHaveValueAsync("adult-labour");
        await Expect(page.Locator(".validation-summary-errors")).ToHaveCountAsync(0);
        await page.Locator("#InterviewLanguage").FillAsync("am");
        await page.Locator("#InterpreterUsed").CheckAsync();
        foreach (var key in new[] { "dr-job_nature", "dr-conditions", "dr-contract", "ex-hours", "ex-living", "ex-hazardous", "ex-pay", "cd-documents", "cd-debt", "cd-isolation", "cd-violence" })
            await page.Locator($"#i-{key}").CheckAsync();
        await page.Locator("form[method=post]:has(input[name=Profile]) button[type=submit]").ClickAsync();
        await Expect(page.Locator("#outcome")).ToHaveTextAsync(words.PresumedVictim);
        await Expect(page.Locator("#saved-to-case")).ToBeVisibleAsync();
        await page.Locator($"main a[href='/Cases/Details/{caseId}']").First.ClickAsync();
        await Expect(page.Locator("#trafficking-status")).ToBeVisibleAsync();
    }

    private static async Task AddNoteAsync(IPage page, string note)
    {
        await page.Locator("#Note_Text").FillAsync(note);
        await page.Locator("form[action*='handler=Note'] button[type=submit]").ClickAsync();
        await Expect(page.Locator("#case-notes")).ToContainTextAsync(note);
    }

    /// <summary>
    /// She agrees, in writing, that the shelter may receive her identity and the case's operational
    /// data, not how to reach her nor what she said; the officer refers her within that. Returns the referral's id.
    /// </summary>
    private static async Task<Guid> ConsentAndReferToShelterAsync(IPage page, Words words, DateTime today)
    {
        await page.Locator("#case-referrals").ClickAsync();
        await page.Locator("#Consent_Purpose").SelectOptionAsync("referral");
        await page.Locator("#Consent_RecipientAgencyId").SelectOptionAsync(new SelectOptionValue { Label = words.Shelter });
        await page.Locator("input[name='Consent.Scope'][value=operational]").CheckAsync();
        await page.Locator("input[name='Consent.Scope'][value=identifying]").CheckAsync();
        await page.Locator("input[name='Consent.Scope'][value=contact]").UncheckAsync();
        await page.Locator("input[name='Consent.Scope'][value=sensitive]").UncheckAsync();
        await page.Locator("#Consent_Method").SelectOptionAsync("written");
        await page.Locator("#Consent_GivenOn").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.Locator("#record-consent").ClickAsync();
        var consent = page.Locator("#consents li", new() { HasTextString = words.Shelter });
        await Expect(consent).ToContainTextAsync(words.OperationalScope);
        await Expect(consent).ToContainTextAsync(words.IdentifyingScope);
        await Expect(consent).Not.ToContainTextAsync(words.ContactScope);

        await page.Locator("#To").SelectOptionAsync(new SelectOptionValue { Label = words.Shelter });
        await page.Locator("form[method=get]:has(#To) button[type=submit]").ClickAsync();
        await Expect(page.Locator("#consented-scope")).ToContainTextAsync(words.IdentifyingScope);
        await Expect(page.Locator("#consented-scope")).Not.ToContainTextAsync(words.ContactScope);
        // The form offers what she consented to and nothing more.
        await Expect(page.Locator("input[name='Referral.Scope'][value=operational]")).ToBeCheckedAsync();
        await Expect(page.Locator("input[name='Referral.Scope'][value=identifying]")).ToBeCheckedAsync();
        await Expect(page.Locator("input[name='Referral.Scope'][value=contact]")).Not.ToBeCheckedAsync();
        await Expect(page.Locator("input[name='Referral.Scope'][value=sensitive]")).Not.ToBeCheckedAsync();
        var shelterService = await page.Locator("#Referral_ServiceId option", new() { HasTextString = "Dar Karama shelter" }).GetAttributeAsync("value");
        await page.Locator("#Referral_ServiceId").SelectOptionAsync(shelterService!);
        await page.Locator("#Referral_Urgency").SelectOptionAsync("normal");
        await page.Locator("#Referral_Reason").FillAsync("Presumed victim of forced labour in domestic work; needs a safe place to stay.");
        await page.Locator("#send-referral").ClickAsync();

        var sent = page.Locator("#sent-referrals li", new() { HasTextString = words.Shelter });
        await Expect(sent).ToHaveCountAsync(1);
        await Expect(sent).ToContainTextAsync(words.Sent);
        var href = await sent.Locator("a[href^='/Referrals/Details/']").GetAttributeAsync("href");
        return Guid.Parse(href!["/Referrals/Details/".Length..]);
    }

    private static async Task OpenCaseByReferenceAsync(IPage page, string reference)
    {
        await page.Locator("header a[href='/Cases']").ClickAsync();
        await page.Locator("#reference").FillAsync(reference);
        await page.Locator("main form[method=get] button[type=submit]").ClickAsync();
        await page.Locator("#cases a", new() { HasTextString = reference }).ClickAsync();
        await Expect(page.Locator("#case-reference")).ToHaveTextAsync(reference);
    }

    /// <summary>The page is in the user's language: its direction, and a label of the navbar as that language writes it.</summary>
    private static async Task ExpectLanguageAsync(IPage page, Words words)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", words.Language);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", words.Direction);
        await Expect(page.Locator("header a[href='/Referrals']")).ToHaveTextAsync(words.Referrals);
    }

    private sealed record Deadline(string Reference, string Kind, string DueOn);

    /// <summary>The agency's legal deadlines of the next 30 days, as the signed-in browser reads them from the API.</summary>
    private static async Task<List<Deadline>> DeadlinesAsync(IPage page)
    {
        var response = await page.GotoAsync("/api/v1/deadlines?withinDays=30");
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.EnumerateArray()
            .Select(d => new Deadline(d.GetProperty("caseReference").GetString()!, d.GetProperty("kind").GetString()!, d.GetProperty("dueOn").GetString()!))
            .ToList();
    }

    private static Guid CaseIdFrom(string url) =>
        Guid.Parse(CaseUrl().Match(url) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"Not a case page: {url}"));

    [GeneratedRegex(@"/Cases/Details/([0-9a-fA-F-]{36})")]
    private static partial Regex CaseUrl();

    private static string Digits(string phone) => string.Concat(phone.Where(char.IsAsciiDigit));

    private sealed record Woman(string GivenName, string FamilyName, string NameArabic, string Phone, string Address);

    /// <summary>What the users read, in each language of the run: the node's own translations and demo data.</summary>
    private sealed record Words(
        string Language, string Direction, string Referrals, string ConsentsAndReferrals, string Shelter, string PoliceAgency, string PresumedVictim,
        string OperationalScope, string IdentifyingScope, string ContactScope, string PhoneLabel,
        string Sent, string Accepted, string InProgress, string Draft, string Submitted, string Approved,
        string ShelterService, string ClosureRequested, string AssistanceCompleted, string ClosedStatus, string ReflectionPeriodSaved)
    {
        public static Words In(string language) => language switch
        {
            "ar" => new("ar", "rtl", "الإحالات", "الموافقات والإحالات", "دار الكرامة لإيواء ضحايا الاتجار بالبشر", "وحدة مكافحة الاتجار بالبشر، مديرية الأمن العام",
                "ضحية مفترضة للاتجار بالبشر",
                "بيانات تشغيلية (الوضع، المرحلة، الاحتياجات، المواعيد)", "بيانات الهوية (الأسماء، تاريخ الميلاد، الوثائق، الصورة)", "بيانات الاتصال (الهاتف، العنوان)", "الهاتف",
                "مُرسلة", "مقبولة", "قيد التنفيذ", "مسودة", "بانتظار الاعتماد", "معتمدة",
                "إيواء", "طُلب الإغلاق", "اكتملت المساعدة", "مغلقة", "حُفظت فترة التفكير."),
            "en" => new("en", "ltr", "Referrals", "Consents and referrals", "Dar Karama shelter for victims of trafficking", "Anti-Human Trafficking Unit, Public Security Directorate",
                "Presumed victim of trafficking",
                "operational (status, stage, needs, deadlines)", "identifying (names, birth date, documents, photo)", "contact (phone, address)", "Phone",
                "sent", "accepted", "in progress", "Draft", "Waiting for approval", "Approved",
                "Shelter", "Closure requested", "Assistance completed", "Closed", "The reflection period is saved."),
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "The journey is written for Arabic and English."),
        };
    }
}
