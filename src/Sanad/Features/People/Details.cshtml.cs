using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.People;
using Sanad.Resources;

namespace Sanad.Features.People;

/// <summary>One person, as the caller may see her, with her photo for the roles that see her identity. Opening this page is audited.</summary>
public sealed class DetailsModel(ReadPeople read, PersonPhotos photos, Cases.OpenCase open, IStringLocalizer<SharedResource> t) : PageModel
{
    public PersonView Person { get; private set; } = null!;

    /// <summary>Opens a case for this person and goes to it.</summary>
    public async Task<IActionResult> OnPostOpenCaseAsync(Guid id)
    {
        var result = await open.HandleAsync(new Cases.OpenCaseInput { PersonId = id });
        if (!result.Succeeded) return NotFound();
        TempData["Notice"] = t["Case {0} is opened.", result.Value!.Reference].Value;
        return RedirectToPage("/Cases/Details", new { id = result.Value.Id });
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPhotoAsync(Guid id)
    {
        var photo = await photos.GetAsync(new PersonId(id));
        if (!photo.Succeeded) return photo.Error!.Kind == ErrorKind.NotFound ? NotFound() : Forbid();
        // A face is identifying data: no copy in a shared or browser cache.
        Response.Headers.CacheControl = "no-store";
        return File(photo.Value!.Content, photo.Value.ContentType);
    }

    public async Task<IActionResult> OnPostPhotoAsync(Guid id, IFormFile? photo)
    {
        if (photo is null)
        {
            ModelState.AddModelError("", t["Choose a photo."]);
            return await LoadAsync(id) ? Page() : NotFound();
        }
        await using var content = photo.OpenReadStream();
        return await AfterAsync(id, await photos.SetAsync(new PersonId(id), content, photo.Length), "The photo is saved.");
    }

    public async Task<IActionResult> OnPostRemovePhotoAsync(Guid id) =>
        await AfterAsync(id, await photos.RemoveAsync(new PersonId(id)), "The photo is removed.");

    private async Task<IActionResult> AfterAsync(Guid id, Result<bool> result, string notice)
    {
        if (result.Succeeded)
        {
            TempData["Notice"] = t[notice].Value;
            return RedirectToPage(new { id });
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        ModelState.AddModelError("", t[result.Error.MessageKey, result.Error.Args]);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await read.OneAsync(new PersonId(id)) is not { } person) return false;
        Person = person;
        return true;
    }
}
