namespace GovServices.Host.Tests.Diagnostics;

internal sealed record EchoReply(string Name, int Count, DayOfWeek Day, DateTimeOffset At);
