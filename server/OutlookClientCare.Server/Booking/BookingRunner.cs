using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookClientCare.Core.Calendars;
using OutlookClientCare.Core.TimeBlocks;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Interactions;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Booking;

public enum BookingMode
{
    /// <summary>"Book now": the user waits; Graph trouble becomes their 503, agendas may ask Graph.</summary>
    Interactive,

    /// <summary>The periodic run and re-plans: a failing user is logged and retried next time.</summary>
    Background,
}

/// <summary>What one user's booking did.</summary>
public sealed record UserBookingResult(
    string UserPrincipalName,
    int Created,
    int Moved,
    int Deleted,
    int Kept,
    int Failed,
    IReadOnlyList<string> Problems,
    TimeBlockPlan? Plan);

/// <summary>
/// Books blocks for many users of one tenant in two rounds of $batch: every user's calendarView,
/// then every create/move/delete. That is at most two Graph requests per user when a run only has
/// to add the day that entered the horizon, which is the daily case.
/// </summary>
public sealed class BookingRunner(ClientCareDb db, TimeProvider time, IEnumerable<IBlockAgenda> agendas, InteractionLog log, BookingLocks locks, IOptions<BookingOptions> options, ILogger<BookingRunner> logger)
{
    private const int StepsPerSender = GraphBatch.MaxStepsPerBatch * 4;

    public async Task<IReadOnlyList<UserBookingResult>> BookAsync(IReadOnlyList<BookingUser> users, GraphBatch sender, BookingMode mode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(sender);
        if (users.Count == 0)
        {
            return [];
        }

        if (users.Select(u => u.TenantId).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new ArgumentException("One run books the users of one tenant.", nameof(users));
        }

        // Someone waiting for "book now" gets an answer soon; background runs wait their turn.
        var maxWait = mode == BookingMode.Interactive ? options.Value.BusyWait : (TimeSpan?)null;
        await using var held = await locks.AcquireAsync(users.Select(u => (u.TenantId, u.ObjectId)), maxWait, ct);
        var now = time.GetUtcNow();
        var horizons = users.Select(u => BookingHorizon.For(BookingSettings.ToPlannerSettings(u), now)).ToList();
        var (records, imports) = await LoadAsync(users, horizons.Min(h => h.From), ct);

        List<BatchRequest> viewSteps = [.. users.Select((u, i) => new CalendarViewRequest(ViewStepId(i), u.ObjectId, horizons[i].ViewStart, horizons[i].ViewEnd, u.TimeZoneId))];

        // Hours that follow Outlook are read again once a day, in the same batch as the calendar, so a
        // change made in Outlook reaches the plan on the next daily run.
        viewSteps.AddRange(users.Select((u, i) => (u, i)).Where(x => OutlookHoursDue(x.u, now)).Select(x => new OutlookSettingsRequest(SettingsStepId(x.i), x.u.ObjectId)));
        var views = await SendAsync(sender, viewSteps, mode, ct);
        for (var i = 0; i < users.Count; i++)
        {
            await TakeOutlookHoursAsync(users[i], views.GetValueOrDefault(SettingsStepId(i)), now, ct);
        }

        var pending = new List<PendingUser>(users.Count);
        for (var i = 0; i < users.Count; i++)
        {
            var user = users[i];
            var problems = new List<string>();
            if (await ReadViewOrNullAsync(sender, user, views.GetValueOrDefault(ViewStepId(i)), problems, ct) is not { } calendar)
            {
                pending.Add(new PendingUser(user, null, [], problems));
                continue;
            }

            List<BookedBlock> mine = [.. records[(user.TenantId, user.ObjectId)]];
            try
            {
                var decision = BookingDecider.Decide(new BookingInput(user, mine, calendar, [.. imports[(user.TenantId, user.ObjectId)]], horizons[i]), now);
                db.AddRange(decision.Adopted);
                problems.AddRange(decision.Skipped);
                pending.Add(new PendingUser(user, decision, [.. mine, .. decision.Adopted], problems));
            }
            catch (IcsFormatException error) when (mode == BookingMode.Background)
            {
                problems.Add("an imported calendar can no longer be read: " + error.Message);
                pending.Add(new PendingUser(user, null, [], problems));
            }
            catch (ArgumentException error) when (mode == BookingMode.Background)
            {
                // Settings saved by an older version that the planner no longer accepts: skip this user, not the run.
                problems.Add("the saved settings cannot be planned with: " + error.Message);
                pending.Add(new PendingUser(user, null, [], problems));
            }
        }

        var writeSteps = new List<(BatchRequest Step, PendingUser User, BlockWrite Write)>();
        var agendaLines = await PrepareAgendasAsync(pending, mode, ct);
        foreach (var user in pending.Where(p => p.Decision is not null))
        {
            foreach (var write in user.Decision!.Writes)
            {
                writeSteps.Add((await RequestForAsync($"w{writeSteps.Count}", user.User, write, agendaLines, ct), user, write));
            }
        }

        var written = await SendAsync(sender, [.. writeSteps.Select(w => w.Step)], mode, ct);
        foreach (var (step, user, write) in writeSteps)
        {
            try
            {
                await ApplyAsync(user, write, written.GetValueOrDefault(step.Id), now, ct);
            }
            catch (GraphGatewayException error)
            {
                // The next run finds the event by its tag (or its transactionId) and records it then.
                user.Failed++;
                user.Problems.Add($"{write.Date:yyyy-MM-dd}: the answer to a create could not be read: {error.Message}");
            }
        }

        foreach (var user in pending.Where(p => p.Created + p.Moved > 0))
        {
            log.Add(user.User.ToAppUser(), InteractionKind.BlockBooked, BookedText(user.User.Language, user.Created, user.Moved));
        }

        await db.SaveChangesAsync(ct);
        return [.. pending.Select(p => p.Result())];
    }

