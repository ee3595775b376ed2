namespace GovServices.Host.Http;

/// <summary>The human-readable title and default detail of one problem code in one language.</summary>
internal sealed record ProblemText(string Title, string Detail);
