namespace GovServices.CivilRegistry.AccessTrail;

/// <summary>What the caller learned.</summary>
internal enum AccessResult
{
    NotFound,

    /// <summary>A verification: the NIK exists and every given field matched.</summary>
    Matched,

    /// <summary>A verification: the NIK exists and at least one given field did not match.</summary>
    Mismatched,

    /// <summary>A lookup answered with the masked record.</summary>
    DisclosedMasked,

    /// <summary>A lookup answered with the full record.</summary>
    DisclosedUnmasked,
}
