using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Caching.Distributed;
using OutlookClientCare.Server.Privacy;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Identity;

/// <summary>
/// The distributed cache behind Microsoft.Identity.Web's token cache when
/// <c>TokenCache:Provider</c> is "distributed": a table in our own database, which every instance
/// already shares, so a token one instance obtained is found by the others. Identity.Web encrypts
/// each entry with ASP.NET Core data protection before it gets here; the keys for that live in the
/// same database (<see cref="TokenCacheSetup"/>), so every instance can read every entry.
/// </summary>
/// <remarks>
/// Times are stored as Unix milliseconds so that SQLite can compare them in SQL. Expired rows are
/// never returned and are deleted in passing (at most every <see cref="PurgeInterval"/>) and by the
/// daily retention purge.
/// </remarks>
public sealed class DatabaseTokenCache(IServiceScopeFactory scopes, TimeProvider time) : IDistributedCache
{
    /// <summary>A user's background session (refresh token included) lives this long after its last use.</summary>
    public static readonly TimeSpan DefaultSlidingExpiration = TimeSpan.FromDays(14);

    /// <summary>
    /// Every other entry is keyed by the hash of one API token of the user's, which Entra ID issues
    /// for at most about 90 minutes: after that nobody asks for the entry again, so it goes after
    /// this long unused instead of lingering with its refresh token.
    /// </summary>
    public static readonly TimeSpan PerRequestSlidingExpiration = TimeSpan.FromHours(2);

    public static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(30);

    /// <summary>A read moves a sliding expiry forward only when that gains at least this much (or a tenth of the window).</summary>
    private const long SlideGranularityMs = 60_000;

    private long _nextPurge;

    // Identity.Web only calls the async members; the synchronous ones exist for the interface.
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var scope = scopes.CreateAsyncScope();
        var entries = Entries(scope);
        var now = Now();
        var entry = await entries.AsNoTracking().FirstOrDefaultAsync(e => e.Key == key && e.ExpiresAt > now, token);
        if (entry is null)
        {
            return null;
        }

