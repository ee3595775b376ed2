namespace GovServices.Cluster.Tests;

/// <summary>A request sent again with the same Idempotency-Key or X-EXTERNAL-ID, and the two answers.</summary>
internal sealed record IdempotentRetry(string Kind, Answer First, Answer Retry)
{
    public bool OnOtherInstance => First.ServedBy is not null && Retry.ServedBy is not null && First.ServedBy != Retry.ServedBy;

    public bool AnsweredTheFirstAnswer => Retry.Status == First.Status && Retry.Body == First.Body;
}
