using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanad.Domain.Agencies;
using Sanad.Domain.Encryption;
using Sanad.Domain.People;

namespace Sanad.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("people");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).HasConversion(id => id.Value, g => new PersonId(g));
        b.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.AgencyId);
        b.Property(p => p.Sex).HasConversion<string>().HasMaxLength(10);
        b.Property(p => p.Nationality).HasMaxLength(2);
        b.HasIndex(p => new { p.Nationality, p.YearOfBirth });
        b.Property(p => p.Languages).HasMaxLength(60).IsRequired();
        b.Property(p => p.SealedIdentity).IsRequired();
        b.HasIndex(p => p.IdentityKeyId);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.LanguageList);
        b.Property(p => p.MergedInto).HasConversion(id => id!.Value.Value, g => new PersonId(g));
    }
}

internal sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMerge>
{
    public void Configure(EntityTypeBuilder<PersonMerge> b)
    {
        b.ToTable("person_merges");
        b.HasKey(m => m.Id);
        b.Property(m => m.Survivor).HasConversion(id => id.Value, g => new PersonId(g));
        b.Property(m => m.Duplicate).HasConversion(id => id.Value, g => new PersonId(g));
        b.HasIndex(m => m.Duplicate);
        b.Property(m => m.MovedCases).IsRequired();
        b.Ignore(m => m.MovedCaseIds);
    }
}

internal sealed class DataKeyConfiguration : IEntityTypeConfiguration<DataKey>
{
    public void Configure(EntityTypeBuilder<DataKey> b)
    {
        b.ToTable("data_keys");
        b.HasKey(k => k.Id);
        b.Property(k => k.Purpose).HasConversion<string>().HasMaxLength(20);
        b.Property(k => k.Wrapped).IsRequired();
    }
}

internal sealed class PersonNameConfiguration : IEntityTypeConfiguration<PersonName>
{
    public void Configure(EntityTypeBuilder<PersonName> b)
    {
        b.ToTable("person_names");
        b.HasKey(n => n.Id);
        b.Property(n => n.PersonId).HasConversion(id => id.Value, g => new PersonId(g));
        b.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => n.PersonId);
        b.Property(n => n.Fingerprint).IsRequired();
    }
}

internal sealed class PersonNameKeyConfiguration : IEntityTypeConfiguration<PersonNameKey>
{
    public void Configure(EntityTypeBuilder<PersonNameKey> b)
    {
        b.ToTable("person_name_keys");
        b.HasKey(k => new { k.Key, k.PersonId });
        b.Property(k => k.PersonId).HasConversion(id => id.Value, g => new PersonId(g));
        b.HasOne<Person>().WithMany().HasForeignKey(k => k.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(k => k.PersonId);
        b.Property(k => k.Key).HasMaxLength(24).IsRequired();
    }
}

internal sealed class PersonPhotoConfiguration : IEntityTypeConfiguration<PersonPhoto>
{
    public void Configure(EntityTypeBuilder<PersonPhoto> b)
    {
        b.ToTable("person_photos");
        b.HasKey(p => p.Id);
        b.HasIndex(p => p.PersonId).IsUnique();
        b.Property(p => p.PersonId).HasConversion(id => id.Value, g => new PersonId(g));
        b.HasOne<Person>().WithOne().HasForeignKey<PersonPhoto>(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.Property(p => p.ContentType).HasMaxLength(20).IsRequired();
        b.Property(p => p.SealedContent).IsRequired();
    }
}
