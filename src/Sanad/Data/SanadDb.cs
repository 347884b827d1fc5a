using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Assistance;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Domain.Encryption;
using Sanad.Domain.Notifications;
using Sanad.Domain.Referrals;
using Sanad.Domain.Services;
using Sanad.Domain.People;
using Sanad.Domain.Programmes;
using Sanad.Domain.Node;
using Sanad.Security;

namespace Sanad.Data;

/// <summary>
/// The node's database. Provider subclasses (<see cref="SqliteSanadDb"/>, <see cref="PostgresSanadDb"/>)
/// exist only so each provider keeps its own migration set; the model is defined here once.
/// </summary>
public abstract class SanadDb : IdentityDbContext<SanadUser, IdentityRole<Guid>, Guid>
{
    private readonly AccessScope _scope;
    private readonly DirectoryVersion? _directory;

    protected SanadDb(DbContextOptions options, AccessScope? scope, DirectoryVersion? directory = null) : base(options)
    {
        _scope = scope ?? AccessScope.System;
        _directory = directory;
    }

    /// <summary>Record types whose changes the sign-in and agency caches must see.</summary>
    private static readonly Type[] DirectoryTypes =
        [typeof(SanadUser), typeof(IdentityUserRole<Guid>), typeof(IdentityUserToken<Guid>), typeof(PersonalAccessToken), typeof(Agency)];

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var (touchesDirectory, counts, facts) = Pending();
        int saved;
        if (counts.Count == 0 && facts.Count == 0) saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        else
        {
            // The records and what is counted from them change together or not at all.
            await using var tx = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await ReferralDayCounting.ApplyAsync(this, counts, cancellationToken);
            await CaseFactsKeeping.ApplyAsync(this, facts, cancellationToken);
            if (tx is not null) await tx.CommitAsync(cancellationToken);
        }
        if (touchesDirectory) _directory?.Changed();
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var (touchesDirectory, counts, facts) = Pending();
        int saved;
        if (counts.Count == 0 && facts.Count == 0) saved = base.SaveChanges(acceptAllChangesOnSuccess);
        else
        {
            using var tx = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
            saved = base.SaveChanges(acceptAllChangesOnSuccess);
            ReferralDayCounting.Apply(this, counts);
            CaseFactsKeeping.Apply(this, facts);
            tx?.Commit();
        }
        if (touchesDirectory) _directory?.Changed();
        return saved;
    }

    /// <summary>
    /// What the save is about to change, from one look at the change tracker (each look detects
    /// changes over every tracked entity): whether the sign-in and agency caches must forget, the
    /// referral day counts to move, and the cases whose dashboard facts to compute again.
    /// </summary>
    private (bool TouchesDirectory, IReadOnlyList<(ReferralDayCounting.Key Key, int Delta)> Counts, IReadOnlyList<Guid> Facts) Pending()
    {
        var changed = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        return (changed.Any(e => DirectoryTypes.Contains(e.Metadata.ClrType)), ReferralDayCounting.Pending(changed), CaseFactsKeeping.Pending(changed));
    }

    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<NodeSettings> NodeSettings => Set<NodeSettings>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<DataKey> DataKeys => Set<DataKey>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonName> PersonNames => Set<PersonName>();
    public DbSet<PersonNameKey> PersonNameKeys => Set<PersonNameKey>();
    public DbSet<PersonPhoto> PersonPhotos => Set<PersonPhoto>();
    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseHistoryEntry> CaseHistory => Set<CaseHistoryEntry>();
    public DbSet<CaseCounter> CaseCounters => Set<CaseCounter>();
    public DbSet<IdentificationDecision> IdentificationDecisions => Set<IdentificationDecision>();
    public DbSet<CaseScreening> CaseScreenings => Set<CaseScreening>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<TraffickingEvent> TraffickingEvents => Set<TraffickingEvent>();
    public DbSet<CaseAttachment> CaseAttachments => Set<CaseAttachment>();
    public DbSet<Perpetrator> Perpetrators => Set<Perpetrator>();
    public DbSet<Domain.Jurisdictions.JurisdictionVersion> JurisdictionVersions => Set<Domain.Jurisdictions.JurisdictionVersion>();
    public DbSet<Domain.Legal.ReflectionPeriod> ReflectionPeriods => Set<Domain.Legal.ReflectionPeriod>();
    public DbSet<Domain.Legal.ResidenceDocument> ResidenceDocuments => Set<Domain.Legal.ResidenceDocument>();
    public DbSet<Domain.Legal.Cooperation> Cooperations => Set<Domain.Legal.Cooperation>();
    public DbSet<Domain.Legal.ProceedingStep> ProceedingSteps => Set<Domain.Legal.ProceedingStep>();
    public DbSet<AgencyService> AgencyServices => Set<AgencyService>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralTransition> ReferralTransitions => Set<ReferralTransition>();
    public DbSet<ReferralDayCount> ReferralDayCounts => Set<ReferralDayCount>();
    public DbSet<CaseFacts> CaseFacts => Set<CaseFacts>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AssistancePlan> AssistancePlans => Set<AssistancePlan>();
    public DbSet<PlanGoal> PlanGoals => Set<PlanGoal>();
    public DbSet<ServiceDelivery> ServicesDelivered => Set<ServiceDelivery>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<CaseClosure> CaseClosures => Set<CaseClosure>();
    public DbSet<CaseReopening> CaseReopenings => Set<CaseReopening>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<ProgrammeActivity> ProgrammeActivities => Set<ProgrammeActivity>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<FundingSource> FundingSources => Set<FundingSource>();
    public DbSet<ExchangeRate> ExchangeRates => Set<ExchangeRate>();
    public DbSet<Expenditure> Expenditures => Set<Expenditure>();
    public DbSet<LogframeEntry> LogframeEntries => Set<LogframeEntry>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorPeriod> IndicatorPeriods => Set<IndicatorPeriod>();
    public DbSet<DonorReport> DonorReports => Set<DonorReport>();
    public DbSet<ActivityProfile> ActivityProfiles => Set<ActivityProfile>();
    public DbSet<ProgrammeOrganisation> ProgrammeOrganisations => Set<ProgrammeOrganisation>();
    public DbSet<ActivityPartner> ActivityPartners => Set<ActivityPartner>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<ActivitySession> ActivitySessions => Set<ActivitySession>();
    public DbSet<SessionAttendance> SessionAttendance => Set<SessionAttendance>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<RecommendationChange> RecommendationChanges => Set<RecommendationChange>();
    public DbSet<ActivityDocument> ActivityDocuments => Set<ActivityDocument>();
    public DbSet<Domain.Research.StatisticalDataset> StatisticalDatasets => Set<Domain.Research.StatisticalDataset>();
    public DbSet<Domain.Research.StatisticalRecord> StatisticalRecords => Set<Domain.Research.StatisticalRecord>();
    public DbSet<Domain.Research.Release> Releases => Set<Domain.Research.Release>();

    /// <summary>Which provider is in use, for the few places that need provider SQL (locks).</summary>
    public abstract DatabaseProvider Provider { get; }

    // Read by the agency query filter at query time; EF turns these into parameters.
    internal bool LimitedToOwnAgency => _scope.LimitedToOwnAgency;
    internal AgencyId ScopeAgency => new(_scope.AgencyFilterValue);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<AgencyId>().HaveConversion<AgencyIdConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SanadDb).Assembly, t => t.Namespace == typeof(SanadDb).Namespace + ".Configurations");
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(IAgencyOwned).IsAssignableFrom(t.ClrType)).ToList())
            builder.Entity(entity.ClrType).HasQueryFilter(AgencyFilterFor(entity.ClrType));
    }

    /// <summary>Builds <c>e => !LimitedToOwnAgency || e.AgencyId == ScopeAgency</c> for one entity type.</summary>
    private LambdaExpression AgencyFilterFor(Type entityType)
    {
        var e = Expression.Parameter(entityType, "e");
        var db = Expression.Constant(this);
        var limited = Expression.Property(db, nameof(LimitedToOwnAgency));
        // Typed ids are compared as typed ids: EF translates that through the value converter.
        var sameAgency = Expression.Equal(Expression.Property(e, nameof(IAgencyOwned.AgencyId)), Expression.Property(db, nameof(ScopeAgency)));
        return Expression.Lambda(Expression.OrElse(Expression.Not(limited), sameAgency), e);
    }

    private sealed class AgencyIdConverter() : ValueConverter<AgencyId, Guid>(id => id.Value, g => new AgencyId(g));
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
