using GovServices.Identity.Users;

namespace GovServices.Identity.Admin.CreateStaffUser;

/// <summary>The new account, and the generated password when the admin gave none: shown this once.</summary>
/// <param name="User">The account.</param>
/// <param name="InitialPassword">The generated password; null when the admin chose one.</param>
internal sealed record StaffUserCreated(UserView User, string? InitialPassword);
