using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Agencies;
using Sanad.Domain.Assistance;
using Sanad.Domain.Cases;

namespace Sanad.Data.Configurations;

internal sealed class AssistancePlanConfiguration : IEntityTypeConfiguration<AssistancePlan>
{
    public void Configure(EntityTypeBuilder<AssistancePlan> b)
    {
        b.ToTable("assistance_plans");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).HasConversion(id => id.Value, g => new AssistancePlanId(g));
        b.Property(p => p.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // Two people starting the next version from the same approved plan: the second save fails here.
        b.HasIndex(p => new { p.CaseId, p.Number }).IsUnique();
        // A supervisor's work list: the agency's plans waiting for approval, longest waiting first.
        b.HasIndex(p => new { p.AgencyId, p.State, p.SubmittedAt });
        b.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> b)
    {
        b.ToTable("plan_goals");
        b.HasKey(g => g.Id);
        b.Property(g => g.PlanId).HasConversion(id => id.Value, g => new AssistancePlanId(g));
        b.HasOne<AssistancePlan>().WithMany().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => new { g.PlanId, g.Position });
        b.Property(g => g.Area).HasMaxLength(40).IsRequired();
        b.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(g => g.SealedText).IsRequired();
    }
}

internal sealed class ServiceDeliveryConfiguration : IEntityTypeConfiguration<ServiceDelivery>
{
    public void Configure(EntityTypeBuilder<ServiceDelivery> b)
    {
        b.ToTable("services_delivered");
        b.HasKey(s => s.Id);
        b.Property(s => s.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Agency>().WithMany().HasForeignKey(s => s.DeliveredBy).OnDelete(DeleteBehavior.Restrict);
        // A case's services, first by date; with the type and outcome, so the services chart filtered by agency or citizenship
        // probes the cases in scope and reads nothing but this index.
        b.HasIndex(s => new { s.CaseId, s.StartedOn, s.ServiceType, s.Outcome });
        // The services chart without a filter streams its groups (type, outcome) out of this index.
        b.HasIndex(s => new { s.ServiceType, s.Outcome, s.StartedOn }).HasDatabaseName("IX_services_delivered_dashboard");
        b.Property(s => s.ServiceType).HasMaxLength(40).IsRequired();
        b.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.ToTable("follow_ups");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).HasConversion(id => id.Value, g => new FollowUpId(g));
        b.Property(f => f.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Agency>().WithMany().HasForeignKey(f => f.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => new { f.CaseId, f.DueOn });
        // The work lists read only open follow-ups by due date, per agency or per worker: partial
        // indexes keep them small as done follow-ups pile up (same SQL on SQLite and PostgreSQL).
        b.HasIndex(f => new { f.AgencyId, f.DueOn }).HasDatabaseName("IX_follow_ups_open_by_agency").HasFilter("\"DoneOn\" IS NULL");
        b.HasIndex(f => new { f.AssignedTo, f.DueOn }).HasDatabaseName("IX_follow_ups_open_by_worker").HasFilter("\"DoneOn\" IS NULL");
        b.Property(f => f.SealedWhat).IsRequired();
        // Two people marking the same follow-up done at once: the second is told, not silently overwriting the first.
        b.Property(f => f.DoneOn).IsConcurrencyToken();
    }
}

internal sealed class CaseClosureConfiguration : IEntityTypeConfiguration<CaseClosure>
{
    public void Configure(EntityTypeBuilder<CaseClosure> b)
    {
        b.ToTable("case_closures");
        b.HasKey(c => c.Id);
        b.Property(c => c.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.CaseId, c.Id });
        // At most one request waits per case, even when two are sent at once.
        b.HasIndex(c => c.CaseId).IsUnique().HasDatabaseName("IX_case_closures_waiting").HasFilter("\"State\" = 'Requested'");
        b.Property(c => c.Reason).HasMaxLength(40).IsRequired();
        // An approval racing a refusal: the second one finds the state changed and is refused.
        b.Property(c => c.State).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
    }
}

internal sealed class CaseReopeningConfiguration : IEntityTypeConfiguration<CaseReopening>
{
    public void Configure(EntityTypeBuilder<CaseReopening> b)
    {
        b.ToTable("case_reopenings");
        b.HasKey(r => r.Id);
        b.Property(r => r.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.CaseId, r.Id });
        b.Property(r => r.SealedReason).IsRequired();
    }
}
