namespace GovServices.Complaints.Categories;

/// <summary>What an admin sets on a category.</summary>
/// <param name="NameId">The name in Bahasa Indonesia, up to 100 characters.</param>
/// <param name="NameEn">The name in English, up to 100 characters.</param>
/// <param name="Description">What belongs in the category, up to 500 characters.</param>
/// <param name="Opd">The department (OPD) code that answers its complaints, for example <c>DLH</c>.</param>
/// <param name="SlaWorkingDays">Working days the OPD has to resolve a complaint once routed to it (1–60).</param>
/// <param name="SortOrder">Position in the public list (0–1000).</param>
/// <param name="DuplicateRadiusMetres">How far apart (10–5,000 m, default 250) two complaints may be and still be the same problem.</param>
/// <param name="Active">Whether complaints can be filed under it.</param>
/// <param name="Attributes">The questions a complaint of the category answers on filing (at most 20, codes unique); left out, it asks none. Complaints already filed keep their answers.</param>
internal sealed record CategoryFields(string NameId, string NameEn, string Description, string Opd, int SlaWorkingDays, int SortOrder = 100, bool Active = true, int DuplicateRadiusMetres = Domain.NearbyComplaints.DefaultRadiusMetres, IReadOnlyList<Domain.CategoryAttribute>? Attributes = null);
