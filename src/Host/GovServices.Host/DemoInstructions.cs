using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GovServices.Host;

/// <summary>
/// When the demo clients are seeded (Development), tells whoever just ran the service where the documentation is
/// and how to get a first token.
/// </summary>
internal static partial class DemoInstructions
{
    public static void PrintWhenStarted(WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Identity:SeedDemoData"))
            return;

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? "http://127.0.0.1:5080";
            LogInstructions(app.Logger, address);
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = """
        GovServices is running with demo data at {Address}
          API documentation: {Address}/swagger (sign in with "Authorize": client swagger-ui, user citizen / Demo#2026!) and {Address}/docs
          A token for the demo partner app:
            curl -s {Address}/connect/token -d grant_type=client_credentials -d client_id=partner-app -d client_secret=partner-app-secret -d "scope=complaints.submit registry.verify"
          Then call the API with it:
            curl -s {Address}/api/v1/identity/me -H "Authorization: Bearer <access_token>"
          Demo accounts are listed in README.md.
        """)]
    private static partial void LogInstructions(ILogger logger, string address);
}
