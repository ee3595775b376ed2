using System.Globalization;
using GovServices.BuildingBlocks.Application;
using Microsoft.AspNetCore.Http;

namespace GovServices.BuildingBlocks.Http;

/// <summary>The one place where a handler's <see cref="Error"/> becomes an RFC 9457 problem response.</summary>
public static class ErrorHttpResults
{
    public static IResult ToProblem(this Error error)
    {
        var status = error.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
            ErrorKind.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
            ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status500InternalServerError,
        };
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.FieldErrors is not null)
            extensions["errors"] = error.FieldErrors;

        return TypedResults.Problem(
            detail: error.Message,
            statusCode: status,
            title: Title(error.Kind),
            type: ProblemTypes.For(error.Code),
            extensions: extensions);
    }

    /// <summary>Maps a result: its value through <paramref name="onSuccess"/>, its error to a problem.</summary>
    public static IResult Match<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : result.Error.ToProblem();

    private static string Title(ErrorKind kind)
    {
        var indonesian = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "id";
        return kind switch
        {
            ErrorKind.Validation => indonesian ? "Permintaan tidak valid" : "The request is invalid",
            ErrorKind.Forbidden => indonesian ? "Akses ditolak" : "Access is denied",
            ErrorKind.NotFound => indonesian ? "Data tidak ditemukan" : "The resource was not found",
            ErrorKind.Conflict => indonesian ? "Konflik dengan keadaan data saat ini" : "The request conflicts with the current state",
            ErrorKind.PreconditionFailed => indonesian ? "Data telah diubah oleh pihak lain" : "The resource has changed",
            ErrorKind.PreconditionRequired => indonesian ? "Header If-Match wajib diisi" : "An If-Match header is required",
            ErrorKind.Unprocessable => indonesian ? "Permintaan tidak dapat diproses" : "The request cannot be processed",
            _ => indonesian ? "Terjadi kesalahan" : "An error occurred",
        };
    }
}
