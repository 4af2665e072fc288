using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.Booking;

/// <summary>
/// A user's block settings as they saved them (the planner's TimeBlockSettings fields), whether we
/// book for them in the background, and their change-notification subscription.
/// </summary>
public sealed class BookingUser
{
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }
    public required string UserPrincipalName { get; set; }
    public required string TimeZoneId { get; set; }

    /// <summary>Lower-case day names joined by commas, as Graph writes them ("monday,tuesday").</summary>
    public required string WorkingDays { get; set; }
    public TimeOnly WorkStart { get; set; }
    public TimeOnly WorkEnd { get; set; }
    public int BlockMinutes { get; set; }
    public TimeOnly WindowStart { get; set; }
    public TimeOnly WindowEnd { get; set; }
    public int MinMinutes { get; set; }
    public int BufferMinutes { get; set; }
    public int BreakMinutes { get; set; }
    public required string Title { get; set; }
    public bool TentativeBlocks { get; set; }
    public int HorizonDays { get; set; }

    /// <summary>
    /// True while the time zone and working hours are Outlook's (taken from its mailbox settings and not
    /// changed by the user): a later change in Outlook then reaches the planner on the next daily run.
    /// </summary>
    public bool WorkingHoursFromOutlook { get; set; }

    /// <summary>"de" or "en": the language of the block's subject and body.</summary>
    public required string Language { get; set; }
    public bool AutoBooking { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string? SubscriptionId { get; set; }

    /// <summary>Graph echoes it with every notification; compared, never logged.</summary>
    public string? SubscriptionClientState { get; set; }
    public DateTimeOffset? SubscriptionExpiresAt { get; set; }

    public AppUser ToAppUser() => new(TenantId, ObjectId, UserPrincipalName);

    internal sealed class Configuration : IEntityTypeConfiguration<BookingUser>
    {
        public void Configure(EntityTypeBuilder<BookingUser> user)
        {
            user.ToTable("BookingUsers");
            user.HasKey(u => new { u.TenantId, u.ObjectId });
            user.Property(u => u.TenantId).HasMaxLength(64);
            user.Property(u => u.ObjectId).HasMaxLength(64);
            user.Property(u => u.UserPrincipalName).HasMaxLength(320);
            user.Property(u => u.TimeZoneId).HasMaxLength(100);
            user.Property(u => u.WorkingDays).HasMaxLength(80);
            user.Property(u => u.Title).HasMaxLength(255);
            user.Property(u => u.Language).HasMaxLength(8);
            user.Property(u => u.SubscriptionId).HasMaxLength(128);
            user.Property(u => u.SubscriptionClientState).HasMaxLength(128);
            user.HasIndex(u => u.SubscriptionId);
            user.HasIndex(u => u.AutoBooking);
        }
    }
}

public enum BookedBlockState
{
    /// <summary>Our event is where we put it.</summary>
    Booked,

    /// <summary>The user dragged our event elsewhere: it stays where they put it.</summary>
    MovedByUser,

    /// <summary>The user deleted our event: that day gets no block again.</summary>
    DeletedByUser,

    /// <summary>We deleted our event (the day filled up or became a day off); the day may get a new one.</summary>
    Removed,
}

/// <summary>What we booked for one user and day, so hand edits can be told apart from our own.</summary>
public sealed class BookedBlock
{
    public long Id { get; set; }
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }
    public DateOnly Date { get; set; }
    public string? EventId { get; set; }
    public DateTimeOffset? Start { get; set; }
    public DateTimeOffset? End { get; set; }
    public required string TransactionId { get; set; }

    /// <summary>Counts the events we created for this day; part of the transactionId, so a rebooking after we removed one is a new event.</summary>
    public int PlanVersion { get; set; }
    public BookedBlockState State { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<BookedBlock>
    {
        public void Configure(EntityTypeBuilder<BookedBlock> block)
        {
            block.ToTable("BookedBlocks");
            block.HasKey(b => b.Id);
            block.Property(b => b.TenantId).HasMaxLength(64);
            block.Property(b => b.ObjectId).HasMaxLength(64);
            block.Property(b => b.EventId).HasMaxLength(512);
            block.Property(b => b.TransactionId).HasMaxLength(64);
            block.Property(b => b.State).HasConversion<string>().HasMaxLength(20);
            block.HasIndex(b => new { b.TenantId, b.ObjectId, b.Date }).IsUnique();
        }
    }
}

public enum ImportedCalendarKind
{
    /// <summary>Extra busy time (a second calendar, a shared team calendar).</summary>
    Busy,

    /// <summary>All-day events are days off.</summary>
    Holidays,
}

/// <summary>An uploaded .ics file (calendar data, not mail), expanded each time we plan.</summary>
public sealed class ImportedCalendar
{
    public long Id { get; set; }
    public required string TenantId { get; set; }
    public required string ObjectId { get; set; }
    public ImportedCalendarKind Kind { get; set; }
    public required string Name { get; set; }
    public required string IcsText { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    internal sealed class Configuration : IEntityTypeConfiguration<ImportedCalendar>
    {
        public void Configure(EntityTypeBuilder<ImportedCalendar> calendar)
        {
            calendar.ToTable("ImportedCalendars");
            calendar.HasKey(c => c.Id);
            calendar.Property(c => c.TenantId).HasMaxLength(64);
            calendar.Property(c => c.ObjectId).HasMaxLength(64);
            calendar.Property(c => c.Name).HasMaxLength(200);
            calendar.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            calendar.HasIndex(c => new { c.TenantId, c.ObjectId });
        }
    }
}
