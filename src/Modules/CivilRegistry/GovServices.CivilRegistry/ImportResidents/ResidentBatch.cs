using GovServices.CivilRegistry.Domain;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>The rows of an import read since the last write: the valid residents, and the errors of the others.</summary>
internal sealed class ResidentBatch
{
    public List<Resident> Residents { get; } = [];

    public List<ImportError> Errors { get; } = [];

    public int RowsRead { get; set; }

    public int RowsFailed { get; set; }
}
