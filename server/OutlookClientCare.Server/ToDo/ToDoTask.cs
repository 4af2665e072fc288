using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutlookClientCare.Server.ToDo;

/// <summary>
/// A To Do task we created, and for which follow-up (or check-in). It outlives the follow-up: when a changed summary
/// replaces its open follow-ups, the tasks of the replaced ones are found here and removed from To Do,
/// and erasure removes exactly these tasks (never one the user made).
/// </summary>
public sealed class ToDoTask
{
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }
    public required string TaskId { get; set; }
    public required string ListId { get; set; }
    public Guid FollowUpId { get; set; }
    /// <summary>The follow-up's conversation; empty for a check-in.</summary>
    public required string ConversationId { get; set; }

    /// <summary>For a check-in task: the client card's address (FollowUpId is then empty).</summary>
    public string? CheckInClient { get; set; }

    /// <summary>For a check-in task: the day it was due; one task per client and due day.</summary>
    public DateOnly? CheckInDueOn { get; set; }

    /// <summary>"de" or "en": the language the task was written in, for what completing it logs.</summary>
    public string? Language { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<ToDoTask>
    {
        public void Configure(EntityTypeBuilder<ToDoTask> task)
        {
            task.ToTable("ToDoTasks");
            task.HasKey(t => new { t.TenantId, t.ObjectId, t.TaskId });
            task.Property(t => t.TenantId).HasMaxLength(64);
            task.Property(t => t.ObjectId).HasMaxLength(64);
            task.Property(t => t.TaskId).HasMaxLength(512);
            task.Property(t => t.ListId).HasMaxLength(512);
            task.Property(t => t.ConversationId).HasMaxLength(512);
            task.HasIndex(t => new { t.TenantId, t.ObjectId, t.FollowUpId });
            task.Property(t => t.CheckInClient).HasMaxLength(320);
            task.Property(t => t.Language).HasMaxLength(2);
        }
    }
}
