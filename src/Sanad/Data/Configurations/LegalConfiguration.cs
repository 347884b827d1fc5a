using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;
using Sanad.Domain.Jurisdictions;
using Sanad.Domain.Legal;

namespace Sanad.Data.Configurations;

internal sealed class JurisdictionVersionConfiguration : IEntityTypeConfiguration<JurisdictionVersion>
{
    public void Configure(EntityTypeBuilder<JurisdictionVersion> b)
    {
        b.ToTable("jurisdiction_versions");
        b.HasKey(v => v.Id);
        b.Property(v => v.Country).HasMaxLength(2).IsRequired();
        b.HasIndex(v => new { v.Country, v.Number }).IsUnique();
        b.Property(v => v.Json).IsRequired();
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ReflectionPeriodConfiguration : IEntityTypeConfiguration<ReflectionPeriod>
{
    public void Configure(EntityTypeBuilder<ReflectionPeriod> b)
    {
        b.ToTable("reflection_periods");
        b.HasKey(r => r.Id);
        b.Property(r => r.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.CaseId).IsUnique();
        // The deadline scan: an agency's periods by end date (and the coordinator's, by end date alone).
        // Only the periods still waiting for a residence document are deadlines: the others are left
        // out of both indexes, so reading the earliest deadlines never steps over years of finished ones.
        b.HasIndex(r => new { r.AgencyId, r.EndsOn }).HasFilter("\"FollowedUpAt\" IS NULL");
        b.HasIndex(r => r.EndsOn).HasFilter("\"FollowedUpAt\" IS NULL");
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class ResidenceDocumentConfiguration : IEntityTypeConfiguration<ResidenceDocument>
{
    public void Configure(EntityTypeBuilder<ResidenceDocument> b)
    {
        b.ToTable("residence_documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.CaseId, d.Id });
        // Current documents with an end only: the ones that can expire (see the reflection periods).
        b.HasIndex(d => new { d.AgencyId, d.ValidUntil }).HasFilter("\"ReplacedAt\" IS NULL AND \"ValidUntil\" IS NOT NULL");
        b.HasIndex(d => d.ValidUntil).HasFilter("\"ReplacedAt\" IS NULL AND \"ValidUntil\" IS NOT NULL");
        b.Property(d => d.Type).HasMaxLength(60).IsRequired();
        b.Property(d => d.Version).IsConcurrencyToken();
    }
}

internal sealed class CooperationConfiguration : IEntityTypeConfiguration<Cooperation>
{
    public void Configure(EntityTypeBuilder<Cooperation> b)
    {
        b.ToTable("cooperations");
        b.HasKey(c => c.Id);
        b.Property(c => c.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.AuthorityAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.CaseId, c.On });
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.AuthorityName).HasMaxLength(200);
    }
}

internal sealed class ProceedingStepConfiguration : IEntityTypeConfiguration<ProceedingStep>
{
    public void Configure(EntityTypeBuilder<ProceedingStep> b)
    {
        b.ToTable("proceeding_steps");
        b.HasKey(p => p.Id);
        b.Property(p => p.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agency>().WithMany().HasForeignKey(p => p.ResponsibleAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.CaseId, p.On });
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.AuthorityName).HasMaxLength(200);
    }
}