        await SlideAsync(entries, entry, now, token);
        return entry.Value;
    }

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var now = time.GetUtcNow();
        var entry = NewEntry(key, value, options, now);
        await using var scope = scopes.CreateAsyncScope();
        var entries = Entries(scope);
        if (await OverwriteAsync(entries, entry, token) == 0)
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
            db.Add(entry);
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException)
            {
                // Another instance inserted the same key a moment ago: the last write wins, as in any distributed cache.
                db.ChangeTracker.Clear();
                await OverwriteAsync(entries, entry, token);
            }
        }

        await PurgeExpiredIfDueAsync(scope.ServiceProvider.GetRequiredService<ClientCareDb>(), now, token);
    }

    /// <summary>Slides the entry like a read does (Identity.Web calls it only for in-memory hits, which are off here).</summary>
    public Task RefreshAsync(string key, CancellationToken token = default) => GetAsync(key, token);

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var scope = scopes.CreateAsyncScope();
        await Entries(scope).Where(e => e.Key == key).ExecuteDeleteAsync(token);
    }

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private static DbSet<TokenCacheEntry> Entries(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ClientCareDb>().Set<TokenCacheEntry>();

    private static TokenCacheEntry NewEntry(string key, byte[] value, DistributedCacheEntryOptions options, DateTimeOffset now)
    {
        var absolute = options.AbsoluteExpiration ?? (now + options.AbsoluteExpirationRelativeToNow);
        if (absolute <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(options), absolute, "The absolute expiration must be in the future.");
        }

        var sliding = options.SlidingExpiration ?? (absolute is null ? DefaultSlidingExpiration : null);
        if (!key.StartsWith(BackgroundIdentity.LongRunningSessionPrefix, StringComparison.Ordinal) && (sliding is null || sliding > PerRequestSlidingExpiration))
        {
            sliding = PerRequestSlidingExpiration;
        }

        var entry = new TokenCacheEntry
        {
            Key = key,
            Value = value,
            AbsoluteExpiresAt = absolute?.ToUnixTimeMilliseconds(),
            SlidingMilliseconds = sliding is { } s ? (long)s.TotalMilliseconds : null,
        };
        entry.ExpiresAt = entry.NextExpiry(now.ToUnixTimeMilliseconds());
        return entry;
    }

    private static Task<int> OverwriteAsync(DbSet<TokenCacheEntry> entries, TokenCacheEntry entry, CancellationToken token) =>
        entries.Where(e => e.Key == entry.Key).ExecuteUpdateAsync(
            set => set
                .SetProperty(e => e.Value, entry.Value)
                .SetProperty(e => e.ExpiresAt, entry.ExpiresAt)
                .SetProperty(e => e.AbsoluteExpiresAt, entry.AbsoluteExpiresAt)
                .SetProperty(e => e.SlidingMilliseconds, entry.SlidingMilliseconds),
            token);

    private static async Task SlideAsync(DbSet<TokenCacheEntry> entries, TokenCacheEntry entry, long now, CancellationToken token)
    {
        if (entry.SlidingMilliseconds is null)
        {
            return;
        }

        // Writing on every read would make each Graph call a database write; a minute's slack is fine.
        var next = entry.NextExpiry(now);
        if (next - entry.ExpiresAt >= Math.Min(SlideGranularityMs, entry.SlidingMilliseconds.Value / 10))
        {
            await entries.Where(e => e.Key == entry.Key).ExecuteUpdateAsync(set => set.SetProperty(e => e.ExpiresAt, next), token);
        }
    }

    /// <summary>Deletes every expired entry; answers how many.</summary>
    public static Task<int> PurgeExpiredAsync(ClientCareDb db, DateTimeOffset now, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(db);
        var nowMs = now.ToUnixTimeMilliseconds();
        return db.Set<TokenCacheEntry>().Where(e => e.ExpiresAt <= nowMs).ExecuteDeleteAsync(token);
    }

    private async Task PurgeExpiredIfDueAsync(ClientCareDb db, DateTimeOffset now, CancellationToken token)
    {
        var due = Interlocked.Read(ref _nextPurge);
        var nowMs = now.ToUnixTimeMilliseconds();
        if (nowMs < due || Interlocked.CompareExchange(ref _nextPurge, nowMs + (long)PurgeInterval.TotalMilliseconds, due) != due)
        {
            return;
        }

        await PurgeExpiredAsync(db, now, token);
    }
}

/// <summary>One entry of <see cref="DatabaseTokenCache"/>: an encrypted MSAL token cache blob under MSAL's cache key.</summary>
public sealed class TokenCacheEntry
{
    public required string Key { get; set; }

    public required byte[] Value { get; set; }

    /// <summary>Unix milliseconds after which the entry is gone.</summary>
    public long ExpiresAt { get; set; }

    /// <summary>Unix milliseconds; no use extends the entry past this.</summary>
    public long? AbsoluteExpiresAt { get; set; }

    public long? SlidingMilliseconds { get; set; }

    internal long NextExpiry(long now)
    {
        var sliding = SlidingMilliseconds is { } s ? now + s : long.MaxValue;
        return Math.Min(sliding, AbsoluteExpiresAt ?? long.MaxValue);
    }

    internal sealed class Configuration : IEntityTypeConfiguration<TokenCacheEntry>
    {
        public void Configure(EntityTypeBuilder<TokenCacheEntry> entry)
        {
            entry.ToTable("TokenCacheEntries");
            entry.IsNotPersonalData("Keyed by MSAL's cache key, not by user; encrypted; gone when it expires. Erasure ends the user's background session (TokenCacheSetup).");
            entry.HasKey(e => e.Key);
            entry.Property(e => e.Key).HasMaxLength(449);
            entry.HasIndex(e => e.ExpiresAt);
        }
    }
}
