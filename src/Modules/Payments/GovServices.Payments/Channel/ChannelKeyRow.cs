namespace GovServices.Payments.Channel;

/// <summary>One row of <c>payments.channel</c>: a channel's signing key as stored.</summary>
internal sealed class ChannelKeyRow
{
    public string ClientId { get; init; } = "";

    /// <summary>The key in clear, or protected when <see cref="KeyProtection"/> says so.</summary>
    public string SigningKey { get; init; } = "";

    public string KeyProtection { get; init; } = "";
}
