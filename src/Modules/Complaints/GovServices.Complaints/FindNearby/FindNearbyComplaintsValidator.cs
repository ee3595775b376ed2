using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.FindNearby;

internal sealed class FindNearbyComplaintsValidator : AbstractValidator<FindNearbyComplaintsQuery>
{
    public FindNearbyComplaintsValidator()
    {
        RuleFor(query => query.Latitude).NotNull().InclusiveBetween(-90, 90)
            .WithMessage(_ => Bilingual.Pick("Give a latitude between -90 and 90.", "Isi lintang antara -90 dan 90."));
        RuleFor(query => query.Longitude).NotNull().InclusiveBetween(-180, 180)
            .WithMessage(_ => Bilingual.Pick("Give a longitude between -180 and 180.", "Isi bujur antara -180 dan 180."));
        RuleFor(query => query.Category).NotEmpty()
            .WithMessage(_ => Bilingual.Pick("Give the category you are about to file under.", "Isi kategori pengaduan yang akan Anda ajukan."));
    }
}