    /// <summary>The plan for one user without changing anything (the dry run of POST /api/timeblocks/plan).</summary>
    public async Task<BookingDecision> PlanAsync(BookingUser user, GraphGateway gateway, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(gateway);
        var now = time.GetUtcNow();
        var horizon = BookingHorizon.For(BookingSettings.ToPlannerSettings(user), now);
        var (records, imports) = await LoadAsync([user], horizon.From, ct);
        var calendar = await gateway.GetCalendarViewAsync(horizon.ViewStart, horizon.ViewEnd, user.TimeZoneId, ct);
        return BookingDecider.Decide(new BookingInput(user, [.. records[(user.TenantId, user.ObjectId)]], calendar, [.. imports[(user.TenantId, user.ObjectId)]], horizon), now);
    }

    private async Task<(ILookup<(string, string), BookedBlock> Records, ILookup<(string, string), ImportedCalendar> Imports)> LoadAsync(
        IReadOnlyList<BookingUser> users, DateOnly from, CancellationToken ct)
    {
        var tenant = users[0].TenantId;
        var ids = users.Select(u => u.ObjectId).ToList();
        var records = await db.Set<BookedBlock>().Where(r => r.TenantId == tenant && ids.Contains(r.ObjectId) && r.Date >= from).ToListAsync(ct);
        var imports = await db.Set<ImportedCalendar>().Where(c => c.TenantId == tenant && ids.Contains(c.ObjectId)).ToListAsync(ct);
        return (records.ToLookup(r => (r.TenantId, r.ObjectId)), imports.ToLookup(c => (c.TenantId, c.ObjectId)));
    }

    private static async Task<IReadOnlyList<CalendarEvent>?> ReadViewOrNullAsync(GraphBatch sender, BookingUser user, BatchAnswer? result, List<string> problems, CancellationToken ct)
    {
        if (result is not { IsSuccess: true })
        {
            problems.Add($"the calendar could not be read ({Status(result)})");
            return null;
        }

        try
        {
            return await sender.ReadCalendarViewAsync(result, user.ObjectId, user.TimeZoneId, ct);
        }
        catch (GraphGatewayException error)
        {
            problems.Add("the calendar answer could not be read: " + error.Message);
            return null;
        }
    }

