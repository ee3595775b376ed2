namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>What one batch did to the resident table.</summary>
internal readonly record struct ResidentUpsertCounts(int Inserted, int Updated, int Unchanged)
{
    /// <summary>From the versions an upsert returned: 1 for a new row, higher for a changed one; unchanged rows return none.</summary>
    public static ResidentUpsertCounts FromVersions(IEnumerable<int> versions, int residents)
    {
        var inserted = 0;
        var updated = 0;
        foreach (var version in versions)
        {
            if (version == 1)
                inserted++;
            else
                updated++;
        }

        return new ResidentUpsertCounts(inserted, updated, residents - inserted - updated);
    }
}
