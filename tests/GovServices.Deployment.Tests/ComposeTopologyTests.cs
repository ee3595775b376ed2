using System.Text.RegularExpressions;

namespace GovServices.Deployment.Tests;

/// <summary>
/// Each compose topology, read as Docker Compose reads it (it cannot run here: no Docker engine): the services it
/// must have, the order they start in, the health they wait for, and an environment the host accepts in Production.
/// </summary>
[TestFixture("postgres", "postgres", "PostgreSql", "postgres")]
[TestFixture("sqlserver", "sqlserver", "SqlServer", "sqlserver-init")]
public sealed partial class ComposeTopologyTests(string topology, string database, string provider, string migrateWaitsFor)
{
    private static readonly string[] Instances = ["host1", "host2"];

    private static readonly string[] GovServicesServices = ["migrate", .. Instances];

    private ComposeFile _compose = null!;

    private IReadOnlyDictionary<string, ComposeService> _services = null!;

    [OneTimeSetUp]
    public void LoadComposeFile()
    {
        _compose = ComposeFile.Load($"deploy/compose/{topology}/compose.yaml");
        _services = _compose.Services;
    }

    [Test]
    public void It_has_the_database_a_migrate_step_two_instances_and_the_proxy()
    {
        Assert.That(_services.Keys, Is.SupersetOf(new[] { database, "migrate", "host1", "host2", "proxy" }));
    }

