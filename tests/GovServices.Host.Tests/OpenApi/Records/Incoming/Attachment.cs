namespace GovServices.Host.Tests.OpenApi.Records.Incoming;

/// <summary>Shares its name with <see cref="Outgoing.Attachment"/>, in the same module.</summary>
/// <param name="FileName">The file's name.</param>
internal sealed record Attachment(string FileName);
