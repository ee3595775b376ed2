using System.Reflection;
using GovServices.BuildingBlocks.Application;
using GovServices.Testing.Modules;
using Mediator;

namespace GovServices.ArchitectureTests;

/// <summary>How a module's Mediator messages are named and which kind each one is (ADR 0038).</summary>
public sealed class MessageConventionTests
{
    [TestCaseSource(typeof(HostModules), nameof(HostModules.All))]
    public void A_command_ends_in_Command_and_a_query_in_Query(HostModule module)
    {
        var misnamed = Messages(module.Assembly)
            .Where(type => !type.Name.EndsWith(IsQuery(type) ? "Query" : "Command", StringComparison.Ordinal))
            .Select(type => type.FullName);

        Assert.That(misnamed, Is.Empty, "Name the message after its use case and its kind: FileComplaintCommand, ListComplaintsQuery.");
    }

    [TestCaseSource(typeof(HostModules), nameof(HostModules.All))]
    public void A_request_is_a_command_a_query_or_a_self_transacting_command(HostModule module)
    {
        var bare = Messages(module.Assembly)
            .Where(type => type.GetInterfaces().Any(IsGeneric(typeof(IRequest<>))))
            .Where(type => !type.GetInterfaces().Any(IsGeneric(typeof(ISelfTransactingCommand<>))))
            .Select(type => type.FullName);

        Assert.That(bare, Is.Empty, "A handler that owns its transactions takes an ISelfTransactingCommand<T>, not a bare IRequest<T>.");
    }

    private static IEnumerable<Type> Messages(Assembly module) =>
        module.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(type) && !typeof(INotification).IsAssignableFrom(type));

    private static bool IsQuery(Type type) => typeof(IBaseQuery).IsAssignableFrom(type);

    private static Func<Type, bool> IsGeneric(Type definition) =>
        type => type.IsConstructedGenericType && type.GetGenericTypeDefinition() == definition;
}
