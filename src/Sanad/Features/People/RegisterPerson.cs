using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.People;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.People;

/// <summary>
/// Registers a person for the caller's agency: identifying data sealed before it reaches the
/// database, the rest in clear. Audited with the person's id only.
/// </summary>
public sealed class RegisterPerson(SanadDb db, FieldSealer sealer, NameIndex names, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    public async Task<Result<PersonId>> HandleAsync(PersonInput input, CancellationToken ct = default)
    {
        if (caller.AgencyId is not { } agency)
            return Error.Invalid("Your account belongs to no agency.");
        var id = PersonId.New();
        var identity = new PersonIdentity(
            Clean(input.GivenName), Clean(input.FamilyName), Clean(input.NameArabic),
            input.Aliases.Select(Clean).OfType<string>().ToList(),
            Clean(input.DateOfBirth), input.NormalisedPhone, Clean(input.Address),
            input.Documents.Select(d => new IdentityDocument(d.Type!, d.Number!.Trim(), d.Country?.Trim().ToUpperInvariant())).ToList());
        var facts = new PersonFacts(input.ParsedSex, input.EffectiveYearOfBirth, input.Nationality?.Trim().ToUpperInvariant(),
            input.Languages.Select(l => l.Trim().ToLowerInvariant()).Distinct().ToList());
        var sealedIdentity = await sealer.SealAsync(identity, Person.RecordType, id.Value, ct);
        db.People.Add(Person.Register(id, agency, facts, sealedIdentity, FieldSealer.KeyIdOf(sealedIdentity), caller.UserId, clock.GetUtcNow().UtcDateTime));
        await names.AddAsync(id, identity, ct);
        // The person and her index rows are saved together: no person without her keys, no keys without their person.
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("person.registered", AuditOutcome.Success, Person.RecordType, id.ToString());
        return id;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
