namespace GovServices.CivilRegistry.AccessTrail;

/// <summary>What was done with a resident's record.</summary>
internal enum AccessAction
{
    /// <summary>Match / no match on given fields; nothing stored was disclosed.</summary>
    Verification,

    /// <summary>The record was read, masked or not.</summary>
    Lookup,
}
