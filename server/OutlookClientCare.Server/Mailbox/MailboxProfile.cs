using System.Globalization;
using OutlookClientCare.Core;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Graph;

namespace OutlookClientCare.Server.Mailbox;

/// <summary>
/// Who the user is (name, address and the other addresses they write from) and where and when they
/// work: the time zone, working hours and culture every date we show or compute is expressed in.
/// </summary>
public sealed record MailboxProfile(string DisplayName, string Address, string UserPrincipalName, IReadOnlyList<string> Aliases, OutlookSettings Settings)
{
    public static MailboxProfile From(MailboxOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return new MailboxProfile(owner.DisplayName, owner.Address, owner.UserPrincipalName, owner.Aliases, owner.Settings);
    }

    public string TimeZoneId => Settings.TimeZoneId;

    public TimeZoneInfo TimeZone => Settings.TimeZone;

    public WorkingHours WorkingHours => Settings.WorkingHours ?? WorkingHours.Default;

    public CultureInfo Culture => Settings.Culture;

    public ThreadLanguage Language => Settings.Language;

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);

    /// <summary>An instant at a wall-clock time of a day in the user's zone.</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>The culture for dates in a reply: the user's own when it speaks that language, else de-DE / en-US.</summary>
    public CultureInfo CultureFor(ThreadLanguage language) =>
        (language == ThreadLanguage.De) == (Culture.TwoLetterISOLanguageName == "de")
            ? Culture
            : CultureInfo.GetCultureInfo(language == ThreadLanguage.De ? "de-DE" : "en-US");

    /// <summary>What the thread analysis needs to know about the user, at <paramref name="now"/>.</summary>
    public AnalysisContext AnalysisContext(DateTimeOffset now) =>
        new(Address, now, TimeZone) { Aliases = Aliases, WorkingHours = WorkingHours, UserLanguage = Language };

    /// <summary>True when someone other than the user wrote the message, and it is not a draft.</summary>
    public bool IsFromClient(MailboxMessage message) => ThreadMessages.IsFromClient(message, Address, Aliases);
}
