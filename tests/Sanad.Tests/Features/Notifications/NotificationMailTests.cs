using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Notifications;
using Sanad.Features.Notifications;
using Sanad.Tests.Features.Referrals;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Notifications;

/// <summary>What a notification says, in the app and by e-mail: a kind and a link, never who.</summary>
public sealed class NotificationMailTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task The_email_of_every_notification_a_referral_causes_holds_a_link_and_no_name_in_any_language()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var legalAid = await app.AgencyAsync("JO-LEGAL-AID");
        await caseworker.ConsentAsync(person.CaseId, legalAid, "identifying", "operational");
        var referral = await caseworker.ReferAsync(person.CaseId, legalAid, "normal", "identifying", "operational");
        (await (await app.ApiAsync(Roles.Provider)).PostAsJsonAsync($"/api/v1/referrals/{referral}/accept", new { })).EnsureSuccessStatusCode();

        var stored = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Notifications.AsNoTracking().Where(n => n.Link.Contains(referral)).ToListAsync());
        Assert.Contains(stored, n => n.Kind == NotificationKind.ReferralReceived);
        Assert.Contains(stored, n => n.Kind == NotificationKind.ReferralAnswered);
        var mail = app.Services.GetRequiredService<NotificationMail>();
        foreach (var n in stored)
            foreach (var language in new[] { "en", "fr", "ar" })
            {
                var message = mail.Render("someone@demo.sanad.local", language, n.Kind, n.Link);
                using var rendered = new MemoryStream();
                await message.WriteToAsync(rendered);
                var text = System.Text.Encoding.UTF8.GetString(rendered.ToArray()) + message.TextBody;
                Assert.Contains($"/Referrals/Details/{referral}", message.TextBody);
                foreach (var secret in new[] { person.GivenName, "Perera", person.Phone, person.Address, person.Note, "Needs legal counsel" })
                    Assert.DoesNotContain(secret, text);
            }
        Assert.Equal("Sanad: something is waiting for you", mail.Render("a@b.c", "en", NotificationKind.ReferralOverdue, "/x").Subject);
    }

    [Fact]
    public async Task A_user_sees_and_marks_only_their_own_notifications()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await caseworker.ConsentAsync(person.CaseId, await app.AgencyAsync("JO-LEGAL-AID"), "operational");
        await caseworker.ReferAsync(person.CaseId, await app.AgencyAsync("JO-LEGAL-AID"), "normal", "operational");
        var provider = await app.ApiAsync(Roles.Provider);
        var list = await provider.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        Assert.True(list.GetProperty("unread").GetInt32() > 0);
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await caseworker.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
        (await provider.PostAsync($"/api/v1/notifications/{id}/read", null)).EnsureSuccessStatusCode();
        var page = await app.SignedInAsync(Demo.Email(Roles.Provider));
        var html = await page.GetPageAsync("/Notifications");
        Assert.Contains("A referral was received by your agency.", html);
        Assert.DoesNotContain(person.GivenName, html);
    }
}
