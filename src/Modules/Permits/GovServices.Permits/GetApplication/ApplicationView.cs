using System.Text.Json;
using GovServices.Permits.Domain;

namespace GovServices.Permits.GetApplication;

/// <summary>An application as its reader may see it.</summary>
/// <param name="Id">The application's id.</param>
/// <param name="PermitType">The permit type's code.</param>
/// <param name="Opd">The issuing department (OPD).</param>
/// <param name="Status">draft, submitted, under_review, revision_requested, approved, rejected, fee_assessed, paid, issued or withdrawn.</param>
/// <param name="Applicant">Who applies; the NIK masked for staff.</param>
/// <param name="Form">Field code to value.</param>
/// <param name="RevisionItems">What the officer asked to revise, while a revision is pending.</param>
/// <param name="DecisionNote">The reason of a rejection, or the officer's note on approval.</param>
/// <param name="StageDueOn">The date (WITA) by which the OPD finishes the current stage; null where no SLA runs.</param>
/// <param name="StageDueProvisional">True when the stage's due date is provisional: it falls in a year whose holiday decree is not yet loaded, and is computed again when it is.</param>
/// <param name="Overdue">The current stage is past its due date.</param>
/// <param name="Fee">The retribution, once assessed.</param>
/// <param name="Permit">The issued permit, once issued.</param>
/// <param name="Documents">The uploaded documents.</param>
/// <param name="History">Every step: when, who, from and to which status, with the note.</param>
/// <param name="CreatedAt">When the draft was started (UTC).</param>
/// <param name="SubmittedAt">When it was last submitted (UTC).</param>
/// <param name="DecidedAt">When it was approved or rejected (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
internal sealed record ApplicationView(
    Guid Id,
    string PermitType,
    string Opd,
    string Status,
    ApplicantView Applicant,
    IReadOnlyDictionary<string, JsonElement> Form,
    IReadOnlyList<RevisionItem>? RevisionItems,
    string? DecisionNote,
    DateOnly? StageDueOn,
    bool StageDueProvisional,
    bool Overdue,
    FeeView? Fee,
    PermitView? Permit,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<HistoryEntry> History,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset UpdatedAt)
{
    internal int Version { get; init; }
}

/// <summary>The applicant.</summary>
/// <param name="Name">The name as on the identity card.</param>
/// <param name="Nik">The NIK: in full for the applicant's side, masked for staff.</param>
/// <param name="Phone">A phone number.</param>
/// <param name="Email">An email address.</param>
internal sealed record ApplicantView(string Name, string? Nik, string? Phone, string? Email);

/// <summary>The assessed retribution and how to pay it.</summary>
/// <param name="Amount">Whole rupiah.</param>
/// <param name="InvoiceId">The invoice in Payments; null once it expired unpaid, until a new one is issued (the expired one is in the history).</param>
/// <param name="PaymentCode">The virtual-account number to pay to; null while no invoice can be paid.</param>
/// <param name="ExpiresAt">When the payment code stops being payable (UTC).</param>
/// <param name="ReceiptNumber">The receipt, once paid.</param>
internal sealed record FeeView(long Amount, Guid? InvoiceId, string? PaymentCode, DateTimeOffset? ExpiresAt, string? ReceiptNumber);

/// <summary>The issued permit.</summary>
/// <param name="Id">The permit's id.</param>
/// <param name="Number">The official number, for example <c>503/0042/DPMPTSP/XI/2026</c>.</param>
/// <param name="ValidFrom">First day of validity.</param>
/// <param name="ValidUntil">Last day of validity; null when it does not expire.</param>
/// <param name="IssuedAt">When it was issued (UTC).</param>
/// <param name="Token">The signed token printed as the permit's QR code.</param>
internal sealed record PermitView(Guid Id, string Number, DateOnly ValidFrom, DateOnly? ValidUntil, DateTimeOffset IssuedAt, string Token);

/// <summary>An uploaded document.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="DocumentType">The permit type's document code, for example <c>ktp</c>.</param>
/// <param name="FileName">The name it was uploaded under (for display only).</param>
/// <param name="Format">pdf, jpeg or png, recognised from the content.</param>
/// <param name="SizeBytes">Its size.</param>
/// <param name="Sha256">The SHA-256 of the content, hex: what was uploaded is what is kept.</param>
/// <param name="UploadedAt">When it was uploaded (UTC).</param>
internal sealed record DocumentView(Guid Id, string DocumentType, string FileName, string Format, long SizeBytes, string Sha256, DateTimeOffset UploadedAt);

/// <summary>One step of the application's history.</summary>
/// <param name="OccurredAt">When (UTC).</param>
/// <param name="Action">create, submit, withdraw, start_review, request_revision, approve, reject, assess_fee, record_payment, expire_invoice (the invoice expired unpaid; its id and payment code in details), reissue_invoice, request_new_invoice or issue.</param>
/// <param name="FromStatus">The status before.</param>
/// <param name="ToStatus">The status after.</param>
/// <param name="ActorClientId">The app through which the step was taken; null for the system. Shown to the applicant's side only on its own steps.</param>
/// <param name="ActorUserId">The person who took it; null for an app or the system. Shown to the applicant's side only on its own steps.</param>
/// <param name="Note">The note, reason or revision request.</param>
/// <param name="Details">More about the step (revision items, fee), as JSON.</param>
/// <param name="ActorRole">Who took it: applicant, officer, opd_system (the issuing OPD's back-office system) or system (this service).</param>
/// <param name="ActorOpd">The OPD of the officer or back-office system that took it; null for other roles.</param>
internal sealed record HistoryEntry(
    DateTimeOffset OccurredAt,
    string Action,
    string? FromStatus,
    string ToStatus,
    string? ActorClientId,
    string? ActorUserId,
    string? Note,
    JsonElement? Details,
    string ActorRole,
    string? ActorOpd);
