using Sanad.Data;
using Sanad.Domain.Agencies;
using Sanad.Features.Agencies;
using Sanad.Web;

namespace Sanad.Features.Services;

/// <summary>The names of the node's agencies in the reader's language: a directory or referral list names many.</summary>
public sealed class AgencyNameBook(SanadDb db, AgencyLabels labels)
{
    private IReadOnlyDictionary<AgencyId, (string Code, string Name)>? _names;

    public async Task<IReadOnlyDictionary<AgencyId, (string Code, string Name)>> AllAsync(CancellationToken ct = default)
    {
        if (_names is not null) return _names;
        var language = Localization.CurrentLanguage;
        return _names = (await labels.AllAsync(db, ct)).OrderBy(a => a.Value.Code, StringComparer.Ordinal)
            .ToDictionary(a => a.Key, a => (a.Value.Code, a.Value.NameIn(language)));
    }

    public async Task<string> NameAsync(AgencyId id, CancellationToken ct = default) =>
        (await AllAsync(ct)).TryGetValue(id, out var found) ? found.Name : id.ToString();
}
