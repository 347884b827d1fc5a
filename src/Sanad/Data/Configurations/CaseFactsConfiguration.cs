using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Cases;

namespace Sanad.Data.Configurations;

/// <summary>
/// The dashboards' facts. Each chart has its own index, led by the columns it groups by, so the
/// database streams the groups out of the index without sorting and without reading the rows; the
/// filters (agency, citizenship, period) follow in the index so they are checked there too. No
/// index leads with the agency or the citizenship: SQLite (without statistics) would prefer it and
/// then read every matching row, ten times slower than reading the chart's index through. The
/// indexes hold identified victims only, and end with the flag itself so SQLite reads nothing but
/// the index (a partial index's condition does not make it covering by itself).
/// </summary>
internal sealed class CaseFactsConfiguration : IEntityTypeConfiguration<CaseFacts>
{
    private const string IdentifiedOnly = "\"Identified\"";

    public void Configure(EntityTypeBuilder<CaseFacts> b)
    {
        b.ToTable("case_facts");
        b.HasKey(f => f.CaseId);
        b.Property(f => f.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        // The row goes with its case (a case removed when taking on a referral fails half-way).
        b.HasOne<Case>().WithOne().HasForeignKey<CaseFacts>(f => f.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(f => f.Sex).HasConversion<string>().HasMaxLength(10);
        b.Property(f => f.Nationality).HasMaxLength(2);
        b.Property(f => f.LabourExploitation).HasMaxLength(300).IsRequired();
        b.Property(f => f.SexExploitation).HasMaxLength(200).IsRequired();
        b.Property(f => f.LabourIndustries).HasMaxLength(600).IsRequired();
        b.Property(f => f.MethodsOfControl).HasMaxLength(400).IsRequired();
        b.Property(f => f.ExploitationCountries).HasMaxLength(600).IsRequired();

        // The cases of an agency or a citizenship, for the referrals and services charts, read from a narrow index rather than
        // the table; led by the case, so it is never preferred for an equality on the agency or the citizenship.
        b.HasIndex(f => new { f.CaseId, f.AgencyId, f.Nationality }).HasDatabaseName("IX_case_facts_scope");
        b.HasIndex(f => new { f.OpenedYear, f.Sex, f.AgencyId, f.Nationality, f.OpenedAt, f.Identified }).HasDatabaseName("IX_case_facts_by_year").HasFilter(IdentifiedOnly);
        b.HasIndex(f => new { f.AgeBand, f.Sex, f.AgencyId, f.Nationality, f.OpenedAt, f.Identified }).HasDatabaseName("IX_case_facts_by_age").HasFilter(IdentifiedOnly);
        b.HasIndex(f => new { f.LabourExploitation, f.SexExploitation, f.AgencyId, f.Nationality, f.OpenedAt, f.Identified }).HasDatabaseName("IX_case_facts_exploitation").HasFilter(IdentifiedOnly);
        b.HasIndex(f => new { f.LabourIndustries, f.AgencyId, f.Nationality, f.OpenedAt, f.Identified }).HasDatabaseName("IX_case_facts_sectors").HasFilter(IdentifiedOnly);
        b.HasIndex(f => new { f.MethodsOfControl, f.AgencyId, f.Nationality, f.OpenedAt, f.Identified }).HasDatabaseName("IX_case_facts_control").HasFilter(IdentifiedOnly);
        b.HasIndex(f => new { f.ExploitationCountries, f.Nationality, f.AgencyId, f.OpenedAt, f.Identified }).HasDatabaseName("IX_case_facts_flows").HasFilter(IdentifiedOnly);
        b.HasIndex(f => new { f.IdentifiedOn, f.DaysToAssistance, f.AgencyId, f.Nationality }).HasDatabaseName("IX_case_facts_assistance").HasFilter("\"IdentifiedOn\" IS NOT NULL");
    }
}
