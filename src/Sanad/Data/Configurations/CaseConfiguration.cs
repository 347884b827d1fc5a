using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;
using Sanad.Domain.People;

namespace Sanad.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).HasConversion(id => id.Value, g => new CaseId(g));
        b.Property(c => c.PersonId).HasConversion(id => id.Value, g => new PersonId(g));
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Reference).HasMaxLength(40).IsRequired();
        b.HasIndex(c => c.Reference).IsUnique();
        b.HasIndex(c => new { c.AgencyId, c.Status, c.OpenedAt });
        // A worker's open cases on the work list, last changed first; the agency first, so it is the best match for the agency-filtered query.
        b.HasIndex(c => new { c.AgencyId, c.AssignedWorkerId, c.Status, c.UpdatedAt });
        b.HasIndex(c => c.PersonId);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.TraffickingStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.TraffickingStatusDecidedBy).HasMaxLength(40);
        b.Property(c => c.MethodsOfControl).HasMaxLength(400).IsRequired();
        b.Property(c => c.RecruiterRelationship).HasMaxLength(100).IsRequired();
        b.Property(c => c.LabourExploitation).HasMaxLength(300).IsRequired();
        b.Property(c => c.SexExploitation).HasMaxLength(200).IsRequired();
        b.Property(c => c.LabourIndustries).HasMaxLength(600).IsRequired();
        b.Property(c => c.Stage).HasMaxLength(60);
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}

internal sealed class CaseHistoryConfiguration : IEntityTypeConfiguration<CaseHistoryEntry>
{
    public void Configure(EntityTypeBuilder<CaseHistoryEntry> b)
    {
        b.ToTable("case_history");
        b.HasKey(h => h.Id);
        b.Property(h => h.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(h => new { h.CaseId, h.At });
        b.Property(h => h.Field).HasMaxLength(40).IsRequired();
        b.Property(h => h.From).HasMaxLength(600);
        b.Property(h => h.To).HasMaxLength(600);
    }
}

internal sealed class CaseCounterConfiguration : IEntityTypeConfiguration<CaseCounter>
{
    public void Configure(EntityTypeBuilder<CaseCounter> b)
    {
        b.ToTable("case_counters");
        b.HasKey(c => c.Year);
        b.Property(c => c.Year).ValueGeneratedNever();
        b.Property(c => c.LastNumber).IsConcurrencyToken();
    }
}

internal sealed class IdentificationDecisionConfiguration : IEntityTypeConfiguration<IdentificationDecision>
{
    public void Configure(EntityTypeBuilder<IdentificationDecision> b)
    {
        b.ToTable("identification_decisions");
        b.HasKey(d => d.Id);
        b.Property(d => d.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.CaseId, d.Id });
        b.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Authority).HasMaxLength(40).IsRequired();
    }
}

internal sealed class CaseScreeningConfiguration : IEntityTypeConfiguration<CaseScreening>
{
    public void Configure(EntityTypeBuilder<CaseScreening> b)
    {
        b.ToTable("case_screenings");
        b.HasKey(s => s.Id);
        b.Property(s => s.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.CaseId, s.Id });
        b.Property(s => s.Profile).HasMaxLength(40).IsRequired();
        b.Property(s => s.CatalogueVersion).HasMaxLength(20).IsRequired();
        b.Property(s => s.Outcome).HasMaxLength(40).IsRequired();
        b.Property(s => s.Rule).HasMaxLength(300).IsRequired();
        b.Property(s => s.PositiveDimensions).HasMaxLength(40).IsRequired();
        b.Property(s => s.Language).HasMaxLength(3).IsRequired();
        b.Property(s => s.SealedIndicators).IsRequired();
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.ToTable("case_notes");
        b.HasKey(n => n.Id);
        b.Property(n => n.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.CaseId, n.Id });
        b.Property(n => n.SealedText).IsRequired();
    }
}

internal sealed class TraffickingEventConfiguration : IEntityTypeConfiguration<TraffickingEvent>
{
    public void Configure(EntityTypeBuilder<TraffickingEvent> b)
    {
        b.ToTable("trafficking_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.CaseId, e.Id });
        b.HasIndex(e => new { e.Type, e.Country });
        b.Property(e => e.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Country).HasMaxLength(2);
        b.Property(e => e.City).HasMaxLength(100);
        b.Property(e => e.Acts).HasMaxLength(200).IsRequired();
        b.Property(e => e.Means).HasMaxLength(300).IsRequired();
        b.Property(e => e.Purposes).HasMaxLength(300).IsRequired();
    }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> b)
    {
        b.ToTable("case_attachments");
        b.HasKey(a => a.Id);
        b.Property(a => a.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.CaseId, a.Id });
        b.Property(a => a.ContentType).HasMaxLength(40).IsRequired();
        b.Property(a => a.SealedName).IsRequired();
        b.Property(a => a.SealedContent).IsRequired();
    }
}

internal sealed class PerpetratorConfiguration : IEntityTypeConfiguration<Perpetrator>
{
    public void Configure(EntityTypeBuilder<Perpetrator> b)
    {
        b.ToTable("perpetrators");
        b.HasKey(p => p.Id);
        b.Property(p => p.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.CaseId, p.Id });
        b.Property(p => p.Roles).HasMaxLength(400).IsRequired();
        b.Property(p => p.Sex).HasMaxLength(10);
        b.Property(p => p.Nationality).HasMaxLength(2);
    }
}
