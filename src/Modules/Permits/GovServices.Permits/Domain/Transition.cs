namespace GovServices.Permits.Domain;

/// <summary>One row of the transition table: <paramref name="Action"/> moves an application from one of <paramref name="From"/> to <paramref name="To"/>.</summary>
internal sealed record Transition(string Action, IReadOnlyList<string> From, string To, TransitionActor Actor);
