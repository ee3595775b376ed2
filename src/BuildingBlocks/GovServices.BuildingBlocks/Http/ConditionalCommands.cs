using GovServices.BuildingBlocks.Application;
using Mediator;
using Microsoft.AspNetCore.Http;

namespace GovServices.BuildingBlocks.Http;

/// <summary>
/// The body of every endpoint that changes a record the caller read: the version from a required <c>If-Match</c>
/// (428 without it, 400 when it is not one strong tag) goes into the command, whose handler answers 412 when that
/// version is stale; the changed record is answered with 200 and its new <c>ETag</c>, any other error with its
/// problem response. Endpoints whose If-Match is optional, or that answer 201, write their body out instead.
/// </summary>
public static class ConditionalCommands
{
    /// <summary>Sends the command built from the version in <c>If-Match</c> and answers as described above.</summary>
    /// <param name="sender">The mediator: the command runs through the whole pipeline, unit of work included.</param>
    /// <param name="http">The request whose <c>If-Match</c> is read and the response that gets the new <c>ETag</c>.</param>
    /// <param name="command">Builds the command from the version the caller read.</param>
    /// <param name="version">The changed record's new version, answered as its <c>ETag</c>.</param>
    /// <param name="cancellationToken">The request's.</param>
    public static Task<IResult> SendIfMatchAsync<T>(
        this ISender sender,
        HttpContext http,
        Func<int, ICommand<Result<T>>> command,
        Func<T, int> version,
        CancellationToken cancellationToken) =>
        AnswerAsync(http, expected => sender.Send(command(expected), cancellationToken), version);

    /// <summary>
    /// The same for a command that owns its transactions because it calls other modules before its step
    /// (ADR 0015, 0038).
    /// </summary>
    /// <param name="sender">The mediator.</param>
    /// <param name="http">The request whose <c>If-Match</c> is read and the response that gets the new <c>ETag</c>.</param>
    /// <param name="command">Builds the command from the version the caller read.</param>
    /// <param name="version">The changed record's new version, answered as its <c>ETag</c>.</param>
    /// <param name="cancellationToken">The request's.</param>
    public static Task<IResult> SendIfMatchAsync<T>(
        this ISender sender,
        HttpContext http,
        Func<int, ISelfTransactingCommand<Result<T>>> command,
        Func<T, int> version,
        CancellationToken cancellationToken) =>
        AnswerAsync(http, expected => sender.Send(command(expected), cancellationToken), version);

    private static async Task<IResult> AnswerAsync<T>(HttpContext http, Func<int, ValueTask<Result<T>>> send, Func<T, int> version)
    {
        var expected = http.Request.RequiredIfMatchVersion();
        if (!expected.IsSuccess)
            return expected.Error.ToProblem();

        return (await send(expected.Value)).Match(changed =>
        {
            http.Response.SetETag(version(changed));
            return TypedResults.Ok(changed);
        });
    }
}
