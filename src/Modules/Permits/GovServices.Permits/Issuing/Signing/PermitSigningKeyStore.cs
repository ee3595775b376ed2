using System.Security.Cryptography;
using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;

namespace GovServices.Permits.Issuing.Signing;

/// <summary>
/// Where the permit keys live (docs/adr/0016): a configured key file signs when there is one; otherwise the active key
/// in <c>permits.signing_key</c>, its private part protected with the host's Data Protection key ring, which every
/// instance shares. Keys that signed before (retired rows and retired key files) keep verifying.
/// </summary>
internal sealed partial class PermitSigningKeyStore(
    IDbConnectionFactory connections,
    IDataProtectionProvider dataProtection,
    PermitIssuingOptions options,
    TimeProvider clock,
    ILogger<PermitSigningKeyStore> logger)
{
    private const string ProtectorPurpose = "GovServices.Permits.SigningKeys.v1";

    private IDataProtector Protector => dataProtection.CreateProtector(ProtectorPurpose);

    private bool SignsWithKeyFile => !string.IsNullOrWhiteSpace(options.SigningKeyFile);

    /// <summary>
    /// Makes sure the database holds an active key younger than the rotation period, unless a key file signs. Several
    /// instances may run this at once: the unique index on the active key and the conditional retirement let exactly
    /// one of them win. True when this call created a key.
    /// </summary>
    public async Task<bool> ProvisionAsync(CancellationToken cancellationToken)
    {
        if (SignsWithKeyFile)
            return false;

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var active = await connection.QuerySingleOrDefaultAsync<SigningKeyRow>(new CommandDefinition(
            SigningKeySql.SelectActive, new { status = SigningKeySql.Active }, cancellationToken: cancellationToken));
        var now = clock.GetUtcNow();
        if (active is not null && now - active.CreatedAt < options.KeyRotationPeriod)
            return false;

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var keyId = KeyIds.Thumbprint(key);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            if (active is not null)
            {
                var retired = await connection.ExecuteAsync(new CommandDefinition(
                    SigningKeySql.Retire,
                    new { key_id = active.KeyId, retired_status = SigningKeySql.Retired, active_status = SigningKeySql.Active, retired_at = now },
                    transaction,
                    cancellationToken: cancellationToken));
                // Another instance rotated it first; its new key is the one to use.
                if (retired == 0)
                    return false;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                SigningKeySql.Insert,
                new
                {
                    key_id = keyId,
                    algorithm = KeyIds.Algorithm,
                    public_key = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
                    protected_private_key = Convert.ToBase64String(Protector.Protect(key.ExportPkcs8PrivateKey())),
                    status = SigningKeySql.Active,
                    created_at = now,
                },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception exception) when (connections.Dialect.IsUniqueViolation(exception))
        {
            // Another instance provisioned an active key between our read and our insert.
            return false;
        }

        LogKeyProvisioned(keyId, active?.KeyId);
        return true;
    }

    /// <summary>Every key that verifies, and the one that signs.</summary>
    public async Task<PermitKeySet> LoadAsync(CancellationToken cancellationToken)
    {
        var keys = new List<PermitSigningKey>();
        PermitSigningKey? active = null;

        if (SignsWithKeyFile)
        {
            active = KeyIds.ToSigningKey(KeyFiles.Read(options.SigningKeyFile!, "Permits:Issuing:SigningKeyFile"), signs: true);
            keys.Add(active);
        }

        foreach (var path in options.RetiredKeyFiles)
        {
            using var retired = KeyFiles.Read(path, "Permits:Issuing:RetiredKeyFiles");
            keys.Add(KeyIds.ToSigningKey(retired, signs: false));
        }

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<SigningKeyRow>(new CommandDefinition(SigningKeySql.SelectAll, cancellationToken: cancellationToken));
        foreach (var row in rows)
        {
            var signs = !SignsWithKeyFile && row.Status == SigningKeySql.Active;
            var key = signs ? Unprotect(row) : null;
            if (key is not null)
            {
                active = key;
                keys.Add(key);
                continue;
            }

            using var publicKey = ECDsa.Create();
            publicKey.ImportSubjectPublicKeyInfo(Convert.FromBase64String(row.PublicKey), out _);
            keys.Add(KeyIds.ToSigningKey(publicKey, signs: false));
        }

        return new PermitKeySet(active, keys.DistinctBy(key => key.KeyId).ToList(), clock.GetUtcNow());
    }

    /// <summary>
    /// The active key with its private part, or null when the Data Protection key that protects it is gone: the permit
    /// keys still verify then, but nothing can be issued until the key ring is restored or a key file configured.
    /// </summary>
    private PermitSigningKey? Unprotect(SigningKeyRow row)
    {
        try
        {
            var key = ECDsa.Create();
            key.ImportPkcs8PrivateKey(Protector.Unprotect(Convert.FromBase64String(row.ProtectedPrivateKey)), out _);
            return KeyIds.ToSigningKey(key, signs: true);
        }
        catch (CryptographicException exception)
        {
            LogKeyUnusable(exception, row.KeyId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "New permit signing key {KeyId} is active; the previous one ({PreviousKeyId}) now only verifies.")]
    private partial void LogKeyProvisioned(string keyId, string? previousKeyId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Permit signing key {KeyId} cannot be unprotected with this host's Data Protection key ring; permits cannot be issued until it is restored.")]
    private partial void LogKeyUnusable(Exception exception, string keyId);
}
