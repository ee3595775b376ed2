using System.Net;
using System.Net.Http.Json;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GovServices.Identity.Tests;

/// <summary>Citizens register themselves with their NIK, then sign in with their email.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class CitizenRegistrationTests(DatabaseProvider provider) : AccountsApiFixture(provider)
{
    private const string Password = "Warga#Bontang2026";

    private sealed record Registered(string UserId);

    private static object Citizen(string nik, string email, string fullName = "Nur Aisyah", string password = Password) =>
        new { nik, fullName, email, password };

    private async Task<HttpResponseMessage> RegisterAsync(object body, string? idempotencyKey = null, string? language = null)
    {
        using var client = Host.CreateClient();
        using var request = Request(HttpMethod.Post, "/citizens", body);
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (language is not null)
            request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.SendAsync(request);
    }

    [Test]
    public async Task A_citizen_registers_without_a_token_then_signs_in_with_the_email_and_carries_the_nik()
    {
        using var response = await RegisterAsync(Citizen("6474024505950003", "nur.aisyah@example.id"));
        var registered = await response.Content.ReadFromJsonAsync<Registered>();

        var token = await OAuth.AuthorizationCodeWithPasswordAsync("nur.aisyah@example.id", Password, "openid", "complaints.submit");

        var access = new JsonWebToken(token.AccessToken);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(access.GetClaim("sub").Value, Is.EqualTo(registered!.UserId));
            Assert.That(access.GetClaim("nik").Value, Is.EqualTo("6474024505950003"));
            Assert.That(access.GetClaim("role").Value, Is.EqualTo("citizen"));
            Assert.That(access.GetClaim("scope").Value.Split(' '), Does.Contain("complaints.submit"));
        }
    }

    [TestCase("64740245059500", "16 digits", TestName = "A NIK of the wrong length is refused, saying so")]
    [TestCase("6474023505950003", "Digits 7–12", TestName = "A NIK whose birth date digits are no date is refused, naming digits 7 to 12")]
    [TestCase("6474990505950003", "Digits 1–6", TestName = "A NIK with an unknown Bontang district is refused, naming digits 1 to 6")]
    [TestCase("6474020505950000", "Digits 13–16", TestName = "A NIK with serial 0000 is refused, naming digits 13 to 16")]
    public async Task A_bad_nik_is_a_validation_problem_on_the_nik_field_naming_the_wrong_part(string nik, string part)
    {
        using var response = await RegisterAsync(Citizen(nik, $"bad.{nik}@example.id"));

        var errors = await ReadFieldErrorsAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors.Keys, Is.EqualTo(new[] { "nik" }));
            Assert.That(errors["nik"], Has.Some.Contains(part));
        }
    }

    [TestCase("id", "NIK harus terdiri dari 16 digit; yang diisi terdiri dari 14 karakter.", TestName = "A bad NIK is refused in Bahasa Indonesia when asked (Accept-Language: id)")]
    [TestCase("en", "A NIK has exactly 16 digits; this one has 14 characters.", TestName = "A bad NIK is refused in English when asked (Accept-Language: en)")]
    public async Task A_bad_nik_is_refused_in_the_language_asked_for(string language, string message)
    {
        using var response = await RegisterAsync(Citizen("64740245059500", $"bad.nik.{language}@example.id"), language: language);

        var errors = await ReadFieldErrorsAsync(response);
        Assert.That(errors["nik"], Is.EqualTo(new[] { message }));
    }

    [Test]
    public async Task A_taken_nik_or_email_is_a_409_that_does_not_say_which()
    {
        using var takenNik = await RegisterAsync(Citizen("6474014107900001", "someone.else@example.id"));
        using var takenEmail = await RegisterAsync(Citizen("6474030303030003", "citizen@demo.bontangkota.go.id"));

        var nikProblem = await takenNik.ReadProblemAsync();
        var emailProblem = await takenEmail.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(takenNik.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(takenEmail.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(nikProblem.Code, Is.EqualTo("already_registered"));
            Assert.That(emailProblem with { TraceId = null }, Is.EqualTo(nikProblem with { TraceId = null }), "both answers are the same");
            Assert.That(nikProblem.Detail, Does.Not.Contain("citizen").And.Not.Contain("Siti"));
        }
    }

    [Test]
    public async Task The_same_idempotency_key_replays_the_first_registration()
    {
        var body = Citizen("6474031212880004", "retrying.citizen@example.id");

        using var first = await RegisterAsync(body, idempotencyKey: "registration-0001");
        using var second = await RegisterAsync(body, idempotencyKey: "registration-0001");
        using var otherBody = await RegisterAsync(Citizen("6474031212880005", "other.citizen@example.id"), idempotencyKey: "registration-0001");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
            Assert.That((await second.Content.ReadFromJsonAsync<Registered>())!.UserId, Is.EqualTo((await first.Content.ReadFromJsonAsync<Registered>())!.UserId));
            Assert.That(otherBody.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        }
    }

    [Test]
    public async Task A_password_must_meet_the_policy()
    {
        using var tooShort = await RegisterAsync(Citizen("6474010101900011", "short.password@example.id", password: "Ab#1"));
        using var noSymbol = await RegisterAsync(Citizen("6474010101900012", "no.symbol@example.id", password: "Abcdefgh1234"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await ReadFieldErrorsAsync(tooShort)).Keys, Is.EqualTo(new[] { "password" }));
            Assert.That((await ReadFieldErrorsAsync(noSymbol)).Keys, Is.EqualTo(new[] { "password" }));
        }
    }

    [TestCase("id", "Kata sandi harus memuat paling sedikit satu karakter selain huruf dan angka.")]
    [TestCase("en", "Passwords must have at least one non alphanumeric character.")]
    public async Task The_password_policy_of_ASP_NET_Core_Identity_answers_in_the_callers_language(string language, string noSymbol)
    {
        using var response = await RegisterAsync(Citizen($"64740101019000{(language == "id" ? "14" : "15")}", $"policy.{language}@example.id", password: "Abcdefgh1234"), language: language);

        var errors = await ReadFieldErrorsAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors["password"], Is.EqualTo(new[] { noSymbol }));
        }
    }

    [Test]
    public async Task Validation_messages_come_in_indonesian_when_asked()
    {
        using var response = await RegisterAsync(Citizen("6474010101900013", "bukan-email", fullName: ""), language: "id");

        var errors = await ReadFieldErrorsAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors["fullName"], Has.Some.Contains("tidak boleh kosong"));
            Assert.That(errors["email"], Has.Some.Contains("bukan alamat email yang benar"));
        }
    }
}
