namespace GovServices.Complaints.Domain;

/// <summary>Why the complaint desk rejects a complaint; stored and shown as these codes.</summary>
internal static class RejectionReason
{
    /// <summary>Already reported: the rejection links the original complaint.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Not a matter for the city government (for example a national road or a private dispute).</summary>
    public const string NotOurAuthority = "not_our_authority";

    public const string InsufficientInformation = "insufficient_information";

    public const string Spam = "spam";

    public static readonly IReadOnlyList<string> All = [Duplicate, NotOurAuthority, InsufficientInformation, Spam];
}
