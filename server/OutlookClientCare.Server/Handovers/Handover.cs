using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutlookClientCare.Server.Handovers;

/// <summary>
/// A client's thread handed to a colleague: the forward draft we created in the user's mailbox, who
/// it goes to, and the brief (derived facts only, never the client's sentences). The row is the
/// sender's; the named colleague, in the same tenant, may read its brief: the one place where one
/// user's data reaches another user.
/// </summary>
public sealed class Handover
{
    public const int MaxBriefJson = 16_000;

    public Guid Id { get; set; }
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }

    /// <summary>SHA-256 of (user, conversation, colleague, note): the same request twice finds this row.</summary>
    public required string IdempotencyKey { get; set; }

    public required string ConversationId { get; set; }
    public required string ForwardedMessageId { get; set; }
    public required string DraftId { get; set; }
    public string? WebLink { get; set; }

    public required string FromName { get; set; }
    public required string FromAddress { get; set; }

    /// <summary>The colleague's object id in the same tenant: the only key another user's reads go by.</summary>
    public required string ToObjectId { get; set; }

    public required string ToAddress { get; set; }
    public required string ToName { get; set; }
    public string? ClientAddress { get; set; }
    public string? ClientName { get; set; }

    /// <summary>"de" or "en": the language the brief is written in.</summary>
    public required string Language { get; set; }

    /// <summary>The <see cref="HandoverBrief"/> as stored (no client sentences), JSON.</summary>
    public required string BriefJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<Handover>
    {
        public void Configure(EntityTypeBuilder<Handover> handover)
        {
            handover.ToTable("Handovers");
            handover.HasKey(h => h.Id);
            handover.Property(h => h.TenantId).HasMaxLength(64);
            handover.Property(h => h.ObjectId).HasMaxLength(64);
            handover.Property(h => h.IdempotencyKey).HasMaxLength(64);
            handover.Property(h => h.ConversationId).HasMaxLength(512);
            handover.Property(h => h.ForwardedMessageId).HasMaxLength(512);
            handover.Property(h => h.DraftId).HasMaxLength(512);
            handover.Property(h => h.WebLink).HasMaxLength(2048);
            handover.Property(h => h.FromName).HasMaxLength(200);
            handover.Property(h => h.FromAddress).HasMaxLength(320);
            handover.Property(h => h.ToObjectId).HasMaxLength(64);
            handover.Property(h => h.ToAddress).HasMaxLength(320);
            handover.Property(h => h.ToName).HasMaxLength(200);
            handover.Property(h => h.ClientAddress).HasMaxLength(320);
            handover.Property(h => h.ClientName).HasMaxLength(200);
            handover.Property(h => h.Language).HasMaxLength(2);
            handover.Property(h => h.BriefJson).HasMaxLength(MaxBriefJson);
            handover.HasIndex(h => new { h.TenantId, h.ObjectId, h.IdempotencyKey }).IsUnique();
            handover.HasIndex(h => new { h.TenantId, h.ObjectId, h.ConversationId });
            handover.HasIndex(h => new { h.TenantId, h.ToObjectId });
        }
    }
}
