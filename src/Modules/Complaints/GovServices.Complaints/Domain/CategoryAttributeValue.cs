namespace GovServices.Complaints.Domain;

/// <summary>One choice of a list question.</summary>
/// <param name="Key">What the answer sends, 1 to 50 letters, digits, underscores or hyphens.</param>
/// <param name="NameId">What the reporter reads, in Bahasa Indonesia (up to 200 characters).</param>
/// <param name="NameEn">What the reporter reads, in English (up to 200 characters).</param>
internal sealed record CategoryAttributeValue(string Key, string NameId, string NameEn);
