namespace GovServices.Complaints.Domain;

/// <summary>A public answer of the OPD, as <see cref="PublicComplaints"/> attaches it to its complaint.</summary>
internal sealed class PublicAnswerRow
{
    public Guid Id { get; init; }

    public Guid ComplaintId { get; init; }

    public DateTimeOffset RespondedAt { get; init; }

    public string OpdCode { get; init; } = "";

    public string Body { get; init; } = "";
}
