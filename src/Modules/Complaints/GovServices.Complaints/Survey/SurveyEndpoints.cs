using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.Survey;

/// <summary>
/// "Is it fixed?" (ADR 0071): the reporter's answer through the API, signed in or with the link's token, and the
/// link's page (<c>/survey/{token}</c>), which shows the question on GET and takes the answer as a form post.
/// </summary>
internal static class SurveyEndpoints
{
    private const string Rules = " fixed closes the complaint, not_fixed reopens it (once). The same answer again answers 200 with alreadyAnswered true and changes nothing; another answer 409 complaint_survey_already_answered, an expired survey 409 complaint_survey_expired, a complaint reopened or closed meanwhile 409 complaint_survey_closed.";

    private const string AnswerSurveyDescription = "The reporter answers the survey sent some weeks after their complaint was resolved. 404 complaint_survey_not_found when none was sent; 403 for others who may see the complaint." + Rules;

    private const string AnswerSurveyLinkDescription = "No account needed: the token of the survey link (the last part of /survey/{token}) speaks for the reporter, for this answer only. An altered or unknown token answers 404 complaint_survey_not_found. Rate-limited." + Rules;

    private const string PublicReason = "The survey link sent to a complaint's reporter answers without an account: its signed, expiring token, good for this one survey only, names neither the complaint nor the reporter. Rate-limited.";

    public static IEndpointRouteBuilder MapSurvey(this IEndpointRouteBuilder group)
    {
        group.MapPost(ComplaintsApiPaths.Survey, async (Guid id, SurveyReply reply, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AnswerSurveyCommand(id, null, reply.Answer), cancellationToken)).Match(TypedResults.Ok))
            .RequireScope(ComplaintsScopes.Submit)
            .Describe("AnswerComplaintSurvey", "Answer whether a resolved complaint is fixed", AnswerSurveyDescription)
            .Produces<SurveyAnswered>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost(ComplaintsApiPaths.SurveyAnswers, async (SurveyLinkReply reply, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AnswerSurveyCommand(null, reply.Token, reply.Answer), cancellationToken)).Match(TypedResults.Ok))
            .AllowPublicAccess(PublicReason)
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("AnswerComplaintSurveyLink", "Answer a complaint's survey with the link's token", AnswerSurveyLinkDescription)
            .Produces<SurveyAnswered>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>The link's page, outside the API group: a person opens it from an email, SMS, WhatsApp or the inbox.</summary>
    public static IEndpointRouteBuilder MapSurveyPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ComplaintsApiPaths.SurveyPage, async (string token, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var state = await mediator.Send(new ReadSurveyLinkQuery(token), cancellationToken);
                if (!state.IsSuccess)
                    return Html(response, SurveyPage.Refused(state.Error), state.Error);
                return Html(response, state.Value.Answer is { } answer ? SurveyPage.Answered(state.Value.TrackingCode, answer) : SurveyPage.Question(state.Value));
            })
            .AllowPublicAccess(PublicReason)
            .RequireRateLimiting(RateLimitPolicies.Public)
            .ExcludeFromDescription();

        endpoints.MapPost(ComplaintsApiPaths.SurveyPage, async (string token, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
            {
                // Read by hand, not bound: the link's token is the credential, there is no cookie a forged form could ride on.
                var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
                var answered = await mediator.Send(new AnswerSurveyCommand(null, token, form?["answer"].ToString() ?? ""), cancellationToken);
                return answered.IsSuccess
                    ? Html(response, SurveyPage.Answered(answered.Value.TrackingCode, answered.Value.Answer))
                    : Html(response, SurveyPage.Refused(answered.Error), answered.Error);
            })
            .AllowPublicAccess(PublicReason)
            .RequireRateLimiting(RateLimitPolicies.Public)
            .DisableAntiforgery()
            .ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Html(HttpResponse response, string page, Error? error = null)
    {
        response.Headers.CacheControl = "no-store";
        var status = error?.Kind switch
        {
            null => StatusCodes.Status200OK,
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status409Conflict,
        };
        return TypedResults.Content(page, "text/html; charset=utf-8", statusCode: status);
    }
}
