using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace Sanad.Web;

/// <summary>
/// Checks a request record's DataAnnotations and returns translated messages per field, for the
/// API and the CLI. Razor Pages get the same messages through MVC's DataAnnotations localization:
/// every attribute's ErrorMessage is a key of SharedResource.
/// </summary>
public static class RequestValidation
{
    /// <summary>The 400 validation problem for a request that breaks its own rules, or null when it is well-formed.</summary>
    /// <summary>Checks the request, then runs the use case: 201 at <paramref name="location"/> with its value, or its problem.</summary>
    public static async Task<IResult> CreatedAsync<T>(object request, IStringLocalizer t, Func<Task<Domain.Result<T>>> run, Func<T, string> location)
    {
        if (Refusal(request, t) is { } refused) return refused;
        var result = await run();
        return result.Succeeded ? TypedResults.Created(location(result.Value!), result.Value) : result.Error!.ToProblem(t);
    }

    /// <summary>Checks the request, then runs the use case: 200 with its value, or its problem.</summary>
    public static async Task<IResult> OkAsync<T>(object request, IStringLocalizer t, Func<Task<Domain.Result<T>>> run) =>
        Refusal(request, t) ?? (await run()).ToOk(t);

    public static IResult? Refusal(object request, IStringLocalizer t)
    {
        var errors = Check(request, t);
        return errors.Count > 0 ? ResultResponses.ValidationProblem(errors, t) : null;
    }

    /// <summary>Puts the request's field errors on a page's model state, under the form's prefix (e.g. "Input").</summary>
    public static void AddTo(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, object request, IStringLocalizer t, string prefix)
    {
        foreach (var (field, messages) in Check(request, t))
            foreach (var message in messages)
                modelState.AddModelError(field.Length == 0 ? "" : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
    }

    public static Dictionary<string, string[]> Check(object request, IStringLocalizer t)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var property in request.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(request);
            var name = property.GetCustomAttribute<DisplayAttribute>()?.Name ?? property.Name;
            var messages = property.GetCustomAttributes<ValidationAttribute>()
                .Where(a => !a.IsValid(value))
                .Select(a => Message(a, t[name], t))
                .ToArray();
            if (messages.Length > 0)
                errors[JsonName(property.Name)] = messages;
        }
        if (request is IValidatableObject validatable)
        {
            foreach (var result in validatable.Validate(new ValidationContext(request, new Translator(t), null)))
            {
                var member = JsonName(result.MemberNames.FirstOrDefault() ?? "");
                var message = result.ErrorMessage ?? "";
                errors[member] = errors.TryGetValue(member, out var existing) ? [.. existing, message] : [message];
            }
        }
        return errors;
    }

    private static string Message(ValidationAttribute attribute, string field, IStringLocalizer t)
    {
        var template = attribute.ErrorMessage is { } key ? t[key].Value : attribute.FormatErrorMessage("{0}");
        object[] args = attribute switch
        {
            StringLengthAttribute s => [field, s.MaximumLength, s.MinimumLength],
            RangeAttribute r => [field, r.Minimum, r.Maximum],
            MinLengthAttribute m => [field, m.Length],
            MaxLengthAttribute m => [field, m.Length],
            _ => [field],
        };
        return string.Format(System.Globalization.CultureInfo.CurrentCulture, template, args);
    }

    private static string JsonName(string property) =>
        property.Length == 0 ? "" : char.ToLowerInvariant(property[0]) + property[1..];

    /// <summary>
    /// Translates a message from an object's own Validate method. MVC passes the request's services
    /// in the context; the API and CLI pass <see cref="Translator"/>.
    /// </summary>
    public static string Translate(this ValidationContext context, string key) =>
        context.GetService(typeof(IStringLocalizer<Resources.SharedResource>)) is IStringLocalizer t ? t[key] : key;

    private sealed class Translator(IStringLocalizer t) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IStringLocalizer<Resources.SharedResource>) ? t : null;
    }
}
