namespace GovServices.Host.Tests.OpenApi;

/// <summary>Named like the complaint step's body, as a record of a new module would be.</summary>
/// <param name="Text">The note.</param>
internal sealed record StepNote(string Text);
