using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GovServices.Host.OpenApi;

/// <summary>
/// The document's schema ids. A type keeps its own name, as Swashbuckle names it by default, while no other type
/// in the document has that name; types that share one are each prefixed with their module (<c>ComplaintsStepNote</c>,
/// <c>PermitsStepNote</c>), or named by their full name when they are of the same module. Every type the document
/// reaches is known before the first id is given, so an id never depends on the order in which Swashbuckle meets
/// the types (ADR 0024). A command or query bound from the body is named after its use case, without the
/// <c>Command</c>/<c>Query</c> suffix of its C# name (<c>FileComplaintCommand</c> is <c>FileComplaint</c>): the
/// suffix says how the code sends it, which is no part of the contract.
/// </summary>
/// <remarks>
/// The API descriptions and Swashbuckle's serializer contracts are resolved when the first id is asked for, not when
/// this is built: Swashbuckle builds its contract resolver from its own options, which are being configured then.
/// </remarks>
internal sealed class ModuleSchemaIds(IServiceProvider services)
{
    private const string RootNamespace = "GovServices";
    private static readonly string[] MessageSuffixes = ["Command", "Query"];

    private NamesAtVersion? _names;

    /// <summary>The schema id of <paramref name="type"/>; generic types are named after their arguments, as by default.</summary>
    public string For(Type type)
    {
        if (type.IsArray)
            return For(type.GetElementType()!) + "Array";
        if (type.IsConstructedGenericType)
            return string.Concat(type.GetGenericArguments().Select(For)) + NameOf(type.GetGenericTypeDefinition());
        return NameOf(type);
    }

    private string NameOf(Type namedType) =>
        Names().TryGetValue(namedType, out var name) ? name : PlainName(namedType);

    /// <summary>The ids of the named types the document reaches, recomputed only when the endpoints change.</summary>
    private IReadOnlyDictionary<Type, string> Names()
    {
        var groups = services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups;
        if (_names is { } known && known.Version == groups.Version)
            return known.Names;

        var names = new Dictionary<Type, string>();
        var contracts = services.GetRequiredService<ISerializerDataContractResolver>();
        foreach (var sharing in Reachable(groups, contracts).GroupBy(PlainName))
        {
            var types = sharing.ToList();
            if (types.Count == 1)
            {
                names[types[0]] = sharing.Key;
                continue;
            }

            var byModule = types.ToDictionary(type => type, type => ModuleOf(type) + sharing.Key);
            var distinct = byModule.Values.Distinct(StringComparer.Ordinal).Count() == types.Count;
            foreach (var type in types)
                names[type] = distinct ? byModule[type] : FullNameOf(type);
        }

        _names = new NamesAtVersion(groups.Version, names);
        return names;
    }

    /// <summary>
    /// The classes, records and enums that get a schema of their own, found as Swashbuckle finds them: from every
    /// operation's parameters and responses, through the serializer's view of each type.
    /// </summary>
    private static HashSet<Type> Reachable(ApiDescriptionGroupCollection groups, ISerializerDataContractResolver contracts)
    {
        var pending = new Stack<Type>();
        foreach (var description in groups.Items.SelectMany(group => group.Items))
        {
            foreach (var parameter in description.ParameterDescriptions)
            {
                if (parameter.Type is { } parameterType)
                    pending.Push(parameterType);
                if (parameter.ModelMetadata?.ModelType is { } modelType)
                    pending.Push(modelType);
            }

            foreach (var response in description.SupportedResponseTypes)
            {
                if (response.Type is { } responseType && responseType != typeof(void))
                    pending.Push(responseType);
            }
        }

        var seen = new HashSet<Type>();
        var named = new HashSet<Type>();
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type) || typeof(IFormFile).IsAssignableFrom(type) || typeof(FileResult).IsAssignableFrom(type))
                continue;
            if (type.IsConstructedGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                    pending.Push(argument);
            }

            var contract = contracts.GetDataContractForType(type);
            switch (contract.DataType)
            {
                case DataType.Object:
                    named.Add(type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type);
                    foreach (var property in contract.ObjectProperties ?? [])
                        pending.Push(property.MemberType);
                    if (contract.ObjectExtensionDataType is { } extensionData)
                        pending.Push(extensionData);
                    break;
                case DataType.Array:
                    pending.Push(contract.ArrayItemType);
                    break;
                case DataType.Dictionary:
                    pending.Push(contract.DictionaryValueType);
                    break;
                default:
                    if (type.IsEnum)
                        named.Add(type);
                    break;
            }
        }

        return named;
    }

    private static string PlainName(Type type)
    {
        var name = type.IsGenericTypeDefinition ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        if (!typeof(IMessage).IsAssignableFrom(type))
            return name;
        foreach (var suffix in MessageSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
                return name[..^suffix.Length];
        }

        return name;
    }

    /// <summary>The module a type belongs to: the namespace part after <c>GovServices</c> (<c>Complaints</c>), else its first part.</summary>
    private static string ModuleOf(Type type)
    {
        var parts = (type.Namespace ?? "").Split('.');
        return parts is [RootNamespace, var module, ..] ? module : parts[0];
    }

    /// <summary>The type's full name (namespace, the types it is nested in, generic arity) in letters and digits only.</summary>
    private static string FullNameOf(Type type) => string.Concat((type.FullName ?? type.Name).Where(char.IsAsciiLetterOrDigit));

    private sealed record NamesAtVersion(int Version, IReadOnlyDictionary<Type, string> Names);
}
