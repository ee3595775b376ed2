namespace GovServices.CivilRegistry;

/// <summary>Section <c>CivilRegistry</c>: the lawful purposes of a lookup, who sees unmasked records, imports.</summary>
internal sealed class CivilRegistryOptions
{
    public const string SectionName = "CivilRegistry";

    /// <summary>
    /// Purpose code (sent as <c>X-Purpose</c> or <c>purpose</c>) and its legal basis, shown to the citizen in their
    /// access trail. When configuration names none, <see cref="DefaultPurposes"/> apply.
    /// </summary>
    public Dictionary<string, string> Purposes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>OPD codes whose officers see lookups unmasked; everyone else sees NIK, KK, address and birth date masked.</summary>
    public List<string> UnmaskedOpds { get; set; } = [];

    public ResidentImportOptions Import { get; set; } = new();

    public static readonly IReadOnlyDictionary<string, string> DefaultPurposes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["population-administration"] = "Administrasi kependudukan (UU 24/2013 tentang Administrasi Kependudukan)",
        ["public-service"] = "Pelayanan publik (UU 25/2009; Permendagri 17/2023 tentang pemanfaatan data kependudukan)",
        ["social-assistance"] = "Penyaluran bantuan sosial (UU 13/2011 tentang Penanganan Fakir Miskin)",
        ["health-service"] = "Pelayanan kesehatan (UU 17/2023 tentang Kesehatan)",
        ["law-enforcement"] = "Penegakan hukum (UU 24/2013 Pasal 79)",
    };

    public static readonly IReadOnlyList<string> DefaultUnmaskedOpds = ["DISDUKCAPIL"];

    public string? LegalBasisOf(string purpose) => Purposes.GetValueOrDefault(purpose);

    public bool OpdSeesUnmasked(string? opd) =>
        opd is not null && UnmaskedOpds.Contains(opd, StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the section, falling back to the defaults for what it leaves out.</summary>
    public static CivilRegistryOptions From(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var options = new CivilRegistryOptions();
        Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(configuration.GetSection(SectionName), options);
        options.Purposes = new Dictionary<string, string>(
            options.Purposes.Count > 0 ? options.Purposes : DefaultPurposes,
            StringComparer.OrdinalIgnoreCase);
        if (options.UnmaskedOpds.Count == 0)
            options.UnmaskedOpds = [.. DefaultUnmaskedOpds];
        return options;
    }
}
