using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Node;

namespace Sanad.Data.Configurations;

internal sealed class NodeSettingsConfiguration : IEntityTypeConfiguration<NodeSettings>
{
    public void Configure(EntityTypeBuilder<NodeSettings> b)
    {
        b.ToTable("node_settings");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Country).HasMaxLength(2).IsRequired();
        b.Property(s => s.Languages).HasMaxLength(20).IsRequired();
        b.Property(s => s.TimeZone).HasMaxLength(64).IsRequired();
        b.Property(s => s.TwoFactorRequiredRoles).HasMaxLength(200).IsRequired();
        b.Property(s => s.Version).IsConcurrencyToken();
        // Nodes made before the field existed have an index of version 1: they rebuild it at their next start.
        b.Property(s => s.NameIndexVersion).HasDefaultValue(1);
        b.Ignore(s => s.LanguageList);
        b.Ignore(s => s.RolesRequiringTwoFactor);
    }
}
