using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Programmes;

namespace Sanad.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> b)
    {
        b.ToTable("programmes");
        b.Ignore(p => p.CountryList);
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).HasConversion(id => id.Value, g => new ProgrammeId(g));
        b.Property(p => p.Name).HasMaxLength(200).IsRequired();
        b.Property(p => p.Countries).HasMaxLength(200).IsRequired();
        b.Property(p => p.BudgetCurrency).HasMaxLength(3).IsRequired();
        b.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class ProgrammeActivityConfiguration : IEntityTypeConfiguration<ProgrammeActivity>
{
    public void Configure(EntityTypeBuilder<ProgrammeActivity> b)
    {
        b.ToTable("programme_activities");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).HasConversion(id => id.Value, g => new ActivityId(g));
        b.Property(a => a.ProgrammeId).HasConversion(id => id.Value, g => new ProgrammeId(g));
        b.HasOne<Programme>().WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.ProgrammeId, a.Kind, a.StartsOn });
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Title).HasMaxLength(300).IsRequired();
        b.Property(a => a.Country).HasMaxLength(2).IsRequired();
        b.Property(a => a.Description).HasMaxLength(4000);
        b.Property(a => a.ResponsiblePerson).HasMaxLength(200);
        b.Property(a => a.Outputs).HasMaxLength(4000);
        b.Property(a => a.Version).IsConcurrencyToken();
    }
}
