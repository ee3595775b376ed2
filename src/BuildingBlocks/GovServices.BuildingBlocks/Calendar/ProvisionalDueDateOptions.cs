using Microsoft.Extensions.Configuration;

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>How often <see cref="ProvisionalDueDateWorker"/> looks whether the calendar changed (<c>Calendar:RecomputeInterval</c>, 10 s).</summary>
public sealed record ProvisionalDueDateOptions(TimeSpan RecomputeInterval)
{
    public static ProvisionalDueDateOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var interval = configuration.GetValue("Calendar:RecomputeInterval", TimeSpan.FromSeconds(10));
        if (interval <= TimeSpan.Zero)
            throw new InvalidOperationException("Calendar:RecomputeInterval must be positive.");
        return new ProvisionalDueDateOptions(interval);
    }
}
