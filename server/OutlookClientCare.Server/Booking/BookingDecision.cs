using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OutlookClientCare.Core.Calendars;
using OutlookClientCare.Core.TimeBlocks;
using OutlookClientCare.Server.Graph;

namespace OutlookClientCare.Server.Booking;

/// <summary>One change to Outlook that a plan asks for. Moves and deletes only ever name events read back with our tag.</summary>
public abstract record BlockWrite(DateOnly Date)
{
    public sealed record Create(DateOnly Date, DateTimeOffset Start, DateTimeOffset End, string TransactionId, int PlanVersion) : BlockWrite(Date);

    public sealed record Move(DateOnly Date, CalendarEvent Ours, DateTimeOffset Start, DateTimeOffset End) : BlockWrite(Date);

    public sealed record Delete(DateOnly Date, CalendarEvent Ours) : BlockWrite(Date);
}

/// <summary>Everything known about one user before deciding: settings, our records, their calendar and imports.</summary>
public sealed record BookingInput(
    BookingUser User,
    IReadOnlyList<BookedBlock> Records,
    IReadOnlyList<CalendarEvent> Calendar,
    IReadOnlyList<ImportedCalendar> Imports,
    BookingHorizon Horizon);

/// <summary>The days we plan and the calendarView window that covers them (a day either side for all-day events and buffers).</summary>
public sealed record BookingHorizon(DateOnly From, int Days, DateTimeOffset ViewStart, DateTimeOffset ViewEnd)
{
    /// <summary>
    /// From today when the working day has not started yet, else from tomorrow: a block in the
    /// part of today that is already over helps nobody.
    /// </summary>
    public static BookingHorizon For(TimeBlockSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var zone = settings.ResolveTimeZone();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var from = TimeOnly.FromDateTime(local.DateTime) < settings.WorkingHours.Start ? today : today.AddDays(1);
        return new BookingHorizon(from, settings.HorizonDays, Midnight(from.AddDays(-1), zone), Midnight(from.AddDays(settings.HorizonDays + 1), zone));
    }

    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);

        // A few zones skip midnight when DST starts; the next hour exists.
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    public bool Contains(DateOnly date) => date >= From && date < From.AddDays(Days);
}

/// <summary>The plan for one user, the writes that carry it out, and the records found or changed on the way.</summary>
public sealed record BookingDecision(TimeBlockPlan Plan, IReadOnlyList<BlockWrite> Writes, IReadOnlyList<BookedBlock> Adopted, IReadOnlyList<string> Skipped);

/// <summary>
/// Compares the calendar with what we recorded (hand edits), plans, and turns the plan into writes.
/// No I/O: the runner hands in what Graph and the database said.
/// </summary>
public static class BookingDecider
{
    private const string TagPrefix = "block:v1:";

    public static BookingDecision Decide(BookingInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = BookingSettings.ToPlannerSettings(input.User);
        var zone = settings.ResolveTimeZone();
        var horizon = input.Horizon;
        var events = input.Calendar.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var existing = new List<ExistingBlock>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var recordsByDate = input.Records.Where(r => horizon.Contains(r.Date)).ToDictionary(r => r.Date);

        foreach (var record in recordsByDate.Values)
        {
            if (Reconcile(record, events, now) is { } block)
            {
                existing.Add(block);
            }

            if (record.EventId is not null && record.State is BookedBlockState.Booked or BookedBlockState.MovedByUser)
            {
                claimed.Add(record.EventId);
            }
        }

        // Our tagged events without a record: a run that created them and died before saving, or a
        // duplicate. Adopting them is what keeps a rerun from booking the same day twice.
        var adopted = new List<BookedBlock>();
        foreach (var ours in input.Calendar.Where(e => e.IsOurs && !claimed.Contains(e.Id)))
        {
            if (DateOfTag(ours.TagValue) is not { } date || !horizon.Contains(date))
            {
                continue;
            }

            existing.Add(new ExistingBlock(date, ours.Start, ours.End, ours.Id));
            claimed.Add(ours.Id);
            if (!recordsByDate.TryGetValue(date, out var record))
            {
                record = NewRecord(input.User, date, 1, now);
                recordsByDate[date] = record;
                adopted.Add(record);
            }

            if (record.State is BookedBlockState.DeletedByUser)
            {
                // The user brought our block back (from Deleted Items): theirs to place now.
                existing.RemoveAll(b => b.Date == date && b.DeletedByUser);
                existing[^1] = existing[^1] with { MovedByUser = true };
                record.State = BookedBlockState.MovedByUser;
                record.EventId = ours.Id;
                record.Start = ours.Start;
                record.End = ours.End;
                record.UpdatedAt = now;
            }
            else if (record.State is BookedBlockState.Removed || record.EventId is null)
            {
                record.State = BookedBlockState.Booked;
                record.EventId = ours.Id;
                record.Start = ours.Start;
                record.End = ours.End;
                record.UpdatedAt = now;
            }
        }

        var busy = Busy(input, zone);
        var holidays = Holidays(input, horizon);
        var plan = DailyBlockPlanner.Plan(settings, horizon.From, horizon.Days, busy, existing, holidays);
        var (writes, skipped) = Writes(input.User, plan, events, recordsByDate);
        return new BookingDecision(plan, writes, adopted, skipped);
    }

