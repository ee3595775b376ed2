using System.Net;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace GovServices.Identity.Tests;

/// <summary>Two host instances on one database behave as one: a sign-in made on one is honoured by the other.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class SharedKeyRingTests(DatabaseProvider provider)
{
    [Test]
    public async Task A_session_started_on_one_instance_is_recognised_by_another()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = database.ToConfiguration().Append(new("Identity:SeedDemoData", "true")).ToDictionary();
        await using var first = new GovServicesWebApplicationFactory(settings);
        await using var second = new GovServicesWebApplicationFactory(settings);
        var cookies = new System.Net.CookieContainer();
        using var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onSecond = second.CreateDefaultClient(new CookieContainerHandler(cookies));

        using var signedIn = await OAuthTestClient.SubmitLoginAsync(onFirst, new Uri("/account/login", UriKind.Relative), "coordinator", OAuthTestClient.DemoPassword);
        using var authorize = await onSecond.GetAsync(OAuthTestClient.AuthorizeUri(Pkce.Create(), ["openid"]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(authorize.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(authorize.Headers.Location?.ToString(), Does.StartWith(OAuthTestClient.SpaRedirectUri + "?code="),
                "the second instance read the first one's session cookie with the shared key ring");
        }
    }
}
