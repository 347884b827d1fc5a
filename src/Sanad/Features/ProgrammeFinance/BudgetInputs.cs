using System.ComponentModel.DataAnnotations;
using Sanad.Domain.Cases;
using Sanad.Domain.Programmes;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>A budget line as the programme team writes it.</summary>
public sealed class BudgetLineInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(20, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Budget line")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Cost category")]
    public string Category { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(300, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Description")]
    public string Description { get; set; } = "";

    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Budgeted amount")]
    public decimal Amount { get; set; }

    /// <summary>The activity it pays for; empty for programme-wide costs.</summary>
    public Guid? ActivityId { get; set; }

    /// <summary>Whether the donor accepts these costs; ineligible lines are paid outside the co-financing rule.</summary>
    public bool Eligible { get; set; } = true;

    /// <summary>The version read, when changing a line; ignored when adding one.</summary>
    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Codes.TryParse<BudgetCategory>(Category, out _))
            yield return new(context.Translate("Choose a cost category from the list."), [nameof(Category)]);
    }
}

/// <summary>A funder and its commitment.</summary>
public sealed class FundingSourceInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(20, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Funder code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Funder")]
    public string Name { get; set; } = "";

    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Committed amount")]
    public decimal Committed { get; set; }

    /// <summary>Share of eligible costs in percent (80 for the EU).</summary>
    [Range(typeof(decimal), "0", "100", ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Share of eligible costs (%)")]
    public decimal SharePercent { get; set; }

    /// <summary>The version read, when changing a funder; ignored when adding one.</summary>
    public int Version { get; set; }
}

/// <summary>An exchange rate: units of a local currency for one unit of the budget currency from a date.</summary>
public sealed class ExchangeRateInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Currency")]
    public string Currency { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Effective from")]
    public DateOnly? EffectiveOn { get; set; }

    [Range(typeof(decimal), "0.00000001", "1000000000", ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Units for one unit of the budget currency")]
    public decimal UnitsPerBase { get; set; }

    [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Source of the rate")]
    public string? Source { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!ExchangeRate.Currencies.Contains(Currency.Trim().ToUpperInvariant()))
            yield return new(context.Translate("Choose a currency from the list: EUR, JOD, LBP, IQD, SAR or KWD."), [nameof(Currency)]);
    }
}

/// <summary>An expenditure as typed on the budget page, sent to the API, or read from one line of an import.</summary>
public sealed class ExpenditureInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Budget line")]
    public string BudgetLine { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Funder code")]
    public string Funder { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Date spent")]
    public DateOnly? SpentOn { get; set; }

    [Range(typeof(decimal), "0.001", "1000000000", ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Amount")]
    public decimal Amount { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Currency")]
    public string Currency { get; set; } = "";

    public bool Eligible { get; set; } = true;

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(300, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Description")]
    public string Description { get; set; } = "";

    [StringLength(50, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Voucher number")]
    public string? Reference { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!ExchangeRate.Currencies.Contains(Currency.Trim().ToUpperInvariant()))
            yield return new(context.Translate("Choose a currency from the list: EUR, JOD, LBP, IQD, SAR or KWD."), [nameof(Currency)]);
    }
}

/// <summary>The actual of an entered indicator for one of its periods, from the version read.</summary>
public sealed class IndicatorActualInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Period start")]
    public DateOnly? PeriodStartsOn { get; set; }

    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Actual")]
    public decimal Actual { get; set; }

    public int Version { get; set; }
}
