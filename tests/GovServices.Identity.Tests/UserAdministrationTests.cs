using System.Net;
using System.Net.Http.Json;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GovServices.Identity.Tests;

/// <summary>Admins create staff accounts that sign in through the login form, and disable them again.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class UserAdministrationTests(DatabaseProvider provider) : AccountsApiFixture(provider)
{
    private const string Password = "Bontang#Kota2026";
    private static readonly Uri Me = Api("/me");

    private static object Officer(string userName, string opd, string? password = Password) =>
        new { userName, fullName = $"Officer {userName}", email = $"{userName}@bontangkota.go.id", role = "officer", opd, password };

    [Test]
    public async Task An_officer_created_by_an_admin_signs_in_through_the_login_form_and_carries_the_department()
    {
        var created = await CreateStaffUserAsync(Officer("officer.dukcapil", "DISDUKCAPIL"));

        var token = await OAuth.AuthorizationCodeWithPasswordAsync("officer.dukcapil", Password, "openid", "permits.review");

        var access = new JsonWebToken(token.AccessToken);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.InitialPassword, Is.Null, "the admin chose the password");
            Assert.That(created.User.Roles, Is.EqualTo(new[] { "officer" }));
            Assert.That(access.GetClaim("sub").Value, Is.EqualTo(created.User.Id));
            Assert.That(access.GetClaim("opd").Value, Is.EqualTo("DISDUKCAPIL"));
            Assert.That(access.GetClaim("role").Value, Is.EqualTo("officer"));
            Assert.That(access.GetClaim("scope").Value.Split(' '), Does.Contain("permits.review"));
        }
    }

    [Test]
    public async Task Without_a_password_the_admin_gets_a_generated_one_once_and_it_works()
    {
        using var admin = await AdminAsync();
        using var response = await admin.PostAsJsonAsync(Api("/users"), new { userName = "auditor.two", fullName = "Second Auditor", email = "auditor.two@bontangkota.go.id", role = "auditor" });
        var created = await response.Content.ReadFromJsonAsync<StaffUserCreatedDto>();

        var token = await OAuth.AuthorizationCodeWithPasswordAsync("auditor.two", created!.InitialPassword!, "openid", "audit.read");
        using var fetched = await admin.GetAsync(Api($"/users/{created.User.Id}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(created.InitialPassword, Has.Length.EqualTo(20));
            Assert.That(new JsonWebToken(token.AccessToken).GetClaim("role").Value, Is.EqualTo("auditor"));
            Assert.That(await fetched.Content.ReadAsStringAsync(), Does.Not.Contain(created.InitialPassword!));
        }
    }

    [Test]
    public async Task An_officer_needs_a_department_and_a_password_that_meets_the_policy()
    {
        using var admin = await AdminAsync();

        using var response = await admin.PostAsJsonAsync(Api("/users"), new { userName = "officer.nodept", fullName = "No Department", email = "not-an-email", role = "officer", password = "short" });
        using var weak = await admin.PostAsJsonAsync(Api("/users"), Officer("officer.weak", "DLH", password: "alllowercaseletters"));

        var errors = await ReadFieldErrorsAsync(response);
        var weakErrors = await ReadFieldErrorsAsync(weak);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors.Keys, Is.SupersetOf(new[] { "opd", "email", "password" }));
            Assert.That(weak.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(weakErrors.Keys, Is.EqualTo(new[] { "password" }));
        }
    }

    [Test]
    public async Task A_user_name_is_taken_once()
    {
        using var admin = await AdminAsync();

        using var response = await admin.PostAsJsonAsync(Api("/users"), Officer("officer.dlh", "DLH"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await response.ReadProblemAsync()).Code, Is.EqualTo("user_exists"));
        }
    }

    [Test]
    public async Task A_disabled_user_cannot_sign_in_and_loses_refresh_and_access_tokens_until_enabled()
    {
        var created = await CreateStaffUserAsync(Officer("officer.leaving", "PUPR"));
        var token = await OAuth.AuthorizationCodeWithPasswordAsync("officer.leaving", Password, "openid", "offline_access", "permits.review");
        using var admin = await AdminAsync();

        using var disabled = await admin.PostAsync(Api($"/users/{created.User.Id}/disable"), null);
        using var refresh = await OAuth.RefreshAsync(token.RefreshToken!);
        using var api = OAuth.CreateApiClient(token.AccessToken);
        using var apiAnswer = await api.GetAsync(Me);
        using var signIn = await TrySignInAsync("officer.leaving", Password);
        using var enabled = await admin.PostAsync(Api($"/users/{created.User.Id}/enable"), null);
        var afterEnabling = await OAuth.AuthorizationCodeWithPasswordAsync("officer.leaving", Password, "openid", "permits.review");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await disabled.Content.ReadFromJsonAsync<UserDto>())!.Disabled, Is.True);
            Assert.That(refresh.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await OAuthTestClient.ReadErrorAsync(refresh)).Error, Is.EqualTo("invalid_grant"));
            Assert.That(apiAnswer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the access token was revoked");
            Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the login form refuses a disabled account");
            Assert.That(enabled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterEnabling.AccessToken, Is.Not.Empty);
        }
    }

    [Test]
    public async Task An_admin_cannot_disable_their_own_account()
    {
        var token = await OAuth.AuthorizationCodeAsync("admin", "openid", "identity.admin");
        using var api = OAuth.CreateApiClient(token.AccessToken);
        var me = await api.GetFromJsonAsync<CallerDto>(Me);

        using var response = await api.PostAsync(Api($"/users/{me!.Subject}/disable"), null);

        Assert.That((await response.ReadProblemAsync()).Code, Is.EqualTo("cannot_disable_self"));
    }

    [Test]
    public async Task Users_are_listed_by_role_and_department_a_page_at_a_time()
    {
        await CreateStaffUserAsync(Officer("officer.dishub1", "DISHUB"));
        await CreateStaffUserAsync(Officer("officer.dishub2", "DISHUB"));
        await CreateStaffUserAsync(new { userName = "coordinator.dishub", fullName = "Coordinator", email = "coordinator.dishub@bontangkota.go.id", role = "coordinator", opd = "DISHUB", password = Password });
        using var admin = await AdminAsync();

        var first = await admin.GetFromJsonAsync<PageDto<UserDto>>(Api("/users?role=officer&opd=DISHUB&limit=1"));
        var second = await admin.GetFromJsonAsync<PageDto<UserDto>>(Api($"/users?role=officer&opd=DISHUB&limit=1&cursor={first!.NextCursor}"));
        var citizens = await admin.GetFromJsonAsync<PageDto<UserDto>>(Api("/users?role=citizen"));
        using var badRole = await admin.GetAsync(Api("/users?role=superuser"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Items.Select(user => user.UserName), Is.EqualTo(new[] { "officer.dishub1" }), "ids are time-ordered");
            Assert.That(second!.Items.Select(user => user.UserName), Is.EqualTo(new[] { "officer.dishub2" }));
            Assert.That(second.NextCursor, Is.Null);
            Assert.That(citizens!.Items.Select(user => user.UserName), Does.Contain("citizen"));
            Assert.That(citizens.Items.Single(user => user.UserName == "citizen").MaskedNik, Is.EqualTo("647401********01"), "lists never show a full NIK");
            Assert.That(badRole.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }

    [Test]
    public async Task An_admin_makes_an_officer_head_of_their_OPD_and_the_Command_Centre_opens_for_them_until_revoked()
    {
        var officer = await CreateStaffUserAsync(Officer("officer.head", "DISKOMINFOTIK"));
        var coordinator = await CreateStaffUserAsync(new { userName = "coordinator.head", fullName = "Coordinator", email = "coordinator.head@bontangkota.go.id", role = "coordinator", opd = "DISKOMINFOTIK", password = Password });
        using var admin = await AdminAsync();
        var before = await CommandCentreStatusAsync("officer.head");

        using var granted = await admin.PutAsync(Api($"/users/{officer.User.Id}/opd-head"), null);
        using var grantedAgain = await admin.PutAsync(Api($"/users/{officer.User.Id}/opd-head"), null);
        var listed = await admin.GetFromJsonAsync<PageDto<UserDto>>(Api("/users?opd=DISKOMINFOTIK"));
        var whileHead = await CommandCentreStatusAsync("officer.head");
        using var notAnOfficer = await admin.PutAsync(Api($"/users/{coordinator.User.Id}/opd-head"), null);
        using var unknown = await admin.PutAsync(Api("/users/no-such-user/opd-head"), null);
        using var revoked = await admin.DeleteAsync(Api($"/users/{officer.User.Id}/opd-head"));
        var afterRevoke = await CommandCentreStatusAsync("officer.head");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(officer.User.OpdHead, Is.False);
            Assert.That(before, Is.EqualTo(HttpStatusCode.Forbidden), "an officer who heads nothing is refused");
            Assert.That(granted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await granted.Content.ReadFromJsonAsync<UserDto>())!.OpdHead, Is.True);
            Assert.That((await grantedAgain.Content.ReadFromJsonAsync<UserDto>())!.OpdHead, Is.True, "granting again changes nothing");
            Assert.That(listed!.Items.Single(user => user.UserName == "officer.head").OpdHead, Is.True);
            Assert.That(listed.Items.Single(user => user.UserName == "coordinator.head").OpdHead, Is.False);
            Assert.That(whileHead, Is.EqualTo(HttpStatusCode.OK), "the head opens the Command Centre");
            Assert.That(notAnOfficer.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((await notAnOfficer.ReadProblemAsync()).Code, Is.EqualTo("not_an_opd_officer"));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await revoked.Content.ReadFromJsonAsync<UserDto>())!.OpdHead, Is.False);
            Assert.That(afterRevoke, Is.EqualTo(HttpStatusCode.Forbidden), "revoked: refused from the next page");
        }
    }

    [Test]
    public async Task An_unknown_user_is_a_404_problem()
    {
        using var admin = await AdminAsync();

        using var response = await admin.GetAsync(Api("/users/no-such-user"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await response.ReadProblemAsync()).Code, Is.EqualTo("user_not_found"));
        }
    }

    /// <summary>Signs in through the login form, then opens the Command Centre with the session cookie it set.</summary>
    private async Task<HttpStatusCode> CommandCentreStatusAsync(string userName)
    {
        using var browser = OAuth.CreateBrowser();
        using var toLogin = await browser.GetAsync(OAuthTestClient.AuthorizeUri(Pkce.Create(), ["openid"]));
        using var signedIn = await OAuthTestClient.SubmitLoginAsync(browser, toLogin.Headers.Location!, userName, Password);
        using var page = await browser.GetAsync(new Uri("/command-centre", UriKind.Relative));
        return page.StatusCode;
    }

    /// <summary>Posts the login form for an authorization request and returns its answer (a redirect on success).</summary>
    private async Task<HttpResponseMessage> TrySignInAsync(string userName, string password)
    {
        using var browser = OAuth.CreateBrowser();
        using var toLogin = await browser.GetAsync(OAuthTestClient.AuthorizeUri(Pkce.Create(), ["openid"]));
        return await OAuthTestClient.SubmitLoginAsync(browser, toLogin.Headers.Location!, userName, password);
    }
}
