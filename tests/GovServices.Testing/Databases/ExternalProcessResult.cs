namespace GovServices.Testing.Databases;

/// <summary>How a command-line tool ended: its exit code and what it printed on both streams.</summary>
internal sealed record ExternalProcessResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}
