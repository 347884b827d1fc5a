using Microsoft.AspNetCore.Authorization;
using Sanad.Domain.Accounts;

namespace Sanad.Security;

/// <summary>
/// Named authorization policies. The fallback policy requires a signed-in user, so an endpoint
/// that forgets to ask for a policy is still closed to anonymous callers. Later capabilities add
/// policies here (and resource checks in their handlers), not new plumbing.
/// </summary>
public static class Policies
{
    /// <summary>Node configuration, agencies, users, audit. Never case data.</summary>
    public const string Administer = "administer";
    /// <summary>Roles that open case files directly; admin, researcher, programme, viewer and the service provider (referrals only) are excluded.</summary>
    public const string CaseData = "case-data";
    /// <summary>Any role that may work with referrals and the service directory: the case roles, including the service provider.</summary>
    public const string Referrals = "referrals";
    /// <summary>Agency supervisors and coordinators: approvals and team views.</summary>
    public const string Supervise = "supervise";

    /// <summary>The work list of one's agency and own tasks: <see cref="Roles.WorkListRoles"/>.</summary>
    public const string WorkList = "work-list";
    /// <summary>The country-wide referral overview: the NRM coordinator only.</summary>
    public const string Coordinate = "coordinate";

    /// <summary>Roles that screen people: caseworker, supervisor, coordinator, police, inspector, provider.</summary>
    public const string Screen = "screen";

    /// <summary>The aggregate dashboards: coordinator, researcher and programme (whole node), supervisor (own agency). Never admin.</summary>
    public const string Dashboards = "dashboards";
    /// <summary>The programme's budget, expenditures, logframe and donor reports: the programme manager only.</summary>
    public const string ProgrammeFinance = "programme-finance";
    /// <summary>Published donor reports: the programme manager and the viewer.</summary>
    public const string PublishedReports = "published-reports";
    /// <summary>Programme staff: the programme role edits the programme and alone sees its participants (ADR 0037).</summary>
    public const string Programme = "programme";
    /// <summary>Published programme data (activities, sessions, organisations, recommendations): programme staff, the viewer and the coordinator.</summary>
    public const string ProgrammeReaders = "programme-readers";
    /// <summary>The research area (datasets, the privacy ledger): researcher and coordinator.</summary>
    public const string Research = "research";
    /// <summary>Approved releases: researcher, coordinator, programme manager and viewer.</summary>
    public const string Releases = "releases";

    public static void Register(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Administer, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        // An admin never passes, even if a case role were ever added to the account by other means.
        options.AddPolicy(CaseData, p => p.RequireAuthenticatedUser().RequireRole(Roles.CaseFileRoles).RequireAssertion(c => !c.User.IsInRole(Roles.Admin)));
        options.AddPolicy(Referrals, p => p.RequireAuthenticatedUser().RequireRole(Roles.CaseRoles).RequireAssertion(c => !c.User.IsInRole(Roles.Admin)));
        options.AddPolicy(Screen, p => p.RequireAuthenticatedUser().RequireRole(Roles.ScreeningRoles));
        options.AddPolicy(WorkList, p => p.RequireAuthenticatedUser().RequireRole(Roles.WorkListRoles).RequireAssertion(c => !c.User.IsInRole(Roles.Admin)));
        options.AddPolicy(Coordinate, p => p.RequireAuthenticatedUser().RequireRole(Roles.Coordinator));
        options.AddPolicy(Dashboards, p => p.RequireAuthenticatedUser().RequireRole(Roles.DashboardRoles).RequireAssertion(c => !c.User.IsInRole(Roles.Admin)));
        options.AddPolicy(ProgrammeFinance, p => p.RequireAuthenticatedUser().RequireRole(Roles.Programme).RequireAssertion(c => !c.User.IsInRole(Roles.Admin)));
        options.AddPolicy(PublishedReports, p => p.RequireAuthenticatedUser().RequireRole(Roles.Programme, Roles.Viewer).RequireAssertion(c => !c.User.IsInRole(Roles.Admin)));
        options.AddPolicy(Programme, p => p.RequireAuthenticatedUser().RequireRole(Roles.Programme).RequireAssertion(c => !c.User.IsInRole(Roles.Admin)));
        options.AddPolicy(ProgrammeReaders, p => p.RequireAuthenticatedUser().RequireRole(Roles.Programme, Roles.Viewer, Roles.Coordinator));
        options.AddPolicy(Research, p => p.RequireAuthenticatedUser().RequireRole(Roles.Researcher, Roles.Coordinator).RequireAssertion(c => !c.User.IsInRole(Roles.Admin)));
        options.AddPolicy(Releases, p => p.RequireAuthenticatedUser().RequireRole(Features.Research.ReleaseLedger.ReaderRoles).RequireAssertion(c => !c.User.IsInRole(Roles.Admin)));
        options.AddPolicy(Supervise, p => p.RequireAuthenticatedUser().RequireRole(Roles.Supervisor, Roles.Coordinator));
    }
}
