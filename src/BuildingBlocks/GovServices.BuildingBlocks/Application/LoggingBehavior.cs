using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace GovServices.BuildingBlocks.Application;

/// <summary>
/// Logs each message's name, outcome and duration. Never the message itself: it may carry personal data.
/// A message abandoned by its caller (its cancellation token cancelled, an <see cref="OperationCanceledException"/>
/// thrown) is not an error and is logged as information; any other exception is an error.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response is IOperationResult { IsSuccess: false } failed)
                LogFailed(typeof(TMessage).Name, failed.Error.Code, elapsed);
            else
                LogHandled(typeof(TMessage).Name, elapsed);
            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller went away (a closed app, a load test ending its connections): nothing failed here.
            LogCancelled(typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
        catch (Exception exception)
        {
            LogThrew(exception, typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {MessageName} in {ElapsedMilliseconds:F1} ms")]
    private partial void LogHandled(string messageName, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {MessageName} with error {ErrorCode} in {ElapsedMilliseconds:F1} ms")]
    private partial void LogFailed(string messageName, string errorCode, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handling {MessageName} was cancelled by the caller after {ElapsedMilliseconds:F1} ms")]
    private partial void LogCancelled(string messageName, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {MessageName} threw after {ElapsedMilliseconds:F1} ms")]
    private partial void LogThrew(Exception exception, string messageName, double elapsedMilliseconds);
}
