using Microsoft.AspNetCore.Identity;

namespace GovServices.Identity.Data;

/// <summary>A person who signs in: a citizen, or staff of the city (officer, coordinator, auditor, admin).</summary>
internal sealed class GovUser : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>A citizen's national identity number; null for staff accounts created without one.</summary>
    public string? Nik { get; set; }

    /// <summary>The department (OPD) of an officer or coordinator, for example <c>DPMPTSP</c>.</summary>
    public string? Opd { get; set; }

    /// <summary>A disabled account cannot sign in, and its refresh tokens stop working.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
