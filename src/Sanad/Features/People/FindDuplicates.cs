using System.ComponentModel.DataAnnotations;
using Sanad.Domain;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Audit;
using Sanad.Domain.People;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.People;

public sealed class DuplicateQuery : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Sex")]
    public string? Sex { get; set; }

    [Display(Name = "Date of birth")]
    public string? DateOfBirth { get; set; }

    [Display(Name = "Year of birth")]
    public int? YearOfBirth { get; set; }

    [Display(Name = "Nationality")]
    public string? Nationality { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Sex is not null && !Enum.TryParse<Sex>(Sex, ignoreCase: true, out _))
            yield return new(context.Translate("Choose female, male, other or unknown."), [nameof(Sex)]);
        if (DateOfBirth is not null && IsoDate.Parse(DateOfBirth) is null)
            yield return new(context.Translate("Write the date as year-month-day, for example 1994-03-21."), [nameof(DateOfBirth)]);
        if (!string.IsNullOrWhiteSpace(Nationality) && !Countries.IsKnown(Nationality))
            yield return new(context.Translate("Unknown country code: use ISO 3166 two-letter codes such as ET, PH or LK."), [nameof(Nationality)]);
    }

    internal int? BirthYear => YearOfBirth ?? IsoDate.Parse(DateOfBirth)?.Year;
}

public sealed record DuplicateCandidateView(Guid PersonId, double Score, IReadOnlyList<string> Reasons, string AgencyCode, bool SameAgency);

public sealed record DuplicatesResponse(IReadOnlyList<DuplicateCandidateView> Candidates);

/// <summary>Likely duplicates of a person about to be registered, across the node, best first. Audited (it tells who is known).</summary>
public sealed class FindDuplicates(SanadDb db, NameIndex index, AuditTrail audit, AccessScope caller)
{
    public async Task<DuplicatesResponse> HandleAsync(DuplicateQuery query, int max = 10, CancellationToken ct = default)
    {
        var sex = query.Sex is null ? Sex.Unknown : Enum.Parse<Sex>(query.Sex, ignoreCase: true);
        var matches = await index.FindDuplicatesAsync(query.Name, NameIndex.ToRecorded(sex), query.BirthYear, query.Nationality?.Trim().ToUpperInvariant(), max, ct);
        var ids = matches.Select(m => new PersonId(m.PersonId)).ToList();
        var owners = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Join(db.Agencies, p => p.AgencyId, a => a.Id, (p, a) => new { p.Id, a.Code, p.AgencyId })
            .ToDictionaryAsync(p => p.Id.Value, ct);
        await audit.RecordAsync("person.duplicate-check", AuditOutcome.Success, Person.RecordType, null, $"candidates:{matches.Count}");
        return new DuplicatesResponse(matches.Select(m => new DuplicateCandidateView(m.PersonId, Math.Round(m.Score, 3), m.Reasons,
            owners[m.PersonId].Code, owners[m.PersonId].AgencyId == caller.AgencyId)).ToList());
    }
}
