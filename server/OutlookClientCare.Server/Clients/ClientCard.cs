using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutlookClientCare.Server.Clients;

/// <summary>
/// What was agreed with one client (an address or a whole domain): the expectation card of step 6
/// of the client-care method. Only what the user typed in; nothing from e-mail bodies.
/// </summary>
public sealed class ClientCard
{
    public Guid Id { get; set; }
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }

    /// <summary>Lower-case address or domain.</summary>
    public required string Key { get; set; }

    public string? DisplayName { get; set; }
    public List<string> AgreedTimelines { get; set; } = [];
    public List<string> Deliverables { get; set; } = [];
    public List<string> Constraints { get; set; } = [];
    public string? ResponseTimePromise { get; set; }

    /// <summary>"de" or "en".</summary>
    public string? PreferredLanguage { get; set; }

    /// <summary>"sie" or "du".</summary>
    public string? FormOfAddress { get; set; }

    public int? CheckInEveryDays { get; set; }

    /// <summary>The colleague the client was handed over to (null while the user keeps the client).</summary>
    public string? OwnerName { get; set; }

    public string? OwnerAddress { get; set; }
    public DateTimeOffset? OwnerSince { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<ClientCard>
    {
        public void Configure(EntityTypeBuilder<ClientCard> card)
        {
            card.ToTable("ClientCards");
            card.HasKey(c => c.Id);
            card.Property(c => c.TenantId).HasMaxLength(64);
            card.Property(c => c.ObjectId).HasMaxLength(64);
            card.Property(c => c.Key).HasMaxLength(ClientKeys.MaxLength);
            card.Property(c => c.DisplayName).HasMaxLength(ClientCardLimits.ShortText);
            card.Property(c => c.ResponseTimePromise).HasMaxLength(ClientCardLimits.ShortText);
            card.Property(c => c.PreferredLanguage).HasMaxLength(2);
            card.Property(c => c.FormOfAddress).HasMaxLength(3);
            card.Property(c => c.Notes).HasMaxLength(ClientCardLimits.Notes);
            card.Property(c => c.OwnerName).HasMaxLength(ClientCardLimits.ShortText);
            card.Property(c => c.OwnerAddress).HasMaxLength(320);
            card.HasIndex(c => new { c.TenantId, c.ObjectId, c.Key }).IsUnique();
        }
    }
}

public static class ClientCardLimits
{
    public const int ShortText = 200;
    public const int ListItems = 20;
    public const int ListItemText = 300;
    public const int Notes = 2_000;
    public const int MaxCheckInDays = 365;
}
