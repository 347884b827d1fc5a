using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using Sanad.Data;
using Sanad.Domain.Cases;
using Sanad.Domain.Notifications;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Notifications;

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The address links in e-mails point to, such as https://sanad.example.org.</summary>
    public string? PublicUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}

/// <summary>E-mail is off unless <see cref="Host"/> is set. The password comes from the environment (Notifications__Smtp__Password), never from a file in the repository.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "sanad@localhost";
    /// <summary>STARTTLS when the server offers it; set false only for a relay on the same machine.</summary>
    public bool UseTls { get; set; } = true;
}

/// <summary>
/// The e-mail copy of a notification: a generic subject, one sentence and a link, in the recipient's
/// language. It never holds a name or anything about the person: whoever reads the mailbox learns only
/// that something waits in Sanad.
/// </summary>
public sealed class NotificationMail(IOptions<NotificationOptions> options, IServiceScopeFactory scopes, IStringLocalizerFactory localizers, ILogger<NotificationMail> log)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.Smtp.Host);

    public MimeMessage Render(string toAddress, string language, NotificationKind kind, string link)
    {
        var t = localizers.Create(typeof(SharedResource));
        var previous = (System.Globalization.CultureInfo.CurrentUICulture, System.Globalization.CultureInfo.CurrentCulture);
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.CurrentCulture = Localization.CultureFor(language);
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(options.Value.Smtp.From));
            message.To.Add(MailboxAddress.Parse(toAddress));
            message.Subject = t["Sanad: something is waiting for you"];
            var url = (options.Value.PublicUrl ?? "").TrimEnd('/') + link;
            message.Body = new TextPart("plain")
            {
                Text = $"{t["notification:" + Codes.Of(kind)]}\n\n{t["Open it in Sanad:"]} {url}\n\n{t["This message holds no details on purpose. Sign in to see them."]}\n",
            };
            return message;
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentUICulture, System.Globalization.CultureInfo.CurrentCulture) = previous;
        }
    }

    public async Task SendAsync(IReadOnlyList<(Guid Recipient, NotificationKind Kind, string Link)> items, CancellationToken ct)
    {
        if (!Enabled || items.Count == 0) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SanadDb>();
        var ids = items.Select(i => i.Recipient).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Email != null)
            .Select(u => new { u.Id, u.Email, u.Language }).ToDictionaryAsync(u => u.Id, ct);
        var smtp = options.Value.Smtp;
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.UseTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(smtp.User)) await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
            foreach (var item in items.Where(i => users.ContainsKey(i.Recipient)))
            {
                var user = users[item.Recipient];
                await client.SendAsync(Render(user.Email!, user.Language ?? "en", item.Kind, item.Link), ct);
            }
            await client.DisconnectAsync(true, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The in-app notification is saved already; a mail server being down must not undo the referral.
            log.LogWarning(e, "Notification e-mail could not be sent ({Count} messages)", items.Count);
        }
    }
}
