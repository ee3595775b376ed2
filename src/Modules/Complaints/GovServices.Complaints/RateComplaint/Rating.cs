namespace GovServices.Complaints.RateComplaint;

/// <summary>The reporter's rating of how the complaint was resolved.</summary>
/// <param name="Score">1 (very dissatisfied) to 5 (very satisfied).</param>
internal sealed record Rating(int Score);
