using System.Security.Claims;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using Microsoft.AspNetCore.Http;

namespace GovServices.Complaints.Survey;

/// <summary>
/// A valid survey link speaks for the complaint's reporter for this one request and this one answer, like a
/// single-purpose sign-in (ADR 0071): the request's user becomes the reporter as their own token would show them (a
/// citizen's account, or the partner app that filed for its reporter), so the lifecycle's step, its history entry and
/// the audit trail record the answer as the reporter's, through the same <see cref="ICurrentActor"/> as every step.
/// </summary>
internal sealed class SurveyLinkReporter(IHttpContextAccessor httpContextAccessor)
{
    /// <summary>How the request's user was authenticated: by a survey link, not a token.</summary>
    public const string AuthenticationType = "survey_link";

    public void ActAs(ComplaintRow complaint)
    {
        var context = httpContextAccessor.HttpContext
            ?? throw new InvalidOperationException("A survey link is answered over HTTP only.");
        List<Claim> claims = complaint.ReporterUserId is { } userId
            ? [new(GovClaims.Subject, userId), new(GovClaims.Role, Roles.Citizen)]
            : [new(GovClaims.Subject, complaint.FiledByClientId ?? "")];
        if (complaint.FiledByClientId is { } clientId)
            claims.Add(new Claim(GovClaims.ClientId, clientId));
        context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, GovClaims.Subject, GovClaims.Role));
    }
}
