using System.Globalization;
using GovServices.BuildingBlocks.Http.Idempotency;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.FileComplaint;
using GovServices.Identity.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.Open311.PostServiceRequest;

/// <summary>
/// <c>POST requests</c>: a partner app files a complaint with its <c>api_key</c>. The same command as
/// <c>POST /api/v1/complaints</c> goes through the same pipeline (validation, city bounds, categories, audit,
/// outbox), and an <c>Idempotency-Key</c> header is honoured the same way.
/// </summary>
internal static class PostServiceRequestEndpoint
{
    public static IEndpointRouteBuilder MapOpen311PostServiceRequest(this IEndpointRouteBuilder group)
    {
        group.MapPost(Open311ApiPaths.Requests, async (string format, HttpRequest request, IMediator mediator, ICurrentActor actor, Open311FilingLimit limit, CancellationToken cancellationToken) =>
            {
                if (!Open311Formats.TryParse(format, out var answerFormat))
                    return (IResult)Open311Formats.Unsupported(format);
                if (limit.Refusal(actor.ClientId, answerFormat, request.HttpContext.Response) is { } tooMany)
                    return tooMany;
                if (!request.HasFormContentType)
                {
                    return Open311Result.Errors(answerFormat, StatusCodes.Status400BadRequest, Bilingual.Pick(
                        "Send the request as application/x-www-form-urlencoded.", "Kirim permintaan sebagai application/x-www-form-urlencoded."));
                }

                var command = ServiceRequestForm.ToCommand(await request.ReadFormAsync(cancellationToken));
                if (!command.IsSuccess)
                    return Open311Errors.From(answerFormat, command.Error);

                var filed = await mediator.Send(command.Value, cancellationToken);
                return filed.IsSuccess
                    ? Open311Result.List(answerFormat, "service_requests", "request", [Receipt(filed.Value)], StatusCodes.Status201Created)
                    : Open311Errors.From(answerFormat, filed.Error);
            })
            .RequirePartnerApiKey(ComplaintsScopes.Submit)
            .WithIdempotencyKey(ComplaintsModule.Schema)
            .WithName("Open311PostServiceRequest");
        return group;
    }

    private static IReadOnlyList<Open311Field> Receipt(ComplaintFiled filed) =>
    [
        new("service_request_id", filed.TrackingCode),
        new("service_notice", Bilingual.Pick(
            $"Received. The city verifies it by {filed.VerificationDueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (three working days).",
            $"Diterima. Pemerintah kota memverifikasinya paling lambat {filed.VerificationDueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (tiga hari kerja).")),
        new("account_id", null),
    ];
}
