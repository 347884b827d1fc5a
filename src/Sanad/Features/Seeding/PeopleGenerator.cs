using System.Globalization;
using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;
using Sanad.Domain.People;

namespace Sanad.Features.Seeding;

/// <summary>An agency people are generated for, with its relative share of them.</summary>
public sealed record SeedAgency(AgencyId Id, string Code, string Country, AgencyKind Kind, double Weight);

/// <summary>One generated person as <see cref="RegisterPerson"/> would receive her, and her case.</summary>
public sealed record GeneratedPerson(AgencyId Agency, PersonFacts Facts, PersonIdentity Identity, GeneratedCase Case);

public sealed record GeneratedCase(DateTime OpenedAt, DateTime UpdatedAt, CaseChange Change);

/// <summary>
/// Generates realistic, invented people and cases for demos and benchmarks: names of the origin
/// countries of migrant workers in the region, ages, sex, forms of exploitation and means of
/// control in the proportions of the CTDC sample (<see cref="CtdcShares"/>). Deterministic: the
/// same seed gives the same people, so a demo looks the same on every laptop.
/// A few people are registered twice, by two agencies and with another spelling, as happens in
/// the field: that is what the duplicate check exists for, so the demo gives it work to do.
/// </summary>
public sealed class PeopleGenerator
{
    private const double TwinShare = 0.03;
    private const double AliasShare = 0.2;
    private const int RecentForTwins = 500;
    private static readonly TimeSpan History = TimeSpan.FromDays(3 * 365);

    private readonly Random _random;
    private readonly IReadOnlyList<SeedAgency> _agencies;
    private readonly DateTime _now;
    private readonly List<GeneratedPerson> _recent = [];

    public PeopleGenerator(int seed, IReadOnlyList<SeedAgency> agencies, DateTime now)
    {
        if (agencies.Count == 0) throw new ArgumentException("At least one agency is needed.", nameof(agencies));
        _random = new Random(seed);
        _agencies = agencies;
        _now = now;
    }

    public IEnumerable<GeneratedPerson> Generate(int count)
    {
        for (var i = 0; i < count; i++) yield return Next();
    }

    public GeneratedPerson Next()
    {
        var person = _recent.Count > 0 && _agencies.Count > 1 && _random.NextDouble() < TwinShare ? Twin() : New();
        if (_recent.Count == RecentForTwins) _recent.RemoveAt(0);
        _recent.Add(person);
        return person;
    }

    private GeneratedPerson New()
    {
        var agency = Pick(_agencies, a => a.Weight);
        var female = Pick(CtdcShares.Sex, s => s.Count).Female;
        var nationality = Pick(CtdcShares.Citizenship, c => c.Count).Country;
        var origin = OriginCountry.All.Single(c => c.Code == nationality);
        var (opened, updated) = CaseDates();
        var age = Between(Pick(CtdcShares.Age, a => a.Count).Band);
        var birthYear = opened.Year - age;

        var given = Split(Any(female ? origin.Female : origin.Male));
        var family = Split(Any(origin.Family));
        List<string> aliases = _random.NextDouble() < AliasShare ? [Variant($"{given.Latin} {family.Latin}")] : [];
        var identity = new PersonIdentity(given.Latin, family.Latin,
            origin.ArabicNames ? $"{given.Arabic} {family.Arabic}" : null, aliases,
            _random.NextDouble() < 0.55 ? BirthDate(birthYear) : null,
            _random.NextDouble() < 0.8 ? Phone(agency.Country) : null,
            _random.NextDouble() < 0.5 ? Address(agency.Country) : null, []);
        var facts = new PersonFacts(female ? Sex.Female : Sex.Male, birthYear, origin.Code, Languages(origin));
        return new GeneratedPerson(agency.Id, facts, identity, new GeneratedCase(opened, updated, CaseFacts(female, agency, opened)));
    }

    /// <summary>Someone already generated, registered again by another agency under another spelling of her name.</summary>
    private GeneratedPerson Twin()
    {
        var original = _recent[_random.Next(_recent.Count)];
        var others = _agencies.Where(a => a.Id != original.Agency).ToList();
        var agency = Pick(others, a => a.Weight);
        var known = original.Identity;
        var given = Variant(known.GivenName!);
        var family = Variant(known.FamilyName!);
        // When the spelling cannot change, the other agency wrote the names the other way round.
        var identity = given == known.GivenName && family == known.FamilyName
            ? new PersonIdentity(known.FamilyName, known.GivenName, null, [], null, null, null, [])
            : new PersonIdentity(given, family, known.NameArabic, [], null, Phone(agency.Country), null, []);
        var (opened, updated) = CaseDates();
        var female = original.Facts.Sex == Sex.Female;
        return new GeneratedPerson(agency.Id, original.Facts, identity, new GeneratedCase(opened, updated, CaseFacts(female, agency, opened)));
    }

