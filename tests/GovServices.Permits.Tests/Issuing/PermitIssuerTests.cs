using System.Collections.Concurrent;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits.Tests.Issuing;

/// <summary>Issuing through <c>IPermitIssuer</c>, as the application lifecycle does, on each database.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
internal sealed class PermitIssuerTests(DatabaseProvider provider)
{
    // 30 November 2026, 20:00 in Bontang (WITA, UTC+8).
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private IssuingHost? _host;

    private IssuingHost Host => _host!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await IssuingHost.StartAsync(provider, Now);

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [Test]
    public async Task Twenty_concurrent_issuings_of_one_type_get_unique_gap_free_numbers_and_rolled_back_ones_return_theirs()
    {
        const string permitType = "CONC";
        var numbers = new ConcurrentBag<string>();
        // Five more issuings roll back, as a failing caller's would: their numbers must come back.
        var issuings = Enumerable.Range(0, 25).Select(index => Task.Run(async () =>
        {
            var commit = index % 5 != 4;
            var issued = await Host.IssueAsync(IssuingHost.Pbg(permitType), commit);
            if (commit)
                numbers.Add(issued.Number);
        }));

        await Task.WhenAll(issuings);

        var sequences = numbers.Select(number => int.Parse(number.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(numbers, Has.Count.EqualTo(20));
            Assert.That(numbers, Is.Unique);
            Assert.That(sequences, Is.EqualTo(Enumerable.Range(1, 20)), "gap-free from 1");
            Assert.That(numbers, Has.All.Match(@"^600\.1\.15\.CONC/00[0-9]{2}/DPMPTSP/XI/2026$"));
            Assert.That(await StoredSequencesAsync(permitType), Is.EqualTo(Enumerable.Range(1, 20)));
        }
    }

    [Test]
    public async Task Each_type_counts_on_its_own_under_its_own_classification_code()
    {
        var first = await Host.IssueAsync(IssuingHost.Pbg("OWN-A"));
        var second = await Host.IssueAsync(IssuingHost.Pbg("OWN-A"));
        var other = await Host.IssueAsync(IssuingHost.Pbg("OWN-B"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Number, Is.EqualTo("600.1.15.OWN-A/0001/DPMPTSP/XI/2026"));
            Assert.That(second.Number, Is.EqualTo("600.1.15.OWN-A/0002/DPMPTSP/XI/2026"));
            Assert.That(other.Number, Is.EqualTo("600.1.15.OWN-B/0001/DPMPTSP/XI/2026"));
        }
    }

    [Test]
    public async Task A_number_already_issued_is_never_issued_again_even_by_a_type_that_shares_its_classification_code()
    {
        // The catalogue refuses such a pair; the register's unique number is the guard behind it.
        var first = await Host.IssueAsync(IssuingHost.Pbg("SHARE-A") with { ClassificationCode = "600.9" });
        var clash = IssuingHost.Pbg("SHARE-B") with { ClassificationCode = "600.9" };

        var refused = Assert.CatchAsync(() => Host.IssueAsync(clash));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Number, Is.EqualTo("600.9/0001/DPMPTSP/XI/2026"));
            Assert.That(refused, Is.Not.Null);
            Assert.That(await Host.FindByApplicationAsync(clash.ApplicationId), Is.Null, "nothing of the refused issuing is stored");
            Assert.That(await StoredSequencesAsync("SHARE-B"), Is.Empty);
        }
    }

    [Test]
    public async Task Issuing_the_same_application_again_returns_the_first_permit()
    {
        var permit = IssuingHost.Pbg("AGAIN");

        var first = await Host.IssueAsync(permit);
        var again = await Host.IssueAsync(permit);
        var found = await Host.FindByApplicationAsync(permit.ApplicationId);
        var next = await Host.IssueAsync(IssuingHost.Pbg("AGAIN"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(found, Is.EqualTo(first));
            Assert.That(next.Number, Does.StartWith("600.1.15.AGAIN/0002/"), "the repeat drew no number");
        }
    }

    [Test]
    public async Task The_same_application_issued_concurrently_is_one_permit_and_spends_one_number()
    {
        var permit = IssuingHost.Pbg("TWICE");

        var issued = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => Host.IssueAsync(permit))));
        var next = await Host.IssueAsync(IssuingHost.Pbg("TWICE"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(issued.Select(permit => permit.Id).Distinct().Count(), Is.EqualTo(1));
            Assert.That(issued[0].Number, Does.StartWith("600.1.15.TWICE/0001/"));
            Assert.That(next.Number, Does.StartWith("600.1.15.TWICE/0002/"));
        }
    }

    [Test]
    public async Task A_permit_is_valid_from_its_issue_date_in_wita_for_its_months_and_may_have_no_end()
    {
        var fiveYears = await Host.IssueAsync(IssuingHost.Pbg("VALID", validityMonths: 60));
        var endless = await Host.IssueAsync(IssuingHost.Pbg("VALID", validityMonths: null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fiveYears.IssuedAt, Is.EqualTo(Now));
            Assert.That(fiveYears.ValidFrom, Is.EqualTo(new DateOnly(2026, 11, 30)));
            Assert.That(fiveYears.ValidUntil, Is.EqualTo(new DateOnly(2031, 11, 29)));
            Assert.That(endless.ValidUntil, Is.Null);
        }
    }

    [Test]
    public async Task Nothing_is_issued_without_the_callers_unit_of_work()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var issuer = scope.ServiceProvider.GetRequiredService<GovServices.Permits.Issuing.IPermitIssuer>();

        Assert.That(() => issuer.IssueAsync(IssuingHost.Pbg("NOUOW"), CancellationToken.None), Throws.InvalidOperationException);
    }

    [Test]
    public async Task The_issuing_is_in_the_permits_audit_trail()
    {
        var issued = await Host.IssueAsync(IssuingHost.Pbg("AUDIT"));

        await using var connection = await Host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var actions = await connection.QueryAsync<string>(
            "SELECT action FROM permits.audit_log WHERE entity_id = @entity_id",
            new { entity_id = issued.Id.ToString() });

        Assert.That(actions, Is.EqualTo(new[] { "permit.issued" }));
    }

    private async Task<List<int>> StoredSequencesAsync(string permitType)
    {
        await using var connection = await Host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var sequences = await connection.QueryAsync<int>(
            "SELECT sequence_value FROM permits.issued_permit WHERE permit_type_code = @permit_type_code ORDER BY sequence_value",
            new { permit_type_code = permitType });
        return [.. sequences];
    }
}
