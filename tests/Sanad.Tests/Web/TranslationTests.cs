using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;
using Sanad.Web;

namespace Sanad.Tests.Web;

/// <summary>
/// Every text the code shows must exist in Arabic, French and English. The keys are read from the
/// source (T["..."], ErrorMessage = "...", Display(Name = "..."), Error.Invalid("..."), …), so a
/// new page with a forgotten translation fails here.
/// </summary>
public sealed partial class TranslationTests
{
    private static readonly string SourceRoot = FindSourceRoot();

    private static string FindSourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sanad.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Sanad.slnx not found above the test folder"), "src", "Sanad");
    }

    private static Dictionary<string, string> Resource(string suffix) =>
        XDocument.Load(Path.Combine(SourceRoot, "Resources", $"SharedResource{suffix}.resx"))
            .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [GeneratedRegex("""(?:\b[Tt]\[|ErrorMessage\s*=\s*|Display\(Name\s*=\s*|Error\.(?:Invalid|Conflict|NotFound)\(|Translate\(|\bE\(nameof\(\w+\),\s*|ApiOr\(ctx,[^,]+,\s*|Problems\.Write\([^,]+,[^,]+,\s*|Done\((?:[^,()]+,\s*)?|Action\(\(\) => [^,]+,\s*)"((?:[^"\\]|\\.)+)"\s*[\],)]""")]
    private static partial Regex KeyUse();

    private static IEnumerable<string> KeysUsedInCode() =>
        Directory.EnumerateFiles(SourceRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("/obj/") && !f.Contains("/bin/") && !f.Contains("/Migrations/"))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value.Replace("\\\"", "\"")))
            .Where(k => !k.EndsWith(':'))
            .Distinct();

    private static IEnumerable<string> CodedLabels() =>
        Roles.All.Select(r => "role:" + r)
            .Concat(Sanad.Domain.Agencies.AgencyKinds.All.Select(k => "kind:" + Sanad.Domain.Agencies.AgencyKinds.Code(k)))
            .Concat(new[] { "active", "invited", "disabled", "revoked", "expired" }.Select(s => "state:" + s))
            .Concat(Enum.GetNames<Sanad.Domain.Audit.AuditOutcome>().Select(o => "outcome:" + o))
            .Concat(Enum.GetNames<Sanad.Domain.People.Sex>().Select(s => "sex:" + s.ToLowerInvariant()))
            .Concat(Enum.GetValues<Sanad.Domain.Cases.CaseStatus>().Select(s => "case-status:" + Sanad.Domain.Cases.Codes.Of(s)))
            .Concat(Enum.GetValues<Sanad.Domain.Cases.TraffickingStatus>().Select(s => "trafficking-status:" + Sanad.Domain.Cases.Codes.Of(s)))
            .Concat(Enum.GetValues<Sanad.Domain.Cases.IdentificationOutcome>().Select(s => "identification:" + Sanad.Domain.Cases.Codes.Of(s)))
            .Concat(Sanad.Domain.Cases.Htcds.DecidingBodies.Select(b => "body:" + b))
            .Concat(Enum.GetValues<Sanad.Domain.Cases.TraffickingEventType>().Select(e => "event:" + Sanad.Domain.Cases.Codes.Of(e)))
            .Concat(Sanad.Domain.Cases.Palermo.Means.Select(m => "means:" + m))
            .Concat(Sanad.Domain.Cases.Palermo.Purposes.Select(p => "purpose:" + p))
            .Concat(Sanad.Features.People.DocumentInput.Types.Select(d => "document:" + d))
            .Concat(Sanad.Domain.Cases.Htcds.MethodsOfControl.Select(v => "control:" + v))
            .Concat(Sanad.Domain.Cases.Htcds.LabourExploitation.Select(v => "labour:" + v))
            .Concat(Sanad.Domain.Cases.Htcds.SexExploitation.Select(v => "sexual:" + v))
            .Concat(Sanad.Domain.Cases.Htcds.LabourIndustries.Select(v => "isic:" + v))
            .Concat(Sanad.Domain.Cases.Htcds.RecruiterRelationships.Select(v => "recruiter:" + v))
            .Concat(Sanad.Domain.Cases.Htcds.PerpetratorRoles.Select(v => "perpetrator-role:" + v))
            .Concat(Enum.GetValues<Sanad.Domain.Jurisdictions.JurisdictionStatus>().Select(s => "jurisdiction-status:" + Sanad.Domain.Cases.Codes.Of(s)))
            .Concat(Enum.GetValues<Sanad.Domain.Legal.CooperationKind>().Select(k => "cooperation:" + Sanad.Domain.Cases.Codes.Of(k)))
            .Concat(Enum.GetValues<Sanad.Domain.Legal.ProceedingKind>().Select(k => "proceeding:" + Sanad.Domain.Cases.Codes.Of(k)))
            .Concat(Enum.GetValues<Sanad.Domain.Legal.ProceedingOutcome>().Select(o => "proceeding-outcome:" + Sanad.Domain.Cases.Codes.Of(o)))
            .Concat(Enum.GetValues<Sanad.Domain.Referrals.ReferralState>().Select(s => "referral-state:" + Sanad.Domain.Cases.Codes.Of(s)))
            .Concat(Enum.GetValues<Sanad.Domain.Referrals.ReferralUrgency>().Select(u => "urgency:" + Sanad.Domain.Cases.Codes.Of(u)))
            .Concat(Enum.GetValues<Sanad.Domain.Referrals.ReferralAction>().Where(a => a != Sanad.Domain.Referrals.ReferralAction.Expire).Select(a => "referral-action:" + Sanad.Domain.Cases.Codes.Of(a)))
            .Concat(Sanad.Domain.Consents.DataScopes.All.Select(s => "scope:" + s))
            .Concat(Enum.GetValues<Sanad.Domain.Consents.ConsentPurpose>().Select(p => "consent-purpose:" + Sanad.Domain.Cases.Codes.Of(p)))
            .Concat(Enum.GetValues<Sanad.Domain.Consents.ConsentMethod>().Select(m => "consent-method:" + Sanad.Domain.Cases.Codes.Of(m)))
            .Concat(Enum.GetValues<Sanad.Domain.Notifications.NotificationKind>().Select(k => "notification:" + Sanad.Domain.Cases.Codes.Of(k)))
            .Concat(Sanad.Domain.Services.ServiceTypes.All.Append(Sanad.Domain.Assistance.PlanGoal.OtherArea).Select(v => "service:" + v))
            .Concat(Enum.GetValues<Sanad.Domain.Assistance.PlanState>().Select(s => "plan-state:" + Sanad.Domain.Cases.Codes.Of(s)))
            .Concat(Enum.GetValues<Sanad.Domain.Assistance.GoalStatus>().Select(s => "goal-status:" + Sanad.Domain.Cases.Codes.Of(s)))
            .Concat(Enum.GetValues<Sanad.Domain.Assistance.ServiceOutcome>().Select(o => "service-outcome:" + Sanad.Domain.Cases.Codes.Of(o)))
            .Concat(Enum.GetValues<Sanad.Domain.Assistance.ClosureState>().Select(s => "closure-state:" + Sanad.Domain.Cases.Codes.Of(s)))
            .Concat(Sanad.Domain.Assistance.ClosureReasons.All.Select(r => "closure:" + r))
            .Concat(new[] { Sanad.Features.Legal.LegalDeadlines.ReflectionPeriodEnds, Sanad.Features.Legal.LegalDeadlines.DocumentExpires }.Select(k => "deadline:" + k))
            .Concat(Sanad.Domain.People.Names.DuplicateScorer.AllReasons.Select(r => "duplicate-reason:" + r))
            .Concat(Sanad.Features.Dashboards.Dashboard.AgeBands.Select(b => "age-band:" + b))
            .Concat(Sanad.Features.Dashboards.Dashboard.DurationBins.Select(b => "duration:" + b))
            .Concat(Enum.GetValues<Sanad.Domain.Programmes.ActivityKind>().Select(k => "activity-kind:" + Sanad.Domain.Cases.Codes.Of(k)))
            .Concat(Enum.GetValues<Sanad.Domain.Programmes.ActivityStatus>().Select(s => "activity-status:" + Sanad.Domain.Cases.Codes.Of(s)))
            .Concat(Enum.GetValues<Sanad.Domain.Programmes.LogframeLevel>().Select(l => "logframe-level:" + Sanad.Domain.Cases.Codes.Of(l)))
            .Concat(Enum.GetValues<Sanad.Domain.Programmes.BudgetCategory>().Select(c => "budget-category:" + Sanad.Domain.Cases.Codes.Of(c)))
            .Concat(Enum.GetValues<Sanad.Features.ProgrammeFinance.ProgressLight>().Select(l => "light:" + Sanad.Domain.Cases.Codes.Of(l)))
            .Concat(new[] { "entered", "activities-completed", "case-aggregates", "officials-trained" }.Select(s => "source:" + s))
            .Concat(Enum.GetValues<Sanad.Domain.Programmes.StudyStatus>().Select(s => "study-status:" + Sanad.Domain.Cases.Codes.Of(s)))
            .Concat(Sanad.Domain.Programmes.Participant.Sexes.Select(s => "participant-sex:" + s))
            .Concat(Enum.GetValues<Sanad.Domain.Programmes.OrganisationType>().Select(o => "organisation-type:" + Sanad.Domain.Cases.Codes.Of(o)))
            .Concat(Enum.GetValues<Sanad.Domain.Programmes.RecommendationStatus>().Select(s => "recommendation-status:" + Sanad.Domain.Cases.Codes.Of(s)))
            .Concat(Enum.GetValues<Sanad.Domain.Programmes.RecommendationPriority>().Select(p => "priority:" + Sanad.Domain.Cases.Codes.Of(p)))
            .Concat(new[] { "issued", "status", "evidence", "text-en", "text-fr", "text-ar", "addressee", "priority", "due-on" }.Select(f => "recommendation-field:" + f))
            .Concat(Sanad.Domain.Research.DatasetKinds.All.Select(k => "dataset-kind:" + k))
            .Concat(Sanad.Domain.Research.ReleaseKinds.All.Select(k => "release-kind:" + k))
            .Concat(Sanad.Domain.Research.ReleaseStatuses.All.Select(s => "release-status:" + s));

    [Fact]
    public void Every_key_used_in_the_code_is_in_the_english_resource()
    {
        var english = Resource("");
        var used = KeysUsedInCode().ToList();
        Assert.True(used.Count > 150, $"only {used.Count} keys found: the extraction is broken");
        var missing = used.Concat(CodedLabels()).Where(k => !english.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "missing from SharedResource.resx:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_coded_label_reads_as_english_words_not_as_its_code()
    {
        // A code's key ("case-status:closed") is not English text: left as the value, the English page shows the raw code.
        var english = Resource("");
        var raw = CodedLabels().Where(k => english.TryGetValue(k, out var value) && value == k).ToList();
        Assert.True(raw.Count == 0, "shown as raw codes in English (give them an English text in SharedResource.resx):\n" + string.Join("\n", raw));
    }

    [Fact]
    public void Every_reason_the_duplicate_scorer_gives_is_listed_for_the_pages_to_translate()
    {
        var source = File.ReadAllText(Path.Combine(SourceRoot, "Domain", "People", "Names", "DuplicateScorer.cs"));
        var given = Regex.Matches(source, "\"((?:sex|birth-year|nationality|name):[^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(given.Count >= 10, $"only {given.Count} reason codes found: the extraction is broken");
        Assert.Empty(given.Except(Sanad.Domain.People.Names.DuplicateScorer.AllReasons));
    }

    [Theory]
    [InlineData(".fr")]
    [InlineData(".ar")]
    public void Every_english_key_is_translated_with_the_same_placeholders(string language)
    {
        var english = Resource("");
        var translated = Resource(language);
        var missing = english.Keys.Where(k => !translated.ContainsKey(k) || string.IsNullOrWhiteSpace(translated[k])).ToList();
        Assert.True(missing.Count == 0, $"missing from SharedResource{language}.resx:\n" + string.Join("\n", missing));
        var extra = translated.Keys.Except(english.Keys).ToList();
        Assert.True(extra.Count == 0, $"not in the English resource: {string.Join(", ", extra)}");
        foreach (var (key, value) in english)
        {
            var expected = Placeholders(value);
            Assert.True(expected.SequenceEqual(Placeholders(translated[key])), $"{language}: placeholders differ for '{key}'");
        }
    }

    private static List<string> Placeholders(string text) => Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order().ToList();

    [Fact]
    public void Arabic_dates_use_the_gregorian_calendar_and_numbers_follow_the_language()
    {
        var date = new DateTime(2026, 3, 15);
        var arabic = Localization.CultureFor("ar");
        Assert.IsType<GregorianCalendar>(arabic.DateTimeFormat.Calendar);
        Assert.Contains("2026", date.ToString("d", arabic).Replace("٢٠٢٦", "2026"));
        Assert.Equal("15/03/2026", date.ToString("d", Localization.CultureFor("fr")));
        Assert.Equal("3/15/2026", date.ToString("d", Localization.CultureFor("en")));
        Assert.Equal("1,234.5", 1234.5.ToString("N1", Localization.CultureFor("en")));
        Assert.NotEqual("1,234.5", 1234.5.ToString("N1", Localization.CultureFor("fr")));
    }
}
