using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutlookClientCare.Server.FollowUps;

/// <summary>
/// One agreed next step (the user's own words), who does it and by when. The due day is a date in
/// the user's time zone, kept with the item so "overdue" needs no Graph call.
/// </summary>
public sealed class FollowUpItem
{
    public Guid Id { get; set; }
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }
    public Guid SummaryId { get; set; }
    public required string ConversationId { get; set; }
    public string? ClientAddress { get; set; }
    public required string What { get; set; }

    /// <summary>"us" or "client".</summary>
    public required string Who { get; set; }

    public DateOnly Due { get; set; }
    public required string TimeZoneId { get; set; }

    /// <summary>"de" or "en": the user's own language, for log texts about this item.</summary>
    public required string Language { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }

    /// <summary>The Microsoft To Do task mirroring this item, and its list; null while not linked (see ToDo/ToDoMirror).</summary>
    public string? TodoListId { get; set; }

    public string? TodoTaskId { get; set; }

    public string StateOn(DateOnly today) => DoneAt is not null ? "done" : Due < today ? "overdue" : "due";

    public DateOnly TodayIn(DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc).DateTime);

    internal sealed class Configuration : IEntityTypeConfiguration<FollowUpItem>
    {
        public void Configure(EntityTypeBuilder<FollowUpItem> item)
        {
            item.ToTable("FollowUps");
            item.HasKey(i => i.Id);
            item.Property(i => i.TenantId).HasMaxLength(64);
            item.Property(i => i.ObjectId).HasMaxLength(64);
            item.Property(i => i.ConversationId).HasMaxLength(512);
            item.Property(i => i.ClientAddress).HasMaxLength(320);
            item.Property(i => i.What).HasMaxLength(SummaryLimits.MaxText);
            item.Property(i => i.Who).HasMaxLength(6);
            item.Property(i => i.TimeZoneId).HasMaxLength(64);
            item.Property(i => i.Language).HasMaxLength(2);
            item.Property(i => i.TodoListId).HasMaxLength(512);
            item.Property(i => i.TodoTaskId).HasMaxLength(512);
            item.HasIndex(i => new { i.TenantId, i.ObjectId, i.Due });
            item.HasIndex(i => new { i.TenantId, i.ObjectId, i.TodoTaskId });
            item.HasOne<FollowUpSummary>().WithMany().HasForeignKey(i => i.SummaryId).OnDelete(DeleteBehavior.Cascade);
        }
    }
}

/// <summary>
/// A follow-up summary that reached Outlook: written only after the draft exists and the original is
/// flagged, so a repeated request can answer from here without calling Graph again.
/// </summary>
public sealed class FollowUpSummary
{
    public Guid Id { get; set; }
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }

    /// <summary>SHA-256 of (user, conversation, canonical request): the same request twice finds this row.</summary>
    public required string IdempotencyKey { get; set; }

    public required string ConversationId { get; set; }
    public required string RepliedToMessageId { get; set; }
    public required string DraftId { get; set; }
    public string? WebLink { get; set; }
    public DateOnly FlagDue { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<FollowUpSummary>
    {
        public void Configure(EntityTypeBuilder<FollowUpSummary> summary)
        {
            summary.ToTable("FollowUpSummaries");
            summary.HasKey(s => s.Id);
            summary.Property(s => s.TenantId).HasMaxLength(64);
            summary.Property(s => s.ObjectId).HasMaxLength(64);
            summary.Property(s => s.IdempotencyKey).HasMaxLength(64);
            summary.Property(s => s.ConversationId).HasMaxLength(512);
            summary.Property(s => s.RepliedToMessageId).HasMaxLength(512);
            summary.Property(s => s.DraftId).HasMaxLength(512);
            summary.Property(s => s.WebLink).HasMaxLength(2048);
            summary.HasIndex(s => new { s.TenantId, s.ObjectId, s.IdempotencyKey }).IsUnique();
        }
    }
}
