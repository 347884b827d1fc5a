using System.ComponentModel.DataAnnotations;

namespace Sanad.Features.Account;

/// <summary>A new password typed twice, as the invitation and change-password pages ask for it.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string New { get; set; } = "";

    [Compare(nameof(New), ErrorMessage = "The two passwords do not match.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string Confirm { get; set; } = "";
}
