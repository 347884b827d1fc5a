using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sanad.Resources;

namespace Sanad.Web;

/// <summary>MVC's own messages for values it cannot bind ("'abc' is not a number"), translated per request.</summary>
public sealed class ModelBindingTranslations(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var t = factory.Create(typeof(SharedResource));
        var m = options.ModelBindingMessageProvider;
        m.SetValueIsInvalidAccessor(v => t["The value '{0}' is not valid.", v]);
        m.SetValueMustBeANumberAccessor(f => t["The field {0} must be a number.", t[f]]);
        m.SetMissingBindRequiredValueAccessor(f => t["The {0} field is required.", t[f]]);
        m.SetAttemptedValueIsInvalidAccessor((v, f) => t["The value '{0}' is not valid for {1}.", v, t[f]]);
        m.SetMissingKeyOrValueAccessor(() => t["A value is required."]);
        m.SetUnknownValueIsInvalidAccessor(f => t["The value is not valid for {0}.", t[f]]);
        m.SetValueMustNotBeNullAccessor(v => t["The {0} field is required.", v]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => t["A value is required."]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => t["The value '{0}' is not valid.", v]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["A value is required."]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => t["The field must be a number."]);
    }
}
