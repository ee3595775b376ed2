using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.Identity.Contracts;

namespace GovServices.Identity.Contacts;

/// <summary>
/// <see cref="IPersonContacts"/> in the caller's unit of work (a notification's fan-out), so the audit record of the
/// read commits with the messages it made. A disabled account is not reached.
/// </summary>
internal sealed class PersonContacts(IUnitOfWork unitOfWork, IAuditTrail auditTrail) : IPersonContacts
{
    public async Task<PersonContact?> FindAsync(string userId, string purpose, CancellationToken cancellationToken = default)
    {
        var person = await unitOfWork.QuerySingleOrDefaultAsync<ContactRow>(PersonContactsSql.SelectContact, new { id = userId }, cancellationToken);
        if (person is null || person.IsDisabled)
            return null;
        await auditTrail.RecordAsync(IdentityModule.Schema, new AuditEvent("user.contact_read", "user", userId, Details: new { purpose }), cancellationToken);
        return new PersonContact(person.Email, person.PhoneNumber);
    }

    private sealed class ContactRow
    {
        public string? Email { get; init; }

        public string? PhoneNumber { get; init; }

        public bool IsDisabled { get; init; }
    }
}
