namespace GovServices.BuildingBlocks.Http.Idempotency;

/// <summary>Marks an endpoint that honours <c>Idempotency-Key</c>; its records live in <see cref="Schema"/>.</summary>
public sealed record IdempotencyKeyMetadata(string Schema)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
}
