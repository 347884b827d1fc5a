using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Node;

namespace Sanad.Tests.Domain;

public sealed class AccountRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_token_secret_is_long_random_and_only_its_hash_is_kept()
    {
        var (token, secret) = PersonalAccessToken.Issue(Guid.NewGuid(), "x", 30, Now);
        var (_, other) = PersonalAccessToken.Issue(Guid.NewGuid(), "x", 30, Now);
        Assert.StartsWith(PersonalAccessToken.Prefix, secret);
        Assert.True(secret.Length >= PersonalAccessToken.Prefix.Length + 43);
        Assert.NotEqual(secret, other);
        Assert.Equal(PersonalAccessToken.HashOf(secret), token.SecretHash);
        Assert.DoesNotContain(secret[PersonalAccessToken.Prefix.Length..], token.SecretHash);
        Assert.StartsWith(token.Hint, secret);
    }

    [Fact]
    public void A_token_stops_at_expiry_or_revocation()
    {
        var (token, _) = PersonalAccessToken.Issue(Guid.NewGuid(), "x", 1, Now);
        Assert.True(token.IsUsable(Now.AddHours(23)));
        Assert.False(token.IsUsable(Now.AddDays(1)));
        token.Revoke(Now.AddMinutes(1));
        Assert.False(token.IsUsable(Now.AddMinutes(2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PersonalAccessToken.Issue(Guid.NewGuid(), "x", 0, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => PersonalAccessToken.Issue(Guid.NewGuid(), "x", PersonalAccessToken.MaxDays + 1, Now));
    }

    [Fact]
    public void Two_factor_is_required_when_any_role_of_the_user_requires_it()
    {
        var settings = NodeSettings.Initial("jo", "Asia/Amman");
        settings.Update("JO", ["ar", "en", "xx"], "Asia/Amman", [Roles.Supervisor, "not-a-role"]);
        Assert.True(settings.RequiresTwoFactor([Roles.Caseworker, Roles.Supervisor]));
        Assert.False(settings.RequiresTwoFactor([Roles.Caseworker]));
        Assert.Equal([Roles.Supervisor], settings.RolesRequiringTwoFactor);
        Assert.Equal(["ar", "en"], settings.LanguageList);
    }

    [Theory]
    [InlineData("police", AgencyKind.Police)]
    [InlineData("Labour-Inspectorate", AgencyKind.LabourInspectorate)]
    [InlineData(" international-organisation ", AgencyKind.InternationalOrganisation)]
    public void Agency_kinds_are_read_from_their_codes(string code, AgencyKind kind)
    {
        Assert.True(AgencyKinds.TryParse(code, out var parsed));
        Assert.Equal(kind, parsed);
        Assert.Equal(kind, AgencyKinds.FromCode(kind.Code()));
    }

    [Fact]
    public void Agency_names_fall_back_to_english_and_codes_are_normalised()
    {
        var agency = Agency.Create(" jo-x ", new AgencyNames("Shelter", "", "دار"), AgencyKind.Shelter, "jo", Now);
        Assert.Equal("JO-X", agency.Code);
        Assert.Equal("JO", agency.Country);
        Assert.Equal("Shelter", agency.NameIn("fr"));
        Assert.Equal("دار", agency.NameIn("ar"));
        Assert.False(AgencyKinds.TryParse("embassy", out _));
    }
}
