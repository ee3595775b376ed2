namespace GovServices.Identity.Users;

/// <summary>A person's account as the admin API shows it. The NIK is masked: administering accounts needs no more.</summary>
/// <param name="Id">The user id, the <c>sub</c> of the person's tokens.</param>
/// <param name="UserName">What the person signs in with (citizens: their email).</param>
/// <param name="FullName">The person's name.</param>
/// <param name="Email">The person's email.</param>
/// <param name="Roles">citizen, officer, coordinator, auditor, admin.</param>
/// <param name="Opd">The department (OPD) of staff, for example DPMPTSP.</param>
/// <param name="OpdHead">The officer heads their OPD: the Command Centre opens for them with that OPD's figures.</param>
/// <param name="MaskedNik">A citizen's NIK with the middle digits hidden.</param>
/// <param name="Disabled">A disabled account cannot sign in, and its tokens were revoked.</param>
/// <param name="CreatedAt">When the account was created (UTC).</param>
internal sealed record UserView(
    string Id,
    string UserName,
    string FullName,
    string? Email,
    IReadOnlyList<string> Roles,
    string? Opd,
    bool OpdHead,
    string? MaskedNik,
    bool Disabled,
    DateTimeOffset CreatedAt);
