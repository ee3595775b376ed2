using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.BuildingBlocks.Http.Idempotency;

/// <summary>
/// Honours <c>Idempotency-Key</c> on a create. The key is reserved, the command runs and the response is stored,
/// all in one transaction: the same key with the same request gets the first response again (marked
/// <c>Idempotent-Replayed: true</c>); with another request it gets 422. A retry that arrives while the first
/// attempt is still running waits for it on the key's row lock, then sees its response. Only successful
/// responses are kept: after a failure nothing was changed, so the client may simply try again.
/// </summary>
internal sealed class IdempotencyEndpointFilter(string schema) : IEndpointFilter
{
    private const int MaxKeyLength = 255;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var httpContext = context.HttpContext;
        var key = httpContext.Request.Headers[IdempotencyKeyMetadata.HeaderName].ToString();
        if (key.Length == 0)
            return await next(context);
        if (key.Length > MaxKeyLength || key.Any(character => character is < '!' or > '~'))
            return InvalidKey().ToProblem();

        var services = httpContext.RequestServices;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var clock = services.GetRequiredService<TimeProvider>();
        var options = services.GetRequiredService<IdempotencyOptions>();
        var actor = services.GetRequiredService<ICurrentActor>();
        var cancellationToken = httpContext.RequestAborted;

        var now = clock.GetUtcNow();
        var keyParameters = new
        {
            client_id = $"{actor.ClientId}|{actor.UserId}",
            idempotency_key = key,
        };
        var requestHash = await HashRequestAsync(httpContext.Request, cancellationToken);

        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var reserved = await ReserveAsync(unitOfWork, keyParameters.client_id, key, requestHash, now, now + options.Retention, cancellationToken);
            if (!reserved)
            {
                var record = await unitOfWork.QuerySingleAsync<IdempotencyRecord>(
                    IdempotencySql.Select(schema),
                    keyParameters,
                    cancellationToken);
                await unitOfWork.RollbackAsync(cancellationToken);
                return record.RequestHash == requestHash ? Replay(record) : KeyReused().ToProblem();
            }

            var response = await BufferedResponse.CaptureAsync(await next(context), httpContext);
            if (response.StatusCode is < 200 or >= 300)
            {
                await unitOfWork.RollbackAsync(cancellationToken);
                return response;
            }

            await unitOfWork.ExecuteAsync(
                IdempotencySql.StoreResponse(schema),
                new
                {
                    keyParameters.client_id,
                    keyParameters.idempotency_key,
                    status_code = response.StatusCode,
                    response_body = Encoding.UTF8.GetString(response.Body),
                    response_headers = JsonSerializer.Serialize(response.Headers),
                },
                cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
            return response;
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>Inserts the key's row unless it exists; a row past its retention counts as absent.</summary>
    private async Task<bool> ReserveAsync(
        IUnitOfWork unitOfWork, string clientId, string key, string requestHash, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await unitOfWork.ExecuteAsync(
            IdempotencySql.DeleteExpiredKey(schema),
            new { client_id = clientId, idempotency_key = key, now },
            cancellationToken);

        var inserted = await unitOfWork.ExecuteAsync(
            IdempotencySql.Reserve(schema, unitOfWork.Dialect),
            new
            {
                client_id = clientId,
                idempotency_key = key,
                request_hash = requestHash,
                status_code = 0,
                response_headers = "{}",
                created_at = now,
                expires_at = expiresAt,
            },
            cancellationToken);
        return inserted == 1;
    }

    private static BufferedResponse Replay(IdempotencyRecord record)
    {
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(record.ResponseHeaders) ?? [];
        headers[IdempotencyKeyMetadata.ReplayedHeaderName] = "true";
        return new BufferedResponse(record.StatusCode, headers, Encoding.UTF8.GetBytes(record.ResponseBody ?? ""));
    }

    /// <summary>"The same request" means the same method, path, query and body bytes.</summary>
    private static async Task<string> HashRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
                hash.AppendData(buffer, 0, read);
            request.Body.Position = 0;
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static Error InvalidKey() => new(
        "idempotency_key_invalid",
        $"Idempotency-Key must be 1 to {MaxKeyLength} visible ASCII characters, for example a UUID.",
        ErrorKind.Validation,
        new Dictionary<string, string[]> { [IdempotencyKeyMetadata.HeaderName] = ["Use 1 to 255 visible ASCII characters."] });

    private static Error KeyReused() => Error.Unprocessable(
        "idempotency_key_reused",
        "This Idempotency-Key was already used with a different request. Use a new key for a new request.");
}