    private async Task<BatchRequest> RequestForAsync(string id, BookingUser user, BlockWrite write, IReadOnlyList<(string Name, BlockAgendaLines Lines)> agendaLines, CancellationToken ct)
    {
        switch (write)
        {
            case BlockWrite.Create create:
                var lines = await AgendaAsync(user, create.Date, agendaLines, ct);
                var draft = new OurEventDraft(create.TransactionId, user.Title, BlockText.BodyHtml(user.Language, lines), create.Start, create.End, user.TimeZoneId, OurEventTag.BlockValue(create.Date));
                return new CreateEventRequest(id, user.ObjectId, draft);
            case BlockWrite.Move move:
                return new MoveEventRequest(id, user.ObjectId, move.Ours, move.Start, move.End, user.TimeZoneId);
            case BlockWrite.Delete delete:
                return new DeleteEventRequest(id, user.ObjectId, delete.Ours);
            default:
                throw new ArgumentOutOfRangeException(nameof(write), write, "unknown write");
        }
    }

    /// <summary>
    /// The agendas, each prepared once for every user of this run who gets a new block (in the
    /// background only those that do not call Graph: two requests per user is the budget).
    /// </summary>
    private async Task<List<(string Name, BlockAgendaLines Lines)>> PrepareAgendasAsync(List<PendingUser> pending, BookingMode mode, CancellationToken ct)
    {
        var creating = pending.Where(p => p.Decision?.Writes.Any(w => w is BlockWrite.Create) == true).ToList();
        var prepared = new List<(string, BlockAgendaLines)>();
        if (creating.Count == 0)
        {
            return prepared;
        }

        var users = creating.Select(p => p.User.ToAppUser()).ToList();
        var until = creating.SelectMany(p => p.Decision!.Writes.OfType<BlockWrite.Create>()).Max(c => c.Date);
        foreach (var agenda in agendas.Where(a => mode == BookingMode.Interactive || !a.CallsGraph))
        {
            prepared.Add((agenda.GetType().Name, await agenda.PrepareAsync(users, until, ct)));
        }

        return prepared;
    }

    private async Task<IReadOnlyList<string>> AgendaAsync(BookingUser user, DateOnly date, IReadOnlyList<(string Name, BlockAgendaLines Lines)> agendaLines, CancellationToken ct)
    {
        var lines = new List<string>();
        foreach (var (name, agenda) in agendaLines)
        {
            try
            {
                lines.AddRange(await agenda(user.ToAppUser(), date, user.Language, TimeZoneOf(user), ct));
            }
            catch (GraphGatewayException error)
            {
                // The block matters more than its agenda.
                logger.LogWarning("Agenda {Agenda} unavailable for a block: {Error}", name, error.Message);
            }
        }

        return lines;
    }

    private async Task ApplyAsync(PendingUser user, BlockWrite write, BatchAnswer? result, DateTimeOffset now, CancellationToken ct)
    {
        var gone = result?.Status == HttpStatusCode.NotFound && write is BlockWrite.Delete;
        if (result is not { IsSuccess: true } && !gone)
        {
            user.Failed++;
            user.Problems.Add($"{write.Date:yyyy-MM-dd}: {write.GetType().Name.ToLowerInvariant()} failed ({Status(result)})");
            return;
        }

        var record = user.Records.FirstOrDefault(r => r.Date == write.Date);
        switch (write)
        {
            case BlockWrite.Create create:
                var created = await GraphBatch.ReadCreatedEventAsync(result!, ct);
                if (record is null)
                {
                    record = BookingDecider.NewRecord(user.User, create.Date, create.PlanVersion, now);
                    db.Add(record);
                    user.Records.Add(record);
                }

                record.State = BookedBlockState.Booked;
                record.EventId = created.Id;
                record.Start = created.Start;
                record.End = created.End;
                record.PlanVersion = create.PlanVersion;
                record.TransactionId = create.TransactionId;
                record.UpdatedAt = now;
                user.Created++;
                break;
            case BlockWrite.Move move:
                if (record?.EventId == move.Ours.Id)
                {
                    record.Start = move.Start;
                    record.End = move.End;
                    record.UpdatedAt = now;
                }

                user.Moved++;
                break;
            case BlockWrite.Delete delete:
                if (record?.EventId == delete.Ours.Id)
                {
                    record.State = BookedBlockState.Removed;
                    record.EventId = null;
                    record.Start = null;
                    record.End = null;
                    record.UpdatedAt = now;
                }

                user.Deleted++;
                break;
        }
    }

