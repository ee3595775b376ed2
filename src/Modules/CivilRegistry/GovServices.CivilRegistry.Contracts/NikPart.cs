namespace GovServices.CivilRegistry.Contracts;

/// <summary>Which part of a NIK a rule found wrong.</summary>
public enum NikPart
{
    /// <summary>The whole number: not exactly 16 characters.</summary>
    Length,

    /// <summary>The whole number: holds something other than the digits 0–9.</summary>
    Digits,

    /// <summary>Digits 1–6: province, regency/city and district codes.</summary>
    Region,

    /// <summary>Digits 7–12: the birth date as DDMMYY, with 40 added to the day for women.</summary>
    BirthDate,

    /// <summary>Digits 7–8 again: the day says man or woman, and that disagrees with the known sex.</summary>
    Sex,

    /// <summary>Digits 13–16: the serial number, which is never 0000.</summary>
    Serial,
}
