namespace GovServices.Host.Tests.Diagnostics;

internal sealed record EchoRequest(string Name, int Count);
