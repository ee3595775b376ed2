using GovServices.BuildingBlocks.Data;
using GovServices.Notifications.Events;
using GovServices.Payments.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.Notifications.Messages;

/// <summary>
/// Reminds payers of unpaid invoices that expire within <see cref="NotificationsOptions.InvoiceReminderLead"/> (2
/// days), at start-up and every <see cref="NotificationsOptions.InvoiceReminderInterval"/> (ADR 0068). Safe with
/// several instances and runs without a lease: each reminder's event id is derived from the invoice and its expiry,
/// so the delivery engine's unique key (channel, person, event) keeps it to one message per payer and channel.
/// </summary>
internal sealed partial class InvoiceReminderWorker(
    IServiceScopeFactory scopes, NotificationsOptions options, TimeProvider clock, ILogger<InvoiceReminderWorker> logger) : BackgroundService
{
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RemindAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(exception);
            }

            try
            {
                await Task.Delay(options.InvoiceReminderInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One run: every invoice expiring within the lead, one transaction per invoice; the number looked at.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<ExpiringInvoice> expiring;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(cancellationToken);
            expiring = await scope.ServiceProvider.GetRequiredService<IInvoiceNotices>().ListExpiringAsync(now, now + options.InvoiceReminderLead, Batch, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
        }

        foreach (var invoice in expiring)
        {
            await using var scope = scopes.CreateAsyncScope();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<PayerMessageFanOut>().RemindAsync(invoice, now, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return expiring.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminding payers of invoices about to expire failed; the next run tries again")]
    private partial void LogFailed(Exception exception);
}
