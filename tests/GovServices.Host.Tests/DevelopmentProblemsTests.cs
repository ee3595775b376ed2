using System.Net;
using GovServices.Host.Tests.Diagnostics;
using GovServices.Testing;
using Microsoft.Extensions.Hosting;

namespace GovServices.Host.Tests;

[TestFixture]
internal sealed class DevelopmentProblemsTests
{
    [Test]
    public async Task In_development_a_500_problem_shows_the_exception_to_the_developer()
    {
        await using var host = HostWithDiagnosticEndpoints.InEnvironment(Environments.Development);
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri(DiagnosticEndpointsStartupFilter.ThrowPath, UriKind.Relative));

        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(problem.Code, Is.EqualTo("internal_error"));
            Assert.That(problem.TraceId, Does.Match("^[0-9a-f]{32}$"));
            Assert.That(problem.Detail, Does.Contain(nameof(InvalidOperationException)));
            Assert.That(problem.Detail, Does.Contain(DiagnosticEndpointsStartupFilter.SecretExceptionMessage));
        }
    }
}
