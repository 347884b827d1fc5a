using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Accounts;
using Sanad.Resources;
using Sanad.Security;

namespace Sanad.Web;

/// <summary>
/// Arabic, French and English. The language comes from the signed-in user's profile, then the
/// language cookie (set by the switcher before sign-in), then the browser's Accept-Language.
/// </summary>
public static class Localization
{
    public const string CookieName = "sanad.lang";

    public static IServiceCollection AddSanadLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Languages.All.Select(CultureFor).ToList();
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.DefaultRequestCulture = new RequestCulture(Languages.English);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new ProfileLanguageProvider(),
                new CookieRequestCultureProvider { CookieName = CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>
    /// The culture for a language. Arabic uses the Gregorian calendar, as the agencies' own
    /// records do; Arabic digits and month names follow the culture.
    /// </summary>
    public static CultureInfo CultureFor(string language)
    {
        var culture = new CultureInfo(language);
        if (language == Languages.Arabic && culture.DateTimeFormat.Calendar is not GregorianCalendar)
        {
            var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
            if (gregorian is not null) culture.DateTimeFormat.Calendar = gregorian;
        }
        return culture;
    }

    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "ar" => Languages.Arabic,
        "fr" => Languages.French,
        _ => Languages.English,
    };

    public static void UseDataAnnotationsTranslations(MvcDataAnnotationsLocalizationOptions o) =>
        o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource));

    private sealed class ProfileLanguageProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext context)
        {
            var language = context.User.FindFirstValue(SanadClaims.Language);
            return Task.FromResult(Languages.IsSupported(language) ? new ProviderCultureResult(language) : null);
        }
    }
}
