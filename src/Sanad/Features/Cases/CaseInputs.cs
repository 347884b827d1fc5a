using System.ComponentModel.DataAnnotations;
using Sanad.Domain.Cases;
using Sanad.Web;

namespace Sanad.Features.Cases;

public sealed class OpenCaseInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Person")]
    public Guid? PersonId { get; set; }
}

/// <summary>A change to a case: only the fields given are changed. <see cref="Version"/> is the version the caller read.</summary>
public sealed class UpdateCaseInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Version")]
    public int? Version { get; set; }

    [Display(Name = "Status")]
    public string? Status { get; set; }

    [Display(Name = "Trafficking status")]
    public string? TraffickingStatus { get; set; }

    [Display(Name = "Decided by")]
    public string? TraffickingStatusDecidedBy { get; set; }

    [Display(Name = "Methods of control")]
    public List<string>? MethodsOfControl { get; set; }

    [Display(Name = "Labour exploitation")]
    public List<string>? LabourExploitation { get; set; }

    [Display(Name = "Sexual exploitation")]
    public List<string>? SexExploitation { get; set; }

    [Display(Name = "Industries (ISIC)")]
    public List<string>? LabourIndustries { get; set; }

    [Display(Name = "Assigned worker")]
    public Guid? AssignedWorkerId { get; set; }

    [Display(Name = "Relationship to the recruiter")]
    public List<string>? RecruiterRelationship { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Status is not null && !Codes.TryParse<CaseStatus>(Status, out _))
            yield return new(context.Translate("Unknown case status."), [nameof(Status)]);
        if (TraffickingStatus is not null && !Codes.TryParse<Domain.Cases.TraffickingStatus>(TraffickingStatus, out _))
            yield return new(context.Translate("Unknown trafficking status."), [nameof(TraffickingStatus)]);
        if (TraffickingStatusDecidedBy is not null && !Htcds.DecidingBodies.Contains(TraffickingStatusDecidedBy))
            yield return new(context.Translate("Unknown deciding body."), [nameof(TraffickingStatusDecidedBy)]);
        if (TraffickingStatus is not null && TraffickingStatusDecidedBy is null)
            yield return new(context.Translate("Say which kind of body decided the trafficking status."), [nameof(TraffickingStatusDecidedBy)]);
        foreach (var (field, values, allowed) in new[]
                 {
                     (nameof(MethodsOfControl), MethodsOfControl, Htcds.MethodsOfControl),
                     (nameof(LabourExploitation), LabourExploitation, Htcds.LabourExploitation),
                     (nameof(SexExploitation), SexExploitation, Htcds.SexExploitation),
                     (nameof(LabourIndustries), LabourIndustries, Htcds.LabourIndustries),
                     (nameof(RecruiterRelationship), RecruiterRelationship, Htcds.RecruiterRelationships),
                 })
        {
            if (values?.FirstOrDefault(v => !allowed.Contains(v)) is { } unknown)
                yield return new(string.Format(context.Translate("Unknown value '{0}' for this field."), unknown), [field]);
        }
    }

    internal CaseChange ToChange() => new(
        Status is null ? null : Parse<CaseStatus>(Status),
        TraffickingStatus is null ? null : Parse<Domain.Cases.TraffickingStatus>(TraffickingStatus),
        TraffickingStatusDecidedBy,
        AssignedWorkerId,
        MethodsOfControl, LabourExploitation, SexExploitation, LabourIndustries, RecruiterRelationship);

    private static T Parse<T>(string code) where T : struct, Enum => Codes.TryParse<T>(code, out var value) ? value : default;
}
