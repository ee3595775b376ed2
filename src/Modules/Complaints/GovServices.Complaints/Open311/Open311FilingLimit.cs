using System.Globalization;
using System.Threading.RateLimiting;
using GovServices.BuildingBlocks.Localisation;
using Microsoft.AspNetCore.Http;

namespace GovServices.Complaints.Open311;

/// <summary>
/// How many service requests one partner files a minute (<c>RateLimits:Open311ServiceRequestsPerMinute</c>), counted per
/// client of its <c>api_key</c>: a fixed one-minute window per client, no queue. It is checked in the endpoint, once the
/// key is known to be good: the key is read from the form body by the authorization step, after the host's rate
/// limiter has run, so a host policy could only count per address (ADR 0066). A retry answered from its
/// Idempotency-Key never reaches the endpoint and is not counted.
/// </summary>
internal sealed class Open311FilingLimit(ComplaintsOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Open311ServiceRequestsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when the client may file now; else the spec's 429, with Retry-After set on the response.</summary>
    public Open311Result? Refusal(string? clientId, Open311Format format, HttpResponse response)
    {
        using var lease = _limiter.AttemptAcquire(clientId ?? "");
        if (lease.IsAcquired)
            return null;

        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Open311Result.Errors(format, StatusCodes.Status429TooManyRequests, Bilingual.Pick(
            $"This api_key filed {options.Open311ServiceRequestsPerMinute} service requests in the last minute, the most allowed; retry after {seconds} seconds.",
            $"api_key ini telah mengajukan {options.Open311ServiceRequestsPerMinute} permintaan layanan dalam satu menit terakhir, batas yang diizinkan; coba lagi setelah {seconds} detik."));
    }

    public void Dispose() => _limiter.Dispose();
}
