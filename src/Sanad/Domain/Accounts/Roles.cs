namespace Sanad.Domain.Accounts;

/// <summary>
/// The roles of DESIGN §4. A user may hold several. Names are stable codes stored in the database.
/// </summary>
public static class Roles
{
    /// <summary>Configuration and users; never case data.</summary>
    public const string Admin = "admin";
    /// <summary>NRM coordinator: country-wide view, pseudonymised by default.</summary>
    public const string Coordinator = "coordinator";
    /// <summary>Agency cases and approvals.</summary>
    public const string Supervisor = "supervisor";
    /// <summary>Own and assigned cases.</summary>
    public const string Caseworker = "caseworker";
    /// <summary>Service provider: only referrals sent to its agency, only the consented scope.</summary>
    public const string Provider = "provider";
    /// <summary>Law enforcement: identification and proceedings data of cases shared with it.</summary>
    public const string Police = "police";
    /// <summary>Labour inspector: screening and own cases.</summary>
    public const string Inspector = "inspector";
    /// <summary>Anonymised outputs only.</summary>
    public const string Researcher = "researcher";
    /// <summary>Programme module; no case data.</summary>
    public const string Programme = "programme";
    /// <summary>Published reports.</summary>
    public const string Viewer = "viewer";

    public static readonly IReadOnlyList<string> All =
    [
        Admin, Coordinator, Supervisor, Caseworker, Provider, Police, Inspector, Researcher, Programme, Viewer,
    ];

    /// <summary>Roles that may ever touch case-scoped data. Admin, researcher, programme and viewer are not among them.</summary>
    public static readonly IReadOnlyList<string> CaseRoles =
    [
        Coordinator, Supervisor, Caseworker, Provider, Police, Inspector,
    ];

    /// <summary>
    /// Roles that open case files directly (people and cases endpoints and pages). The service
    /// provider is not among them: it sees a case only through a referral sent to its agency.
    /// </summary>
    public static readonly IReadOnlyList<string> CaseFileRoles =
    [
        Coordinator, Supervisor, Caseworker, Police, Inspector,
    ];

    /// <summary>Roles that screen people for indicators of trafficking (DESIGN §4: the inspector screens too).</summary>
    public static readonly IReadOnlyList<string> ScreeningRoles =
    [
        Coordinator, Supervisor, Caseworker, Provider, Police, Inspector,
    ];

    /// <summary>
    /// Roles whose home page is a work list of their agency's referrals and their own tasks. The
    /// coordinator has the country-wide overview instead; the provider's list holds incoming referrals only.
    /// </summary>
    public static readonly IReadOnlyList<string> WorkListRoles = [Caseworker, Supervisor, Police, Inspector, Provider];

    /// <summary>Roles that see who a person is (identifying and sensitive tiers), in their own agency.</summary>
    public static readonly IReadOnlyList<string> IdentityRoles = [Caseworker, Supervisor, Police, Inspector];

    /// <summary>
    /// Roles that see the aggregate dashboards (counts with small ones suppressed, never a case):
    /// the coordinator, the researcher and the programme for the whole node, a supervisor for their agency.
    /// </summary>
    public static readonly IReadOnlyList<string> DashboardRoles = [Coordinator, Supervisor, Researcher, Programme];

    public static bool IsKnown(string role) => All.Contains(role);

    /// <summary>Fixed ids so the role table is seeded identically by both migration sets.</summary>
    public static Guid IdOf(string role) => role switch
    {
        Admin => new("0195a000-0000-7000-8000-000000000001"),
        Coordinator => new("0195a000-0000-7000-8000-000000000002"),
        Supervisor => new("0195a000-0000-7000-8000-000000000003"),
        Caseworker => new("0195a000-0000-7000-8000-000000000004"),
        Provider => new("0195a000-0000-7000-8000-000000000005"),
        Police => new("0195a000-0000-7000-8000-000000000006"),
        Inspector => new("0195a000-0000-7000-8000-000000000007"),
        Researcher => new("0195a000-0000-7000-8000-000000000008"),
        Programme => new("0195a000-0000-7000-8000-000000000009"),
        Viewer => new("0195a000-0000-7000-8000-00000000000a"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role"),
    };
}
