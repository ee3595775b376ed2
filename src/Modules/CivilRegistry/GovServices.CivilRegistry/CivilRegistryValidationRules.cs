using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.CivilRegistry.Contracts;

namespace GovServices.CivilRegistry;

/// <summary>Rules several requests share: a well-formed NIK, a configured purpose.</summary>
internal static class CivilRegistryValidationRules
{
    /// <summary>A NIK by the rules of <see cref="Nik"/>; the message names the part that is wrong.</summary>
    public static IRuleBuilderOptionsConditions<T, string> NikRules<T>(this IRuleBuilder<T, string> rule) =>
        rule.Custom((text, context) =>
        {
            if (!Nik.TryParse(text, out _, out var error))
                context.AddFailure(error.Message);
        });

    public static IRuleBuilderOptions<T, string> PurposeRules<T>(this IRuleBuilder<T, string> rule, CivilRegistryOptions options) =>
        rule.NotEmpty()
            .WithMessage(_ => Bilingual.Pick("State the purpose of this request.", "Sebutkan tujuan permintaan ini."))
            .Must(purpose => string.IsNullOrEmpty(purpose) || options.LegalBasisOf(purpose) is not null)
            .WithMessage(_ => Bilingual.Pick(
                $"The purpose must be one of: {string.Join(", ", options.Purposes.Keys.Order(StringComparer.Ordinal))}.",
                $"Tujuan harus salah satu dari: {string.Join(", ", options.Purposes.Keys.Order(StringComparer.Ordinal))}."));
}
