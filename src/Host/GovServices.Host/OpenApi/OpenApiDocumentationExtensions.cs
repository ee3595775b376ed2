using System.Reflection;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GovServices.Host.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document (<c>/openapi/v1.json</c>) with Swagger UI (<c>/swagger</c>) and ReDoc (<c>/docs</c>)
/// over it. A copy is committed as <c>docs/openapi/v1.json</c> and a test fails when it goes stale.
/// </summary>
internal static class OpenApiDocumentationExtensions
{
    public const string DocumentName = "v1";
    public const string DocumentPath = $"/openapi/{DocumentName}.json";

    /// <summary>Open311 GeoReport v2's own document (OpenApi/open311-v2.json, embedded), written by hand: it follows the standard, not our conventions.</summary>
    public const string Open311DocumentPath = "/openapi/open311-v2.json";

    private static readonly Lazy<string> Open311Document = new(() =>
    {
        using var stream = typeof(OpenApiDocumentationExtensions).Assembly.GetManifestResourceStream("open311-v2.json")
            ?? throw new InvalidOperationException("The Open311 document is not embedded in the host.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// The contract's version (semantic): a breaking change to a released document under docs/openapi/releases/
    /// fails the build unless the major number goes up; additions raise the minor number (docs/openapi/CHANGELOG.md).
    /// </summary>
    public const string ContractVersion = "1.1.0";

    private const string DocumentRouteTemplate = "/openapi/{documentName}.json";
    private const string Title = "GovServices API";
    private const string AssemblyNamePrefix = "GovServices.";

    public static IServiceCollection AddOpenApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = Title,
                Version = ContractVersion,
                Description = "Public services of the city government: complaints, permits, civil registry and payments.",
                Contact = new OpenApiContact { Name = "Pemerintah Kota Bontang", Url = new Uri("https://bontangkota.go.id/") },
                // The description of the API may be copied and adapted with attribution; using the API is governed by the
                // agreement each partner signs with the city.
                License = new OpenApiLicense { Name = "CC-BY-4.0", Identifier = "CC-BY-4.0" },
            });
            // Relative: the document is served by every deployment (and test host) at its own address.
            options.AddServer(new OpenApiServer { Url = "/", Description = "The host that serves this document." });

            foreach (var xmlFile in XmlDocumentationFiles())
            {
                options.IncludeXmlComments(xmlFile);
            }

            options.DocumentFilter<WebhooksDocumentFilter>();
            options.SchemaFilter<NullableReferencesSchemaFilter>();
        });
        services.AddSingleton<ModuleSchemaIds>();
        services.AddOptions<SwaggerGenOptions>()
            .Configure<ModuleSchemaIds>((options, schemaIds) => options.CustomSchemaIds(schemaIds.For))
            .Configure<ApiScopeCatalogue>(OAuthSecurity.Describe);
        return services;
    }

    /// <summary>The document and both viewers are public: partner developers read them before they hold a token.</summary>
    public static WebApplication MapOpenApiDocumentation(this WebApplication app)
    {
        app.MapSwagger(DocumentRouteTemplate, options => options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1)
            .AllowPublicAccess("The API contract: partner developers and auditors read it before they hold a token.")
            .RequireRateLimiting(RateLimitPolicies.Public);
        app.MapGet(Open311DocumentPath, () => Results.Text(Open311Document.Value, "application/json"))
            .AllowPublicAccess("The Open311 contract: civic-app developers read it before they hold a key.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .ExcludeFromDescription();
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "swagger";
            options.DocumentTitle = Title;
            options.SwaggerEndpoint(DocumentPath, Title);
            options.SwaggerEndpoint(Open311DocumentPath, "Open311 GeoReport v2");
            // "Authorize" signs in through the swagger-ui public client with the authorization code flow and PKCE.
            options.OAuthClientId(OAuthSecurity.SwaggerClientId);
            options.OAuthUsePkce();
            options.OAuthScopeSeparator(" ");
        });
        app.UseReDoc(options =>
        {
            options.RoutePrefix = "docs";
            options.DocumentTitle = Title;
            options.SpecUrl = DocumentPath;
            // The package's page loads Google's web fonts; ours loads nothing from outside the host (ReDoc's own font
            // stacks fall back to the reader's sans-serif).
            // ReDoc 3 sends usage traces to Redocly's collector unless told not to; the page's policy would refuse them anyway.
            options.ConfigObject.AdditionalItems["disableTelemetry"] = true;
            options.IndexStream = () => typeof(OpenApiDocumentationExtensions).Assembly.GetManifestResourceStream("redoc-index.html")
                ?? throw new InvalidOperationException("The ReDoc page is not embedded in the host.");
        });
        return app;
    }

    /// <summary>
    /// The XML documentation files of the host and of every GovServices assembly it references, directly or
    /// through another: the modules' public surface documents itself this way. Found by reference rather than by
    /// scanning the output folder, so test assemblies that sit next to the host never leak into the document.
    /// </summary>
    private static IEnumerable<string> XmlDocumentationFiles()
    {
        var pending = new Stack<Assembly>([typeof(Program).Assembly]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var assembly))
        {
            if (!seen.Add(assembly.GetName().Name!))
            {
                continue;
            }

            var xmlFile = Path.ChangeExtension(assembly.Location, ".xml");
            if (File.Exists(xmlFile))
            {
                yield return xmlFile;
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name?.StartsWith(AssemblyNamePrefix, StringComparison.Ordinal) == true)
                {
                    pending.Push(Assembly.Load(reference));
                }
            }
        }
    }
}
