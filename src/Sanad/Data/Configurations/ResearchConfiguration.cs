using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Research;
using Sanad.Features.Research;

namespace Sanad.Data.Configurations;

internal sealed class StatisticalDatasetConfiguration : IEntityTypeConfiguration<StatisticalDataset>
{
    public void Configure(EntityTypeBuilder<StatisticalDataset> b)
    {
        b.ToTable("statistical_datasets");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).HasConversion(id => id.Value, g => new DatasetId(g)).ValueGeneratedNever();
        b.Property(d => d.Name).HasMaxLength(200).IsRequired();
        b.Property(d => d.Kind).HasMaxLength(20).IsRequired();
        b.Property(d => d.Source).HasMaxLength(300).IsRequired();
        b.Property(d => d.Sha256).HasMaxLength(64).IsRequired();
        // Concurrent releases from one dataset race on its budget: the second is refused, never both spent past the cap.
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => d.CreatedAt);
    }
}

/// <summary>
/// One column per CTDC column, named as in the file, through EF indexer properties: the table is
/// the file's layout, and a bulk insert writes it from the model like any other table.
/// </summary>
internal sealed class StatisticalRecordConfiguration : IEntityTypeConfiguration<StatisticalRecord>
{
    public void Configure(EntityTypeBuilder<StatisticalRecord> b)
    {
        b.ToTable("statistical_records");
        b.HasKey(r => new { r.DatasetId, r.Row });
        b.Property(r => r.DatasetId).HasConversion(id => id.Value, g => new DatasetId(g));
        b.Property(r => r.Row).ValueGeneratedNever();
        foreach (var (name, kind) in CtdcLayout.Columns)
            b.IndexerProperty<string>(name).HasMaxLength(kind == CtdcKind.Labels ? 500 : 100);
        b.HasOne<StatisticalDataset>().WithMany().HasForeignKey(r => r.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> b)
    {
        b.ToTable("releases");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).HasConversion(id => id.Value, g => new ReleaseId(g)).ValueGeneratedNever();
        // Null for a chart or report of the dashboards: they have no source dataset.
        b.Property(r => r.DatasetId).HasConversion(id => id!.Value.Value, g => new DatasetId(g));
        b.Property(r => r.Kind).HasMaxLength(40).IsRequired();
        b.Property(r => r.Method).HasMaxLength(200).IsRequired();
        b.Property(r => r.Parameters).IsRequired();
        b.Property(r => r.Report).IsRequired();
        b.Property(r => r.FileName).HasMaxLength(200).IsRequired();
        b.Property(r => r.Sha256).HasMaxLength(64).IsRequired();
        b.Property(r => r.Status).HasMaxLength(20).IsRequired();
        b.Property(r => r.DecisionNote).HasMaxLength(1000);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<StatisticalDataset>().WithMany().HasForeignKey(r => r.DatasetId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.DatasetId, r.Status });
        b.HasIndex(r => r.PreparedAt);
    }
}
