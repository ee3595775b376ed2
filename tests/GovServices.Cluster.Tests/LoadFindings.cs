using System.Collections.Concurrent;

namespace GovServices.Cluster.Tests;

/// <summary>What the load did that the test checks afterwards in the database and through the API.</summary>
internal sealed class LoadFindings
{
    /// <summary>Complaints answered 201: id and tracking code.</summary>
    public ConcurrentQueue<(string Id, string TrackingCode)> FiledComplaints { get; } = new();

    public ConcurrentQueue<IdempotentRetry> Retries { get; } = new();

    /// <summary>Bank notifications answered 200: the external id and the invoice it paid.</summary>
    public ConcurrentQueue<(string ExternalId, string InvoiceId)> Payments { get; } = new();

    /// <summary>Permits read back as issued: application id and number.</summary>
    public ConcurrentQueue<(string ApplicationId, string Number)> IssuedPermits { get; } = new();

    /// <summary>Applications whose fee the bank paid: their permit is issued through the outbox, later.</summary>
    public ConcurrentQueue<string> PaidApplications { get; } = new();

    public ConcurrentQueue<int> MatchedVerifications { get; } = new();

    /// <summary>
    /// From the revocation's answer to the sending of the first request the other instance refused (every request sent
    /// before it was accepted); null when none sent within the bound was refused.
    /// </summary>
    public ConcurrentQueue<(TimeSpan? Latency, string? RevokedBy, string? RefusedBy)> Revocations { get; } = new();

    /// <summary>Answers that came with the expected status but said something else (a mismatch, a missing field).</summary>
    public ConcurrentQueue<string> WrongAnswers { get; } = new();
}
