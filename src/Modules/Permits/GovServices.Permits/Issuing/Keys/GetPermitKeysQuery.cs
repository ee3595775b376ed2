using GovServices.BuildingBlocks.Application;
using GovServices.Permits.Issuing.Signing;
using Mediator;
using Microsoft.IdentityModel.Tokens;

namespace GovServices.Permits.Issuing.Keys;

/// <summary>The public permit keys, for anyone who verifies permits offline.</summary>
internal sealed record GetPermitKeysQuery : IQuery<Result<PermitKeySetView>>;

internal sealed class GetPermitKeysHandler(PermitSigningKeys keys) : IQueryHandler<GetPermitKeysQuery, Result<PermitKeySetView>>
{
    public async ValueTask<Result<PermitKeySetView>> Handle(GetPermitKeysQuery query, CancellationToken cancellationToken)
    {
        var set = await keys.CurrentAsync(cancellationToken);
        return new PermitKeySetView([.. set.All.Select(View)]);
    }

    private static PermitKeyView View(PermitSigningKey key)
    {
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(key.PublicKey);
        return new PermitKeyView(JsonWebAlgorithmsKeyTypes.EllipticCurve, JsonWebKeyECTypes.P256, jwk.X, jwk.Y, key.KeyId, JsonWebKeyUseNames.Sig, KeyIds.Algorithm);
    }
}
