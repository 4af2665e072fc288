using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>The seeded users of one sandbox tenant, looked up by object id or user principal name.</summary>
public sealed class SandboxTenant
{
    private const string DemoResource = "OutlookClientCare.GraphSandbox.Seed.demo-tenant.json";

    private readonly Dictionary<string, SandboxUser> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SandboxUser> _users = [];

    private SandboxTenant(Guid tenantId, DateOnly anchor)
    {
        TenantId = tenantId;
        Anchor = anchor;
        Ids = new GraphIds(tenantId.ToString());
    }

    public Guid TenantId { get; }

    /// <summary>The seed's anchor date after any shift (the Monday the demo data is written around).</summary>
    public DateOnly Anchor { get; }

    public IReadOnlyList<SandboxUser> Users => _users;

    internal GraphIds Ids { get; }

    /// <summary>
    /// Reads the seed format (see the project README). With <paramref name="shiftAnchorTo"/>, every date moves by
    /// whole weeks so the anchor lands in that date's week: message instants move by N*7 days, event wall-clock
    /// times and recurrence dates move as local dates, so a 09:00 meeting stays at 09:00 across DST.
    /// </summary>
    public static SandboxTenant FromJson(string json, DateTimeOffset? shiftAnchorTo = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("The sandbox seed must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The sandbox seed is not valid JSON: {ex.Message}", ex);
        }

        var anchor = DateOnly.TryParseExact(JsonRead.Text(root["anchor"]), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new FormatException("The sandbox seed needs \"anchor\": \"yyyy-MM-dd\".");
        var days = shiftAnchorTo is { } target ? SeedShift.DaysToShift(anchor, DateOnly.FromDateTime(target.Date)) : 0;
        var tenantId = Guid.TryParse(JsonRead.Text(root["tenantId"]), out var id) ? id : new GraphIds("tenant").GuidFrom(json);
        var tenant = new SandboxTenant(tenantId, anchor.AddDays(days));
        var seededAt = new DateTimeOffset(anchor.AddDays(days).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        foreach (var node in root["users"] as JsonArray ?? throw new FormatException("The sandbox seed needs a \"users\" array."))
        {
            if (node is not JsonObject seedUser)
            {
                throw new FormatException("Every entry of \"users\" must be an object.");
            }

            tenant.AddSeededUser((JsonObject)seedUser.DeepClone(), days, seededAt);
        }

        // Colleagues: people of the same organisation (found by /users and $search, may sign in) whose mailboxes hold nothing yet.
        foreach (var node in root["colleagues"] as JsonArray ?? [])
        {
            if (node is not JsonObject colleague || colleague.ContainsKey("messages") || colleague.ContainsKey("events"))
            {
                throw new FormatException("Every entry of \"colleagues\" must be a user object without messages or events.");
            }

            tenant.AddSeededUser((JsonObject)colleague.DeepClone(), days, seededAt);
        }

        return tenant;
    }

    /// <summary>The demo tenant embedded as Seed/demo-tenant.json, shifted so its anchor week is the current week.</summary>
    public static SandboxTenant LoadDemo(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        using var stream = typeof(SandboxTenant).Assembly.GetManifestResourceStream(DemoResource)
            ?? throw new InvalidOperationException(
                "The demo tenant seed is missing: add server/OutlookClientCare.GraphSandbox/Seed/demo-tenant.json " +
                "(the csproj embeds Seed/*.json) in the seed format of SandboxTenant.FromJson.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd(), time.GetUtcNow());
    }

    /// <summary>A synthetic tenant for load tests: see <see cref="TenantGenerator"/>.</summary>
    public static SandboxTenant Generate(int users, int seed, DateOnly? firstMonday = null, int meetingsPerUser = 6) =>
        FromJson(TenantGenerator.SeedJson(users, seed, firstMonday ?? new DateOnly(2026, 11, 30), meetingsPerUser));

    public SandboxUser? Find(string idOrUserPrincipalName) =>
        _byKey.GetValueOrDefault(idOrUserPrincipalName);

    public SandboxUser User(string idOrUserPrincipalName) =>
        Find(idOrUserPrincipalName) ?? throw new KeyNotFoundException($"No sandbox user '{idOrUserPrincipalName}'.");

    private void AddSeededUser(JsonObject seed, int shiftDays, DateTimeOffset seededAt)
    {
        var upn = JsonRead.Text(seed["userPrincipalName"]) ?? throw new FormatException("Every seeded user needs \"userPrincipalName\".");
        var id = JsonRead.Text(seed["id"]) ?? Ids.GuidFrom("user/" + upn).ToString();
        var profile = new JsonObject { ["id"] = id, ["userPrincipalName"] = upn };
        foreach (var (name, value) in seed)
        {
            if (name is not ("id" or "userPrincipalName" or "mailboxSettings" or "messages" or "events"))
            {
                profile[name] = value?.DeepClone();
            }
        }

        profile["displayName"] ??= upn;
        profile["mail"] ??= upn;
        profile["businessPhones"] ??= new JsonArray();

        var settings = seed["mailboxSettings"] as JsonObject ?? [];
        seed.Remove("mailboxSettings");
        GraphDefaults.MailboxSettings(settings, JsonRead.Text(profile["preferredLanguage"]));
        var user = new SandboxUser(profile, settings);
        if (!_byKey.TryAdd(user.Id, user) || !_byKey.TryAdd(user.UserPrincipalName, user))
        {
            throw new FormatException($"The seed lists user '{upn}' (or its id) twice.");
        }

        _users.Add(user);
        foreach (var message in Items(seed, "messages"))
        {
            SeedShift.Message(message, shiftDays);
            GraphDefaults.Message(message, user, Ids, seededAt);
            user.Messages[JsonRead.Text(message["id"])!] = message;
        }

        foreach (var calendarEvent in Items(seed, "events"))
        {
            SeedShift.Event(calendarEvent, shiftDays);
            EventRules.Validate(calendarEvent, requireTimes: true)?.ThrowAsSeedError(upn);
            GraphDefaults.Event(calendarEvent, user, Ids, seededAt);
            user.Events[JsonRead.Text(calendarEvent["id"])!] = calendarEvent;
        }
    }

    private static IEnumerable<JsonObject> Items(JsonObject seed, string name)
    {
        var items = seed[name] as JsonArray ?? [];
        seed.Remove(name);
        foreach (var node in items.ToList())
        {
            items.Remove(node);
            yield return node as JsonObject ?? throw new FormatException($"Every entry of \"{name}\" must be an object.");
        }
    }
}
