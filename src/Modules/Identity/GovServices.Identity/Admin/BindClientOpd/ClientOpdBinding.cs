namespace GovServices.Identity.Admin.BindClientOpd;

/// <summary>The OPD a machine client acts for.</summary>
/// <param name="Opd">The OPD's code, for example DPMPTSP: 2 to 40 upper-case letters or digits, as staff accounts carry it.</param>
internal sealed record ClientOpdBinding(string? Opd);
