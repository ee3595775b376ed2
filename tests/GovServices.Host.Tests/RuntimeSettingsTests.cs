using System.Text.Json;

namespace GovServices.Host.Tests;

/// <summary>
/// The host's memory settings (ADR 0023) live in its runtimeconfig.json, which production runs with: losing one
/// puts the host back over its 300 MB budget on a 2-core server without any test of behaviour noticing.
/// </summary>
[TestFixture]
internal sealed class RuntimeSettingsTests
{
    [TestCase("System.GC.Server", false, TestName = "The_host_runs_workstation_gc_rather_than_a_heap_per_core")]
    [TestCase("System.GC.Concurrent", true, TestName = "The_host_collects_gen2_in_the_background")]
    [TestCase("System.Runtime.TieredPGO", false, TestName = "The_host_does_not_compile_hot_methods_a_third_time_for_dynamic_pgo")]
    public void The_host_runtime_configuration_carries_the_memory_setting(string property, bool expected)
    {
        var properties = HostRuntimeConfigProperties();

        Assert.That(properties.TryGetProperty(property, out var value), Is.True, $"{property} is missing");
        Assert.That(value.GetBoolean(), Is.EqualTo(expected), property);
    }

    private static JsonElement HostRuntimeConfigProperties()
    {
        var hostAssembly = typeof(Program).Assembly.Location;
        var path = Path.ChangeExtension(hostAssembly, ".runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
