using System.Reflection;

namespace GovServices.BuildingBlocks.Application;

/// <summary>
/// Lets a pipeline behaviour turn an <see cref="Error"/> into the handler's own response type when that type
/// is a <see cref="Result{T}"/>; null for other response types. Resolved once per response type.
/// </summary>
internal static class FailureFactory<TResponse>
{
    public static readonly Func<Error, TResponse>? Create = Build();

    private static Func<Error, TResponse>? Build()
    {
        var type = typeof(TResponse);
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Result<>))
            return null;

        var failure = type.GetMethod(nameof(Result<object>.Failure), BindingFlags.Public | BindingFlags.Static)!;
        return failure.CreateDelegate<Func<Error, TResponse>>();
    }
}
