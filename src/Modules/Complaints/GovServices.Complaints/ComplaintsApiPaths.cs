namespace GovServices.Complaints;

/// <summary>The module's routes, relative to <see cref="Group"/>.</summary>
internal static class ComplaintsApiPaths
{
    public const string Group = "/api/v1/complaints";
    public const string Categories = "/categories";
    public const string Complaints = "";
    public const string Complaint = "/{id:guid}";
    public const string Track = "/track/{trackingCode}";
    public const string Stats = "/stats";
    public const string PublicStats = "/public-stats";
    public const string PublicStatsCsv = "/public-stats.csv";
    public const string Comments = "/{id:guid}/comments";
    public const string Rating = "/{id:guid}/rating";
    public const string Category = "/categories/{code}";
    public const string CategoryDeactivation = "/categories/{code}/deactivate";
    public const string Media = "/{id:guid}/media";
    public const string MediaHide = "/{id:guid}/media/{mediaId:guid}/hide";
    public const string Photo = "/photos/{mediaId:guid}";
    public const string PhotoThumbnail = "/photos/{mediaId:guid}/thumbnail";
    public const string PhotoOriginal = "/photos/{mediaId:guid}/original";
    public const string Nearby = "/nearby";
    public const string Followers = "/{id:guid}/followers";
    public const string Survey = "/{id:guid}/survey";
    public const string SurveyAnswers = "/survey-answers";

    /// <summary>The survey link's page, at the host's root (outside <see cref="Group"/>): short enough for an SMS.</summary>
    public const string SurveyPage = "/survey/{token}";

    /// <summary>A lifecycle step, <c>/{id}/verify</c> and so on.</summary>
    public static string Step(string action) => "/{id:guid}/" + action;

    public static string CategoryLocation(string code) => $"{Group}/categories/{code}";

    public static string ComplaintLocation(Guid id) => $"{Group}/{id}";

    public static string PhotoLocation(Guid mediaId) => $"{Group}/photos/{mediaId}";
}
