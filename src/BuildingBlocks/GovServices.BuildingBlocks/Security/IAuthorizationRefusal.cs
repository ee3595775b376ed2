using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace GovServices.BuildingBlocks.Security;

/// <summary>
/// Endpoint metadata for a surface whose standard prescribes how a refused caller is answered (Open311's
/// <c>errors/error</c> document instead of 401/403 problems). The host's authorization result handler asks the
/// endpoint's refusal, if it has one, and answers every other endpoint the default way.
/// </summary>
public interface IAuthorizationRefusal
{
    Task WriteAsync(HttpContext context, PolicyAuthorizationResult result);
}
