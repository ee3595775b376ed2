using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GovServices.Payments.Channel;

/// <summary>A channel call's answer as it goes out, byte for byte: a repeated notification gets exactly this again.</summary>
internal sealed record SnapAnswer(int HttpStatus, string Json)
{
    public static SnapAnswer Of(SnapResponseCode code, string service, object? virtualAccountData = null) =>
        new(code.HttpStatus, JsonSerializer.Serialize(new SnapResponse(code.For(service), code.Message, virtualAccountData), SnapJson.Options));

    public IResult ToHttp() => Results.Text(Json, "application/json", Encoding.UTF8, HttpStatus);
}

/// <summary>Every SNAP answer: the seven-digit code, its message, and the virtual account's data when there is any.</summary>
internal sealed record SnapResponse(string ResponseCode, string ResponseMessage, object? VirtualAccountData = null);
