namespace GovServices.Host.Tests.OpenApi.Records.Outgoing;

/// <summary>Shares its name with <see cref="Incoming.Attachment"/>, in the same module.</summary>
/// <param name="Url">Where to fetch it.</param>
internal sealed record Attachment(Uri Url);
