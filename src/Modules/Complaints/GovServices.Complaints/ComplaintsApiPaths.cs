namespace GovServices.Complaints;

/// <summary>The module's routes, relative to <see cref="Group"/>.</summary>
internal static class ComplaintsApiPaths
{
    public const string Group = "/api/v1/complaints";
    public const string Categories = "/categories";
    public const string Complaints = "";
    public const string Complaint = "/{id:guid}";
    public const string Track = "/track/{trackingCode}";

    public static string ComplaintLocation(Guid id) => $"{Group}/{id}";
}
