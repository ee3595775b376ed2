namespace GovServices.CivilRegistry.Contracts;

/// <summary>One Kemendagri administrative region: <c>64.74.01</c>, <c>district</c>, <c>Bontang Utara</c>, parent <c>64.74</c>.</summary>
public sealed record Region(string Code, RegionLevel Level, string Name, string? ParentCode);
