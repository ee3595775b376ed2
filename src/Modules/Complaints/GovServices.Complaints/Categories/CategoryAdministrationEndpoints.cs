using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.Categories;

internal static class CategoryAdministrationEndpoints
{
    private const string GetComplaintCategoryDescription = "With its ETag, the version to send in If-Match when changing it.";
    private const string CreateComplaintCategoryDescription = "Admins only. The code is permanent; a code already taken answers 409 category_exists. Audited.";
    private const string UpdateComplaintCategoryDescription = "Admins only; a full replacement of its names, description, OPD, SLA, order and active flag. Complaints already filed keep their OPD and due dates. Send the ETag in If-Match: 412 when it changed since, 428 without it. Audited.";
    private const string DeactivateComplaintCategoryDescription = "Admins only. No new complaints can be filed under it (422 category_unknown) and it leaves the public list; complaints already filed under it are not touched. If-Match as for changes. Audited.";

    public static IEndpointRouteBuilder MapCategoryAdministration(this IEndpointRouteBuilder group)
    {
        group.MapGet(ComplaintsApiPaths.Category, async (string code, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCategoryQuery(code), cancellationToken)).Match(category =>
                {
                    response.SetETag(category.Version);
                    return TypedResults.Ok(category);
                }))
            .AllowPublicAccess("Category metadata holds no personal data; admins read the ETag here before changing one. Rate-limited.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("GetComplaintCategory", "Read a category, active or not", GetComplaintCategoryDescription)
            .Produces<CategoryDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost(ComplaintsApiPaths.Categories, async (NewCategory category, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CreateCategoryCommand(category), cancellationToken)).Match(created =>
                {
                    response.SetETag(created.Version);
                    return TypedResults.Created(ComplaintsApiPaths.CategoryLocation(created.Code), created);
                }))
            .RequireScope(ComplaintsScopes.Manage, Roles.Admin)
            .Describe("CreateComplaintCategory", "Add a complaint category", CreateComplaintCategoryDescription)
            .Produces<CategoryDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut(ComplaintsApiPaths.Category, (string code, CategoryFields fields, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new UpdateCategoryCommand(code, version, fields), category => category.Version, cancellationToken))
            .RequireScope(ComplaintsScopes.Manage, Roles.Admin)
            .Describe("UpdateComplaintCategory", "Change a complaint category", UpdateComplaintCategoryDescription)
            .Produces<CategoryDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost(ComplaintsApiPaths.CategoryDeactivation, (string code, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new UpdateCategoryCommand(code, version, Fields: null), category => category.Version, cancellationToken))
            .RequireScope(ComplaintsScopes.Manage, Roles.Admin)
            .Describe("DeactivateComplaintCategory", "Deactivate a complaint category", DeactivateComplaintCategoryDescription)
            .Produces<CategoryDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }
}
