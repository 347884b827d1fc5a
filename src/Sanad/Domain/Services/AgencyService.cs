using Sanad.Domain.Agencies;

namespace Sanad.Domain.Services;

public readonly record struct ServiceId(Guid Value)
{
    public static ServiceId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>A staff contact for a service: never a victim's data.</summary>
public sealed record FocalPoint(string Name, string? Phone, string? Email);

/// <summary>Who a service takes: null fields mean "anyone".</summary>
public sealed record Eligibility(string? Sex, int? MinAge, int? MaxAge, IReadOnlyList<string> Nationalities);

/// <summary>What an agency offers in the service directory. Everything is staff and public information: nothing here is sealed.</summary>
public sealed record ServiceDetails(
    string Type, string Name, string? Description, string? Governorate, string? City, IReadOnlyList<string> Languages,
    int? Capacity, int? Available, Eligibility Eligibility, IReadOnlyList<FocalPoint> FocalPoints, string? OpeningHours, bool IsActive);

/// <summary>
/// A service an agency offers (a shelter's beds, a legal aid clinic). Visible to every role that may
/// refer; changed only by the owning agency's supervisor, with a version so a stale edit is refused.
/// Not <see cref="IAgencyOwned"/>: the directory is read across agencies on purpose.
/// </summary>
public sealed class AgencyService
{
    public ServiceId Id { get; private set; }
    public AgencyId AgencyId { get; private set; }
    public string Type { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public string? Governorate { get; private set; }
    public string? City { get; private set; }
    /// <summary>ISO 639-1 codes, comma-separated, with commas around so a search for one code matches exactly.</summary>
    public string Languages { get; private set; } = "";
    public int? Capacity { get; private set; }
    public int? Available { get; private set; }
    public string? EligibleSex { get; private set; }
    public int? MinAge { get; private set; }
    public int? MaxAge { get; private set; }
    /// <summary>ISO 3166-1 alpha-2 codes, comma-separated; empty for every nationality.</summary>
    public string EligibleNationalities { get; private set; } = "";
    /// <summary>JSON list of <see cref="FocalPoint"/>.</summary>
    public string FocalPoints { get; private set; } = "[]";
    public string? OpeningHours { get; private set; }
    public bool IsActive { get; private set; } = true;
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    private AgencyService() { }

    public static AgencyService Offer(AgencyId agency, ServiceDetails details, DateTime now)
    {
        var service = new AgencyService { Id = ServiceId.New(), AgencyId = agency };
        service.Change(details, now);
        service.Version = 0;
        return service;
    }

    public void Change(ServiceDetails d, DateTime now)
    {
        Type = d.Type;
        Name = d.Name.Trim();
        Description = Blank(d.Description);
        Governorate = Blank(d.Governorate);
        City = Blank(d.City);
        Languages = Wrap(d.Languages.Select(l => l.Trim().ToLowerInvariant()));
        Capacity = d.Capacity;
        Available = d.Available;
        EligibleSex = Blank(d.Eligibility.Sex);
        MinAge = d.Eligibility.MinAge;
        MaxAge = d.Eligibility.MaxAge;
        EligibleNationalities = Wrap(d.Eligibility.Nationalities.Select(n => n.Trim().ToUpperInvariant()));
        FocalPoints = System.Text.Json.JsonSerializer.Serialize(d.FocalPoints);
        OpeningHours = Blank(d.OpeningHours);
        IsActive = d.IsActive;
        UpdatedAt = now;
        Version++;
    }

    public IReadOnlyList<string> LanguageList => Split(Languages);
    public IReadOnlyList<string> NationalityList => Split(EligibleNationalities);
    public IReadOnlyList<FocalPoint> FocalPointList => System.Text.Json.JsonSerializer.Deserialize<List<FocalPoint>>(FocalPoints) ?? [];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    private static string Wrap(IEnumerable<string> codes) => codes.Where(c => c.Length > 0).Distinct().ToList() is { Count: > 0 } list ? "," + string.Join(',', list) + "," : "";
    private static IReadOnlyList<string> Split(string csv) => csv.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
