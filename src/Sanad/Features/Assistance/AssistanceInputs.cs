using System.ComponentModel.DataAnnotations;
using Sanad.Domain;
using Sanad.Domain.Assistance;
using Sanad.Domain.Cases;
using Sanad.Domain.Services;
using Sanad.Web;

namespace Sanad.Features.Assistance;

/// <summary>The whole list of goals of the plan; <see cref="Version"/> is the plan version the caller read (0 when there was none).</summary>
public sealed class PlanInput : IValidatableObject
{
    public const int MaxGoals = 30;

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Version")]
    public int? Version { get; set; }

    [Display(Name = "Goals")]
    public List<GoalInput> Goals { get; set; } = [];

    /// <summary>The goals the caller filled in: a form's empty rows are not goals.</summary>
    internal IEnumerable<GoalInput> Written => Goals.Where(g => !string.IsNullOrWhiteSpace(g.Text));

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Written.Count() > MaxGoals)
            yield return new(string.Format(context.Translate("A plan has at most {0} goals."), MaxGoals), [nameof(Goals)]);
        for (var i = 0; i < Goals.Count; i++)
        {
            var goal = Goals[i];
            if (string.IsNullOrWhiteSpace(goal.Text)) continue;
            if (goal.Text.Trim().Length > 2000)
                yield return new(context.Translate("A goal is at most 2000 characters."), [$"Goals[{i}].Text"]);
            if (goal.Area != PlanGoal.OtherArea && !ServiceTypes.IsKnown(goal.Area))
                yield return new(context.Translate("Choose the area of help of each goal."), [$"Goals[{i}].Area"]);
            if (!string.IsNullOrWhiteSpace(goal.TargetDate) && IsoDate.Parse(goal.TargetDate) is null)
                yield return new(context.Translate("Write the target date as year-month-day, for example 2024-03-21."), [$"Goals[{i}].TargetDate"]);
            if (goal.Status is not null && !Codes.TryParse<GoalStatus>(goal.Status, out _))
                yield return new(context.Translate("A goal is open, achieved or dropped."), [$"Goals[{i}].Status"]);
        }
    }
}

public sealed class GoalInput
{
    public string? Text { get; set; }
    /// <summary>A service-type code or "other".</summary>
    public string Area { get; set; } = PlanGoal.OtherArea;
    public string? TargetDate { get; set; }
    public string? Status { get; set; }
}

/// <summary>The plan version the caller read, for submitting or approving exactly that one.</summary>
public sealed class PlanStepInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Version")]
    public int? Version { get; set; }
}

public sealed class PlanReturnInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Version")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(2000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Comment")]
    public string Comment { get; set; } = "";
}

public sealed class ServiceDeliveredInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Service")]
    public string ServiceType { get; set; } = "";

    /// <summary>The agency that gave the service; the caller's own when not given.</summary>
    [Display(Name = "Given by")]
    public Guid? AgencyId { get; set; }

    /// <summary>An entry of the service directory, when known.</summary>
    [Display(Name = "Directory entry")]
    public Guid? ServiceId { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Started on")]
    public string StartedOn { get; set; } = "";

    [Display(Name = "Ended on")]
    public string? EndedOn { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Outcome")]
    public string Outcome { get; set; } = "";

    [StringLength(4000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Note")]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!string.IsNullOrEmpty(ServiceType) && !ServiceTypes.IsKnown(ServiceType))
            yield return new(context.Translate("Unknown service type."), [nameof(ServiceType)]);
        if (!string.IsNullOrEmpty(Outcome) && !Codes.TryParse<ServiceOutcome>(Outcome, out _))
            yield return new(context.Translate("The outcome is completed, ongoing, interrupted or refused by the person."), [nameof(Outcome)]);
        var started = IsoDate.Parse(StartedOn);
        if (!string.IsNullOrEmpty(StartedOn) && started is null)
            yield return new(context.Translate("Write the start date as year-month-day, for example 2024-03-21."), [nameof(StartedOn)]);
        if (!string.IsNullOrWhiteSpace(EndedOn))
        {
            if (IsoDate.Parse(EndedOn) is not { } ended)
                yield return new(context.Translate("Write the end date as year-month-day, for example 2024-03-21."), [nameof(EndedOn)]);
            else if (started is { } s && ended < s)
                yield return new(context.Translate("The service cannot end before it started."), [nameof(EndedOn)]);
            else if (Codes.TryParse<ServiceOutcome>(Outcome, out var o) && o == ServiceOutcome.Ongoing)
                yield return new(context.Translate("An ongoing service has no end date."), [nameof(EndedOn)]);
        }
    }
}

public sealed class FollowUpInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Due on")]
    public string DueOn { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(2000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "What to do")]
    public string What { get; set; } = "";

    /// <summary>A worker of the case's agency; the caller when not given.</summary>
    [Display(Name = "Assigned to")]
    public Guid? AssignedTo { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!string.IsNullOrEmpty(DueOn) && IsoDate.Parse(DueOn) is null)
            yield return new(context.Translate("Write the due date as year-month-day, for example 2024-03-21."), [nameof(DueOn)]);
    }
}

public sealed class FollowUpDoneInput : IValidatableObject
{
    /// <summary>Today when not given.</summary>
    [Display(Name = "Done on")]
    public string? DoneOn { get; set; }

    [StringLength(4000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Note")]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!string.IsNullOrWhiteSpace(DoneOn) && IsoDate.Parse(DoneOn) is null)
            yield return new(context.Translate("Write the date it was done as year-month-day, for example 2024-03-21."), [nameof(DoneOn)]);
    }
}

public sealed class ClosureRequestInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Reason for closing")]
    public string Reason { get; set; } = "";

    [StringLength(4000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Note")]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!string.IsNullOrEmpty(Reason) && !ClosureReasons.IsKnown(Reason))
            yield return new(context.Translate("Unknown reason for closing."), [nameof(Reason)]);
        if (Reason == ClosureReasons.Other && string.IsNullOrWhiteSpace(Note))
            yield return new(context.Translate("Say in the note why the case should close."), [nameof(Note)]);
    }
}

public sealed class ClosureRefusalInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(2000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Comment")]
    public string Comment { get; set; } = "";
}

public sealed class ReopenInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(2000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Reason for reopening")]
    public string Reason { get; set; } = "";
}
