namespace GovServices.Identity.Contracts;

/// <summary>
/// How another module reaches a person it has to tell something (Notifications): the email address and phone number
/// of their account. Each read is recorded in Identity's audit trail with its purpose, in the caller's unit of work.
/// </summary>
public interface IPersonContacts
{
    /// <summary>The person's contacts; null when there is no such person or they are disabled.</summary>
    /// <param name="userId">The person's user id (the <c>sub</c> of their tokens).</param>
    /// <param name="purpose">Why they are read, for the audit trail (<c>notification</c>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<PersonContact?> FindAsync(string userId, string purpose, CancellationToken cancellationToken = default);
}

/// <summary>A person's contacts; personal data, never logged.</summary>
/// <param name="Email">The address they sign in with.</param>
/// <param name="Phone">The phone number of their account, as they gave it.</param>
public sealed record PersonContact(string? Email, string? Phone);
