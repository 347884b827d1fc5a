using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Programmes;

namespace Sanad.Data.Configurations;

internal sealed class ProgrammeOrganisationConfiguration : IEntityTypeConfiguration<ProgrammeOrganisation>
{
    public void Configure(EntityTypeBuilder<ProgrammeOrganisation> b)
    {
        b.ToTable("programme_organisations");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).HasConversion(id => id.Value, g => new OrganisationId(g));
        b.Property(o => o.Name).HasMaxLength(300).IsRequired();
        b.Property(o => o.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Country).HasMaxLength(2).IsRequired();
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasIndex(o => o.Name);
    }
}

internal sealed class ActivityPartnerConfiguration : IEntityTypeConfiguration<ActivityPartner>
{
    public void Configure(EntityTypeBuilder<ActivityPartner> b)
    {
        b.ToTable("programme_activity_partners");
        b.HasKey(p => new { p.ActivityId, p.OrganisationId });
        b.Property(p => p.ActivityId).HasConversion(id => id.Value, g => new ActivityId(g));
        b.Property(p => p.OrganisationId).HasConversion(id => id.Value, g => new OrganisationId(g));
        b.HasOne<ProgrammeActivity>().WithMany().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ProgrammeOrganisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.ToTable("programme_participants");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).HasConversion(id => id.Value, g => new ParticipantId(g));
        b.Property(p => p.OrganisationId).HasConversion(id => id.Value, g => new OrganisationId(g));
        b.HasOne<ProgrammeOrganisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Sex).HasMaxLength(10).IsRequired();
        b.Property(p => p.Country).HasMaxLength(2).IsRequired();
        b.Property(p => p.EmailKey).HasMaxLength(64);
        b.Property(p => p.NameKey).HasMaxLength(64).IsRequired();
        b.HasIndex(p => p.EmailKey);
        b.HasIndex(p => p.NameKey);
        b.Property(p => p.Version).IsConcurrencyToken();
    }
}
