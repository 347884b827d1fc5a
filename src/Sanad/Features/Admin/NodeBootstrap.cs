using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Node;
using Sanad.Features.Seeding;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Admin;

/// <summary>
/// What a node needs before its first request (its settings row), and the demo data that
/// <c>--demo</c> adds: agencies of Jordan and Belgium, one user per role, and a few hundred invented
/// people with their cases. Demo data is never created without <c>--demo</c>.
/// </summary>
public sealed class NodeBootstrap(SanadDb db, UserManager<SanadUser> users, MasterKey master, SeedPeople seeding, People.RebuildNameIndex nameIndex, Jurisdictions.ManageJurisdictions jurisdictions,
    TimeProvider clock, IConfiguration config)
{
    public const string DemoPassword = "Sanad-Demo-2026!";
    public const string DemoEmailDomain = "demo.sanad.local";
    public const int DemoPeople = 300;
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
        if (includeCases) await SeedDemoPeopleAsync(ct);
        return emails;
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
