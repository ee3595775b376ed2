using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.FollowComplaint;

/// <summary>A partner app names the reporter it follows for by their contact; a signed-in citizen follows as themself.</summary>
internal static class FollowerRules
{
    public const int MaxContactLength = 200;

    public static void Contact<T>(AbstractValidator<T> validator, ICurrentActor actor, Func<T, string?> contact)
    {
        if (ComplaintAccess.IsPerson(actor))
        {
            validator.RuleFor(command => contact(command)).Null().OverridePropertyName("contact")
                .WithMessage(_ => Bilingual.Pick("A signed-in citizen follows as themself: leave contact out.", "Warga yang masuk mengikuti atas namanya sendiri: kosongkan contact."));
        }
        else
        {
            validator.RuleFor(command => contact(command)).NotEmpty().MaximumLength(MaxContactLength).OverridePropertyName("contact")
                .WithMessage(_ => Bilingual.Pick(
                    $"Give the phone number or email address of the reporter you follow for (at most {MaxContactLength} characters).",
                    $"Isi nomor telepon atau alamat email pelapor yang Anda ikuti (paling banyak {MaxContactLength} karakter)."));
        }
    }
}

internal sealed class FollowComplaintValidator : AbstractValidator<FollowComplaintCommand>
{
    public FollowComplaintValidator(ICurrentActor actor) => FollowerRules.Contact(this, actor, command => command.Contact);
}

internal sealed class UnfollowComplaintValidator : AbstractValidator<UnfollowComplaintCommand>
{
    public UnfollowComplaintValidator(ICurrentActor actor) => FollowerRules.Contact(this, actor, command => command.Contact);
}
