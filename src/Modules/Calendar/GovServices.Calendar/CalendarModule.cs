using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Modules;
using GovServices.Calendar.GetYear;
using GovServices.Calendar.ListYears;
using GovServices.Calendar.LoadYear;
using GovServices.Calendar.Years;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Calendar;

/// <summary>
/// Calendar: the city's working-day calendar per year (decree or provisional), loaded by administrators without a
/// restart and shared by every instance. Owns the <c>calendar</c> schema; the counting itself is
/// BuildingBlocks' <c>WorkingDayCalendar</c>, which this module keeps equal to the stored years.
/// </summary>
public static class CalendarModule
{
    internal const string Schema = "calendar";

    /// <summary>What the module declares to the host: schema, API path.</summary>
    public static ModuleDescriptor Descriptor { get; } = new("Calendar", new ModuleSchema(Schema, typeof(CalendarModule).Assembly), CalendarApiPaths.Group);

    public static IServiceCollection AddCalendarModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(Descriptor);
        services.AddSingleton(CalendarOptions.From(configuration));
        services.AddSingleton<CalendarYearReader>();
        services.AddSingleton<CalendarYearSync>();
        services.AddHostedService(provider => provider.GetRequiredService<CalendarYearSync>());
        return services;
    }

    /// <summary>The calendar endpoints under <c>/api/v1/calendar</c>.</summary>
    public static IEndpointRouteBuilder MapCalendarModule(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(CalendarApiPaths.Group).WithTags("Calendar");
        group.MapListCalendarYears();
        group.MapGetCalendarYear();
        group.MapLoadCalendarYear();
        return endpoints;
    }
}
