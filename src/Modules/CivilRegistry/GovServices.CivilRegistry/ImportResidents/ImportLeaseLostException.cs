namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>The worker's lease on a job ran out and another worker took the job over: this one stops writing.</summary>
internal sealed class ImportLeaseLostException() : Exception("Another worker holds this import job now.");
