namespace GovServices.Complaints.Lifecycle;

/// <summary>A lifecycle command: which complaint, at which version the caller read it, and a note for the history.</summary>
internal interface IComplaintStep
{
    Guid Id { get; }

    int ExpectedVersion { get; }

    string? Note { get; }
}
