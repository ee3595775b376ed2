using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Categories;

/// <summary>An admin adds a category; it is active at once.</summary>
internal sealed record CreateCategoryCommand(NewCategory Category) : ICommand<Result<CategoryDetails>>;

internal sealed class CreateCategoryHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, TimeProvider clock) : ICommandHandler<CreateCategoryCommand, Result<CategoryDetails>>
{
    public async ValueTask<Result<CategoryDetails>> Handle(CreateCategoryCommand command, CancellationToken cancellationToken)
    {
        var category = command.Category;
        var row = new CategoryRow
        {
            Code = category.Code,
            NameId = category.NameId.Trim(),
            NameEn = category.NameEn.Trim(),
            Description = category.Description.Trim(),
            OpdCode = category.Opd,
            SlaWorkingDays = category.SlaWorkingDays,
            Active = true,
            SortOrder = category.SortOrder,
            DuplicateRadiusMetres = category.DuplicateRadiusMetres,
            Attributes = CategoryAttributes.Serialize(CategoryAttributes.Normalise(category.Attributes)),
            UpdatedAt = clock.GetUtcNow(),
            Version = 1,
        };
        var inserted = await unitOfWork.ExecuteAsync(
            unitOfWork.Dialect.InsertIfAbsent(ComplaintSql.CategoryTable, ComplaintSql.CategoryInsertColumns, ["code"]),
            CategoryParameters.Of(row),
            cancellationToken);
        if (inserted == 0)
        {
            return Error.Conflict(
                "category_exists",
                Bilingual.Pick($"There is already a category '{category.Code}'.", $"Kategori '{category.Code}' sudah ada."));
        }

        await auditTrail.RecordAsync(
            ComplaintsModule.Schema,
            new AuditEvent("category.created", "category", row.Code, Details: new { opd = row.OpdCode, sla = row.SlaWorkingDays, attributes = category.Attributes?.Select(attribute => attribute.Code) ?? [] }),
            cancellationToken);
        return CategoryDetails.From(row);
    }
}
