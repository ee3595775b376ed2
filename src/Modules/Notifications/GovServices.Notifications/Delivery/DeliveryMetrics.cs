using System.Diagnostics.Metrics;

namespace GovServices.Notifications.Delivery;

/// <summary>
/// The delivery engine's instruments (meter <c>GovServices.Notifications</c>, exported on <c>/metrics</c>): attempts by
/// outcome, endpoints the service disabled, and the time from the event to the receiver's 2xx.
/// </summary>
internal sealed class DeliveryMetrics
{
    public const string MeterName = "GovServices.Notifications";

    private readonly Counter<long> _attempts;
    private readonly Counter<long> _disabled;
    private readonly Histogram<double> _latency;

    public DeliveryMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _attempts = meter.CreateCounter<long>(
            "govservices.notifications.delivery_attempts", unit: "{attempt}", description: "Delivery attempts by channel and outcome (delivered, retry, failed, gone, will_not_send).");
        _disabled = meter.CreateCounter<long>(
            "govservices.notifications.endpoints_disabled", unit: "{endpoint}", description: "Webhook endpoints the service disabled, by reason (gone, failing).");
        _latency = meter.CreateHistogram<double>(
            "govservices.notifications.delivery_latency", unit: "s", description: "From the event to its receiver's 2xx, first attempt or not.");
    }

    public void Attempted(string channel, string outcome) =>
        _attempts.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", outcome));

    public void EndpointDisabled(string reason) => _disabled.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Delivered(string channel, TimeSpan latency) =>
        _latency.Record(Math.Max(0, latency.TotalSeconds), new KeyValuePair<string, object?>("channel", channel));
}
