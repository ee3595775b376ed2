using System.Collections.Concurrent;
using GovServices.Audit.Sealing;
using GovServices.Audit.VerifyChain;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.Calendar.ListYears;
using GovServices.CivilRegistry.RegistryActivity;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Complaints.Stats;
using GovServices.Notifications.DeliveryBacklog;
using GovServices.Host.Health;
using GovServices.Host.Instances;
using GovServices.Payments.Reports;
using GovServices.Permits.PermitsBoard;
using Mediator;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovServices.Host.CommandCentre;

/// <summary>
/// The figures every screen shows, taken at most every <see cref="CommandCentreOptions.RefreshInterval"/> however many
/// screens are open, by the same queries the API's endpoints send (ADR 0056). They run as the host itself, outside the
/// screen's request: they are the city's aggregates, and the screen's own policy decided who sees which.
/// The audit chains are recomputed less often (<see cref="CommandCentreOptions.ChainInterval"/>): verifying reads every
/// sealed record.
/// </summary>
internal sealed partial class CommandCentreSnapshots(
    IServiceScopeFactory scopes,
    CommandCentreOptions options,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    ILogger<CommandCentreSnapshots> logger)
{
    private readonly ConcurrentDictionary<string, Taken> _taken = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _taking = new(1, 1);
    private (DateTimeOffset At, IReadOnlyList<ChainVerification> Chains)? _chains;

    /// <summary>The city's figures (<paramref name="opd"/> null), or one OPD's complaints; at most one interval old.</summary>
    public async Task<CommandCentreSnapshot> CurrentAsync(string? opd, CancellationToken cancellationToken)
    {
        var key = opd ?? "";
        if (_taken.TryGetValue(key, out var taken) && clock.GetUtcNow() - taken.At < options.RefreshInterval)
            return taken.Snapshot;

        await _taking.WaitAsync(cancellationToken);
        try
        {
            if (_taken.TryGetValue(key, out taken) && clock.GetUtcNow() - taken.At < options.RefreshInterval)
                return taken.Snapshot;

            Task<CommandCentreSnapshot> taking;
            // Not as the screen's signed-in person: the handlers must not see the request's principal (ADR 0056).
            using (ExecutionContext.SuppressFlow())
                taking = Task.Run(() => TakeAsync(opd, cancellationToken), cancellationToken);
            var snapshot = await taking;
            _taken[key] = new Taken(clock.GetUtcNow(), snapshot);
            return snapshot;
        }
        finally
        {
            _taking.Release();
        }
    }

    private async Task<CommandCentreSnapshot> TakeAsync(string? opd, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var mediator = services.GetRequiredService<IMediator>();
        var today = calendar.LocalDate(clock.GetUtcNow());

        var complaints = await PanelAsync("complaints", () => ComplaintsAsync(mediator, opd, today, cancellationToken));
        if (opd is not null)
            return new CommandCentreSnapshot(opd, complaints, null, null, null, null, null);

        var permits = await PanelAsync("permits", async () => await mediator.Send(new GetPermitsBoardQuery(), cancellationToken));
        var revenue = await PanelAsync("revenue", () => RevenueAsync(mediator, today, cancellationToken));
        var registry = await PanelAsync("registry", async () => await mediator.Send(new GetRegistryActivityQuery(), cancellationToken));
        var integrity = await PanelAsync("integrity", () => IntegrityAsync(services, mediator, cancellationToken));
        var system = await PanelAsync("system", () => SystemAsync(services, mediator, cancellationToken));
        return new CommandCentreSnapshot(null, complaints, permits, revenue, registry, integrity, system);
    }

    private async Task<ComplaintsPanel> ComplaintsAsync(IMediator mediator, string? opd, DateOnly today, CancellationToken cancellationToken)
    {
        var board = await mediator.Send(new GetOpenComplaintsBoardQuery(opd), cancellationToken);
        ComplaintStats? Stats(Result<ComplaintStats> result) => result.IsSuccess ? result.Value : null;
        var bounds = new MapBounds(options.MapBounds.MinLatitude, options.MapBounds.MaxLatitude, options.MapBounds.MinLongitude, options.MapBounds.MaxLongitude, options.TileUrl);
        // An OPD head's screen counts that OPD's complaints only.
        return new ComplaintsPanel(
            board.AsOf,
            Stats(await mediator.Send(new GetComplaintStatsQuery(today, today, opd), cancellationToken)),
            Stats(await mediator.Send(new GetComplaintStatsQuery(today.AddDays(-6), today, opd), cancellationToken)),
            Stats(await mediator.Send(new GetComplaintStatsQuery(today.AddDays(-29), today, opd), cancellationToken)),
            board,
            bounds);
    }

    private async Task<RevenuePanel?> RevenueAsync(IMediator mediator, DateOnly today, CancellationToken cancellationToken)
    {
        var day = await mediator.Send(new GetDailyTotalsQuery(today, today), cancellationToken);
        var month = await mediator.Send(new GetDailyTotalsQuery(new DateOnly(today.Year, today.Month, 1), today), cancellationToken);
        return day.IsSuccess && month.IsSuccess ? new RevenuePanel(clock.GetUtcNow(), day.Value, month.Value) : null;
    }

    private async Task<IntegrityPanel> IntegrityAsync(IServiceProvider services, IMediator mediator, CancellationToken cancellationToken)
    {
        if (_chains is not { } chains || clock.GetUtcNow() - chains.At >= options.ChainInterval)
        {
            var verified = new List<ChainVerification>();
            foreach (var module in services.GetRequiredService<AuditTrailCatalog>().Modules)
            {
                var verification = await mediator.Send(new VerifyAuditChainQuery(module), cancellationToken);
                if (verification.IsSuccess)
                    verified.Add(verification.Value);
            }

            _chains = chains = (clock.GetUtcNow(), verified);
        }

        var outboxes = await services.GetRequiredService<OutboxMetrics>().ReadBacklogAsync(cancellationToken);
        var deliveries = await mediator.Send(new GetDeliveryBacklogQuery(), cancellationToken);
        return new IntegrityPanel(clock.GetUtcNow(), chains.At, chains.Chains, outboxes, deliveries);
    }

    private async Task<SystemPanel> SystemAsync(IServiceProvider services, IMediator mediator, CancellationToken cancellationToken)
    {
        var report = await services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(registration => registration.Tags.Contains(HealthCheckTags.Ready), cancellationToken);
        var years = await mediator.Send(new ListCalendarYearsQuery(), cancellationToken);
        var instances = await services.GetRequiredService<InstanceRegistry>().AliveAsync(cancellationToken);
        return new SystemPanel(
            clock.GetUtcNow(),
            instances,
            report.Status.ToString(),
            [.. report.Entries.Select(entry => new CheckStatus(entry.Key, entry.Value.Status.ToString()))],
            years.Items);
    }

    /// <summary>A panel whose query fails is shown as unavailable; the others still update.</summary>
    private async Task<T?> PanelAsync<T>(string panel, Func<Task<T>> take)
    {
        try
        {
            return await take();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPanelFailed(exception, panel);
            return default;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Command Centre could not take its {Panel} panel")]
    private partial void LogPanelFailed(Exception exception, string panel);

    private sealed record Taken(DateTimeOffset At, CommandCentreSnapshot Snapshot);
}
