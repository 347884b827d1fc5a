using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Domain.Notifications;
using Sanad.Domain.Referrals;
using Sanad.Domain.Services;
using Sanad.Security;

namespace Sanad.Data.Configurations;

internal sealed class AgencyServiceConfiguration : IEntityTypeConfiguration<AgencyService>
{
    public void Configure(EntityTypeBuilder<AgencyService> b)
    {
        b.ToTable("agency_services");
        b.Ignore(s => s.LanguageList);
        b.Ignore(s => s.NationalityList);
        b.Ignore(s => s.FocalPointList);
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).HasConversion(id => id.Value, g => new ServiceId(g));
        b.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.Type, s.IsActive });
        b.HasIndex(s => s.AgencyId);
        b.Property(s => s.Type).HasMaxLength(30).IsRequired();
        b.Property(s => s.Name).HasMaxLength(200).IsRequired();
        b.Property(s => s.Description).HasMaxLength(2000);
        b.Property(s => s.Governorate).HasMaxLength(100);
        b.Property(s => s.City).HasMaxLength(100);
        b.Property(s => s.Languages).HasMaxLength(100).IsRequired();
        b.Property(s => s.EligibleSex).HasMaxLength(10);
        b.Property(s => s.EligibleNationalities).HasMaxLength(400).IsRequired();
        b.Property(s => s.FocalPoints).HasMaxLength(4000).IsRequired();
        b.Property(s => s.OpeningHours).HasMaxLength(200);
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.ToTable("consents");
        b.Ignore(c => c.ScopeList);
        b.Ignore(c => c.IsActive);
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).HasConversion(id => id.Value, g => new ConsentId(g));
        b.Property(c => c.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.RecipientAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.CaseId, c.RecipientAgencyId });
        b.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Scope).HasMaxLength(60).IsRequired();
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("referrals");
        b.Ignore(r => r.ScopeList);
        b.Ignore(r => r.IsOpen);
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).HasConversion(id => id.Value, g => new ReferralId(g));
        b.Property(r => r.CaseId).HasConversion(id => id.Value, g => new CaseId(g));
        b.Property(r => r.ServiceId).HasConversion(id => id!.Value.Value, g => new ServiceId(g));
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Agency>().WithMany().HasForeignKey(r => r.FromAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agency>().WithMany().HasForeignKey(r => r.ToAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AgencyService>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.Scope).HasMaxLength(60).IsRequired();
        b.Property(r => r.SealedReason).IsRequired();
        // The lists of each side, newest first, with a state (agency, state, date) or without one
        // (agency, date: with hundreds of thousands of referrals an agency's unfiltered list must not
        // sort them all), and the deadline watch's scan of overdue 'sent' referrals.
        b.HasIndex(r => new { r.ToAgencyId, r.State, r.SentAt });
        b.HasIndex(r => new { r.FromAgencyId, r.State, r.SentAt });
        b.HasIndex(r => new { r.ToAgencyId, r.SentAt });
        b.HasIndex(r => new { r.FromAgencyId, r.SentAt });
        b.HasIndex(r => new { r.State, r.AnswerDueAt });
        // A case's referrals; with the date, the service and the state, so the referrals chart filtered by agency or
        // citizenship probes the cases in scope and reads nothing but this index.
        b.HasIndex(r => new { r.CaseId, r.SentAt, r.ServiceId, r.State });
        // The referrals chart without a filter streams its groups (service asked, state) out of this index.
        b.HasIndex(r => new { r.ServiceId, r.State, r.SentAt }).HasDatabaseName("IX_referrals_dashboard");
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class ReferralDayCountConfiguration : IEntityTypeConfiguration<ReferralDayCount>
{
    public void Configure(EntityTypeBuilder<ReferralDayCount> b)
    {
        b.ToTable("referral_day_counts");
        b.HasKey(c => new { c.Day, c.FromAgencyId, c.ToAgencyId, c.State });
        b.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ReferralTransitionConfiguration : IEntityTypeConfiguration<ReferralTransition>
{
    public void Configure(EntityTypeBuilder<ReferralTransition> b)
    {
        b.ToTable("referral_transitions");
        b.HasKey(t => t.Id);
        b.Property(t => t.ReferralId).HasConversion(id => id.Value, g => new ReferralId(g));
        b.HasOne<Referral>().WithMany().HasForeignKey(t => t.ReferralId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.ReferralId, t.Id });
        b.Property(t => t.From).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.To).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasKey(n => n.Id);
        b.HasOne<SanadUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.RecipientId, n.ReadAt, n.Id });
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(n => n.Link).HasMaxLength(200).IsRequired();
    }
}
