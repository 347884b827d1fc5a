using Sanad.Domain.Agencies;
using Sanad.Domain.People;

namespace Sanad.Domain.Cases;

/// <summary>
/// The statistical facts of one case and its person, in one narrow row: what the dashboards count,
/// and nothing else (no name, no reference, no narrative). Kept in step with the cases, people,
/// trafficking events, identification decisions and services delivered in the same transaction as
/// every change to them (<c>CaseFactsKeeping</c>, decision 0048), so a chart is one grouped scan of
/// an index of this table instead of a join of a million cases to a million people.
/// </summary>
public sealed class CaseFacts
{
    public CaseId CaseId { get; private set; }
    public AgencyId AgencyId { get; private set; }
    public DateTime OpenedAt { get; private set; }
    /// <summary>The UTC year the case was opened.</summary>
    public int OpenedYear { get; private set; }
    /// <summary>A possible or actual victim of trafficking: who the "victims identified" charts count.</summary>
    public bool Identified { get; private set; }
    public Sex Sex { get; private set; }
    /// <summary>The index of the person's age band in <c>Dashboard.AgeBands</c>, from the year of birth and the year the case was opened; 5 when unknown.</summary>
    public int AgeBand { get; private set; }
    public string? Nationality { get; private set; }
    public string LabourExploitation { get; private set; } = "";
    public string SexExploitation { get; private set; } = "";
    public string LabourIndustries { get; private set; } = "";
    public string MethodsOfControl { get; private set; } = "";
    /// <summary>The countries of the case's exploitation events, distinct, sorted, comma-joined; empty when none is recorded.</summary>
    public string ExploitationCountries { get; private set; } = "";
    /// <summary>The first identification decision that is not "not a victim".</summary>
    public DateOnly? IdentifiedOn { get; private set; }
    /// <summary>
    /// Days from <see cref="IdentifiedOn"/> to the first service delivered (zero or less when she was
    /// assisted that day or before); null when no service is recorded or she is not identified.
    /// </summary>
    public int? DaysToAssistance { get; private set; }

    private CaseFacts() { }
}
