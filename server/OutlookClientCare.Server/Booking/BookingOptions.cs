using System.ComponentModel.DataAnnotations;

namespace OutlookClientCare.Server.Booking;

/// <summary>"Booking" configuration section: the background run and change notifications.</summary>
public sealed class BookingOptions
{
    public const string Section = "Booking";

    /// <summary>
    /// How often the background run books the horizon of every auto-booking user. It is also the
    /// safety net for change notifications that never arrived, hence more often than daily.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RunInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long "book now" waits while another server instance books the same user, before answering 409.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan BusyWait { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Set false to keep the background run from starting (tests drive it themselves).</summary>
    public bool RunInBackground { get; set; } = true;

    /// <summary>False: no change-notification subscriptions at all; the periodic run is the only re-plan.</summary>
    public bool ChangeNotifications { get; set; } = true;

    /// <summary>How long a user's calendar must stay quiet after a change notification before it is re-planned (one re-plan per burst).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReplanSettle { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How far ahead a subscription's expiry is set when it is created or renewed: Graph allows 10,080
    /// minutes for Outlook events; a few minutes less leaves room for our clock and Graph's to differ.
    /// </summary>
    [Range(typeof(TimeSpan), "00:45:00", "7.00:00:00")]
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromMinutes(10_080 - 10);

    /// <summary>Subscriptions that expire sooner than this are renewed by the run (which runs every <see cref="RunInterval"/>).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "2.00:00:00")]
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// $batch calls of one run in flight at once, across mailboxes (Graph's limit of 4 concurrent
    /// requests is per mailbox, and each mailbox appears once per batch round).
    /// </summary>
    [Range(1, 64)]
    public int ParallelBatches { get; set; } = 32;

    /// <summary>
    /// Parts of a run (<see cref="BookingRun.UsersPerPart"/> users each) booked at once. Two keep
    /// both cores busy: one part plans and writes its records while another waits for Graph. Each
    /// part has its own <see cref="ParallelBatches"/>.
    /// </summary>
    [Range(1, 8)]
    public int ParallelParts { get; set; } = 2;

    /// <summary>Largest .ics upload we accept.</summary>
    [Range(1024, 5_000_000)]
    public int MaxCalendarBytes { get; set; } = 2_000_000;

    [Range(1, 50)]
    public int MaxCalendarsPerUser { get; set; } = 10;
}
