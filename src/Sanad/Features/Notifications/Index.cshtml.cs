using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sanad.Features.Notifications;

/// <summary>The signed-in user's notifications, with buttons to mark them read.</summary>
public sealed class IndexModel(ReadNotifications read) : PageModel
{
    public NotificationList List { get; private set; } = new(0, []);

    public async Task OnGetAsync() => List = await read.ListAsync();

    public async Task<IActionResult> OnPostReadAsync(long? id)
    {
        await read.MarkReadAsync(id);
        return RedirectToPage();
    }
}
