using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutlookClientCare.Server.Storage;

/// <summary>
/// Everything we keep, per user (tenant id + object id). Derived facts only: never message
/// bodies, never tokens. Each feature folder maps its own rows with an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> next to them and reads them with <c>db.Set&lt;T&gt;()</c>.
/// This type is SQLite's; <see cref="PostgresClientCareDb"/> is the same model with PostgreSQL's migrations.
/// </summary>
public class ClientCareDb : DbContext, IDataProtectionKeyContext
{
    public ClientCareDb(DbContextOptions<ClientCareDb> options)
        : base(options)
    {
    }

    protected ClientCareDb(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<UserProfile> Users => Set<UserProfile>();

    /// <summary>Shared by every instance when the token cache is distributed (see Identity/TokenCacheSetup).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ClientCareDb).Assembly);
}

/// <summary>A user we have seen, and when: the anchor every other row of theirs hangs on.</summary>
public sealed class UserProfile
{
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }
    public required string UserPrincipalName { get; set; }
    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset LastSeen { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<UserProfile>
    {
        public void Configure(EntityTypeBuilder<UserProfile> user)
        {
            user.HasKey(u => new { u.TenantId, u.ObjectId });
            user.Property(u => u.TenantId).HasMaxLength(64);
            user.Property(u => u.ObjectId).HasMaxLength(64);
            user.Property(u => u.UserPrincipalName).HasMaxLength(320);
        }
    }
}
