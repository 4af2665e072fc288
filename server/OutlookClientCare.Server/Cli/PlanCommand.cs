using System.Globalization;
using System.Text.Json;
using OutlookClientCare.Core;
using OutlookClientCare.Core.Calendars;
using OutlookClientCare.Core.TimeBlocks;

namespace OutlookClientCare.Server.Cli;

/// <summary>
/// plan --settings S.json --busy B(.ics|.json) --from YYYY-MM-DD --days N [--holidays H.ics]
/// [--existing E.json] [--ics OUT.ics] [--now ISO-8601] [--user KEY]: the client-response blocks for
/// those days (contract in design.md). --now fixes the exported DTSTAMP, --user seeds the UIDs.
/// </summary>
public static class PlanCommand
{
    public static async Task RunAsync(CliArgs args, TextWriter stdout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        args.AllowOnly("settings", "busy", "from", "days", "holidays", "existing", "ics", "now", "user");
        var settingsPath = args.RequiredFile("settings");
        var busyPath = args.RequiredFile("busy");
        var from = args.OptionalDate("from") ?? throw new CliUsageException("plan: --from is required (YYYY-MM-DD).");
        var days = args.OptionalInt("days", 1, TimeBlockSettings.MaxHorizonDays)
            ?? throw new CliUsageException($"plan: --days is required (1 to {TimeBlockSettings.MaxHorizonDays}).");
        var holidaysPath = args.OptionalFile("holidays");
        var existingPath = args.OptionalFile("existing");
        var icsPath = args.Optional("ics");
        var now = args.OptionalInstant("now") ?? DateTimeOffset.UtcNow;
        var user = args.Optional("user") ?? "local";

        var settings = TimeBlockSettingsJson.Read(await File.ReadAllTextAsync(settingsPath, cancellationToken), out var errors)
            ?? throw new CliUsageException($"plan: --settings: {string.Join("; ", errors)}");
        var zone = settings.ResolveTimeZone();
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(from.ToDateTime(TimeOnly.MinValue))).AddDays(-1);
        var end = start.AddDays(days + 2);

        var busy = ReadBusy(busyPath, await File.ReadAllTextAsync(busyPath, cancellationToken), start, end, zone);
        var holidays = holidaysPath is null
            ? new HashSet<DateOnly>()
            : Guard("holidays", () => IcsImport.ReadHolidays(File.ReadAllText(holidaysPath), from, from.AddDays(days)));
        var existing = existingPath is null ? [] : ExistingBlocksJson(await File.ReadAllTextAsync(existingPath, cancellationToken));

        var plan = DailyBlockPlanner.Plan(settings, from, days, busy, existing, holidays);
        if (icsPath is not null)
        {
            var ics = IcsExport.Write(plan.Blocks, settings.TimeZoneId, now, settings.Block.Title, user);
            try
            {
                await File.WriteAllTextAsync(icsPath, ics, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliUsageException($"plan: --ics: cannot write {icsPath}: {ex.Message}");
            }
        }

        await stdout.WriteLineAsync(JsonSerializer.Serialize(plan, CoreJson.Options));
    }

    private static IReadOnlyList<BusyEvent> ReadBusy(string path, string text, DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        var isJson = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            || (!path.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) && text.TrimStart().StartsWith('{'));
        return isJson
            ? Guard("busy", () => CalendarViewJson.ReadBusy(text))
            : Guard("busy", () => IcsImport.ReadBusy(text, from, to, zone));
    }

    private static T Guard<T>(string option, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new CliUsageException($"plan: --{option}: {ex.Message}");
        }
    }

    /// <summary>An earlier plan output ({"blocks":[...]}) or just its blocks array.</summary>
    private static List<ExistingBlock> ExistingBlocksJson(string json)
    {
        return Guard("existing", () =>
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var blocks = root.ValueKind == JsonValueKind.Array ? root
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("blocks", out var inner) && inner.ValueKind == JsonValueKind.Array ? inner
                : throw new FormatException("expected an earlier plan output {\"blocks\":[...]} or its blocks array");
            var result = new List<ExistingBlock>();
            var index = 0;
            foreach (var item in blocks.EnumerateArray())
            {
                if (ReadExisting(item, $"blocks[{index++}]") is { } block)
                {
                    result.Add(block);
                }
            }

            return result;
        });
    }

    private static ExistingBlock? ReadExisting(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{path} must be an object");
        }

        var date = Text(item, "date") is { } dateText && DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"{path}.date must be a date written YYYY-MM-DD");
        var deleted = Flag(item, "deletedByUser", path);
        var start = Instant(item, "start", path);
        var end = Instant(item, "end", path);
        if (!deleted && (start is null || end is null))
        {
            // A day the earlier plan left empty ("placement":"none") has nothing booked.
            return null;
        }

        if (start is not null && end is not null && end <= start)
        {
            throw new FormatException($"{path}.end must be after {path}.start");
        }

        return new ExistingBlock(date, start, end, Text(item, "eventId")) { MovedByUser = Flag(item, "movedByUser", path), DeletedByUser = deleted };
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Instant(JsonElement item, string name, string path)
    {
        var text = Text(item, name);
        if (text is null)
        {
            return null;
        }

        // Offsets are part of the contract: a time without one would be read in the machine's zone.
        return DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new FormatException($"{path}.{name} must be an ISO-8601 date and time with an offset, not '{text}'");
    }

    private static bool Flag(JsonElement item, string name, string path) =>
        item.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            _ => throw new FormatException($"{path}.{name} must be true or false"),
        };
}
