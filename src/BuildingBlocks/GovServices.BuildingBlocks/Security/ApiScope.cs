namespace GovServices.BuildingBlocks.Security;

/// <summary>An OAuth scope of the API and what it allows, as discovery, consent and the OpenAPI document show it.</summary>
public sealed record ApiScope(string Name, string Description);
