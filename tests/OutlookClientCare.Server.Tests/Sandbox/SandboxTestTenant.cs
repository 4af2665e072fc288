using System.Globalization;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.Server.Tests.Sandbox;

/// <summary>A small seed in the sandbox seed format: Anna (German, Berlin) and Ben (English, New York).</summary>
internal static class SandboxTestTenant
{
    public const string Anna = "anna@contoso.example";
    public const string AnnaId = "6f1a7c2e-0d4b-4a59-9a34-1d2e3f405161";
    public const string Ben = "ben@contoso.example";
    public const string BenId = "8b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b";
    public const string Client = "kunde@client.example";
    public const string ThreadId = "AAQkADThread1";
    public const int ThreadLength = 25;

    public static readonly string OurTag = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name OutlookClientCareBlock";

    public static SandboxTenant Create(Action<JsonObject>? adjust = null) => SandboxTenant.FromJson(Json(adjust));

    public static string Json(Action<JsonObject>? adjust = null)
    {
        var seed = new JsonObject
        {
            ["anchor"] = "2026-11-30",
            ["tenantId"] = "0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f",
            ["users"] = new JsonArray
            {
                new JsonObject
                {
                    ["id"] = AnnaId,
                    ["userPrincipalName"] = Anna,
                    ["displayName"] = "Anna Albrecht",
                    ["mail"] = Anna,
                    ["preferredLanguage"] = "de-DE",
                    ["mailboxSettings"] = new JsonObject
                    {
                        ["timeZone"] = "W. Europe Standard Time",
                        ["language"] = new JsonObject { ["locale"] = "de-DE", ["displayName"] = "Deutsch (Deutschland)" },
                        ["workingHours"] = new JsonObject
                        {
                            ["daysOfWeek"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday"),
                            ["startTime"] = "08:00:00.0000000",
                            ["endTime"] = "17:00:00.0000000",
                            ["timeZone"] = new JsonObject { ["name"] = "W. Europe Standard Time" },
                        },
                    },
                    ["messages"] = Thread(),
                    ["events"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["id"] = "AAMkEventReview",
                            ["subject"] = "Review mit Kunde",
                            ["start"] = new JsonObject { ["dateTime"] = "2026-12-01T10:00:00", ["timeZone"] = "Europe/Berlin" },
                            ["end"] = new JsonObject { ["dateTime"] = "2026-12-01T11:00:00", ["timeZone"] = "Europe/Berlin" },
                        },
                    },
                },
                new JsonObject
                {
                    ["id"] = BenId,
                    ["userPrincipalName"] = Ben,
                    ["displayName"] = "Ben Wilson",
                    ["mail"] = Ben,
                    ["preferredLanguage"] = "en-US",
                    ["mailboxSettings"] = new JsonObject { ["timeZone"] = "Eastern Standard Time" },
                },
            },
        };
        adjust?.Invoke(seed);
        return seed.ToJsonString();
    }

    /// <summary>The client writes every 3 hours, Anna answers; message n is received at 2026-11-20 08:00Z + n*3h.</summary>
    private static JsonArray Thread()
    {
        var thread = new JsonArray();
        for (var n = 0; n < ThreadLength; n++)
        {
            var fromClient = n % 2 == 0;
            var received = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero).AddHours(3 * n);
            var sender = fromClient ? Address("Karl Kunde", Client) : Address("Anna Albrecht", Anna);
            thread.Add(new JsonObject
            {
                ["id"] = string.Create(CultureInfo.InvariantCulture, $"AAMkMessage{n:00}"),
                ["conversationId"] = ThreadId,
                ["subject"] = n == 0 ? "Lieferung verspätet" : "AW: Lieferung verspätet",
                ["from"] = sender,
                ["toRecipients"] = new JsonArray(fromClient ? Address("Anna Albrecht", Anna) : Address("Karl Kunde", Client)),
                ["ccRecipients"] = new JsonArray(Address("Ben Wilson", Ben)),
                ["receivedDateTime"] = received.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["sentDateTime"] = received.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["parentFolderId"] = fromClient ? "inbox" : "sentitems",
                ["isRead"] = n < ThreadLength - 1,
                ["body"] = new JsonObject
                {
                    ["contentType"] = "html",
                    ["content"] = $"<html><body><p>Nachricht {n} &amp; Frage?</p><blockquote>Zitat der vorigen Nachricht</blockquote></body></html>",
                },
                ["uniqueBody"] = new JsonObject { ["contentType"] = "html", ["content"] = $"<html><body><p>Nachricht {n} &amp; Frage?</p></body></html>" },
            });
        }

        return thread;
    }

    public static JsonObject Address(string name, string address) =>
        new() { ["emailAddress"] = new JsonObject { ["name"] = name, ["address"] = address } };
}
