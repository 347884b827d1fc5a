using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Programmes;

namespace Sanad.Data.Configurations;

internal sealed class ActivitySessionConfiguration : IEntityTypeConfiguration<ActivitySession>
{
    public void Configure(EntityTypeBuilder<ActivitySession> b)
    {
        b.ToTable("programme_sessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).HasConversion(id => id.Value, g => new SessionId(g));
        b.Property(s => s.ActivityId).HasConversion(id => id.Value, g => new ActivityId(g));
        b.HasOne<ProgrammeActivity>().WithMany().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.ActivityId, s.HeldOn });
        b.Property(s => s.Topic).HasMaxLength(300).IsRequired();
        b.Property(s => s.Trainers).HasMaxLength(500);
    }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> b)
    {
        b.ToTable("programme_attendance");
        b.HasKey(a => new { a.SessionId, a.ParticipantId });
        b.Property(a => a.SessionId).HasConversion(id => id.Value, g => new SessionId(g));
        b.Property(a => a.ParticipantId).HasConversion(id => id.Value, g => new ParticipantId(g));
        b.HasOne<ActivitySession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Participant>().WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.ParticipantId);
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> b)
    {
        b.ToTable("programme_enrolments");
        b.HasKey(e => new { e.ActivityId, e.ParticipantId });
        b.Property(e => e.ActivityId).HasConversion(id => id.Value, g => new ActivityId(g));
        b.Property(e => e.ParticipantId).HasConversion(id => id.Value, g => new ParticipantId(g));
        b.HasOne<ProgrammeActivity>().WithMany().HasForeignKey(e => e.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Participant>().WithMany().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.ParticipantId);
        b.Property(e => e.PreTestScore).HasPrecision(5, 2);
        b.Property(e => e.PostTestScore).HasPrecision(5, 2);
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> b)
    {
        b.ToTable("programme_recommendations");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).HasConversion(id => id.Value, g => new RecommendationId(g));
        b.Property(r => r.ActivityId).HasConversion(id => id.Value, g => new ActivityId(g));
        b.HasOne<ProgrammeActivity>().WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.TextEnglish).HasMaxLength(2000).IsRequired();
        b.Property(r => r.TextFrench).HasMaxLength(2000);
        b.Property(r => r.TextArabic).HasMaxLength(2000);
        b.Property(r => r.AddresseeCountry).HasMaxLength(2).IsRequired();
        b.Property(r => r.AddresseeInstitution).HasMaxLength(300).IsRequired();
        b.Property(r => r.Priority).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Evidence).HasMaxLength(2000);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.AddresseeCountry, r.Status, r.DueOn });
        b.HasIndex(r => r.ActivityId);
    }
}

internal sealed class RecommendationChangeConfiguration : IEntityTypeConfiguration<RecommendationChange>
{
    public void Configure(EntityTypeBuilder<RecommendationChange> b)
    {
        b.ToTable("programme_recommendation_changes");
        b.HasKey(c => c.Id);
        b.Property(c => c.RecommendationId).HasConversion(id => id.Value, g => new RecommendationId(g));
        b.HasOne<Recommendation>().WithMany().HasForeignKey(c => c.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => c.RecommendationId);
        b.Property(c => c.Field).HasMaxLength(20).IsRequired();
        b.Property(c => c.From).HasMaxLength(2000);
        b.Property(c => c.To).HasMaxLength(2000);
    }
}

internal sealed class ActivityDocumentConfiguration : IEntityTypeConfiguration<ActivityDocument>
{
    public void Configure(EntityTypeBuilder<ActivityDocument> b)
    {
        b.ToTable("programme_documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.ActivityId).HasConversion(id => id.Value, g => new ActivityId(g));
        b.HasOne<ProgrammeActivity>().WithMany().HasForeignKey(d => d.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => d.ActivityId);
        b.Property(d => d.ContentType).HasMaxLength(50).IsRequired();
    }
}

internal sealed class ActivityProfileConfiguration : IEntityTypeConfiguration<ActivityProfile>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ActivityProfile> b)
    {
        b.ToTable("programme_activity_profiles");
        b.HasKey(p => p.ActivityId);
        b.Property(p => p.ActivityId).HasConversion(id => id.Value, g => new ActivityId(g));
        b.HasOne<ProgrammeActivity>().WithOne().HasForeignKey<ActivityProfile>(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.Property(p => p.ParticipatingCountries).HasMaxLength(200);
        b.Property(p => p.Languages).HasMaxLength(100);
        // Small lists edited as a whole with their activity: kept as JSON text, the same on both providers.
        JsonList(b.Property(p => p.Delegation));
        JsonList(b.Property(p => p.Studies));
    }

    private static void JsonList<T>(PropertyBuilder<List<T>> property) =>
        property.HasConversion(
                list => JsonSerializer.Serialize(list, Json),
                text => JsonSerializer.Deserialize<List<T>>(text, Json) ?? new List<T>(),
                new ValueComparer<List<T>>((a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    list => JsonSerializer.Serialize(list, Json).GetHashCode(), list => list.ToList()))
            .IsRequired();
}
