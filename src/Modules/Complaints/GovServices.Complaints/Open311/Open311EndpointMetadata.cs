namespace GovServices.Complaints.Open311;

/// <summary>Marks the GeoReport v2 endpoints, whose refusals must come in the spec's error format.</summary>
internal sealed record Open311EndpointMetadata;
