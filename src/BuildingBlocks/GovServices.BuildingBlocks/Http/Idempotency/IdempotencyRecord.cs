namespace GovServices.BuildingBlocks.Http.Idempotency;

/// <summary>A row of a module's <c>idempotency_record</c> table: a key and the first response given for it.</summary>
internal sealed class IdempotencyRecord
{
    public string RequestHash { get; init; } = "";

    public int StatusCode { get; init; }

    public string? ResponseBody { get; init; }

    public string ResponseHeaders { get; init; } = "{}";
}
