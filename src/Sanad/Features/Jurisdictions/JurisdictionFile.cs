using System.Text.Json;

namespace Sanad.Features.Jurisdictions;

// The shape of a jurisdiction file as written by its reviewers (docs/jurisdictions.md). Everything
// is nullable here: JurisdictionReader reports what is missing, with its path, instead of failing on the first.

internal sealed record JurisdictionFile(
    string? Country, TextsFile? Name, string? Status, List<SourceFile>? Sources, List<CodedFile>? Stages,
    ReflectionFile? ReflectionPeriod, List<DocumentFile>? Documents, List<CodedFile>? VictimStatusConditions,
    DeadlinesFile? ReferralAnswerDeadlines);

internal sealed record TextsFile(string? En, string? Fr, string? Ar);

internal sealed record SourceFile(string? Title, string? Url);

internal sealed record CodedFile(string? Code, TextsFile? Label);

internal sealed record ReflectionFile(string? Length, TextsFile? StartsWhen);

internal sealed record DocumentFile(string? Code, TextsFile? Label, string? Validity, RenewalsFile? Renewals);

/// <summary><c>allowed</c> is a count or the word <c>unlimited</c>.</summary>
internal sealed record RenewalsFile(JsonElement? Allowed, string? Length, List<TextsFile>? Conditions);

internal sealed record DeadlinesFile(string? Normal, string? Urgent);
