using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>
/// Synthetic tenants for benchmarks: user N is "user{N:0000}@sandbox.example", each with a working-hours
/// mailbox in one of a few European and US zones, a weekly series and a few meetings over the next three weeks.
/// The same (users, seed, firstMonday) always gives the same tenant.
/// </summary>
internal static class TenantGenerator
{
    private static readonly (string Windows, string Locale)[] Zones =
    [
        ("W. Europe Standard Time", "de-DE"),
        ("W. Europe Standard Time", "de-AT"),
        ("W. Europe Standard Time", "de-CH"),
        ("GMT Standard Time", "en-GB"),
        ("Eastern Standard Time", "en-US"),
    ];

    private static readonly string[] GivenNames = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hannes", "Ines", "Jonas"];
    private static readonly string[] Surnames = ["Albrecht", "Brandt", "Wilson", "Keller", "Lorenz", "Meyer", "Novak", "Ortiz", "Peters", "Quinn"];
    private static readonly string[] Subjects = ["Abstimmung Projektplan", "Client check-in", "Review Angebot", "Weekly sync", "Budgetrunde", "Workshop"];

    public static string SeedJson(int users, int seed, DateOnly firstMonday, int meetingsPerUser)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(users);
        ArgumentOutOfRangeException.ThrowIfNegative(meetingsPerUser);
#pragma warning disable CA5394 // a seeded Random is the point: benchmarks need the same tenant every run
        var random = new Random(seed);
        var list = new JsonArray();
        for (var n = 1; n <= users; n++)
        {
            var (zone, locale) = Zones[random.Next(Zones.Length)];
            var upn = string.Create(CultureInfo.InvariantCulture, $"user{n:0000}@sandbox.example");
            var events = new JsonArray { WeeklySeries(firstMonday, zone, random.Next(8, 11)) };
            for (var m = 0; m < meetingsPerUser; m++)
            {
                var day = firstMonday.AddDays((random.Next(3) * 7) + random.Next(5));
                var start = day.ToDateTime(new TimeOnly(random.Next(8, 17), random.Next(2) * 30));
                var minutes = random.Next(1, 5) * 30;
                events.Add(new JsonObject
                {
                    ["subject"] = Subjects[random.Next(Subjects.Length)],
                    ["start"] = Time(start, zone),
                    ["end"] = Time(start.AddMinutes(minutes), zone),
                    ["showAs"] = random.Next(10) == 0 ? "tentative" : "busy",
                });
            }
#pragma warning restore CA5394

            list.Add(new JsonObject
            {
                ["userPrincipalName"] = upn,
                ["displayName"] = $"{GivenNames[n % GivenNames.Length]} {Surnames[(n / GivenNames.Length) % Surnames.Length]}",
                ["mail"] = upn,
                ["preferredLanguage"] = locale,
                ["mailboxSettings"] = new JsonObject
                {
                    ["timeZone"] = zone,
                    ["workingHours"] = new JsonObject
                    {
                        ["daysOfWeek"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday"),
                        ["startTime"] = "08:00:00.0000000",
                        ["endTime"] = "17:00:00.0000000",
                        ["timeZone"] = new JsonObject { ["name"] = zone },
                    },
                },
                ["events"] = events,
            });
        }

        return new JsonObject
        {
            ["anchor"] = firstMonday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["tenantId"] = new GraphIds("generated").GuidFrom(string.Create(CultureInfo.InvariantCulture, $"{users}/{seed}")).ToString(),
            ["users"] = list,
        }.ToJsonString();
    }

    private static JsonObject WeeklySeries(DateOnly firstMonday, string zone, int hour)
    {
        var start = firstMonday.ToDateTime(new TimeOnly(hour, 0));
        return new JsonObject
        {
            ["subject"] = "Team stand-up",
            ["start"] = Time(start, zone),
            ["end"] = Time(start.AddMinutes(30), zone),
            ["recurrence"] = new JsonObject
            {
                ["pattern"] = new JsonObject { ["type"] = "weekly", ["interval"] = 1, ["daysOfWeek"] = new JsonArray("monday", "wednesday"), ["firstDayOfWeek"] = "monday" },
                ["range"] = new JsonObject { ["type"] = "noEnd", ["startDate"] = firstMonday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["recurrenceTimeZone"] = zone },
            },
        };
    }

    private static JsonObject Time(DateTime local, string zone) =>
        new() { ["dateTime"] = GraphTime.FormatLocal(local), ["timeZone"] = zone };
}
