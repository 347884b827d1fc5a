using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Audit;

namespace Sanad.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(e => e.Sequence);
        // The trail assigns sequence numbers itself, under a lock, so the chain has no gaps.
        b.Property(e => e.Sequence).ValueGeneratedNever();
        b.Property(e => e.Action).HasMaxLength(60).IsRequired();
        b.Property(e => e.TargetType).HasMaxLength(40);
        b.Property(e => e.TargetId).HasMaxLength(64);
        b.Property(e => e.ClientAddress).HasMaxLength(45);
        b.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Detail).HasMaxLength(200);
        b.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        b.HasIndex(e => e.At);
        b.HasIndex(e => e.ActorUserId);
        b.HasIndex(e => new { e.TargetType, e.TargetId });
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.ToTable("audit_chain_head");
        b.HasKey(h => h.Id);
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.LastHash).HasMaxLength(64).IsFixedLength().IsRequired();
    }
}
