using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Accounts;
using Sanad.Features.Dashboards;
using Sanad.Resources;

namespace Sanad.Features.Research;

/// <summary>A dashboard filter as the query string and the forms give it: the same fields and checks as the dashboards.</summary>
public abstract class DashboardReleaseInput : IValidatableObject
{
    /// <summary>First day of the period (YYYY-MM-DD), inclusive.</summary>
    public string? From { get; set; }
    /// <summary>Last day of the period (YYYY-MM-DD), inclusive.</summary>
    public string? To { get; set; }
    /// <summary>Citizenship of the people counted (ISO 3166-1 alpha-2).</summary>
    public string? Country { get; set; }
    /// <summary>The agency owning the cases (id).</summary>
    public string? Agency { get; set; }
    /// <summary>The language of the file's labels: ar, fr or en.</summary>
    public string? Language { get; set; }

    public Domain.Result<DashboardFilter> Filter() => DashboardFilter.Parse(From, To, Country, Agency);

    /// <summary>The first broken rule of the input, naming the field, or null.</summary>
    public virtual Domain.Error? Check()
    {
        if (!Languages.IsSupported(Language)) return Domain.Error.Invalid("Choose a language: Arabic (ar), French (fr) or English (en).") with { Field = "language" };
        var filter = Filter();
        return filter.Succeeded ? null : filter.Error;
    }

    /// <summary>A broken rule is a 400 naming its field, before anything is read or written.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Check() is not { } broken) yield break;
        var message = context.GetService(typeof(IStringLocalizer<SharedResource>)) is IStringLocalizer t
            ? t[broken.MessageKey, broken.Args].Value
            : broken.MessageKey;
        yield return new ValidationResult(message, [broken.Field ?? ""]);
    }
}

/// <summary>Publish one chart of the dashboard as CSV (with HXL) or PNG.</summary>
public sealed class PublishChartInput : DashboardReleaseInput
{
    /// <summary>The chart's id, as in /api/v1/dashboards.</summary>
    public string? Chart { get; set; }
    /// <summary>csv or png.</summary>
    public string? Format { get; set; }

    public static readonly IReadOnlyList<string> Formats = ["csv", "png"];

    public override Domain.Error? Check()
    {
        if (Chart is null || Dashboard.Find(Chart) is null) return Domain.Error.Invalid("Choose a chart of the dashboard.") with { Field = "chart" };
        if (Format is null || !Formats.Contains(Format)) return Domain.Error.Invalid("Choose a format: CSV or PNG.") with { Field = "format" };
        return base.Check();
    }
}

/// <summary>Publish the whole dashboard as one PDF report.</summary>
public sealed class PublishReportInput : DashboardReleaseInput;