    [Test]
    public void The_database_and_the_instances_have_healthchecks_and_migrate_has_none()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_services[database].HealthcheckTest, Is.Not.Empty, database);
            Assert.That(_services["migrate"].HealthcheckDisabled, Is.True, "migrate is a one-shot: the image's HEALTHCHECK does not apply");
            foreach (var instance in Instances)
                Assert.That(_services[instance].HealthcheckTest, Is.Not.Empty, instance);
        });
    }

    [Test]
    public void The_instances_healthcheck_runs_the_image_s_probe_on_the_readiness_endpoint()
    {
        var imageProbe = Dockerfile.Load().Runtime.Last("HEALTHCHECK")!.ExecForm;

        Assert.Multiple(() =>
        {
            foreach (var instance in Instances)
            {
                var test = _services[instance].HealthcheckTest;
                Assert.That(test.Take(3), Is.EqualTo(new[] { "CMD", imageProbe[0], imageProbe[1] }), instance);
                Assert.That(test[^1], Is.EqualTo($"http://127.0.0.1:{HostPort()}/health/ready"), instance);
            }
        });
    }

    [Test]
    public void Migrate_runs_once_before_the_instances_and_the_proxy_waits_for_healthy_instances()
    {
        var migrate = _services["migrate"];

        Assert.Multiple(() =>
        {
            Assert.That(migrate.Command, Is.EqualTo(new[] { "migrate" }), "GovServices.Host migrate");
            Assert.That(migrate.DependsOn[migrateWaitsFor], Is.AnyOf("service_healthy", "service_completed_successfully"));
            foreach (var instance in Instances)
            {
                Assert.That(_services[instance].DependsOn["migrate"], Is.EqualTo("service_completed_successfully"), instance);
                Assert.That(_services[instance].DependsOn[database], Is.EqualTo("service_healthy"), instance);
                Assert.That(_services[instance].Environment["Database__MigrateOnStartup"], Is.EqualTo("false"), $"{instance} leaves migrating to migrate");
                Assert.That(_services["proxy"].DependsOn[instance], Is.EqualTo("service_healthy"));
            }
        });
    }

    [Test]
    public void Migrate_and_the_instances_share_one_image_and_one_environment()
    {
        var first = _services["migrate"];

        Assert.Multiple(() =>
        {
            foreach (var name in GovServicesServices)
            {
                Assert.That(_services[name].Image, Is.EqualTo(first.Image), name);
                Assert.That(_services[name].Environment, Is.EquivalentTo(first.Environment), name);
                Assert.That(_services[name].Volumes, Is.EqualTo(first.Volumes), name);
            }
        });
    }

    [Test]
    public void The_environment_is_production_with_everything_production_requires()
    {
        var environment = _services["migrate"].Environment;

        Assert.Multiple(() =>
        {
            Assert.That(environment["ASPNETCORE_ENVIRONMENT"], Is.EqualTo("Production"));
            Assert.That(environment["Database__Provider"], Is.EqualTo(provider));
            Assert.That(environment["ConnectionStrings__GovServices"], Is.Not.Empty);
            Assert.That(environment["Identity__Issuer"], Does.StartWith("https://"));
            foreach (var purpose in new[] { "Signing", "Encryption" })
            {
                Assert.That(environment, Does.ContainKey($"Identity__{purpose}CertificatePath"));
                Assert.That(environment, Does.ContainKey($"Identity__{purpose}CertificatePassword"));
            }

            Assert.That(environment.Keys.Any(key => key.StartsWith("Http__KnownProxies", StringComparison.Ordinal) || key.StartsWith("Http__KnownNetworks", StringComparison.Ordinal)),
                Is.True, "the proxy's forwarded headers are honoured only when it is named");
        });
    }

    [Test]
    public void Every_configuration_key_in_the_environment_is_one_the_host_knows()
    {
        var keys = HostConfigurationKeys.FromReadme();
        var unknown = GovServicesServices
            .SelectMany(name => _services[name].Environment.Keys)
            .Where(name => name.Contains("__", StringComparison.Ordinal))
            .Distinct()
            .Where(name => !keys.Knows(name));

        Assert.That(unknown, Is.Empty, "keys not in README.md's configuration table");
    }

    [Test]
    public void The_certificates_the_host_reads_are_in_a_directory_mounted_read_only()
    {
        var environment = _services["migrate"].Environment;
        var mounts = _services["migrate"].Volumes.Select(volume => volume.Split(':')).ToList();

        Assert.Multiple(() =>
        {
            foreach (var path in environment.Where(entry => entry.Key.EndsWith("CertificatePath", StringComparison.Ordinal)).Select(entry => entry.Value))
            {
                var mount = mounts.SingleOrDefault(parts => path.StartsWith(parts[1] + "/", StringComparison.Ordinal));
                Assert.That(mount, Is.Not.Null, $"{path} is under a mount");
                Assert.That(mount?.Length == 3 && mount[2] == "ro", Is.True, $"{path} is mounted read-only");
            }
        });
    }

    [Test]
    public void The_instances_run_on_a_read_only_root_with_the_data_volume_and_a_temporary_directory()
    {
        var dataDirectory = Dockerfile.Load().Runtime.All("VOLUME").Single().Arguments;

        Assert.Multiple(() =>
        {
            foreach (var name in GovServicesServices)
            {
                Assert.That(_services[name].ReadOnly, Is.True, name);
                Assert.That(_services[name].Tmpfs, Does.Contain("/tmp"), name);
                Assert.That(_services[name].Volumes.Select(volume => volume.Split(':')[1]), Does.Contain(dataDirectory), name);
            }
        });
    }

    [Test]
    public void The_instances_get_longer_to_stop_than_the_host_drains()
    {
        var drain = TimeSpan.FromSeconds(20); // Http:ShutdownDrainTimeout's default (issue 18 part 3)

        Assert.Multiple(() =>
        {
            foreach (var instance in Instances)
            {
                var grace = _services[instance].StopGracePeriod;
                Assert.That(grace, Does.Match(@"^\d+s$"), instance);
                Assert.That(TimeSpan.FromSeconds(int.Parse(grace!.TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture)), Is.GreaterThan(drain), instance);
            }
        });
    }

    [Test]
    public void The_proxy_trusted_by_the_instances_is_the_proxy_s_own_address()
    {
        var trusted = _services["migrate"].Environment["Http__KnownProxies__0"];

        Assert.That(_services["proxy"].Ipv4AddressOn("backend"), Is.EqualTo(trusted));
    }

    [Test]
    public void The_proxy_sends_round_robin_to_both_instances_on_the_image_s_port()
    {
        var proxyMount = _services["proxy"].Volumes.Single(volume => volume.Contains("haproxy.cfg", StringComparison.Ordinal)).Split(':')[0];
        var configuration = File.ReadAllText(Path.GetFullPath(Path.Combine(_compose.Directory, proxyMount)));

        Assert.Multiple(() =>
        {
            Assert.That(configuration, Does.Contain("balance roundrobin"));
            Assert.That(configuration, Does.Contain("http-request set-header X-Forwarded-For %[src]"));
            Assert.That(configuration, Does.Contain("http-request set-header X-Forwarded-Proto https"));
            foreach (var instance in Instances)
                Assert.That(configuration, Does.Contain($"server {instance} {instance}:{HostPort()}"));
        });
    }

    [Test]
    public void Every_file_mounted_from_the_repository_exists()
    {
        var sources = _services.Values.SelectMany(service => service.Volumes)
            .Select(volume => volume.Split(':')[0])
            .Where(source => source.StartsWith('.'));

        Assert.Multiple(() =>
        {
            foreach (var source in sources)
            {
                var path = Path.GetFullPath(Path.Combine(_compose.Directory, source));
                Assert.That(File.Exists(path) || Directory.Exists(path), Is.True, source);
            }
        });
    }

    [Test]
    public void Every_variable_the_file_uses_is_in_env_example_and_no_secret_has_a_value_there()
    {
        var example = File.ReadAllLines(Path.Combine(_compose.Directory, ".env.example"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        var used = Variable().Matches(_compose.Text).Select(match => match.Groups["name"].Value).Distinct().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(used, Is.Not.Empty);
            Assert.That(example.Keys, Is.SupersetOf(used), ".env.example names every variable");
            Assert.That(used, Is.SupersetOf(example.Keys), "compose.yaml uses every variable of .env.example");
            foreach (var (name, value) in example.Where(entry => SecretName().IsMatch(entry.Key)))
                Assert.That(value, Is.Empty, $"{name} has no value in .env.example");
        });
    }

    private static string HostPort() => Dockerfile.Load().Runtime.Environment["ASPNETCORE_HTTP_PORTS"];

    [GeneratedRegex(@"(?<!\$)\$\{(?<name>[A-Z][A-Z0-9_]*)")]
    private static partial Regex Variable();

    [GeneratedRegex("PASSWORD|SECRET|_KEY$")]
    private static partial Regex SecretName();
}
