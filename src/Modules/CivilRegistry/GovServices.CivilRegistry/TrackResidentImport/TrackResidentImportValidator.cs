using FluentValidation;
using GovServices.BuildingBlocks.Http;

namespace GovServices.CivilRegistry.TrackResidentImport;

/// <summary>Runs before the handler looks the import up, as the cursor check did: a bad cursor is a 400 even for an import that is not there.</summary>
internal sealed class TrackResidentImportValidator : AbstractValidator<TrackResidentImportQuery>
{
    public TrackResidentImportValidator()
    {
        RuleFor(query => query.Limit).PageLimit();
        RuleFor(query => query.Cursor).IssuedCursor(PageRules.NumberKey);
    }
}
