using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.Payments.ExpireInvoices;

/// <summary>Every <see cref="PaymentsOptions.ExpiryPollInterval"/>, expires the pending invoices past their expiry.</summary>
internal sealed partial class InvoiceExpiryWorker(
    IServiceScopeFactory scopes, PaymentsOptions options, TimeProvider clock, ILogger<InvoiceExpiryWorker> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.ExpiryPollInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
                while (await mediator.Send(new ExpireInvoicesCommand(BatchSize), stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expiring invoices failed; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
