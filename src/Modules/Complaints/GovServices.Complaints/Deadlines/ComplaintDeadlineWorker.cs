using GovServices.Complaints.Survey;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.Complaints.Deadlines;

/// <summary>
/// Every <see cref="ComplaintsOptions.DeadlinePollInterval"/>, flags overdue complaints, asks the reporters of complaints
/// resolved <see cref="ComplaintsOptions.SurveyAfter"/> ago whether they are fixed, and closes resolved ones past their
/// auto-close date (after the survey, which asks before they close: ADR 0071).
/// </summary>
internal sealed partial class ComplaintDeadlineWorker(
    IServiceScopeFactory scopes, ComplaintsOptions options, TimeProvider clock, ILogger<ComplaintDeadlineWorker> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.DeadlinePollInterval, clock);
        do
        {
            try
            {
                while (await SendAsync(new FlagOverdueComplaintsCommand(BatchSize), stoppingToken) > 0)
                {
                }

                while (await SendAsync(new AskSurveysCommand(BatchSize), stoppingToken) == BatchSize)
                {
                }

                while (await SendAsync(new AutoCloseComplaintsCommand(BatchSize), stoppingToken) == BatchSize)
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

    private async Task<int> SendAsync(ICommand<int> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Complaint deadlines failed; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
