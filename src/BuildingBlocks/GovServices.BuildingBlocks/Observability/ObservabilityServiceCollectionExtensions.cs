using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovServices.BuildingBlocks.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TInstruments"/>, a singleton that creates its instruments from
    /// <see cref="System.Diagnostics.Metrics.IMeterFactory"/> in its constructor, and builds it when the host starts.
    /// Its meter's name must start with <c>GovServices.</c> for the host to collect it.
    /// </summary>
    public static IServiceCollection AddObservedInstruments<TInstruments>(this IServiceCollection services)
        where TInstruments : class
    {
        services.AddMetrics();
        services.TryAddSingleton<TInstruments>();
        services.AddHostedService<ObservedInstruments<TInstruments>>();
        return services;
    }
}
