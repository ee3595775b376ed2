namespace GovServices.Bench;

/// <summary>A missing or malformed option: the tool stops with its message and exit code 2.</summary>
internal sealed class BenchUsageException(string message) : Exception(message);
