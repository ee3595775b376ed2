namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// A date counted in working days, and whether the count crossed a year known only provisionally: such a date is
/// shown as provisional and computed again when that year's decree is loaded.
/// </summary>
public readonly record struct DueDate(DateOnly On, bool Provisional);
