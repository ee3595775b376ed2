using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;
using Microsoft.AspNetCore.Identity;

namespace GovServices.Identity.Users;

internal static class UserErrors
{
    public static Error NotFound(string userId) => Error.NotFound("user_not_found", Bilingual.Pick($"No user '{userId}' exists.", $"Pengguna '{userId}' tidak ada."));

    public static bool IsDuplicate(IdentityResult result) =>
        result.Errors.Any(error => error.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail));

    /// <summary>
    /// ASP.NET Core Identity's refusals (password policy, user name, email) as a validation error on the field they
    /// concern. Duplicates are the caller's to word: they answer 409, and to the public without saying which.
    /// </summary>
    /// <param name="result">What Identity refused.</param>
    /// <param name="userNameField">The request field the user name came from (citizens sign in with their email).</param>
    public static Error Validation(IdentityResult result, string userNameField = "userName") =>
        Error.Validation(result.Errors
            .GroupBy(error => FieldOf(error.Code, userNameField))
            .ToDictionary(group => group.Key, group => group.Select(error => error.Description).ToArray()));

    private static string FieldOf(string code, string userNameField) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : code.Contains("Email", StringComparison.Ordinal) ? "email"
        : code.Contains("UserName", StringComparison.Ordinal) ? userNameField
        : "user";
}
