using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookClientCare.Core.Calendars;
using OutlookClientCare.Core.TimeBlocks;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Booking;

/// <summary>Daily client-response blocks: settings, dry-run plan, booking, the booked blocks, .ics export and imports.</summary>
public static class TimeBlocksApi
{
    private const int MaxSettingsBytes = 64 * 1024;

    public sealed record PlanResponse(IReadOnlyList<PlannedBlock> Blocks, IReadOnlyList<BlockOperation> Ops);

    public sealed record BookResponse(int Created, int Moved, int Deleted, int Kept, int Failed, IReadOnlyList<string> Problems, IReadOnlyList<PlannedBlock> Blocks);

    public sealed record BlockResponse(DateOnly Date, DateTimeOffset? Start, DateTimeOffset? End, BookedBlockState State, string? EventId);

    public sealed record BlocksResponse(IReadOnlyList<BlockResponse> Blocks);

    public sealed record CalendarResponse(long Id, ImportedCalendarKind Kind, string Name, DateTimeOffset UploadedAt);

    public sealed record CalendarsResponse(IReadOnlyList<CalendarResponse> Calendars);

    public static IEndpointRouteBuilder MapTimeBlocks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/timeblocks").RequireAuthorization().WithTags("TimeBlocks");
        group.MapGet("/settings", GetSettingsAsync).WithName("GetTimeBlockSettings")
            .WithSummary("The user's block settings, or defaults from Outlook's mailbox settings.");
        group.MapPut("/settings", PutSettingsAsync).WithName("PutTimeBlockSettings")
            .WithSummary("Saves block settings; autoBooking switches the daily booking and change notifications on or off.");
        group.MapPost("/plan", PlanAsync).WithName("PlanTimeBlocks")
            .WithSummary("Dry run: the blocks and the operations booking would do now.");
        group.MapPost("/book", BookAsync).WithName("BookTimeBlocks")
            .WithSummary("Books the blocks of the horizon now.");
        group.MapGet("", GetBlocksAsync).WithName("GetTimeBlocks")
            .WithSummary("Upcoming booked blocks and their state (booked, moved-by-user, deleted-by-user, removed).");
        group.MapGet("/calendar.ics", GetIcsAsync).WithName("GetTimeBlocksIcs")
            .WithSummary("Upcoming booked blocks as an iCalendar file.");
        group.MapPost("/calendars", UploadCalendarAsync).WithName("UploadCalendar")
            .WithSummary("Imports an .ics calendar (kind=busy or kind=holidays) to plan around.");
        group.MapGet("/calendars", GetCalendarsAsync).WithName("GetCalendars")
            .WithSummary("The imported calendars.");
        group.MapDelete("/calendars/{id:long}", DeleteCalendarAsync).WithName("DeleteCalendar")
            .WithSummary("Removes an imported calendar.");
        app.MapGraphNotifications();
        return app;
    }

    private static async Task<Ok<TimeBlockSettingsDocument>> GetSettingsAsync(ClaimsPrincipal principal, ClientCareDb db, MailboxService mailbox, TimeProvider time, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var (row, source) = await SettingsOfAsync(user, db, mailbox, time, ct);
        return TypedResults.Ok(BookingSettings.ToDocument(row, source));
    }

    private static async Task<Results<Ok<TimeBlockSettingsDocument>, ValidationProblem>> PutSettingsAsync(
        ClaimsPrincipal principal, HttpRequest request, ClientCareDb db, GraphAccess graph, MailboxService mailbox, ChangeSubscriptions subscriptions, TimeProvider time, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var body = await BodyText.ReadAsync(request, MaxSettingsBytes, ct);
        if (body is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["$"] = [$"settings must be at most {MaxSettingsBytes} bytes"] });
        }

        var (settings, language, autoBooking, errors) = BookingSettings.Read(body);
        if (settings is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var row = await db.Set<BookingUser>().SingleOrDefaultAsync(u => u.TenantId == user.TenantId && u.ObjectId == user.ObjectId, ct);
        if (row is null)
        {
            row = BookingSettings.NewRow(user, settings, language, time.GetUtcNow());
            db.Add(row);
        }
        else
        {
            BookingSettings.Apply(row, settings, language);
            row.UpdatedAt = time.GetUtcNow();
        }

        // Hours sent as Outlook has them keep following Outlook; any others are the user's own
        // (workingHoursFromOutlook in the answer says which; setting Outlook's hours again follows it again).
        var outlook = BookingSettings.FromOutlook((await mailbox.GetProfileAsync(user, ct)).Settings).Settings;
        row.WorkingHoursFromOutlook = BookingSettings.HasHoursOf(row, outlook);

        row.AutoBooking = autoBooking;
        if (autoBooking)
        {
            await subscriptions.EnsureAsync(row, graph.For(user), ct);
        }
        else
        {
            await subscriptions.RemoveAsync(row, graph.For(user), ct);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(BookingSettings.ToDocument(row, SettingsSource.Stored));
    }

    private static async Task<Results<Ok<PlanResponse>, ValidationProblem>> PlanAsync(
        ClaimsPrincipal principal, ClientCareDb db, GraphAccess graph, MailboxService mailbox, BookingRunner runner, TimeProvider time, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var (row, _) = await SettingsOfAsync(user, db, mailbox, time, ct);
        try
        {
            var decision = await runner.PlanAsync(row, graph.For(user), ct);
            return TypedResults.Ok(new PlanResponse(decision.Plan.Blocks, decision.Plan.Ops));
        }
        catch (IcsFormatException error)
        {
            return UnreadableImport(error);
        }
    }

    private static async Task<Results<Ok<BookResponse>, ValidationProblem, ProblemHttpResult>> BookAsync(
        ClaimsPrincipal principal, ClientCareDb db, GraphAccess graph, MailboxService mailbox, BookingRunner runner, TimeProvider time, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var (row, source) = await SettingsOfAsync(user, db, mailbox, time, ct);
        if (source == SettingsSource.MailboxDefaults)
        {
            // Booking records hang on the settings they were booked with.
            db.Add(row);
        }

        UserBookingResult result;
        try
        {
            result = (await runner.BookAsync([row], graph.Batches(user), BookingMode.Interactive, ct))[0];
        }
        catch (IcsFormatException error)
        {
            return UnreadableImport(error);
        }
        catch (BookingBusyException)
        {
            return TypedResults.Problem(
                title: "Your blocks are being booked right now.",
                detail: "Another OutlookClientCare server is booking your client-time blocks at this moment. Try again in a minute.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Ok(new BookResponse(result.Created, result.Moved, result.Deleted, result.Kept, result.Failed, result.Problems, result.Plan?.Blocks ?? []));
    }

    private static async Task<Ok<BlocksResponse>> GetBlocksAsync(ClaimsPrincipal principal, ClientCareDb db, TimeProvider time, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var blocks = await UpcomingAsync(user, db, time, ct);
        var zone = await ZoneOfAsync(user, db, ct);
        return TypedResults.Ok(new BlocksResponse([.. blocks.Select(b => new BlockResponse(
            b.Date,
            b.Start is { } start ? TimeZoneInfo.ConvertTime(start, zone) : null,
            b.End is { } end ? TimeZoneInfo.ConvertTime(end, zone) : null,
            b.State,
            b.EventId))]));
    }

    private static async Task<ContentHttpResult> GetIcsAsync(ClaimsPrincipal principal, ClientCareDb db, TimeProvider time, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var row = await db.Set<BookingUser>().AsNoTracking().SingleOrDefaultAsync(u => u.TenantId == user.TenantId && u.ObjectId == user.ObjectId, ct);
        var blocks = (await UpcomingAsync(user, db, time, ct))
            .Where(b => b.State is BookedBlockState.Booked or BookedBlockState.MovedByUser && b.Start is not null && b.End is not null)
            .Select(b => new PlannedBlock(b.Date, b.Start, b.End, BlockPlacement.Window));
        var ics = IcsExport.Write(blocks, row?.TimeZoneId ?? "UTC", time.GetUtcNow(), row?.Title ?? BlockText.Subject("en"), $"{user.TenantId}/{user.ObjectId}");
        return TypedResults.Text(ics, "text/calendar", System.Text.Encoding.UTF8);
    }

    private static async Task<Results<Created<CalendarResponse>, ValidationProblem, ProblemHttpResult>> UploadCalendarAsync(
        ClaimsPrincipal principal, HttpRequest request, string? kind, string? name, ClientCareDb db, TimeProvider time, IOptions<BookingOptions> options, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        if (!Enum.TryParse<ImportedCalendarKind>(kind, ignoreCase: true, out var parsedKind) || !Enum.IsDefined(parsedKind) || char.IsDigit(kind![0]))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["kind must be busy or holidays"] });
        }

        var limit = options.Value.MaxCalendarBytes;
        var text = await BodyText.ReadAsync(request, limit, ct);
        if (text is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The calendar is too large.",
                detail: string.Create(CultureInfo.InvariantCulture, $"Calendars up to {limit:N0} bytes are accepted."));
        }

        var count = await db.Set<ImportedCalendar>().CountAsync(c => c.TenantId == user.TenantId && c.ObjectId == user.ObjectId, ct);
        if (count >= options.Value.MaxCalendarsPerUser)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["calendars"] = [$"at most {options.Value.MaxCalendarsPerUser} calendars; delete one first"] });
        }

        try
        {
            var now = time.GetUtcNow();
            IcsImport.ReadBusy(text, now.AddDays(-1), now.AddDays(TimeBlockSettings.MaxHorizonDays + 1));
        }
        catch (IcsFormatException error)
        {
            return UnreadableImport(error);
        }

        var calendar = new ImportedCalendar
        {
            TenantId = user.TenantId,
            ObjectId = user.ObjectId,
            Kind = parsedKind,
            Name = string.IsNullOrWhiteSpace(name) ? parsedKind.ToString().ToLowerInvariant() : name.Trim()[..Math.Min(name.Trim().Length, 200)],
            IcsText = text,
            UploadedAt = time.GetUtcNow(),
        };
        db.Add(calendar);
        await db.SaveChangesAsync(ct);
        var response = new CalendarResponse(calendar.Id, calendar.Kind, calendar.Name, calendar.UploadedAt);
        return TypedResults.Created($"/api/timeblocks/calendars/{calendar.Id}", response);
    }

    private static async Task<Ok<CalendarsResponse>> GetCalendarsAsync(ClaimsPrincipal principal, ClientCareDb db, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var calendars = await db.Set<ImportedCalendar>().AsNoTracking()
            .Where(c => c.TenantId == user.TenantId && c.ObjectId == user.ObjectId)
            .OrderBy(c => c.Id)
            .Select(c => new CalendarResponse(c.Id, c.Kind, c.Name, c.UploadedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(new CalendarsResponse(calendars));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteCalendarAsync(ClaimsPrincipal principal, long id, ClientCareDb db, CancellationToken ct)
    {
        var user = AppUser.From(principal);
        var deleted = await db.Set<ImportedCalendar>()
            .Where(c => c.Id == id && c.TenantId == user.TenantId && c.ObjectId == user.ObjectId)
            .ExecuteDeleteAsync(ct);
        return deleted > 0 ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    /// <summary>The stored settings, or (not yet stored) defaults from the mailbox settings.</summary>
    private static async Task<(BookingUser Row, SettingsSource Source)> SettingsOfAsync(AppUser user, ClientCareDb db, MailboxService mailbox, TimeProvider time, CancellationToken ct)
    {
        var row = await db.Set<BookingUser>().SingleOrDefaultAsync(u => u.TenantId == user.TenantId && u.ObjectId == user.ObjectId, ct);
        if (row is not null)
        {
            return (row, SettingsSource.Stored);
        }

        var profile = await mailbox.GetProfileAsync(user, ct);
        var (settings, language) = BookingSettings.FromOutlook(profile.Settings);
        var defaults = BookingSettings.NewRow(user, settings, language, time.GetUtcNow());
        defaults.WorkingHoursFromOutlook = true;
        return (defaults, SettingsSource.MailboxDefaults);
    }

    private static async Task<List<BookedBlock>> UpcomingAsync(AppUser user, ClientCareDb db, TimeProvider time, CancellationToken ct)
    {
        var zone = await ZoneOfAsync(user, db, ct);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        return await db.Set<BookedBlock>().AsNoTracking()
            .Where(b => b.TenantId == user.TenantId && b.ObjectId == user.ObjectId && b.Date >= today)
            .OrderBy(b => b.Date)
            .ToListAsync(ct);
    }

    private static async Task<TimeZoneInfo> ZoneOfAsync(AppUser user, ClientCareDb db, CancellationToken ct)
    {
        var zoneId = await db.Set<BookingUser>().Where(u => u.TenantId == user.TenantId && u.ObjectId == user.ObjectId).Select(u => u.TimeZoneId).SingleOrDefaultAsync(ct);
        return zoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
    }

    private static ValidationProblem UnreadableImport(IcsFormatException error) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["calendar"] = [error.Message] },
            detail: error.Reason,
            extensions: error.Line is { } line ? new Dictionary<string, object?> { ["line"] = line } : null);
}
