using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Categories;

/// <summary>
/// An admin changes a category (a full replacement of its fields), or deactivates it (<paramref name="Fields"/> null).
/// Complaints already filed keep their OPD and due dates; new filings and routings use the new values.
/// </summary>
internal sealed record UpdateCategoryCommand(string Code, int ExpectedVersion, CategoryFields? Fields) : ICommand<Result<CategoryDetails>>;

internal sealed class UpdateCategoryHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, TimeProvider clock) : ICommandHandler<UpdateCategoryCommand, Result<CategoryDetails>>
{
    public async ValueTask<Result<CategoryDetails>> Handle(UpdateCategoryCommand command, CancellationToken cancellationToken)
    {
        var current = await unitOfWork.QuerySingleOrDefaultAsync<CategoryRow>(
            ComplaintSql.SelectCategory, new { code = command.Code }, cancellationToken);
        if (current is null)
            return GetCategoryHandler.NotFound(command.Code);
        if (current.Version != command.ExpectedVersion)
            return Stale(current.Version);

        var fields = command.Fields;
        var next = new CategoryRow
        {
            Code = current.Code,
            NameId = fields?.NameId.Trim() ?? current.NameId,
            NameEn = fields?.NameEn.Trim() ?? current.NameEn,
            Description = fields?.Description.Trim() ?? current.Description,
            OpdCode = fields?.Opd ?? current.OpdCode,
            SlaWorkingDays = fields?.SlaWorkingDays ?? current.SlaWorkingDays,
            SortOrder = fields?.SortOrder ?? current.SortOrder,
            DuplicateRadiusMetres = fields?.DuplicateRadiusMetres ?? current.DuplicateRadiusMetres,
            Attributes = fields is null ? current.Attributes : CategoryAttributes.Serialize(CategoryAttributes.Normalise(fields.Attributes)),
            Active = fields?.Active ?? false,
            UpdatedAt = clock.GetUtcNow(),
            Version = current.Version + 1,
        };
        var updated = await unitOfWork.ExecuteAsync(
            ComplaintSql.UpdateCategory, CategoryParameters.Of(next, command.ExpectedVersion), cancellationToken);
        if (updated == 0)
            return Stale(current.Version + 1);

        await auditTrail.RecordAsync(
            ComplaintsModule.Schema,
            new AuditEvent(
                fields is null ? "category.deactivated" : "category.updated",
                "category",
                next.Code,
                Details: new
                {
                    before = new { opd = current.OpdCode, sla = current.SlaWorkingDays, active = current.Active, attributes = CategoryAttributes.Parse(current.Attributes).Select(attribute => attribute.Code) },
                    after = new { opd = next.OpdCode, sla = next.SlaWorkingDays, active = next.Active, attributes = CategoryAttributes.Parse(next.Attributes).Select(attribute => attribute.Code) },
                }),
            cancellationToken);
        return CategoryDetails.From(next);
    }

    private static Error Stale(int currentVersion) => Error.PreconditionFailed(Bilingual.Pick(
        $"The category changed since you read it (it is now at version {currentVersion}); read it again and retry.",
        $"Kategori telah berubah sejak Anda membacanya (kini versi {currentVersion}); baca ulang lalu coba lagi."));
}
