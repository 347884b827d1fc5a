using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Programme;

/// <summary>
/// Import participants: the file is checked and previewed first; the import button sends back the
/// same file, protected by the node's data-protection key (neither readable nor changeable in the page).
/// </summary>
public sealed class ImportModel(ParticipantImport import, IDataProtectionProvider protection, IStringLocalizer<SharedResource> t) : PageModel
{
    private IDataProtector Protector => protection.CreateProtector("Sanad.Programme.ParticipantImport");

    [BindProperty] public string? Pending { get; set; }
    [BindProperty] public string? PendingName { get; set; }
    public ImportPreview? Preview { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file)
    {
        ModelState.Clear();
        if (file is null) return Refuse(t["Choose a file."]);
        if (file.Length > ParticipantImport.MaxBytes) return Refuse(t["An import file must be between 1 byte and 2 MB."]);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var result = await import.RunAsync(file.FileName, buffer.ToArray(), commit: false);
        if (!result.Succeeded)
        {
            result.Error!.AddTo(ModelState, t);
            return Page();
        }
        Preview = result.Value;
        if (Preview!.CanImport)
        {
            Pending = Convert.ToBase64String(Protector.Protect(buffer.ToArray()));
            PendingName = Path.GetFileName(file.FileName);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        ModelState.Clear();
        byte[] content;
        try
        {
            content = Protector.Unprotect(Convert.FromBase64String(Pending ?? ""));
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return Refuse(t["Choose a file."]);
        }
        var result = await import.RunAsync(PendingName ?? "", content, commit: true);
        if (!result.Succeeded)
        {
            result.Error!.AddTo(ModelState, t);
            return Page();
        }
        if (result.Value!.Imported == 0)
        {
            Preview = result.Value;
            return Page();
        }
        TempData["Notice"] = t["{0} participants are imported.", result.Value.Imported].Value;
        return Redirect("/Programme/Participants");
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError("", message);
        return Page();
    }
}
