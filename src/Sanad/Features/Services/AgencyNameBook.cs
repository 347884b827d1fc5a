using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Agencies;
using Sanad.Web;

namespace Sanad.Features.Services;

/// <summary>The names of the node's agencies in the reader's language, read once per request: a directory or referral list names many.</summary>
public sealed class AgencyNameBook(SanadDb db)
{
    private Dictionary<AgencyId, (string Code, string Name)>? _names;

    public async Task<IReadOnlyDictionary<AgencyId, (string Code, string Name)>> AllAsync(CancellationToken ct = default)
    {
        if (_names is not null) return _names;
        var language = Localization.CurrentLanguage;
        var rows = await db.Agencies.AsNoTracking().OrderBy(a => a.Code).ToListAsync(ct);
        _names = rows.ToDictionary(a => a.Id, a => (a.Code, a.NameIn(language)));
        return _names;
    }

    public async Task<string> NameAsync(AgencyId id, CancellationToken ct = default) =>
        (await AllAsync(ct)).TryGetValue(id, out var found) ? found.Name : id.ToString();
}
