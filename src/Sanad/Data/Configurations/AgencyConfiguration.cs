using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Agencies;

namespace Sanad.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> b)
    {
        b.ToTable("agencies");
        b.HasKey(a => a.Id);
        b.Property(a => a.Code).HasMaxLength(40).IsRequired();
        b.HasIndex(a => a.Code).IsUnique();
        b.Property(a => a.NameEn).HasMaxLength(200).IsRequired();
        b.Property(a => a.NameFr).HasMaxLength(200).IsRequired();
        b.Property(a => a.NameAr).HasMaxLength(200).IsRequired();
        b.Property(a => a.Kind).HasMaxLength(40)
            .HasConversion(k => AgencyKinds.Code(k), s => AgencyKinds.FromCode(s));
        b.Property(a => a.Country).HasMaxLength(2).IsFixedLength().IsRequired();
    }
}
