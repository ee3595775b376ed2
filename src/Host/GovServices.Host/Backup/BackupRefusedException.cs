namespace GovServices.Host.Backup;

/// <summary>A backup or restore that would be unsafe to carry out; the message says why and what to do.</summary>
internal sealed class BackupRefusedException(string message) : Exception(message);
