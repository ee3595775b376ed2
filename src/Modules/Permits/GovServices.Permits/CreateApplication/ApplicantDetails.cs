namespace GovServices.Permits.CreateApplication;

/// <summary>Who applies and will hold the permit; the NIK and name are checked against the civil registry on submission.</summary>
/// <param name="Name">
/// The full name as on the identity card (KTP), up to 200 characters. A signed-in citizen may leave it out: their
/// account's name is used.
/// </param>
/// <param name="Nik">The 16-digit NIK. A signed-in citizen leaves it out (their account's NIK is used); a partner app gives it.</param>
/// <param name="Phone">A phone number to reach the applicant, up to 40 characters.</param>
/// <param name="Email">An email address to reach the applicant.</param>
internal sealed record ApplicantDetails(string? Name = null, string? Nik = null, string? Phone = null, string? Email = null);
