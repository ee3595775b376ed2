namespace GovServices.Complaints.Domain;

/// <summary>One row of <c>complaints.complaint_response</c>: a public answer of the OPD, given when it resolved the complaint.</summary>
internal sealed class ResponseRow
{
    public Guid Id { get; init; }

    public DateTimeOffset RespondedAt { get; init; }

    public string OpdCode { get; init; } = "";

    public string Body { get; init; } = "";
}
