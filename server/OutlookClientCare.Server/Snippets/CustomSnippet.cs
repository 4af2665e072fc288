using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OutlookClientCare.Server.Snippets;

/// <summary>A snippet the user wrote: titles, descriptions and the variants (language, form, tone, template) as JSON.</summary>
public sealed class CustomSnippet
{
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }
    public required string SnippetId { get; set; }
    public required string TitleDe { get; set; }
    public required string TitleEn { get; set; }
    public string DescriptionDe { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public required string VariantsJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<CustomSnippet>
    {
        public void Configure(EntityTypeBuilder<CustomSnippet> snippet)
        {
            snippet.ToTable("CustomSnippets");
            snippet.HasKey(s => new { s.TenantId, s.ObjectId, s.SnippetId });
            snippet.Property(s => s.TenantId).HasMaxLength(64);
            snippet.Property(s => s.ObjectId).HasMaxLength(64);
            snippet.Property(s => s.SnippetId).HasMaxLength(SnippetLimits.MaxId);
            snippet.Property(s => s.TitleDe).HasMaxLength(SnippetLimits.MaxTitle);
            snippet.Property(s => s.TitleEn).HasMaxLength(SnippetLimits.MaxTitle);
            snippet.Property(s => s.DescriptionDe).HasMaxLength(SnippetLimits.MaxDescription);
            snippet.Property(s => s.DescriptionEn).HasMaxLength(SnippetLimits.MaxDescription);
        }
    }
}

public static class SnippetLimits
{
    public const int MaxId = 64;
    public const int MaxTitle = 100;
    public const int MaxDescription = 300;
    public const int MaxVariants = 6;
    public const int MaxCustomPerUser = 200;
}
