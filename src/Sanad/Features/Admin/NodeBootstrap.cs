using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Node;
using Sanad.Domain.Services;
using Sanad.Features.Seeding;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Admin;

/// <summary>
/// What a node needs before its first request (its settings row), and the demo data that
/// <c>--demo</c> adds: agencies of Jordan and Belgium, one user per role, a few services in the
/// directory, a few hundred invented people with their cases, and work in progress on some of them
/// (<see cref="DemoWork"/>). Demo data is never created without <c>--demo</c>.
/// </summary>
public sealed class NodeBootstrap(SanadDb db, UserManager<SanadUser> users, MasterKey master, SeedPeople seeding, DemoWork work, People.RebuildNameIndex nameIndex, Jurisdictions.ManageJurisdictions jurisdictions,
    Programme.DemoProgramme programme, ProgrammeFinance.BudgetDemo budgetDemo, Research.CaseSnapshots snapshots, TimeProvider clock, IConfiguration config)
{
    public const string DemoPassword = "Sanad-Demo-2026!";
    public const string DemoEmailDomain = "demo.sanad.local";
    public const int DemoPeople = 300;
    public const string DemoDatasetName = "Demo cases (CTDC layout)";
    /// <summary>Fixed, so every demo shows the same people.</summary>
    private const int DemoSeed = 2026;

    /// <summary>The settings row, the data keys, a current name index and the shipped jurisdiction files; run after every migration, by one process.</summary>
    public async Task EnsureReadyAsync(CancellationToken ct = default)
    {
        if (!await db.NodeSettings.AnyAsync(ct))
        {
            db.NodeSettings.Add(NodeSettings.Initial(config["Node:Country"] ?? "JO", config["Node:TimeZone"] ?? "Asia/Amman"));
            await db.SaveChangesAsync(ct);
        }
        await KeyRing.EnsureKeysAsync(db, master, clock.GetUtcNow().UtcDateTime, ct);
        await nameIndex.RunIfStaleAsync(ct);
        await jurisdictions.EnsureShippedAsync(ct);
    }

    private static readonly (string Code, AgencyNames Names, AgencyKind Kind, string Country)[] DemoAgencies =
    [
        ("JO-PSD-AHTU", new("Anti-Human Trafficking Unit, Public Security Directorate", "Unité de lutte contre la traite, Direction de la sécurité publique", "وحدة مكافحة الاتجار بالبشر، مديرية الأمن العام"), AgencyKind.Police, "JO"),
        ("JO-MOL-INSP", new("Labour Inspection Directorate, Ministry of Labour", "Direction de l'inspection du travail, ministère du Travail", "مديرية التفتيش، وزارة العمل"), AgencyKind.LabourInspectorate, "JO"),
        ("JO-MOSD", new("Ministry of Social Development", "Ministère du Développement social", "وزارة التنمية الاجتماعية"), AgencyKind.Ministry, "JO"),
        ("JO-KARAMA", new("Dar Karama shelter for victims of trafficking", "Foyer Dar Karama pour les victimes de la traite", "دار الكرامة لإيواء ضحايا الاتجار بالبشر"), AgencyKind.Shelter, "JO"),
        ("JO-LEGAL-AID", new("Legal aid centre (demo NGO)", "Centre d'aide juridique (ONG de démonstration)", "مركز المساعدة القانونية (منظمة تجريبية)"), AgencyKind.Ngo, "JO"),
        ("JO-IOM", new("IOM Jordan", "OIM Jordanie", "المنظمة الدولية للهجرة - الأردن"), AgencyKind.InternationalOrganisation, "JO"),
        ("BE-FEDPOL", new("Federal Judicial Police, trafficking section", "Police judiciaire fédérale, section traite", "الشرطة القضائية الاتحادية، قسم الاتجار"), AgencyKind.Police, "BE"),
        ("BE-PAYOKE", new("Payoke specialised reception centre", "Centre d'accueil spécialisé Payoke", "مركز بايوكي المتخصص للاستقبال"), AgencyKind.Shelter, "BE"),
        ("BE-MYRIA", new("Myria, Federal Migration Centre", "Myria, Centre fédéral Migration", "ميريا، المركز الاتحادي للهجرة"), AgencyKind.Other, "BE"),
    ];

    private static readonly (string Role, string Agency, string Name)[] DemoUsers =
    [
        (Roles.Admin, "JO-MOSD", "Demo Administrator"),
        (Roles.Coordinator, "JO-MOSD", "Demo NRM Coordinator"),
        (Roles.Supervisor, "JO-KARAMA", "Demo Supervisor"),
        (Roles.Caseworker, "JO-KARAMA", "Demo Caseworker"),
        (Roles.Provider, "JO-LEGAL-AID", "Demo Service Provider"),
        (Roles.Police, "JO-PSD-AHTU", "Demo Police Officer"),
        (Roles.Inspector, "JO-MOL-INSP", "Demo Labour Inspector"),
        (Roles.Researcher, "JO-MOSD", "Demo Researcher"),
        (Roles.Programme, "JO-IOM", "Demo Programme Manager"),
        (Roles.Viewer, "BE-MYRIA", "Demo Viewer"),
    ];

    public static string DemoEmail(string role) => $"{role}@{DemoEmailDomain}";

    /// <summary>
    /// Adds what is missing of the demo data; running it twice changes nothing. Returns the demo
    /// sign-in names. <paramref name="includeCases"/> false leaves out the people and cases (the
    /// test suite seeds agencies and users for every test class and needs no cases there).
    /// </summary>
    public async Task<IReadOnlyList<string>> SeedDemoAsync(bool includeCases = true, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (code, names, kind, country) in DemoAgencies)
        {
            if (!await db.Agencies.AnyAsync(a => a.Code == code, ct))
                db.Agencies.Add(Agency.Create(code, names, kind, country, now));
        }
        await db.SaveChangesAsync(ct);

        var emails = new List<string>();
        foreach (var (role, agencyCode, name) in DemoUsers)
        {
            var email = DemoEmail(role);
            emails.Add(email);
            if (await users.FindByEmailAsync(email) is not null) continue;
            var agency = await db.Agencies.Where(a => a.Code == agencyCode).Select(a => a.Id).SingleAsync(ct);
            var user = SanadUser.New(email, name, agency, now);
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded)
                throw new InvalidOperationException("Demo user could not be created: " + string.Join(" ", created.Errors.Select(e => e.Code)));
            await users.AddToRoleAsync(user, role);
        }
        await SeedDemoServicesAsync(now, ct);
        if (includeCases)
        {
            await SeedDemoPeopleAsync(ct);
            await work.SeedAsync(ct);
            // The programme and its activities first: the budget's demo books are written against them.
            await programme.SeedAsync(ct);
            await budgetDemo.SeedAsync(ct);
            // The demo cases as a research dataset, so a researcher has figures to prepare releases from and a coordinator releases to approve.
            if (!await db.StatisticalDatasets.AnyAsync(ct) && await snapshots.SnapshotAsync(DemoDatasetName, ct) is { Succeeded: false } refused)
                throw new InvalidOperationException("The demo dataset could not be made: " + refused.Error!.MessageKey);
        }
        return emails;
    }

    private static readonly (string Agency, ServiceDetails Service)[] DemoServices =
    [
        ("JO-KARAMA", new(ServiceTypes.Shelter, "Dar Karama shelter", "Safe accommodation, food and case management for women and children.", "Amman", "Amman",
            ["ar", "en", "tl", "si", "am"], 50, 12, new Eligibility("female", null, null, []), [new FocalPoint("Shelter duty officer", "+962 6 500 0001", "shelter@karama.demo.sanad.local")], "24/7", true)),
        ("JO-KARAMA", new(ServiceTypes.Psychosocial, "Psychosocial counselling", "Individual and group counselling with interpreters.", "Amman", "Amman",
            ["ar", "en"], 20, 5, new Eligibility(null, 12, null, []), [new FocalPoint("Counselling coordinator", "+962 6 500 0002", null)], "Sun–Thu 9:00–16:00", true)),
        ("JO-LEGAL-AID", new(ServiceTypes.LegalAid, "Legal counsel and representation", "Advice, wage claims and representation before labour courts.", "Amman", "Amman",
            ["ar", "en"], null, null, new Eligibility(null, null, null, []), [new FocalPoint("Duty lawyer", "+962 6 500 0003", "lawyer@legalaid.demo.sanad.local")], "Sun–Thu 8:30–15:30", true)),
        ("JO-MOL-INSP", new(ServiceTypes.LabourComplaint, "Labour complaint desk", "Complaints about unpaid wages, withheld passports and working conditions.", "Zarqa", "Zarqa",
            ["ar", "en", "bn"], null, null, new Eligibility(null, null, null, []), [new FocalPoint("Complaints officer", "+962 5 500 0004", null)], "Sun–Thu 8:00–15:00", true)),
        ("JO-IOM", new(ServiceTypes.Return, "Assisted voluntary return", "Travel documents, tickets and reception in the country of origin.", "Amman", "Amman",
            ["ar", "en", "fr"], null, null, new Eligibility(null, null, null, []), [new FocalPoint("Return desk", "+962 6 500 0005", "return@iom.demo.sanad.local")], "Sun–Thu 9:00–17:00", true)),
        ("BE-PAYOKE", new(ServiceTypes.Shelter, "Payoke reception centre", "Specialised reception and support of victims (residence procedure).", "Antwerp", "Antwerpen",
            ["nl", "fr", "en"], 15, 2, new Eligibility(null, 18, null, []), [new FocalPoint("Intake", "+32 3 000 0006", null)], "Mon–Fri 9:00–17:00", true)),
    ];

    /// <summary>A few services of the demo agencies for the directory; one of each is added only if missing.</summary>
    private async Task SeedDemoServicesAsync(DateTime now, CancellationToken ct)
    {
        foreach (var (code, details) in DemoServices)
        {
            var agency = await db.Agencies.Where(a => a.Code == code).Select(a => (AgencyId?)a.Id).SingleOrDefaultAsync(ct);
            if (agency is not { } id || await db.AgencyServices.AnyAsync(s => s.AgencyId == id && s.Name == details.Name, ct)) continue;
            db.AgencyServices.Add(AgencyService.Offer(id, details, now));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The demo people and cases, once: only while the demo agencies have nobody registered.</summary>
    private async Task SeedDemoPeopleAsync(CancellationToken ct)
    {
        var codes = SeedPeople.DemoAgencyCodes.ToList();
        var demoAgencies = db.Agencies.Where(a => codes.Contains(a.Code)).Select(a => a.Id);
        if (await db.People.IgnoreQueryFilters().AnyAsync(p => demoAgencies.Contains(p.AgencyId), ct)) return;
        var agencies = await seeding.AgenciesAsync(null, ct);
        var generator = new PeopleGenerator(DemoSeed, agencies.Value!, clock.GetUtcNow().UtcDateTime);
        await seeding.WriteAsync(generator.Generate(DemoPeople), ct: ct);
    }
}
