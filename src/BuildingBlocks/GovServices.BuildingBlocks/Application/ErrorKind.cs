namespace GovServices.BuildingBlocks.Application;

/// <summary>What kind of expected failure a handler reports; each maps to one HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>400: the request is malformed or breaks a rule of its own fields.</summary>
    Validation,

    /// <summary>403: the caller may not act on this record.</summary>
    Forbidden,

    /// <summary>404: no such record, or the caller may not know it exists.</summary>
    NotFound,

    /// <summary>409: the record's current state does not allow this.</summary>
    Conflict,

    /// <summary>412: the record changed since the caller read it (If-Match).</summary>
    PreconditionFailed,

    /// <summary>428: the caller must say which version it read (If-Match).</summary>
    PreconditionRequired,

    /// <summary>422: the request is well formed but cannot be processed.</summary>
    Unprocessable,
}
