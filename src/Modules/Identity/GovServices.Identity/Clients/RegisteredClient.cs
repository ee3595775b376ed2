using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Clients;

/// <summary>A client read through OpenIddict's manager: the store's entity, and its settings as a descriptor to change.</summary>
internal sealed record RegisteredClient(object Application, OpenIddictApplicationDescriptor Descriptor)
{
    public ClientView View => ClientView.From(Descriptor);

    public static async Task<Result<RegisteredClient>> FindAsync(IOpenIddictApplicationManager applications, string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
            return Error.NotFound("client_not_found", Bilingual.Pick($"No client '{clientId}' is registered.", $"Klien '{clientId}' tidak terdaftar."));

        return await DescribeAsync(applications, application, cancellationToken);
    }

    public static async Task<RegisteredClient> DescribeAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        return new RegisteredClient(application, descriptor);
    }
}
