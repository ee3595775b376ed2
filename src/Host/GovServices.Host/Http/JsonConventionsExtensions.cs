using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovServices.Host.Http;

/// <summary>JSON on the wire: camelCase names, enums as strings, times as ISO 8601 UTC, numbers as numbers.</summary>
internal static class JsonConventionsExtensions
{
    public static IServiceCollection AddJsonConventions(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => Apply(options.SerializerOptions));

    private static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;

        // The web defaults read "42" as 42; a string where a number belongs is a client bug worth reporting.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.Converters.Add(new UtcDateTimeOffsetJsonConverter());
    }
}
