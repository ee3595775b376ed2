using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Identity.Users;

/// <summary>
/// An OPD (department) code as staff accounts and bound clients carry it. Identity keeps no list of the city's OPDs
/// (they are the complaint categories' and permit types' business), so the code is checked for its form.
/// </summary>
internal static class OpdCodeRules
{
    public const string Pattern = "^[A-Z][A-Z0-9]{1,39}$";

    public static IRuleBuilderOptions<T, string?> OpdCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(Pattern)
            .WithMessage(_ => Bilingual.Pick("An OPD code is 2 to 40 upper-case letters or digits, for example DPMPTSP.", "Kode OPD terdiri dari 2 sampai 40 huruf kapital atau angka, misalnya DPMPTSP."));
}
