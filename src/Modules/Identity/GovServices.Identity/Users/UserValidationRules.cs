using FluentValidation;

namespace GovServices.Identity.Users;

/// <summary>Rules for the fields of a person's account that several requests share.</summary>
internal static class UserValidationRules
{
    public const int MaxFullNameLength = 200;
    public const int MaxEmailLength = 256;

    /// <summary>ASP.NET Core Identity's policy is the authority (length ≥ 10 and character classes); this answers the common mistakes in the caller's language.</summary>
    public static IRuleBuilderOptions<T, string?> PasswordRules<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MinimumLength(10).MaximumLength(128);

    public static IRuleBuilderOptions<T, string> FullNameRules<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(MaxFullNameLength);

    public static IRuleBuilderOptions<T, string> EmailRules<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(MaxEmailLength).EmailAddress();
}
