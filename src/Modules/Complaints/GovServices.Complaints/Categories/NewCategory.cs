namespace GovServices.Complaints.Categories;

/// <summary>A category to create.</summary>
/// <param name="Code">Its stable code, 2 to 50 lower-case letters, digits or underscores, for example <c>parkir_liar</c>.</param>
/// <param name="NameId">The name in Bahasa Indonesia, up to 100 characters.</param>
/// <param name="NameEn">The name in English, up to 100 characters.</param>
/// <param name="Description">What belongs in the category, up to 500 characters.</param>
/// <param name="Opd">The department (OPD) code that answers its complaints.</param>
/// <param name="SlaWorkingDays">Working days the OPD has to resolve a complaint once routed to it (1–60).</param>
/// <param name="SortOrder">Position in the public list (0–1000).</param>
/// <param name="DuplicateRadiusMetres">How far apart (10–5,000 m, default 250) two complaints may be and still be the same problem.</param>
/// <param name="Attributes">The questions a complaint of the category answers on filing (at most 20, codes unique): Open311 service definition attributes.</param>
internal sealed record NewCategory(string Code, string NameId, string NameEn, string Description, string Opd, int SlaWorkingDays, int SortOrder = 100, int DuplicateRadiusMetres = Domain.NearbyComplaints.DefaultRadiusMetres, IReadOnlyList<Domain.CategoryAttribute>? Attributes = null);
