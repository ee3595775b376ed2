namespace GovServices.Identity.Clients;

/// <summary>What a registered client is, which decides how it authenticates and which flows it may use.</summary>
internal enum ClientKind
{
    /// <summary>A partner app's or department system's server: client credentials with a secret.</summary>
    Machine,

    /// <summary>A browser or mobile front-end: authorization code with PKCE, no secret.</summary>
    Public,
}
