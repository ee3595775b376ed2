using FluentValidation;
using Mediator;

namespace GovServices.BuildingBlocks.Application;

/// <summary>
/// Runs the message's FluentValidation validators before its handler. Failures become a validation
/// <see cref="Error"/> with messages per field, in the request's culture (English or Bahasa Indonesia).
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count == 0)
            return await next(message, cancellationToken);

        var fieldErrors = failures
            .GroupBy(failure => ToCamelCasePath(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());
        var error = Error.Validation(fieldErrors);

        return FailureFactory<TResponse>.Create is { } createFailure
            ? createFailure(error)
            : throw new ValidationException(failures);
    }

    // Field names in errors match the JSON the client sent: "Location.Latitude" becomes "location.latitude".
    private static string ToCamelCasePath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
