using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Core;
using OutlookClientCare.Core.Snippets;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Snippets;

/// <summary>The built-in snippets plus the user's own, read per request and per user.</summary>
public sealed class SnippetCatalog(ClientCareDb db)
{
    public IQueryable<CustomSnippet> CustomOf(AppUser user) =>
        db.Set<CustomSnippet>().Where(s => s.TenantId == user.TenantId && s.ObjectId == user.ObjectId);

    public async Task<IReadOnlyList<Snippet>> AllAsync(AppUser user, CancellationToken ct)
    {
        var custom = await CustomOf(user).ToListAsync(ct);
        return [.. SnippetLibrary.BuiltIn.Snippets, .. custom.OrderBy(c => c.SnippetId, StringComparer.Ordinal).Select(ToSnippet)];
    }

    public async Task<Snippet?> FindAsync(AppUser user, string id, CancellationToken ct)
    {
        if (SnippetLibrary.BuiltIn.Find(id) is { } builtIn)
        {
            return builtIn;
        }

        var custom = await CustomOf(user).FirstOrDefaultAsync(s => s.SnippetId == id, ct);
        return custom is null ? null : ToSnippet(custom);
    }

    public static Snippet ToSnippet(CustomSnippet row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var variants = JsonSerializer.Deserialize<List<SnippetVariant>>(row.VariantsJson, CoreJson.Compact) ?? [];
        return new Snippet(row.SnippetId, new LocalizedText(row.TitleDe, row.TitleEn), new LocalizedText(row.DescriptionDe, row.DescriptionEn), variants);
    }

    public static string VariantsToJson(IReadOnlyList<SnippetVariant> variants) =>
        JsonSerializer.Serialize(variants, CoreJson.Compact);
}
