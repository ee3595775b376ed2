namespace GovServices.BuildingBlocks.Security;

/// <summary>
/// Marks an endpoint that anyone may call, with the reviewed reason. Every endpoint either requires
/// authorization or carries this marker; a test enforces it.
/// </summary>
public sealed record PublicEndpointMetadata(string Reason);
