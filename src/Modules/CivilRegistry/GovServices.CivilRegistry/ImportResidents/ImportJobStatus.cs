namespace GovServices.CivilRegistry.ImportResidents;

internal enum ImportJobStatus
{
    /// <summary>The file is still being uploaded.</summary>
    Receiving,

    /// <summary>Uploaded; waiting for a worker.</summary>
    Queued,

    /// <summary>A worker is importing it; progress counters move.</summary>
    Running,

    /// <summary>Every row was read; valid rows are in, invalid ones are in the error report.</summary>
    Completed,

    /// <summary>The file could not be read to its end (header, encoding, quoting, an oversized record); rows before
    /// the failure are in, and the error report says where and why it stopped.</summary>
    Failed,
}
