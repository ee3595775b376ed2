using GovServices.BuildingBlocks.Observability;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovServices.BuildingBlocks.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>The outbox writer, the dispatcher and its background processor, and the outbox gauges.</summary>
    public static IServiceCollection AddGovServicesMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(configuration.GetSection(OutboxOptions.SectionName).Get<OutboxOptions>() ?? new OutboxOptions());
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddScoped<IOutbox, Outbox>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxProcessor>();
        services.AddObservedInstruments<OutboxMetrics>();
        return services;
    }

    /// <summary>Subscribes <typeparamref name="THandler"/>, which keeps its inbox in <paramref name="subscriberSchema"/>.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services, string subscriberSchema)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(new IntegrationEventSubscription(
            IntegrationEventSubscription.MessageTypeOf(typeof(TEvent)),
            typeof(TEvent),
            typeof(THandler),
            subscriberSchema));
        return services;
    }
}
