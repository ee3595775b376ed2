using GovServices.BuildingBlocks.Localisation;
using Microsoft.AspNetCore.Identity;

namespace GovServices.Identity.Users;

/// <summary>
/// ASP.NET Core Identity's password, user name, email and role refusals in English (Identity's own texts, unchanged)
/// or Bahasa Indonesia, picked per request like every other text of the API (ADR 0041). The codes stay Identity's:
/// <see cref="UserErrors"/> maps them to fields.
/// </summary>
internal sealed class BilingualIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Indonesian(base.DefaultError(), "Terjadi kegagalan yang tidak diketahui.");

    public override IdentityError ConcurrencyFailure() => Indonesian(base.ConcurrencyFailure(), "Akun telah diubah pihak lain; coba lagi.");

    public override IdentityError PasswordMismatch() => Indonesian(base.PasswordMismatch(), "Kata sandi salah.");

    public override IdentityError InvalidToken() => Indonesian(base.InvalidToken(), "Token tidak valid.");

    public override IdentityError RecoveryCodeRedemptionFailed() => Indonesian(base.RecoveryCodeRedemptionFailed(), "Kode pemulihan gagal dipakai.");

    public override IdentityError LoginAlreadyAssociated() => Indonesian(base.LoginAlreadyAssociated(), "Pengguna dengan login ini sudah ada.");

    public override IdentityError InvalidUserName(string? userName) =>
        Indonesian(base.InvalidUserName(userName), $"Nama pengguna '{userName}' tidak valid: hanya boleh huruf atau angka.");

    public override IdentityError InvalidEmail(string? email) => Indonesian(base.InvalidEmail(email), $"Email '{email}' tidak valid.");

    public override IdentityError DuplicateUserName(string userName) =>
        Indonesian(base.DuplicateUserName(userName), $"Nama pengguna '{userName}' sudah dipakai.");

    public override IdentityError DuplicateEmail(string email) => Indonesian(base.DuplicateEmail(email), $"Email '{email}' sudah dipakai.");

    public override IdentityError InvalidRoleName(string? role) => Indonesian(base.InvalidRoleName(role), $"Nama peran '{role}' tidak valid.");

    public override IdentityError DuplicateRoleName(string role) => Indonesian(base.DuplicateRoleName(role), $"Nama peran '{role}' sudah dipakai.");

    public override IdentityError UserAlreadyHasPassword() => Indonesian(base.UserAlreadyHasPassword(), "Pengguna sudah memiliki kata sandi.");

    public override IdentityError UserLockoutNotEnabled() =>
        Indonesian(base.UserLockoutNotEnabled(), "Penguncian tidak diaktifkan untuk pengguna ini.");

    public override IdentityError UserAlreadyInRole(string role) => Indonesian(base.UserAlreadyInRole(role), $"Pengguna sudah berperan '{role}'.");

    public override IdentityError UserNotInRole(string role) => Indonesian(base.UserNotInRole(role), $"Pengguna tidak berperan '{role}'.");

    public override IdentityError PasswordTooShort(int length) =>
        Indonesian(base.PasswordTooShort(length), $"Kata sandi paling sedikit {length} karakter.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Indonesian(base.PasswordRequiresUniqueChars(uniqueChars), $"Kata sandi harus memakai paling sedikit {uniqueChars} karakter yang berbeda.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Indonesian(base.PasswordRequiresNonAlphanumeric(), "Kata sandi harus memuat paling sedikit satu karakter selain huruf dan angka.");

    public override IdentityError PasswordRequiresDigit() =>
        Indonesian(base.PasswordRequiresDigit(), "Kata sandi harus memuat paling sedikit satu angka ('0'-'9').");

    public override IdentityError PasswordRequiresLower() =>
        Indonesian(base.PasswordRequiresLower(), "Kata sandi harus memuat paling sedikit satu huruf kecil ('a'-'z').");

    public override IdentityError PasswordRequiresUpper() =>
        Indonesian(base.PasswordRequiresUpper(), "Kata sandi harus memuat paling sedikit satu huruf besar ('A'-'Z').");

    private static IdentityError Indonesian(IdentityError english, string indonesian) =>
        new() { Code = english.Code, Description = Bilingual.Pick(english.Description, indonesian) };
}
