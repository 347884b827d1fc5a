using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Encryption;
using Sanad.Security.Encryption;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Assistance;

public sealed class AssistanceKeyRotationTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task Key_rotation_reseals_every_assistance_text_and_each_still_reads()
    {
        var id = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var supervisor = await app.ApiAsync(Roles.Supervisor);
        var v1 = await AssistanceClient.VersionOf(await caseworker.PutAsJsonAsync($"/api/v1/cases/{id}/plan", new { version = 0, goals = new[] { new { text = "Goal text", area = "medical" } } }));
        var v2 = await AssistanceClient.VersionOf(await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/plan/submit", new { version = v1 }));
        await AssistanceClient.VersionOf(await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/plan/return", new { version = v2, comment = "Return comment" }));
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/services-delivered", new { serviceType = "medical", startedOn = "2025-01-01", outcome = "ongoing", note = "Service note" });
        var followUp = (await (await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/follow-ups", new { dueOn = "2025-02-01", what = "Follow-up text" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await caseworker.PostAsJsonAsync($"/api/v1/follow-ups/{followUp}/done", new { note = "Done note" });
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "other", note = "Closure note" });
        await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/closure/refuse", new { comment = "Refusal comment" });
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "lost-contact" });
        await supervisor.PostAsync($"/api/v1/cases/{id}/closure/approve", null);
        await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/reopen", new { reason = "Reopening reason" });

        var result = await app.CliAsync("keys", "rotate");
        Assert.True(result.ExitCode == 0, result.Error);
        // The person, and six assistance records: goal, returned plan, service, follow-up, refused closure, reopening.
        Assert.Contains("7 record(s) re-sealed", result.Output);

        var active = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().DataKeys.Where(k => k.Purpose == DataKeyPurpose.Fields && k.RetiredAt == null).Select(k => k.Id).SingleAsync());
        var sealedValues = await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var values = new List<byte[]?>();
            values.AddRange(await db.PlanGoals.Select(g => g.SealedText).ToListAsync());
            values.AddRange(await db.AssistancePlans.IgnoreQueryFilters().Select(p => p.SealedReturnComment).ToListAsync());
            values.AddRange(await db.ServicesDelivered.Select(s => s.SealedNote).ToListAsync());
            values.AddRange(await db.FollowUps.IgnoreQueryFilters().Select(f => f.SealedWhat).ToListAsync());
            values.AddRange(await db.FollowUps.IgnoreQueryFilters().Select(f => f.SealedDoneNote).ToListAsync());
            values.AddRange(await db.CaseClosures.Select(c => c.SealedNote).ToListAsync());
            values.AddRange(await db.CaseClosures.Select(c => c.SealedComment).ToListAsync());
            values.AddRange(await db.CaseReopenings.Select(r => r.SealedReason).ToListAsync());
            return values.OfType<byte[]>().ToList();
        });
        Assert.Equal(8, sealedValues.Count);
        Assert.All(sealedValues, v => Assert.Equal(active, FieldSealer.KeyIdOf(v)));

        var all = string.Join("|", await Task.WhenAll(new[] { "plan", "services-delivered", "follow-ups", "closure" }
            .Select(p => caseworker.GetStringAsync($"/api/v1/cases/{id}/{p}"))));
        foreach (var text in new[] { "Goal text", "Return comment", "Service note", "Follow-up text", "Done note", "Closure note", "Refusal comment", "Reopening reason" })
            Assert.Contains(text, all);
    }
}
