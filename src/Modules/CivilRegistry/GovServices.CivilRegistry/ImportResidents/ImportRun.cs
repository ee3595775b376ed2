namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>One worker's attempt at one claimed import job, under the lease it holds.</summary>
internal sealed class ImportRun(Guid jobId, string leaseOwner, int attempt, long fileBytes, string? fileCompression, string reportLanguage)
{
    public Guid JobId { get; } = jobId;

    public string LeaseOwner { get; } = leaseOwner;

    public int Attempt { get; } = attempt;

    /// <summary>The size of the file as it was sent.</summary>
    public long FileBytes { get; } = fileBytes;

    /// <summary>How its stored pieces are compressed; null when they hold the file as it was sent.</summary>
    public string? FileCompression { get; } = fileCompression;

    /// <summary>The language of the request that sent the file, which its report is written in.</summary>
    public string ReportLanguage { get; } = reportLanguage;

    /// <summary>Row errors stored so far; only the batch writer changes it.</summary>
    public int ErrorsRecorded { get; set; }
}
