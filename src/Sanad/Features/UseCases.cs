using Sanad.Domain.Screening;
using Sanad.Features.Account;
using Sanad.Features.Admin;
using Sanad.Features.Agencies;
using Sanad.Features.Assistance;
using Sanad.Features.Cases;
using Sanad.Features.Jurisdictions;
using Sanad.Features.Legal;
using Sanad.Features.Consents;
using Sanad.Features.Exports;
using Sanad.Features.Notifications;
using Sanad.Features.ProgrammeFinance;
using Sanad.Features.People;
using Sanad.Features.Referrals;
using Sanad.Features.Screening.Catalogue;
using Sanad.Features.Seeding;
using Sanad.Features.Services;
using Sanad.Features.Users;
using Sanad.Data;
using Sanad.Security;
using Sanad.Security.Encryption;
using Sanad.Web;

namespace Sanad.Features;

/// <summary>The use-case handlers, shared by the web node and the CLI: one line per capability.</summary>
public static class UseCases
{
    public static IServiceCollection AddSanadUseCases(this IServiceCollection services)
    {
        services.AddSingleton<AuditWriter>().AddScoped<AuditTrail>();
        services.AddSingleton(sp => MasterKey.Load(
            sp.GetRequiredService<DatabaseSettings>().DataDirectory, sp.GetRequiredService<IConfiguration>()[MasterKey.EnvironmentVariable]));
        services.AddSingleton<KeyRing>().AddSingleton<FieldSealer>().AddScoped<KeyRotation>();
        services.AddSingleton<DirectoryVersion>().AddSingleton<TokenSignIns>().AddSingleton<AgencyLabels>();
        services.AddSingleton<NodeSettingsCache>();
        services.AddScoped<ListAgencies>().AddScoped<SaveAgency>();
        services.AddScoped<ListUsers>().AddScoped<UserAccounts>();
        services.AddScoped<AccessTokens>().AddScoped<TwoFactorEnrolment>();
        services.AddScoped<RegisterPerson>().AddScoped<ReadPeople>().AddScoped<NameIndex>().AddScoped<RebuildNameIndex>().AddScoped<PersonPhotos>().AddScoped<FindDuplicates>().AddScoped<MergePeople>();
        services.AddScoped<OpenCase>().AddScoped<UpdateCase>().AddScoped<AgencyWorkers>().AddScoped<ReadCases>().AddScoped<DecideIdentification>().AddScoped<ScreenCase>().AddScoped<CaseRecords>();
        services.AddScoped<AgencyNameBook>().AddScoped<ServiceDirectory>();
        services.AddScoped<ConsentBook>();
        services.AddSingleton<ConfiguredReferralDeadlines>().AddSingleton<IReferralDeadlines, ReferralAnswerDeadline>().AddScoped<SendReferral>().AddScoped<AnswerReferral>().AddScoped<ReadReferrals>().AddScoped<TakeOnReferral>().AddScoped<ExpireOverdueReferrals>();
        services.AddSingleton<NotificationMail>().AddScoped<Notifier>().AddScoped<ReadNotifications>().AddScoped<RemindDueDeadlines>();
        services.AddScoped<CaseGate>().AddScoped<AssistancePlans>().AddScoped<ServicesDelivered>().AddScoped<FollowUps>().AddScoped<DueFollowUps>().AddScoped<CaseClosures>().AddScoped<AssistanceSummaries>();
        services.AddSingleton(ScreeningCatalogueLoader.LoadShipped()).AddSingleton<ScreeningEvaluator>();
        services.AddSingleton(ShippedJurisdictions.Load()).AddSingleton<JurisdictionRules>().AddScoped<ManageJurisdictions>();
        services.AddScoped<LegalAccess>().AddScoped<ChangeStage>().AddScoped<LegalTrack>().AddScoped<LegalDeadlines>();
        services.AddScoped<ReferralSheet>().AddScoped<CaseFile>().AddScoped<CaseFileCare>();
        services.AddScoped<WorkLists.ReadWorkList>().AddScoped<WorkLists.ReadOverview>();
        services.AddScoped<Dashboards.ReadDashboard>();
        services.AddScoped<IIndicatorSource, ProgrammeFinance.IndicatorFromActivities>().AddScoped<IIndicatorSource, ProgrammeFinance.IndicatorFromCases>().AddScoped<IIndicatorSource, ProgrammeFinance.IndicatorFromTrainings>().AddScoped<IDonorReportSection, ProgrammeFinance.RecommendationsSection>().AddScoped<BudgetBook>().AddScoped<ExchangeRateBook>().AddScoped<ExpenditureBook>().AddScoped<LogframeBook>().AddScoped<DonorReportComposer>().AddScoped<DonorReportPdf>().AddScoped<DonorReportXlsx>().AddScoped<DonorReports>().AddScoped<BudgetDemo>().AddScoped<BudgetSeed>().AddScoped<ParticipantSeed>();
        services.AddScoped<Programme.ProgrammeSettings>().AddScoped<Programme.Activities>().AddScoped<Programme.Organisations>().AddScoped<Programme.Participants>().AddScoped<Programme.ParticipantImport>().AddScoped<Programme.Events>().AddScoped<Programme.Recommendations>().AddScoped<Programme.Documents>().AddScoped<Programme.AssistanceFigures>().AddScoped<Programme.DemoProgramme>();
        services.AddSingleton(sp => Research.ResearchOptions.From(sp.GetRequiredService<IConfiguration>())).AddScoped<Research.StatisticalDatasets>().AddScoped<Research.ReleaseLedger>();
        services.AddScoped<Research.DashboardReleases>();
        services.AddScoped<Research.CaseSnapshots>();
        services.AddScoped<ChangeNodeSettings>().AddScoped<SearchAudit>().AddScoped<NodeBootstrap>().AddScoped<DemoWork>().AddScoped<SeedPeople>().AddScoped<SeedReferrals>();
        return services;
    }
}
