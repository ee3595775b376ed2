using System.Reflection;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Modules;
using GovServices.BuildingBlocks.Security;

namespace GovServices.BuildingBlocks.Tests.Modules;

public sealed class ApiScopeCatalogueTests
{
    private static readonly Assembly Scripts = typeof(ApiScopeCatalogueTests).Assembly;

    private static readonly ModuleDescriptor Library = new("Library", new ModuleSchema("library", Scripts), "/api/v1/library")
    {
        Scopes = [new("library.borrow", "Borrow books"), new("library.manage", "Manage the catalogue")],
        ScopesByRole = new Dictionary<string, IReadOnlyList<string>>
        {
            [Roles.Citizen] = ["library.borrow"],
            [Roles.Officer] = ["library.borrow", "library.manage"],
        },
        ScopesByDemoClient = new Dictionary<string, IReadOnlyList<string>> { ["partner-app"] = ["library.borrow"] },
    };

    private static readonly ModuleDescriptor Parks = new("Parks", new ModuleSchema("parks", Scripts), "/api/v1/parks")
    {
        Scopes = [new("parks.book", "Book a pavilion")],
        ScopesByRole = new Dictionary<string, IReadOnlyList<string>> { [Roles.Citizen] = ["parks.book"] },
        ScopesByDemoClient = new Dictionary<string, IReadOnlyList<string>> { ["partner-app"] = ["parks.book"] },
    };

    [Test]
    public void The_modules_scopes_come_in_registration_order_then_the_platforms()
    {
        var catalogue = new ApiScopeCatalogue([Library, Parks]);

        Assert.That(catalogue.Names, Is.EqualTo(new[] { "library.borrow", "library.manage", "parks.book", Scopes.AuditRead, Scopes.IdentityAdmin }));
        Assert.That(catalogue.All[0].Description, Is.EqualTo("Borrow books"));
    }

    [Test]
    public void A_role_receives_what_each_module_grants_it_and_the_platform_scopes_of_its_role()
    {
        var catalogue = new ApiScopeCatalogue([Library, Parks]);

        Assert.That(catalogue.GrantedTo([Roles.Citizen]), Is.EquivalentTo(new[] { "library.borrow", "parks.book" }));
        Assert.That(catalogue.GrantedTo([Roles.Officer, Roles.Auditor]), Is.EquivalentTo(new[] { "library.borrow", "library.manage", Scopes.AuditRead }));
        Assert.That(catalogue.GrantedTo([Roles.Coordinator]), Is.Empty);
    }

    [Test]
    public void A_demo_client_is_allowed_what_the_modules_give_it_by_id()
    {
        var catalogue = new ApiScopeCatalogue([Library, Parks]);

        Assert.That(catalogue.DemoScopesOf("partner-app"), Is.EqualTo(new[] { "library.borrow", "parks.book" }));
        Assert.That(catalogue.DemoScopesOf("opd-system"), Is.Empty);
    }

    [Test]
    public void Two_modules_declaring_one_scope_are_refused()
    {
        var copy = Parks with { Scopes = [new("library.borrow", "Borrow books too")] };

        var refusal = Assert.Throws<InvalidOperationException>(() => _ = new ApiScopeCatalogue([Library, copy]));
        Assert.That(refusal!.Message, Does.Contain("library.borrow"));
    }

    [Test]
    public void Contains_knows_every_module_and_platform_scope_and_nothing_else()
    {
        var catalogue = new ApiScopeCatalogue([Library]);

        Assert.That(catalogue.Contains("library.manage"), Is.True);
        Assert.That(catalogue.Contains(Scopes.IdentityAdmin), Is.True);
        Assert.That(catalogue.Contains("parks.book"), Is.False);
    }
}
