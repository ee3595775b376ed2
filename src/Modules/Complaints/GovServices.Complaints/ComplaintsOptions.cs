using System.Globalization;
using GovServices.BuildingBlocks.Storage;
using Microsoft.Extensions.Configuration;

namespace GovServices.Complaints;

/// <summary>Configuration under <c>Complaints</c>.</summary>
internal sealed class ComplaintsOptions
{
    public const string SectionName = "Complaints";

    /// <summary>Reported coordinates must fall inside this box (<c>Complaints:CityBounds</c>); by default around Kota Bontang.</summary>
    public required CityBounds CityBounds { get; init; }

    public const long DefaultMaxPhotoBytes = 10 * 1024 * 1024;

    /// <summary>The largest photo accepted, in bytes (<c>Complaints:MaxPhotoBytes</c>, default 10 MiB).</summary>
    public long MaxPhotoBytes { get; init; } = DefaultMaxPhotoBytes;

    /// <summary>Where photos are kept (<c>Storage:Root</c>/<c>complaint-media</c>, by default under <c>Database:DataDirectory</c>).</summary>
    public required string MediaDirectory { get; init; }

    /// <summary>Working days the city has to verify a new complaint (SP4N-LAPOR!: 3).</summary>
    public int VerificationWorkingDays { get; init; } = 3;

    /// <summary>Working days an OPD has, after the complaint is routed to it, to start on it (SP4N-LAPOR!: 5).</summary>
    public int FollowUpWorkingDays { get; init; } = 5;

    /// <summary>Working days after the answer after which a resolved complaint the reporter did not answer closes by itself (SP4N-LAPOR!: 10).</summary>
    public int AutoCloseWorkingDays { get; init; } = 10;

    /// <summary>How often the deadline job flags overdue complaints and closes resolved ones past their date.</summary>
    public TimeSpan DeadlinePollInterval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Whether resolved complaints' reporters are asked "is it fixed?" (<c>Complaints:Survey:Enabled</c>, default true;
    /// ADR 0071). Off, a resolved complaint closes by itself after <see cref="AutoCloseWorkingDays"/> as before.
    /// </summary>
    public bool SurveyEnabled { get; init; } = true;

    /// <summary>How long after its resolution the reporter is asked (<c>Complaints:Survey:After</c>, FixMyStreet's 4 weeks).</summary>
    public TimeSpan SurveyAfter { get; init; } = TimeSpan.FromDays(28);

    /// <summary>How long the survey's link answers once sent (<c>Complaints:Survey:AnswerWindow</c>, default 14 days); the complaint waits for it before it closes by itself.</summary>
    public TimeSpan SurveyAnswerWindow { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Whom integrators write to, in Open311's discovery answer (<c>Complaints:Open311:Contact</c>).</summary>
    public string Open311Contact { get; init; } = DefaultOpen311Contact;

    public const string Open311ServiceRequestsPerMinuteSetting = "RateLimits:Open311ServiceRequestsPerMinute";

    /// <summary>How many service requests one partner's api_key files a minute through Open311 (<c>RateLimits:Open311ServiceRequestsPerMinute</c>, default 60).</summary>
    public int Open311ServiceRequestsPerMinute { get; init; } = 60;

    public const string DefaultOpen311Contact = "Diskominfotik Kota Bontang (Dinas Komunikasi, Informatika dan Statistik), pengelola GovServices";

    public static ComplaintsOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var bounds = section.GetSection("CityBounds");
        var options = new ComplaintsOptions
        {
            CityBounds = new CityBounds(
                Read(bounds, "MinLatitude", 0.05),
                Read(bounds, "MaxLatitude", 0.25),
                Read(bounds, "MinLongitude", 117.35),
                Read(bounds, "MaxLongitude", 117.55)),
            VerificationWorkingDays = section.GetValue("VerificationWorkingDays", 3),
            FollowUpWorkingDays = section.GetValue("FollowUpWorkingDays", 5),
            AutoCloseWorkingDays = section.GetValue("AutoCloseWorkingDays", 10),
            DeadlinePollInterval = section.GetValue("DeadlinePollInterval", TimeSpan.FromMinutes(15)),
            SurveyEnabled = section.GetValue("Survey:Enabled", true),
            SurveyAfter = section.GetValue("Survey:After", TimeSpan.FromDays(28)),
            SurveyAnswerWindow = section.GetValue("Survey:AnswerWindow", TimeSpan.FromDays(14)),
            Open311Contact = section["Open311:Contact"] is { Length: > 0 } contact ? contact : DefaultOpen311Contact,
            MaxPhotoBytes = section.GetValue("MaxPhotoBytes", DefaultMaxPhotoBytes),
            MediaDirectory = StorageOptions.DirectoryOf(configuration, ComplaintsModule.MediaStore),
            Open311ServiceRequestsPerMinute = configuration.GetValue(Open311ServiceRequestsPerMinuteSetting, 60),
        };
        if (options.Open311ServiceRequestsPerMinute < 1)
            throw new InvalidOperationException($"{Open311ServiceRequestsPerMinuteSetting} must be at least 1.");
        if (options.MaxPhotoBytes < 1)
            throw new InvalidOperationException("Complaints:MaxPhotoBytes must be at least 1.");
        if (options.CityBounds.MinLatitude >= options.CityBounds.MaxLatitude || options.CityBounds.MinLongitude >= options.CityBounds.MaxLongitude)
            throw new InvalidOperationException("Complaints:CityBounds must have MinLatitude < MaxLatitude and MinLongitude < MaxLongitude.");
        if (options.VerificationWorkingDays < 1 || options.FollowUpWorkingDays < 1 || options.AutoCloseWorkingDays < 1)
            throw new InvalidOperationException("Complaints:VerificationWorkingDays, FollowUpWorkingDays and AutoCloseWorkingDays must be at least 1.");
        if (options.DeadlinePollInterval <= TimeSpan.Zero)
            throw new InvalidOperationException("Complaints:DeadlinePollInterval must be positive.");
        if (options.SurveyAfter <= TimeSpan.Zero || options.SurveyAnswerWindow < TimeSpan.FromHours(1))
            throw new InvalidOperationException("Complaints:Survey:After must be positive and Complaints:Survey:AnswerWindow at least one hour.");
        return options;
    }

    private static double Read(IConfigurationSection section, string key, double fallback) =>
        section[key] is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
}

/// <summary>A latitude/longitude box in decimal degrees (WGS 84).</summary>
internal sealed record CityBounds(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude)
{
    public bool Contains(double latitude, double longitude) =>
        latitude >= MinLatitude && latitude <= MaxLatitude && longitude >= MinLongitude && longitude <= MaxLongitude;
}
