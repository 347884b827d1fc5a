using Sanad.Domain;
using Sanad.Domain.Agencies;

namespace Sanad.Features.Dashboards;

/// <summary>
/// What a dashboard is limited to: a period (inclusive dates), the citizenship of the people
/// counted (ISO 3166-1 alpha-2) and the agency that owns the cases. All applied in SQL.
/// </summary>
public sealed record DashboardFilter(DateOnly? From = null, DateOnly? To = null, string? Country = null, AgencyId? Agency = null)
{
    /// <summary>Reads the query-string form; a bad value is refused naming its field.</summary>
    public static Result<DashboardFilter> Parse(string? from, string? to, string? country, string? agency)
    {
        DateOnly? fromDate = null, toDate = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (!DateOnly.TryParseExact(from.Trim(), "yyyy-MM-dd", out var d)) return Error.Invalid("The date {0} is not a date of the form YYYY-MM-DD.", from) with { Field = "from" };
            fromDate = d;
        }
        if (!string.IsNullOrWhiteSpace(to))
        {
            if (!DateOnly.TryParseExact(to.Trim(), "yyyy-MM-dd", out var d)) return Error.Invalid("The date {0} is not a date of the form YYYY-MM-DD.", to) with { Field = "to" };
            toDate = d;
        }
        if (fromDate > toDate) return Error.Invalid("The period ends before it starts.") with { Field = "to" };
        string? code = null;
        if (!string.IsNullOrWhiteSpace(country))
        {
            code = country.Trim().ToUpperInvariant();
            if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper)) return Error.Invalid("The country must be a two-letter ISO 3166 code.") with { Field = "country" };
        }
        AgencyId? agencyId = null;
        if (!string.IsNullOrWhiteSpace(agency))
        {
            if (!AgencyId.TryParse(agency.Trim(), out var id)) return Error.Invalid("The agency is not known.") with { Field = "agency" };
            agencyId = id;
        }
        return new DashboardFilter(fromDate, toDate, code, agencyId);
    }

    /// <summary>The query string that reproduces this filter (for download links).</summary>
    public string QueryString()
    {
        var parts = new List<string>();
        if (From is { } f) parts.Add("from=" + f.ToString("yyyy-MM-dd"));
        if (To is { } t) parts.Add("to=" + t.ToString("yyyy-MM-dd"));
        if (Country is { } c) parts.Add("country=" + c);
        if (Agency is { } a) parts.Add("agency=" + a.Value);
        return string.Join('&', parts);
    }
}
