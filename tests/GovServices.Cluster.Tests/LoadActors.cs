namespace GovServices.Cluster.Tests;

/// <summary>The access tokens the load acts with, each got through the load balancer from the real token endpoint.</summary>
/// <param name="Partner">partner-app: files complaints and permit applications, verifies NIKs.</param>
/// <param name="OpdSystem">opd-system: issues invoices.</param>
/// <param name="Bank">bank-channel: the bank's SNAP notifications.</param>
/// <param name="Officer">officer.dpmptsp, signed in through the authorization code flow: reviews permit applications.</param>
/// <param name="Auditor">auditor-tool: verifies the audit chains.</param>
internal sealed record LoadActors(string Partner, string OpdSystem, string Bank, string Officer, string Auditor);
