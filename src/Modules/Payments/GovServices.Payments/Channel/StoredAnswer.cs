namespace GovServices.Payments.Channel;

/// <summary>The answer stored with a notification's X-EXTERNAL-ID.</summary>
internal sealed class StoredAnswer
{
    public string RequestHash { get; init; } = "";

    public int HttpStatus { get; init; }

    public string ResponseBody { get; init; } = "";
}
