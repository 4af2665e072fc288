using System.Collections;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Privacy;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Tests.Security;

/// <summary>
/// Writes one row of every personal table for a user, straight through the DbContext, with
/// recognisable values ("iso&lt;random&gt;-..."). Tables added later are seeded too: the list comes from the
/// EF model. Values only need to be storable; no endpoint of another user may ever read them.
/// </summary>
public sealed class PersonalDataSeeder
{
    private readonly List<(IEntityType Entity, object Row)> _rows = [];

    /// <summary>Starts every seeded text: unique per seeding, so two users' rows never share a value.</summary>
    private readonly string _prefix = "iso" + Guid.NewGuid().ToString("N")[..6];

    public IReadOnlyList<(IEntityType Entity, object Row)> Rows => _rows;

    /// <summary>Distinctive stored values another user must never see (not the shared tenant id or the e-mail address).</summary>
    public IReadOnlyList<string> Markers =>
    [
        .. _rows.SelectMany(r => r.Entity.GetProperties().Where(p => p.PropertyInfo is not null && p.Name is not (PersonalData.TenantColumn or "UserPrincipalName"))
            .SelectMany(p => Texts(p.PropertyInfo!.GetValue(r.Row))))
            .Where(t => t.StartsWith(_prefix, StringComparison.Ordinal) || Guid.TryParse(t, out _))
            .Distinct(StringComparer.Ordinal),
    ];

    public static async Task<PersonalDataSeeder> SeedAsync(IServiceProvider services, AppUser user, DateTimeOffset now)
    {
        var seeder = new PersonalDataSeeder();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        var n = 0;
        foreach (var entity in PersonalData.EntityTypes(db.Model).Reverse())
        {
            var row = Activator.CreateInstance(entity.ClrType)!;
            foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo is { CanWrite: true }))
            {
                var value = property.IsForeignKey() ? null : seeder.ValueFor(property, user, now, ++n);
                if (value is not null)
                {
                    property.PropertyInfo!.SetValue(row, value);
                }
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                var principal = seeder._rows.First(r => r.Entity == foreignKey.PrincipalEntityType).Row;
                for (var i = 0; i < foreignKey.Properties.Count; i++)
                {
                    foreignKey.Properties[i].PropertyInfo?.SetValue(row, foreignKey.PrincipalKey.Properties[i].PropertyInfo?.GetValue(principal));
                }
            }

            db.Add(row);
            await db.SaveChangesAsync();
            seeder._rows.Add((entity, row));
        }

        return seeder;
    }

    /// <summary>Stored secrets (webhook client states and the like) that even the owner's export masks.</summary>
    public IReadOnlyList<string> Secrets =>
    [
        .. _rows.SelectMany(r => r.Entity.GetProperties()
            .Where(p => p.PropertyInfo is not null && (p.Name.Contains("ClientState", StringComparison.Ordinal) || p.Name.Contains("Secret", StringComparison.Ordinal) || p.Name.Contains("Token", StringComparison.Ordinal)))
            .Select(p => p.PropertyInfo!.GetValue(r.Row) as string))
            .OfType<string>(),
    ];

    /// <summary>Stored values of the columns named <paramref name="name"/> (or ending in it), as they would appear in a URL.</summary>
    public IReadOnlyList<string> ValuesOf(string name) =>
    [
        .. _rows.SelectMany(r => r.Entity.GetProperties()
                .Where(p => p.PropertyInfo is not null && p.Name is not (PersonalData.TenantColumn or PersonalData.ObjectColumn)
                    && (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || (name.Equals("id", StringComparison.OrdinalIgnoreCase) && p.Name.EndsWith("Id", StringComparison.Ordinal))))
                .Select(p => Format(p.PropertyInfo!.GetValue(r.Row))))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal),
    ];

    private object? ValueFor(IProperty property, AppUser user, DateTimeOffset now, int n)
    {
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        var name = property.Name;
        if (property.IsPrimaryKey() && property.ValueGenerated != ValueGenerated.Never && type != typeof(Guid) && type != typeof(string))
        {
            return null;
        }

        return name switch
        {
            PersonalData.TenantColumn => user.TenantId,
            PersonalData.ObjectColumn => user.ObjectId,
            "UserPrincipalName" => user.UserPrincipalName,
            _ when type == typeof(string) => Truncate(TextFor(name, n), property.GetMaxLength()),
            _ when type == typeof(Guid) => Guid.NewGuid(),
            _ when type == typeof(DateTimeOffset) => now,
            _ when type == typeof(DateTime) => now.UtcDateTime,
            _ when type == typeof(DateOnly) => DateOnly.FromDateTime(now.UtcDateTime),
            _ when type == typeof(TimeOnly) => new TimeOnly(9, 0),
            _ when type == typeof(int) => 30,
            _ when type == typeof(long) => 30L,
            _ when type == typeof(bool) => true,
            _ when type == typeof(double) => 1.0,
            _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
            _ when type == typeof(List<string>) => new List<string> { $"{_prefix}-{name.ToLowerInvariant()}-{n}" },
            _ when type == typeof(string[]) => new[] { $"{_prefix}-{name.ToLowerInvariant()}-{n}" },
            _ => null,
        };
    }

    private string TextFor(string name, int n) => name switch
    {
        _ when name.EndsWith("Json", StringComparison.Ordinal) => "[]",
        _ when name.Contains("TimeZone", StringComparison.Ordinal) => "Europe/Berlin",
        _ when name.Contains("Language", StringComparison.Ordinal) => "de",
        "FormOfAddress" => "sie",
        "Who" => "us",
        "WorkingDays" => "monday,tuesday",
        _ when name.Contains("Ics", StringComparison.Ordinal) => "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//seed//EN\r\nEND:VCALENDAR\r\n",
        _ when name.Contains("Address", StringComparison.Ordinal) || name == "Key" => $"{_prefix}{n}@client.example",
        _ => $"{_prefix}-{name.ToLowerInvariant()}-{n}",
    };

    private static string Truncate(string text, int? max) => max is { } m && text.Length > m ? text[..m] : text;

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        Guid g => g.ToString("D"),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static IEnumerable<string> Texts(object? value) => value switch
    {
        null => [],
        string s => [s],
        Guid g => [g.ToString("D")],
        IEnumerable items => items.Cast<object?>().SelectMany(Texts),
        _ => [],
    };
}
