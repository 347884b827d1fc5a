using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sanad.Resources;

namespace Sanad.Web;

/// <summary>
/// RFC 9457 problem responses. Every problem carries the trace id an operator can find in the
/// logs; exception text never leaves the server outside Development. Titles and details are
/// translated into the caller's language.
/// </summary>
public static class Problems
{
    public static IServiceCollection AddSanadProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
            var t = ctx.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            if (ctx.ProblemDetails.Title is { } title)
                ctx.ProblemDetails.Title = t[title];
            if (ctx.ProblemDetails.Detail is { } detail && ctx.Exception is null)
                ctx.ProblemDetails.Detail = t[detail];
            else if (ctx.Exception is not null && !ctx.HttpContext.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment())
                ctx.ProblemDetails.Detail = t["An unexpected error occurred. Give the trace id to your administrator."];
        });

    /// <summary>Writes a problem with a translated detail, outside the endpoint pipeline (middleware, auth events).</summary>
    public static async Task Write(HttpContext context, int status, string detailKey)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detailKey },
        });
    }

    /// <summary>A 422 problem for a business rule that the request broke, with a translated detail.</summary>
    public static IResult Unprocessable(string detailKey, IStringLocalizer t, params object[] args) =>
        TypedResults.Problem(detail: t[detailKey, args], statusCode: StatusCodes.Status422UnprocessableEntity);

    public static IResult Conflict(string detailKey, IStringLocalizer t, params object[] args) =>
        TypedResults.Problem(detail: t[detailKey, args], statusCode: StatusCodes.Status409Conflict);
}
