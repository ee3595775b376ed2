using System.Diagnostics.CodeAnalysis;

namespace GovServices.BuildingBlocks.Application;

/// <summary>What every handler returns: a value, or an expected <see cref="Application.Error"/>. Handlers do not
/// throw for outcomes a caller can cause.</summary>
public interface IOperationResult
{
    [MemberNotNullWhen(false, nameof(Error))]
    bool IsSuccess { get; }

    Error? Error { get; }
}

/// <inheritdoc cref="IOperationResult"/>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Factory methods read best on the type.")]
public sealed class Result<T> : IOperationResult
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public Error? Error { get; }

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"The result is an error: {Error.Code}.");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}
