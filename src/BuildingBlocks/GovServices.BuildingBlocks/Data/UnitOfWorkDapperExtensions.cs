using Dapper;

namespace GovServices.BuildingBlocks.Data;

/// <summary>
/// Dapper over the unit of work's connection and transaction: a handler names its SQL, its parameters and its
/// cancellation token, and every statement runs in the transaction the unit of work has begun. Each method is
/// Dapper's own, given one <see cref="CommandDefinition"/>.
/// </summary>
public static class UnitOfWorkDapperExtensions
{
    public static Task<IEnumerable<T>> QueryAsync<T>(this IUnitOfWork unitOfWork, string sql, object? param, CancellationToken cancellationToken) =>
        unitOfWork.Connection.QueryAsync<T>(Command(unitOfWork, sql, param, cancellationToken));

    public static Task<T> QuerySingleAsync<T>(this IUnitOfWork unitOfWork, string sql, object? param, CancellationToken cancellationToken) =>
        unitOfWork.Connection.QuerySingleAsync<T>(Command(unitOfWork, sql, param, cancellationToken));

    public static Task<T?> QuerySingleOrDefaultAsync<T>(this IUnitOfWork unitOfWork, string sql, object? param, CancellationToken cancellationToken) =>
        unitOfWork.Connection.QuerySingleOrDefaultAsync<T>(Command(unitOfWork, sql, param, cancellationToken));

    public static Task<T?> QueryFirstOrDefaultAsync<T>(this IUnitOfWork unitOfWork, string sql, object? param, CancellationToken cancellationToken) =>
        unitOfWork.Connection.QueryFirstOrDefaultAsync<T>(Command(unitOfWork, sql, param, cancellationToken));

    public static Task<T?> ExecuteScalarAsync<T>(this IUnitOfWork unitOfWork, string sql, object? param, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteScalarAsync<T>(Command(unitOfWork, sql, param, cancellationToken));

    public static Task<int> ExecuteAsync(this IUnitOfWork unitOfWork, string sql, object? param, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteAsync(Command(unitOfWork, sql, param, cancellationToken));

    private static CommandDefinition Command(IUnitOfWork unitOfWork, string sql, object? param, CancellationToken cancellationToken) =>
        new(sql, param, unitOfWork.Transaction, cancellationToken: cancellationToken);
}
