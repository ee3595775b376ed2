namespace GovServices.Complaints.Domain;

/// <summary>Who takes a step of a complaint's lifecycle.</summary>
internal enum ComplaintParty
{
    /// <summary>The citizen who filed it, or the partner app that filed it on someone's behalf.</summary>
    Reporter,

    /// <summary>The city's complaint desk (role coordinator): verifies, rejects and routes.</summary>
    Coordinator,

    /// <summary>Staff of the OPD the complaint is routed to (role officer).</summary>
    Officer,

    /// <summary>The host itself: the deadline job.</summary>
    System,
}