    private CaseChange CaseFacts(bool female, SeedAgency agency, DateTime opened)
    {
        // Older cases are more often in follow-up or closed.
        var age = (_now - opened) / History;
        var status = _random.NextDouble() < 0.05 + 0.35 * age
            ? (_random.NextDouble() < 0.75 ? CaseStatus.Closed : CaseStatus.ClosedReferred)
            : _random.NextDouble() < 0.2 + 0.4 * age ? CaseStatus.FollowUp : CaseStatus.Active;
        var actual = _random.NextDouble() < CtdcShares.ActualShare;

        var (sexual, labour, other) = female ? CtdcShares.FemaleExploitation : CtdcShares.MaleExploitation;
        var roll = _random.NextDouble() * (sexual + labour + other);
        List<string> sexTypes = [], labourTypes = [];
        if (roll < sexual) sexTypes.Add("Prostitution");
        else if (roll < sexual + labour)
        {
            labourTypes.Add(Pick(CtdcShares.Labour, l => l.Count).Labour);
            if (_random.NextDouble() < 0.15) labourTypes.Add(Pick(CtdcShares.Labour, l => l.Count).Labour);
        }
        var means = CtdcShares.MeansOfControl.Where(m => _random.NextDouble() < m.Count / CtdcShares.RowsNamingMeans).Select(m => m.Means).ToList();
        if (means.Count == 0) means.Add(Pick(CtdcShares.MeansOfControl, m => m.Count).Means);

        return new CaseChange(
            Status: status,
            TraffickingStatus: actual ? TraffickingStatus.Actual : TraffickingStatus.Possible,
            TraffickingStatusDecidedBy: actual ? DecidingBody(agency.Kind) : null,
            MethodsOfControl: means,
            LabourExploitation: labourTypes,
            SexExploitation: sexTypes,
            LabourIndustries: [.. labourTypes.Select(CtdcShares.IndustryOf).OfType<string>()]);
    }

    private static string DecidingBody(AgencyKind kind) => kind switch
    {
        AgencyKind.Police => "police",
        AgencyKind.LabourInspectorate => "labour-inspectorate",
        _ => "committee",
    };

    private (DateTime Opened, DateTime Updated) CaseDates()
    {
        var opened = _now - History * _random.NextDouble();
        var sinceOpened = _now - opened;
        var updated = opened + TimeSpan.FromDays(Math.Min(sinceOpened.TotalDays, 120) * _random.NextDouble());
        return (opened, updated);
    }

    private List<string> Languages(OriginCountry origin)
    {
        // Sri Lankans speak Sinhala or Tamil; elsewhere the first language is the country's main one.
        var first = origin.Code == "LK" && _random.NextDouble() < 0.25 ? "ta" : origin.Languages[0];
        var languages = new List<string> { first };
        languages.AddRange(origin.Languages.Skip(1).Where(l => l != first && _random.NextDouble() < 0.25));
        // Many workers pick up Arabic in the households and workplaces of the region.
        if (!languages.Contains("ar") && _random.NextDouble() < 0.3) languages.Add("ar");
        return languages;
    }

    private string BirthDate(int year) =>
        new DateOnly(year, 1, 1).AddDays(_random.Next(DateTime.IsLeapYear(year) ? 366 : 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A mobile number of the country she was met in: for Jordan, often one kept from an earlier employer in the Gulf or Lebanon.</summary>
    private string Phone(string agencyCountry)
    {
        var country = agencyCountry == "BE" ? "BE" : Pick(DestinationPhones, p => p.Weight).Country;
        return country switch
        {
            "BE" => "+324" + _random.Next(60, 100) + Digits(7),
            "LB" => "+961" + Any(["3", "70", "71", "76", "81"]) + Digits(6),
            "KW" => "+965" + Any(["5", "6", "9"]) + Digits(7),
            "SA" => "+9665" + Digits(8),
            "IQ" => "+9647" + Any(["5", "7", "8"]) + Digits(8),
            _ => "+9627" + Any(["7", "8", "9"]) + Digits(7),
        };
    }

    private static readonly (string Country, double Weight)[] DestinationPhones = [("JO", 70), ("SA", 10), ("KW", 8), ("LB", 7), ("IQ", 5)];

    private string Address(string agencyCountry) => agencyCountry == "BE"
        ? Any(["Antwerpen, Noord", "Brussel, Schaerbeek", "Liège, Outremeuse", "Gent, Sint-Amandsberg", "Charleroi, Marchienne"])
        : Any(["Amman, Marka", "Amman, Jabal Al-Hussein", "Amman, Abdoun", "Amman, Khalda", "Amman, Sweileh", "Zarqa, Russeifa",
            "Irbid, Al-Hassan industrial estate", "Sahab industrial estate", "Aqaba", "Mafraq", "Jordan Valley, Deir Alla", "Madaba"]);

    private string Digits(int count)
    {
        Span<char> digits = stackalloc char[count];
        for (var i = 0; i < count; i++) digits[i] = (char)('0' + _random.Next(10));
        return new string(digits);
    }

    /// <summary>Another spelling of a Latin name, as another clerk would write it: one rule applied to one letter group, never the first letter.</summary>
    private string Variant(string name)
    {
        foreach (var (from, to) in SpellingRules.OrderBy(_ => _random.Next()))
        {
            var at = name.IndexOf(from, 1, StringComparison.OrdinalIgnoreCase);
            if (at > 0) return string.Concat(name.AsSpan(0, at), to, name.AsSpan(at + from.Length));
        }
        return name;
    }

    private static readonly (string From, string To)[] SpellingRules =
    [
        ("ph", "f"), ("th", "t"), ("ee", "i"), ("oo", "u"), ("ou", "u"), ("ie", "i"), ("y", "i"), ("mm", "m"), ("ll", "l"),
        ("ss", "s"), ("tt", "t"), ("nn", "n"), ("dd", "d"), ("a", "e"), ("o", "u"), ("u", "o"), ("k", "c"), ("sh", "ch"),
        ("q", "k"), ("kh", "h"), ("dh", "d"), ("aa", "a"), ("-", " "), ("i", "e"), ("e", "a"),
    ];

    private static (string Latin, string? Arabic) Split(string entry) =>
        entry.IndexOf('|') is var bar and > 0 ? (entry[..bar], entry[(bar + 1)..]) : (entry, null);

    private int Between((int From, int To) band) => _random.Next(band.From, band.To + 1);

    private string Any(string[] items) => items[_random.Next(items.Length)];

    private T Pick<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        var roll = _random.NextDouble() * items.Sum(weight);
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0) return item;
        }
        return items[^1];
    }
}
