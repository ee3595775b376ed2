using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.Photos;

/// <summary>The refusals of a photo, each naming the <c>file</c> field.</summary>
internal static class PhotoErrors
{
    public static Error NotFound => Error.NotFound(
        "photo_not_found",
        Bilingual.Pick("No photo with this id is visible to you.", "Foto dengan id ini tidak ditemukan atau tidak dapat Anda lihat."));

    public static Error Unprocessable(string code, string message) =>
        new(code, message, ErrorKind.Unprocessable, new Dictionary<string, string[]> { ["file"] = [message] });
}
