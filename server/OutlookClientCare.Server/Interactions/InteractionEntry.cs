using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutlookClientCare.Server.Interactions;

/// <summary>What the product did for a client, printed kebab-case ("summary-drafted").</summary>
public enum InteractionKind
{
    SnippetInserted,
    SummaryDrafted,
    FollowUpDue,
    FollowUpDone,
    BlockBooked,
    Note,
    HandedOver,
}

/// <summary>
/// One logged product action: when, for which client (address, lower case) and conversation, and a
/// short text we derived ourselves. Never the e-mail body.
/// </summary>
public sealed class InteractionEntry
{
    public const int MaxText = 300;

    public Guid Id { get; set; }
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }
    public DateTimeOffset At { get; set; }
    public InteractionKind Kind { get; set; }
    public string? ClientAddress { get; set; }
    public string? ConversationId { get; set; }
    public required string Text { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<InteractionEntry>
    {
        public void Configure(EntityTypeBuilder<InteractionEntry> entry)
        {
            entry.ToTable("Interactions");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.TenantId).HasMaxLength(64);
            entry.Property(e => e.ObjectId).HasMaxLength(64);
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
            entry.Property(e => e.ClientAddress).HasMaxLength(320);
            entry.Property(e => e.ConversationId).HasMaxLength(512);
            entry.Property(e => e.Text).HasMaxLength(MaxText);
            entry.HasIndex(e => new { e.TenantId, e.ObjectId, e.ClientAddress });
            entry.HasIndex(e => new { e.TenantId, e.ObjectId, e.ConversationId });
        }
    }
}
