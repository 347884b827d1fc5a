using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Sanad.Domain;

namespace Sanad.Web;

/// <summary>Turns a use case's error into what the API or a page shows, translated.</summary>
public static class ResultResponses
{
    public static IResult ToProblem(this Error error, IStringLocalizer t)
    {
        var detail = t[error.MessageKey, error.Args].Value;
        // A broken business rule is 422 (the input was well-formed); the field it is about is named as in a validation problem.
        var extensions = error.Field is { } field
            ? new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } }
            : null;
        return TypedResults.Problem(detail: detail, extensions: extensions, statusCode: error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status422UnprocessableEntity,
        });
    }

    /// <summary>200 with the value, or the error's problem.</summary>
    public static IResult ToOk<T>(this Result<T> result, IStringLocalizer t) =>
        result.Succeeded ? TypedResults.Ok(result.Value) : result.Error!.ToProblem(t);

    public static void AddTo(this Error error, ModelStateDictionary modelState, IStringLocalizer t, string? prefix = null)
    {
        var key = error.Field is null ? "" : prefix is null ? Capitalise(error.Field) : $"{prefix}.{Capitalise(error.Field)}";
        modelState.AddModelError(key, t[error.MessageKey, error.Args]);
    }

    public static IResult ValidationProblem(Dictionary<string, string[]> errors, IStringLocalizer t) =>
        TypedResults.ValidationProblem(errors, detail: t["Some fields need correcting."]);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
