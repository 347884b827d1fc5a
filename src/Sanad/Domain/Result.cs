namespace Sanad.Domain;

/// <summary>Why a use case refused a request. The message is a translation key; arguments fill its placeholders.</summary>
public sealed record Error(ErrorKind Kind, string MessageKey, params object[] Args)
{
    public static Error Invalid(string key, params object[] args) => new(ErrorKind.Invalid, key, args);
    public static Error NotFound(string key = "Not found.") => new(ErrorKind.NotFound, key);
    public static Error Conflict(string key, params object[] args) => new(ErrorKind.Conflict, key, args);
    public static Error Forbidden(string key) => new(ErrorKind.Forbidden, key);

    /// <summary>For a record the caller may see but not change (another agency's case, for the coordinator).</summary>
    public static Error ReadOnly() => Forbidden("Your role may look at this case but not change it.");
    /// <summary>Which field the error is about, when it is about one (for forms and validation problems).</summary>
    public string? Field { get; init; }
}

public enum ErrorKind
{
    /// <summary>A business rule was broken: 422.</summary>
    Invalid,
    /// <summary>The record does not exist or the caller may not know it exists: 404.</summary>
    NotFound,
    /// <summary>The request clashes with existing data (a duplicate code or email): 409.</summary>
    Conflict,
    /// <summary>The caller may see the record but not this part of it (a coordinator and a case's notes): 403.</summary>
    Forbidden,
}

/// <summary>The outcome of a use case: a value, or the error that stopped it.</summary>
public readonly record struct Result<T>
{
    public T? Value { get; }
    public Error? Error { get; }
    public bool Succeeded => Error is null;

    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Error error) => new(default, error);
}
