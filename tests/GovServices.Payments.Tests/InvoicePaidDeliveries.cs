using System.Collections.Concurrent;

namespace GovServices.Payments.Tests;

/// <summary>What the test subscribers of <c>InvoicePaid</c> saw, shared by every host instance of a test.</summary>
internal sealed class InvoicePaidDeliveries
{
    private readonly ConcurrentDictionary<(string Consumer, Guid InvoiceId), int> _invocations = new();

    /// <summary>Completed when the first subscriber has done its work on the first delivery.</summary>
    public TaskCompletionSource FirstWorkDone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, the first subscriber finishes its work only once its host is stopping.</summary>
    public bool HoldUntilStopping { get; set; }

    public int Invocations(string consumer, Guid invoiceId) => _invocations.GetValueOrDefault((consumer, invoiceId));

    public void Record(string consumer, Guid invoiceId) => _invocations.AddOrUpdate((consumer, invoiceId), 1, (_, count) => count + 1);
}
