using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// After the calendar changed (<see cref="WorkingDayCalendar.Revision"/>), computes every remembered provisional due
/// date again: a changed date is applied by its module (<see cref="IProvisionalDueDateOwner"/>), and a date that no
/// longer touches a provisional year is forgotten. Each date is handled in its own transaction, and the module's
/// update is conditional on the date still being the one computed, so several instances can pass at once.
/// </summary>
internal sealed partial class ProvisionalDueDateWorker(
    IServiceScopeFactory scopes, WorkingDayCalendar calendar, ProvisionalDueDateOptions options, ILogger<ProvisionalDueDateWorker> logger)
    : BackgroundService
{
    private const int PageSize = 100;

    private long _passedRevision = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The poll only notices that the calendar changed; it measures no deadline, so it keeps real time even where a
        // test runs the host on a fake clock.
        using var timer = new PeriodicTimer(options.RecomputeInterval, TimeProvider.System);
        do
        {
            var revision = calendar.Revision;
            if (revision == _passedRevision)
                continue;
            try
            {
                var changed = await PassAsync(stoppingToken);
                _passedRevision = revision;
                if (changed > 0)
                    LogRecomputed(changed);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass over every module's provisional due dates; answers how many dates changed.</summary>
    internal async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        await using var listing = scopes.CreateAsyncScope();
        var schemas = listing.ServiceProvider.GetServices<IProvisionalDueDateOwner>().Select(owner => owner.Schema).ToList();
        var changed = 0;
        foreach (var schema in schemas)
            changed += await PassAsync(schema, cancellationToken);
        return changed;
    }

    private async Task<int> PassAsync(string schema, CancellationToken cancellationToken)
    {
        var changed = 0;
        var after = (Subject: Guid.Empty, DueDate: "");
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var connections = scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>();
            List<ProvisionalDueDate> page;
            await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
            {
                page = [.. await connection.QueryAsync<ProvisionalDueDate>(new CommandDefinition(
                    ProvisionalDueDateSql.SelectPage(schema, connections.Dialect.Limit("limit")),
                    new { after_subject = after.Subject, after_due_date = after.DueDate, limit = PageSize },
                    cancellationToken: cancellationToken))];
            }

            foreach (var dueDate in page)
            {
                if (await RecomputeAsync(schema, dueDate, cancellationToken))
                    changed++;
            }

            if (page.Count < PageSize)
                return changed;
            after = (page[^1].SubjectId, page[^1].DueDateName);
        }
    }

    private async Task<bool> RecomputeAsync(string schema, ProvisionalDueDate dueDate, CancellationToken cancellationToken)
    {
        var recomputed = calendar.AddWorkingDays(dueDate.CountedFrom, dueDate.WorkingDays);
        if (recomputed.On == dueDate.DueOn && recomputed.Provisional)
            return false;

        await using var scope = scopes.CreateAsyncScope();
        var owner = scope.ServiceProvider.GetServices<IProvisionalDueDateOwner>().Single(each => each.Schema == schema);
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var applied = recomputed.On != dueDate.DueOn && await owner.ApplyAsync(unitOfWork, dueDate, recomputed.On, cancellationToken);
            var key = new { subject_id = dueDate.SubjectId, due_date = dueDate.DueDateName, due_on = recomputed.On };
            var keep = applied && recomputed.Provisional;
            await unitOfWork.ExecuteAsync(
                keep ? ProvisionalDueDateSql.UpdateDueOn(schema) : ProvisionalDueDateSql.Delete(schema), key, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
            return applied;
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Working-day calendar changed: {Count} provisional due dates computed again")]
    private partial void LogRecomputed(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Computing provisional due dates again failed; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
