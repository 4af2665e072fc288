using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookClientCare.Server.Tests.Booking;

/// <summary>Small steps the booking tests share: change settings the way the pane does (GET, edit, PUT) and read answers.</summary>
internal static class BookingTestKit
{
    public static async Task<JsonObject> PutSettingsAsync(HttpClient client, Action<JsonObject> edit)
    {
        var settings = (await client.GetFromJsonAsync<JsonObject>("/api/timeblocks/settings"))!;
        edit(settings);
        var response = await client.PutAsJsonAsync("/api/timeblocks/settings", settings);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonElement> BookAsync(HttpClient client)
    {
        var response = await client.PostAsync("/api/timeblocks/book", null);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<List<JsonElement>> BlocksAsync(HttpClient client)
    {
        var blocks = await client.GetFromJsonAsync<JsonElement>("/api/timeblocks");
        return [.. blocks.GetProperty("blocks").EnumerateArray()];
    }

    public static DateTimeOffset Instant(JsonElement element, string name) =>
        DateTimeOffset.Parse(element.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    /// <summary>Wall-clock start of a stored sandbox event ("2026-12-01T10:00:00").</summary>
    public static DateTime WallStart(JsonObject calendarEvent) =>
        DateTime.Parse((string)calendarEvent["start"]!["dateTime"]!, CultureInfo.InvariantCulture);

    public static DateTime WallEnd(JsonObject calendarEvent) =>
        DateTime.Parse((string)calendarEvent["end"]!["dateTime"]!, CultureInfo.InvariantCulture);

    public static string Tag(JsonObject calendarEvent) =>
        (string)calendarEvent["singleValueExtendedProperties"]!.AsArray().First(p => ((string?)p!["id"])!.Contains("OutlookClientCareBlock", StringComparison.Ordinal))!["value"]!;

    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("Timed out waiting until " + what);
    }
}
