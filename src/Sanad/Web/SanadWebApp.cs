using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sanad.Data;
using Sanad.Features;
using Sanad.Features.Account;
using Sanad.Features.Admin;
using Sanad.Features.Agencies;
using Sanad.Features.Assistance;
using Sanad.Features.Cases;
using Sanad.Features.Consents;
using Sanad.Features.Notifications;
using Sanad.Features.Me;
using Sanad.Features.People;
using Sanad.Features.Referrals;
using Sanad.Features.Screening;
using Sanad.Features.Services;
using Sanad.Features.Users;
using Sanad.Security;

namespace Sanad.Web;

/// <summary>The composition root of the web node: services, then the request pipeline, then the endpoints.</summary>
public static class SanadWebApp
{
    public const string DefaultUrl = "http://localhost:5080";
    private const string EitherScheme = "sanad";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot(args) });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

        var database = DatabaseSettings.From(builder.Configuration);
        DatabaseSetup.EnsureDataDirectory(database);
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        AddServices(builder.Services, builder.Configuration, database, security);

        var app = builder.Build();
        UsePipeline(app);
        MapEndpoints(app);
        return app;
    }

    /// <summary>
    /// Settings and assets live beside the executable, so the node behaves the same whichever folder
    /// it is started from; the data directory alone follows the working folder (or --data-dir).
    /// </summary>
    private static string? ContentRoot(string[] args) =>
        args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory;

    private static void AddServices(IServiceCollection services, IConfiguration config, DatabaseSettings database, SecurityOptions security)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSanadDatabase(database);
        services.AddScoped<OperatorWork>();
        services.AddScoped(sp => sp.GetRequiredService<OperatorWork>().IsOperator
            ? AccessScope.System
            : AccessScope.ForRequest(sp.GetRequiredService<IHttpContextAccessor>()));
        services.AddDataProtection().SetApplicationName("Sanad")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(database.DataDirectory, "keys")));

        AddAccounts(services, security);
        services.AddAuthorization(Policies.Register);
        services.AddSanadLocalization();
        // Arabic and French letters go out as themselves, not as &#x...; entities: pages stay small and readable.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSanadProblemDetails();
        services.AddSanadRateLimits(security);
        services.AddSanadTelemetry(config);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sanad.csrf";
            o.Cookie.SecurePolicy = security.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/Admin", Policies.Administer);
                o.Conventions.AuthorizeFolder("/Users", Policies.Administer);
                o.Conventions.AuthorizeFolder("/People", Policies.CaseData);
                o.Conventions.AuthorizeFolder("/Cases", Policies.CaseData);
                o.Conventions.AuthorizeFolder("/Referrals", Policies.Referrals);
                o.Conventions.AuthorizeFolder("/Services", Policies.Referrals);
                o.Conventions.AuthorizePage("/Services/Edit", Policies.Supervise);
                o.Conventions.AuthorizePage("/Agencies/Edit", Policies.Administer);
                o.Conventions.AuthorizeFolder("/Screening", Policies.Screen);
                o.Conventions.AuthorizePage("/WorkLists/Overview", Policies.Coordinate);
                o.Conventions.AuthorizeFolder("/Dashboards", Policies.Dashboards);
                // Policies add up: the readers' pages and the staff pages are named one by one, not by folder.
                foreach (var page in new[] { "Index", "Activity", "Recommendations" })
                    o.Conventions.AuthorizePage("/Programme/" + page, Policies.ProgrammeReaders);
                foreach (var page in new[] { "EditActivity", "Settings", "Recommendation", "Organisations", "Organisation", "Participants", "Participant", "Attendance", "Import" })
                    o.Conventions.AuthorizePage("/Programme/" + page, Policies.Programme);
                o.Conventions.AllowAnonymousToPage("/Account/SignIn");
                o.Conventions.AllowAnonymousToPage("/Account/SignInTwoFactor");
                o.Conventions.AllowAnonymousToPage("/Account/AcceptInvitation");
                o.Conventions.AllowAnonymousToPage("/Account/Language");
                o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                o.Conventions.AllowAnonymousToPage("/Error");
            })
            .AddViewLocalization()
            // Razor Pages validate the antiforgery token of every POST by default.
            .AddDataAnnotationsLocalization(Localization.UseDataAnnotationsTranslations);
        services.AddSingleton<IConfigureOptions<MvcOptions>, ModelBindingTranslations>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer<ApiDocument>());
        services.AddHealthChecks().AddDbContextCheck<SanadDb>("database", tags: ["ready"]);

        services.AddSanadUseCases();
        services.AddOptions<Features.Dashboards.DashboardOptions>().BindConfiguration(Features.Dashboards.DashboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReferralOptions>().BindConfiguration(ReferralOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section);
        services.AddHostedService<ReferralDeadlineWatch>();
        services.AddOptions<Features.Notifications.DeadlineReminderOptions>().BindConfiguration(Features.Notifications.DeadlineReminderOptions.Section);
        services.AddHostedService<Features.Notifications.DeadlineReminderWatch>();
        // Attachments are read in memory (never buffered to a temporary file in clear), up to just over their 10 MB limit.
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = Domain.Cases.CaseAttachment.MaxBytes + 64 * 1024;
            o.MemoryBufferThreshold = (int)Domain.Cases.CaseAttachment.MaxBytes + 64 * 1024;
        });
    }

    private static void AddAccounts(IServiceCollection services, SecurityOptions security)
    {
        services.AddIdentity<SanadUser, Microsoft.AspNetCore.Identity.IdentityRole<Guid>>(o => IdentitySetup.Configure(o, security))
            .AddEntityFrameworkStores<SanadDb>()
            .AddSanadTokenProviders()
            .AddErrorDescriber<TranslatedIdentityErrors>()
            .AddClaimsPrincipalFactory<SanadClaimsFactory>()
            .AddSignInManager<SanadSignInManager>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = UserAccounts.InvitationLifetime);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(security.SessionRecheckSeconds));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sanad.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = security.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(security.SessionTimeoutMinutes);
            o.SlidingExpiration = true;
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Account/AccessDenied";
            // The API answers with status codes, never with a redirect to a page.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized, "Sign in first.");
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden, "Your role does not allow this.");
        });
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "sanad.2fa";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = security.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = EitherScheme;
                o.DefaultAuthenticateScheme = EitherScheme;
                o.DefaultChallengeScheme = EitherScheme;
                o.DefaultForbidScheme = EitherScheme;
            })
            // Tokens are for the API only: pages (and their token page) need a browser session.
            .AddPolicyScheme(EitherScheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Path.StartsWithSegments("/api")
                && ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? PersonalAccessTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenHandler.SchemeName, _ => { });
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status, string detail)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
            return Problems.Write(ctx.HttpContext, status, detail);
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseSecurityHeaders();
        // Language from the cookie or the browser, so error pages and early refusals are translated…
        app.UseRequestLocalization();
        // The API answers errors with problem documents; pages with the translated error page.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api =>
        {
            if (!app.Environment.IsDevelopment()) api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            // Pages link assets with a content hash (?v=…), so a browser may keep them for a year:
            // on a slow field connection only the page itself travels after the first visit.
            OnPrepareResponse = ctx =>
            {
                if (ctx.Context.Request.Query.ContainsKey("v"))
                    ctx.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            },
        });
        // The API reference is public, like the OpenAPI document it reads: it holds no data.
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api-docs";
            o.SwaggerEndpoint("/openapi/v1.json", "Sanad API v1");
            o.DocumentTitle = "Sanad API";
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        // …then again once the user is known, so their profile's language wins.
        app.UseRequestLocalization();
        app.UseTwoFactorGate();
        app.UseAuthorization();
    }

    private static void MapEndpoints(WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapRazorPages();

        var api = app.MapGroup("/api/v1").RequireAuthorization().DisableAntiforgery();
        MeEndpoints.Map(api);
        AgencyEndpoints.Map(api);
        UserEndpoints.Map(api);
        AdminEndpoints.Map(api);
        PeopleEndpoints.Map(api);
        CaseEndpoints.Map(api);
        AssistanceEndpoints.Map(api);
        ScreeningEndpoints.Map(api);
        Features.Jurisdictions.JurisdictionEndpoints.Map(api);
        Features.Legal.LegalEndpoints.Map(api);
        ServiceEndpoints.Map(api);
        ConsentEndpoints.Map(api);
        ReferralEndpoints.Map(api);
        NotificationEndpoints.Map(api);
        Features.WorkLists.WorkListEndpoints.Map(api);
        Features.Exports.ExportEndpoints.Map(api);
        Features.Dashboards.DashboardEndpoints.Map(api);
        Features.ProgrammeFinance.BudgetEndpoints.Map(api);
        Features.Programme.ProgrammeEndpoints.Map(api);
        Features.Research.ResearchEndpoints.Map(api);
    }
}
