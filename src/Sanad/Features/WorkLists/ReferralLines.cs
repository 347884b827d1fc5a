namespace Sanad.Features.WorkLists;

/// <summary>One referral table of the home page: its element id, its heading, its lines, and which side the reader is on.</summary>
public sealed record ReferralLines(string Id, string Title, IReadOnlyList<ReferralLine> Lines, bool Incoming);