    /// <summary>A GUID-shaped id from (tenant, user, day, version): a retried create finds the event of the first try.</summary>
    public static string TransactionId(string tenantId, string objectId, DateOnly date, int planVersion)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"occ-block|{tenantId}|{objectId}|{date:yyyy-MM-dd}|{planVersion}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    public static BookedBlock NewRecord(BookingUser user, DateOnly date, int planVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new BookedBlock
        {
            TenantId = user.TenantId,
            ObjectId = user.ObjectId,
            Date = date,
            PlanVersion = planVersion,
            TransactionId = TransactionId(user.TenantId, user.ObjectId, date, planVersion),
            State = BookedBlockState.Removed,
            UpdatedAt = now,
        };
    }

    /// <summary>What our record means today: still where we put it, moved by the user, or deleted by the user.</summary>
    private static ExistingBlock? Reconcile(BookedBlock record, Dictionary<string, CalendarEvent> events, DateTimeOffset now)
    {
        switch (record.State)
        {
            case BookedBlockState.Removed:
                return null;
            case BookedBlockState.DeletedByUser:
                return new ExistingBlock(record.Date, null, null) { DeletedByUser = true };
        }

        if (record.EventId is null || !events.TryGetValue(record.EventId, out var found) || !found.IsOurs)
        {
            record.State = BookedBlockState.DeletedByUser;
            record.UpdatedAt = now;
            return new ExistingBlock(record.Date, null, null) { DeletedByUser = true };
        }

        if (found.Start != record.Start || found.End != record.End)
        {
            record.State = BookedBlockState.MovedByUser;
            record.Start = found.Start;
            record.End = found.End;
            record.UpdatedAt = now;
        }

        return new ExistingBlock(record.Date, found.Start, found.End, found.Id) { MovedByUser = record.State == BookedBlockState.MovedByUser };
    }

    private static (List<BlockWrite> Writes, List<string> Skipped) Writes(
        BookingUser user, TimeBlockPlan plan, Dictionary<string, CalendarEvent> events, Dictionary<DateOnly, BookedBlock> records)
    {
        var writes = new List<BlockWrite>();
        var skipped = new List<string>();
        foreach (var op in plan.Ops)
        {
            switch (op.Op)
            {
                case BlockOperationKind.Create:
                    // Only a day without a record, or one whose event we removed, gets a create.
                    var version = records.TryGetValue(op.Date, out var record) ? record.PlanVersion + 1 : 1;
                    writes.Add(new BlockWrite.Create(op.Date, op.Start, op.End, TransactionId(user.TenantId, user.ObjectId, op.Date, version), version));
                    break;
                case BlockOperationKind.Move or BlockOperationKind.Delete:
                    if (op.EventId is null || !events.TryGetValue(op.EventId, out var ours) || !ours.IsOurs)
                    {
                        skipped.Add(string.Create(CultureInfo.InvariantCulture, $"{op.Date:yyyy-MM-dd}: {op.Op} of an event without our tag was not done"));
                        continue;
                    }

                    writes.Add(op.Op == BlockOperationKind.Move ? new BlockWrite.Move(op.Date, ours, op.Start, op.End) : new BlockWrite.Delete(op.Date, ours));
                    break;
            }
        }

        return (writes, skipped);
    }

    private static List<BusyEvent> Busy(BookingInput input, TimeZoneInfo zone)
    {
        var busy = input.Calendar.Select(e => e.ToBusy()).ToList();
        foreach (var calendar in input.Imports.Where(c => c.Kind == ImportedCalendarKind.Busy))
        {
            busy.AddRange(IcsImport.ReadBusy(calendar.IcsText, input.Horizon.ViewStart, input.Horizon.ViewEnd, zone));
        }

        return busy;
    }

    private static HashSet<DateOnly> Holidays(BookingInput input, BookingHorizon horizon)
    {
        var days = new HashSet<DateOnly>();
        foreach (var calendar in input.Imports.Where(c => c.Kind == ImportedCalendarKind.Holidays))
        {
            days.UnionWith(IcsImport.ReadHolidays(calendar.IcsText, horizon.From, horizon.From.AddDays(horizon.Days)));
        }

        return days;
    }

    private static DateOnly? DateOfTag(string? tag) =>
        tag is not null && tag.StartsWith(TagPrefix, StringComparison.Ordinal)
            && DateOnly.TryParseExact(tag[TagPrefix.Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
