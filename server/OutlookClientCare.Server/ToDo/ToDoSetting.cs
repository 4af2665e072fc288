using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutlookClientCare.Server.ToDo;

/// <summary>
/// A user's choice to mirror follow-ups into Microsoft To Do, the id of our list there (found again by
/// id, never by name) and the delta link that tells which of its tasks changed since we last looked.
/// </summary>
public sealed class ToDoSetting
{
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }
    public bool Enabled { get; set; }
    public string? ListId { get; set; }
    public string? DeltaLink { get; set; }

    /// <summary>Who the user is to Graph, so the background round can address their mailbox without a request from them.</summary>
    public string? UserPrincipalName { get; set; }

    /// <summary>When their list was last read (pane or background round): a round skips users another instance just read.</summary>
    public DateTimeOffset? SyncedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<ToDoSetting>
    {
        public void Configure(EntityTypeBuilder<ToDoSetting> setting)
        {
            setting.ToTable("ToDoSettings");
            setting.HasKey(s => new { s.TenantId, s.ObjectId });
            setting.Property(s => s.TenantId).HasMaxLength(64);
            setting.Property(s => s.ObjectId).HasMaxLength(64);
            setting.Property(s => s.ListId).HasMaxLength(512);
            setting.Property(s => s.DeltaLink).HasMaxLength(4096);
            setting.Property(s => s.UserPrincipalName).HasMaxLength(320);
        }
    }
}
