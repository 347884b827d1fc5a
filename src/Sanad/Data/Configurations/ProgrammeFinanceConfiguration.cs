using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Programmes;

namespace Sanad.Data.Configurations;

// Money is decimal(18,2) in the budget currency and decimal(18,3) in local currencies (the dinars have
// three decimals); rates keep ten significant places. Never floating point.

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        b.ToTable("budget_lines");
        b.HasKey(l => l.Id);
        b.Property(l => l.Id).HasConversion(id => id.Value, g => new BudgetLineId(g));
        b.Property(l => l.ProgrammeId).HasConversion(id => id.Value, g => new ProgrammeId(g));
        b.Property(l => l.ActivityId).HasConversion(id => id!.Value.Value, g => new ActivityId(g));
        b.HasOne<Programme>().WithMany().HasForeignKey(l => l.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProgrammeActivity>().WithMany().HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => new { l.ProgrammeId, l.Code }).IsUnique();
        b.Property(l => l.Code).HasMaxLength(20).IsRequired();
        b.Property(l => l.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Description).HasMaxLength(300).IsRequired();
        b.Property(l => l.Amount).HasPrecision(18, 2);
        b.Property(l => l.Version).IsConcurrencyToken();
    }
}

internal sealed class FundingSourceConfiguration : IEntityTypeConfiguration<FundingSource>
{
    public void Configure(EntityTypeBuilder<FundingSource> b)
    {
        b.ToTable("funding_sources");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).HasConversion(id => id.Value, g => new FundingSourceId(g));
        b.Property(f => f.ProgrammeId).HasConversion(id => id.Value, g => new ProgrammeId(g));
        b.HasOne<Programme>().WithMany().HasForeignKey(f => f.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => new { f.ProgrammeId, f.Code }).IsUnique();
        b.Property(f => f.Code).HasMaxLength(20).IsRequired();
        b.Property(f => f.Name).HasMaxLength(200).IsRequired();
        b.Property(f => f.Committed).HasPrecision(18, 2);
        b.Property(f => f.Share).HasPrecision(5, 4);
        b.Property(f => f.Version).IsConcurrencyToken();
    }
}

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> b)
    {
        b.ToTable("exchange_rates");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.BaseCurrency, r.Currency, r.EffectiveOn }).IsUnique();
        b.Property(r => r.BaseCurrency).HasMaxLength(3).IsRequired();
        b.Property(r => r.Currency).HasMaxLength(3).IsRequired();
        b.Property(r => r.UnitsPerBase).HasPrecision(20, 8);
        b.Property(r => r.Source).HasMaxLength(100);
    }
}

internal sealed class ExpenditureConfiguration : IEntityTypeConfiguration<Expenditure>
{
    public void Configure(EntityTypeBuilder<Expenditure> b)
    {
        b.ToTable("expenditures");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasConversion(id => id.Value, g => new ExpenditureId(g));
        b.Property(e => e.ProgrammeId).HasConversion(id => id.Value, g => new ProgrammeId(g));
        b.Property(e => e.BudgetLineId).HasConversion(id => id.Value, g => new BudgetLineId(g));
        b.Property(e => e.FundingSourceId).HasConversion(id => id.Value, g => new FundingSourceId(g));
        b.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BudgetLine>().WithMany().HasForeignKey(e => e.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FundingSource>().WithMany().HasForeignKey(e => e.FundingSourceId).OnDelete(DeleteBehavior.Restrict);
        // The books and the report sum by programme and date; line and funder sums read the same index.
        b.HasIndex(e => new { e.ProgrammeId, e.SpentOn });
        b.Property(e => e.Amount).HasPrecision(18, 3);
        b.Property(e => e.Currency).HasMaxLength(3).IsRequired();
        b.Property(e => e.Rate).HasPrecision(20, 8);
        b.Property(e => e.AmountInBudgetCurrency).HasPrecision(18, 2);
        b.Property(e => e.Description).HasMaxLength(300).IsRequired();
        b.Property(e => e.Reference).HasMaxLength(50);
    }
}

internal sealed class LogframeEntryConfiguration : IEntityTypeConfiguration<LogframeEntry>
{
    public void Configure(EntityTypeBuilder<LogframeEntry> b)
    {
        b.ToTable("logframe_entries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasConversion(id => id.Value, g => new LogframeEntryId(g));
        b.Property(e => e.ProgrammeId).HasConversion(id => id.Value, g => new ProgrammeId(g));
        b.Property(e => e.ParentId).HasConversion(id => id!.Value.Value, g => new LogframeEntryId(g));
        b.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LogframeEntry>().WithMany().HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.ProgrammeId, e.Code }).IsUnique();
        b.Property(e => e.Level).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Code).HasMaxLength(20).IsRequired();
        b.Property(e => e.Statement).HasMaxLength(1000).IsRequired();
        b.Property(e => e.Version).IsConcurrencyToken();
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.ToTable("indicators");
        b.Ignore(i => i.IsEntered);
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).HasConversion(id => id.Value, g => new IndicatorId(g));
        b.Property(i => i.ProgrammeId).HasConversion(id => id.Value, g => new ProgrammeId(g));
        b.Property(i => i.LogframeEntryId).HasConversion(id => id.Value, g => new LogframeEntryId(g));
        b.HasOne<Programme>().WithMany().HasForeignKey(i => i.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LogframeEntry>().WithMany().HasForeignKey(i => i.LogframeEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.ProgrammeId, i.Code }).IsUnique();
        b.Property(i => i.Code).HasMaxLength(20).IsRequired();
        b.Property(i => i.Name).HasMaxLength(300).IsRequired();
        b.Property(i => i.Unit).HasMaxLength(50).IsRequired();
        b.Property(i => i.Baseline).HasPrecision(18, 2);
        b.Property(i => i.Source).HasMaxLength(40).IsRequired();
        b.Property(i => i.Parameter).HasMaxLength(40);
        b.Property(i => i.Country).HasMaxLength(2);
        b.Property(i => i.Version).IsConcurrencyToken();
    }
}

internal sealed class IndicatorPeriodConfiguration : IEntityTypeConfiguration<IndicatorPeriod>
{
    public void Configure(EntityTypeBuilder<IndicatorPeriod> b)
    {
        b.ToTable("indicator_periods");
        b.Ignore(p => p.Label);
        b.HasKey(p => p.Id);
        b.Property(p => p.IndicatorId).HasConversion(id => id.Value, g => new IndicatorId(g));
        b.HasOne<Indicator>().WithMany().HasForeignKey(p => p.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.IndicatorId, p.StartsOn }).IsUnique();
        b.Property(p => p.Target).HasPrecision(18, 2);
        b.Property(p => p.EnteredActual).HasPrecision(18, 2);
        b.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class DonorReportConfiguration : IEntityTypeConfiguration<DonorReport>
{
    public void Configure(EntityTypeBuilder<DonorReport> b)
    {
        b.ToTable("donor_reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).HasConversion(id => id.Value, g => new DonorReportId(g));
        b.Property(r => r.ProgrammeId).HasConversion(id => id.Value, g => new ProgrammeId(g));
        b.Property(r => r.FundingSourceId).HasConversion(id => id.Value, g => new FundingSourceId(g));
        b.HasOne<Programme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FundingSource>().WithMany().HasForeignKey(r => r.FundingSourceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.ProgrammeId, r.PublishedAt });
        b.Property(r => r.Language).HasMaxLength(5).IsRequired();
        b.Property(r => r.Title).HasMaxLength(300).IsRequired();
    }
}