    /// <summary>
    /// Batches go out <see cref="BookingOptions.ParallelBatches"/> at a time. In the background a
    /// batch that fails as a whole fails only its own users; interactively the caller gets the error.
    /// </summary>
    private async Task<Dictionary<string, BatchAnswer>> SendAsync(GraphBatch sender, List<BatchRequest> steps, BookingMode mode, CancellationToken ct)
    {
        var results = new Dictionary<string, BatchAnswer>(StringComparer.Ordinal);
        if (steps.Count == 0)
        {
            return results;
        }

        using var gate = new SemaphoreSlim(Math.Max(1, options.Value.ParallelBatches / 4));
        var parts = await Task.WhenAll(steps.Chunk(StepsPerSender).Select(async part =>
        {
            await gate.WaitAsync(ct);
            try
            {
                return await sender.SendAsync(part, ct);
            }
            catch (GraphGatewayException error) when (mode == BookingMode.Background)
            {
                logger.LogWarning("A booking batch of {Steps} requests failed: {Error}", part.Length, error.Message);
                return new Dictionary<string, BatchAnswer>();
            }
            finally
            {
                gate.Release();
            }
        }));
        foreach (var part in parts)
        {
            foreach (var (id, result) in part)
            {
                results[id] = result;
            }
        }

        return results;
    }

    private static string ViewStepId(int index) => $"v{index}";

    private static string SettingsStepId(int index) => $"s{index}";

    private static bool OutlookHoursDue(BookingUser user, DateTimeOffset now)
    {
        if (!user.WorkingHoursFromOutlook)
        {
            return false;
        }

        var zone = TimeZoneOf(user);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(user.UpdatedAt, zone).DateTime) < DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }

    private async Task TakeOutlookHoursAsync(BookingUser user, BatchAnswer? answer, DateTimeOffset now, CancellationToken ct)
    {
        if (answer is not { IsSuccess: true })
        {
            return;
        }

        try
        {
            var outlook = BookingSettings.FromOutlook(await GraphBatch.ReadOutlookSettingsAsync(answer, ct)).Settings;
            if (outlook.Validate().Count == 0 && BookingSettings.TakeHoursOf(user, outlook))
            {
                logger.LogInformation("Outlook's working hours or time zone changed for a user; the plan follows them.");
            }

            user.UpdatedAt = now;
        }
        catch (GraphGatewayException error)
        {
            logger.LogWarning("Outlook's mailbox settings could not be read for a user: {Error}", error.Message);
        }
    }

    private static string Status(BatchAnswer? result) =>
        result is null ? "no answer" : $"Graph answered {(int)result.Status}";

    private sealed class PendingUser(BookingUser user, BookingDecision? decision, List<BookedBlock> records, List<string> problems)
    {
        public BookingUser User { get; } = user;

        public BookingDecision? Decision { get; } = decision;

        public List<BookedBlock> Records { get; } = records;

        public List<string> Problems { get; } = problems;

        public int Created { get; set; }

        public int Moved { get; set; }

        public int Deleted { get; set; }

        public int Failed { get; set; }

        public UserBookingResult Result() => new(
            User.UserPrincipalName,
            Created,
            Moved,
            Deleted,
            Decision?.Plan.Ops.Count(o => o.Op == BlockOperationKind.Keep) ?? 0,
            Failed + (Decision is null ? 1 : 0),
            Problems,
            Decision?.Plan);
    }

    private static TimeZoneInfo TimeZoneOf(BookingUser user) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(user.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    private static string BookedText(string language, int created, int moved) => language == "de"
        ? string.Create(CultureInfo.GetCultureInfo("de-DE"), $"Kundenzeit gebucht: {created} neu, {moved} verschoben")
        : string.Create(CultureInfo.GetCultureInfo("en-US"), $"Client time booked: {created} new, {moved} moved");
}
