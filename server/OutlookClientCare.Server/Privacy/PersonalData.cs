using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Privacy;

/// <summary>
/// Marks a stored type that belongs to no person (e.g. a global lock, a data-protection key). Every
/// other entity must carry TenantId + ObjectId so export, erasure and retention find it without
/// anyone remembering to.
/// </summary>
public static class NotPersonalDataExtensions
{
    public const string Annotation = "OutlookClientCare:NotPersonalData";

    public static EntityTypeBuilder<T> IsNotPersonalData<T>(this EntityTypeBuilder<T> entity, string reason)
        where T : class =>
        entity.HasAnnotation(Annotation, reason);
}

/// <summary>Every table of the model that holds rows of one user, found from the EF model itself.</summary>
public static class PersonalData
{
    public const string TenantColumn = "TenantId";
    public const string ObjectColumn = "ObjectId";

    private static readonly string[] SecretNameParts = ["ClientState", "Secret", "Token", "Password"];

    private static readonly MethodInfo RowsMethod = typeof(PersonalData).GetMethod(nameof(RowsOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo DeleteMethod = typeof(PersonalData).GetMethod(nameof(DeleteOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static bool IsPersonal(IEntityType entity) =>
        entity.FindProperty(TenantColumn) is not null && entity.FindProperty(ObjectColumn) is not null;

    public static bool IsMarkedNotPersonal(IEntityType entity) =>
        entity.FindAnnotation(NotPersonalDataExtensions.Annotation)?.Value is string reason && !string.IsNullOrWhiteSpace(reason);

    /// <summary>Personal entity types, dependents before the rows they point at (the order erasure needs).</summary>
    public static IReadOnlyList<IEntityType> EntityTypes(IModel model)
    {
        var personal = model.GetEntityTypes().Where(e => !e.IsOwned() && e.ClrType != typeof(Dictionary<string, object>) && IsPersonal(e) && !IsMarkedNotPersonal(e)).ToList();
        var ordered = new List<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType entity)
        {
            if (ordered.Contains(entity) || !visiting.Add(entity))
            {
                return;
            }

            foreach (var dependent in entity.GetReferencingForeignKeys().Select(f => f.DeclaringEntityType).Where(personal.Contains))
            {
                Visit(dependent);
            }

            ordered.Add(entity);
        }

        foreach (var entity in personal.OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
        {
            Visit(entity);
        }

        return ordered;
    }

    /// <summary>All of the user's rows, per table, column by column; secrets we compare but never show are masked.</summary>
    public static async Task<SortedDictionary<string, List<SortedDictionary<string, object?>>>> ExportAsync(ClientCareDb db, AppUser user, CancellationToken ct)
    {
        var export = new SortedDictionary<string, List<SortedDictionary<string, object?>>>(StringComparer.Ordinal);
        foreach (var entity in EntityTypes(db.Model))
        {
            var rows = await (Task<List<object>>)RowsMethod.MakeGenericMethod(entity.ClrType).Invoke(null, [db, user, ct])!;
            export[entity.GetTableName() ?? entity.ClrType.Name] = [.. rows.Select(row => Columns(entity, row))];
        }

        return export;
    }

    /// <summary>Removes every row of the user in one transaction; answers the count per table.</summary>
    public static async Task<SortedDictionary<string, int>> EraseAsync(ClientCareDb db, AppUser user, CancellationToken ct)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var entity in EntityTypes(db.Model))
        {
            counts[entity.GetTableName() ?? entity.ClrType.Name] = await (Task<int>)DeleteMethod.MakeGenericMethod(entity.ClrType).Invoke(null, [db, user, ct])!;
        }

        await transaction.CommitAsync(ct);
        return counts;
    }

    private static SortedDictionary<string, object?> Columns(IEntityType entity, object row)
    {
        var columns = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo is not null))
        {
            var value = property.PropertyInfo!.GetValue(row);
            var secret = SecretNameParts.Any(part => property.Name.Contains(part, StringComparison.OrdinalIgnoreCase));
            columns[property.Name] = secret && value is not null ? "(kept, not shown: a secret used to check requests)" : value;
        }

        return columns;
    }

    private static async Task<List<object>> RowsOfAsync<T>(ClientCareDb db, AppUser user, CancellationToken ct)
        where T : class =>
        [.. await Owned<T>(db, user).AsNoTracking().ToListAsync(ct)];

    private static Task<int> DeleteOfAsync<T>(ClientCareDb db, AppUser user, CancellationToken ct)
        where T : class =>
        Owned<T>(db, user).ExecuteDeleteAsync(ct);

    internal static IQueryable<T> Owned<T>(ClientCareDb db, AppUser user)
        where T : class =>
        db.Set<T>().Where(e => EF.Property<string>(e, TenantColumn) == user.TenantId && EF.Property<string>(e, ObjectColumn) == user.ObjectId);
}
