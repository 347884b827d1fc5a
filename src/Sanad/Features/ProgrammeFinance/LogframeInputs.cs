using System.ComponentModel.DataAnnotations;
using Sanad.Domain.Cases;
using Sanad.Domain.Programmes;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>An impact, outcome or output statement.</summary>
public sealed class LogframeEntryInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Level")]
    public string Level { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(20, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Number")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(1000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Statement")]
    public string Statement { get; set; } = "";

    /// <summary>The number of the entry one level up ("1" for outcome 1.1); empty for the impact.</summary>
    [Display(Name = "Entry above")]
    public string? Parent { get; set; }

    /// <summary>The version read, when changing an entry; ignored when writing a new one.</summary>
    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Codes.TryParse<LogframeLevel>(Level, out _))
            yield return new(context.Translate("The level is impact, outcome or output."), [nameof(Level)]);
    }
}

/// <summary>One period's target of an indicator.</summary>
public sealed class IndicatorTargetInput
{
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public decimal Target { get; set; }
}

/// <summary>An indicator under a logframe entry, with its targets per period.</summary>
public sealed class IndicatorInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Logframe entry")]
    public string Entry { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(20, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Number")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(300, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Indicator")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(50, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Unit")]
    public string Unit { get; set; } = "";

    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Baseline")]
    public decimal Baseline { get; set; }

    /// <summary>"entered", or the code of a source (activities-completed, case-aggregates).</summary>
    public string Source { get; set; } = Indicator.Entered;
    public string? Parameter { get; set; }
    public string? Country { get; set; }
    public List<IndicatorTargetInput> Targets { get; set; } = [];

    /// <summary>The version read, when changing an indicator; ignored when defining one.</summary>
    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Targets.Count == 0 || Targets.Any(t => t.StartsOn == default || t.EndsOn < t.StartsOn || t.Target < 0))
            yield return new(context.Translate("Give at least one period with its start, end and target."), [nameof(Targets)]);
        if (Country is { Length: > 0 } c && (c.Trim().Length != 2 || !c.Trim().All(char.IsAsciiLetter)))
            yield return new(context.Translate("Give the country as a two-letter ISO 3166 code, such as JO."), [nameof(Country)]);
    }
}
