using Microsoft.Extensions.Configuration;

namespace GovServices.Audit;

/// <summary>Section <c>Audit</c>: how often and how much the sealer seals.</summary>
internal sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>Pause between sealing passes when nothing was waiting.</summary>
    public TimeSpan SealInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>At most this many records per sealed batch.</summary>
    public int SealBatchSize { get; set; } = 500;

    /// <summary>
    /// A regular pass looks for unsealed records that occurred at most this long before the last seal; it must
    /// exceed the longest transaction and the clock skew between instances. Full sweeps catch anything older.
    /// </summary>
    public TimeSpan SealLookBack { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often a pass looks at the whole trail, so that no committed record is ever left unsealed.</summary>
    public TimeSpan FullSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Turns the background sealer off (tests seal on demand); records then wait unsealed.</summary>
    public bool SealingEnabled { get; set; } = true;

    public static AuditOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(SectionName).Get<AuditOptions>() ?? new AuditOptions();
        if (options.SealBatchSize < 1 || options.SealInterval <= TimeSpan.Zero || options.SealLookBack < TimeSpan.Zero)
            throw new InvalidOperationException("Audit:SealBatchSize, Audit:SealInterval and Audit:SealLookBack must be positive.");
        return options;
    }
}
