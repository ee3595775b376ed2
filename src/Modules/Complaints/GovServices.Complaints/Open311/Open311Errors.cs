using GovServices.BuildingBlocks.Application;
using Microsoft.AspNetCore.Http;

namespace GovServices.Complaints.Open311;

/// <summary>
/// A use case's <see cref="Error"/> in the spec's error format. GeoReport v2 knows 400, 403 and 404: every rule the
/// request breaks (a field, an unknown service, a place outside the city) is a 400 that says which.
/// </summary>
internal static class Open311Errors
{
    public static Open311Result From(Open311Format format, Error error)
    {
        var status = error.Kind switch
        {
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        var descriptions = error.FieldErrors is { Count: > 0 } fields
            ? fields.SelectMany(field => field.Value.Select(message => $"{Open311Arguments.For(field.Key)}: {message}")).ToArray()
            : [error.Message];
        return Open311Result.Errors(format, status, descriptions);
    }
}
