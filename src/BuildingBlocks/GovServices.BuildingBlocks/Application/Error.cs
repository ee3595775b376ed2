namespace GovServices.BuildingBlocks.Application;

/// <summary>
/// An expected failure: a stable machine-readable <paramref name="Code"/> (snake_case), a message for people,
/// and for validation failures the messages per field.
/// </summary>
public sealed record Error(
    string Code,
    string Message,
    ErrorKind Kind,
    IReadOnlyDictionary<string, string[]>? FieldErrors = null)
{
    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);

    public static Error Forbidden(string code, string message) => new(code, message, ErrorKind.Forbidden);

    public static Error Unprocessable(string code, string message) => new(code, message, ErrorKind.Unprocessable);

    public static Error PreconditionFailed(string message) =>
        new("version_mismatch", message, ErrorKind.PreconditionFailed);

    public static Error Validation(IReadOnlyDictionary<string, string[]> fieldErrors) =>
        new("validation_failed", "One or more fields are invalid.", ErrorKind.Validation, fieldErrors);
}
