using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OutlookClientCare.Server.Tests.Sandbox;

/// <summary>
/// The seeded demo tenant is what a newcomer sees first, and the sandbox loader is written against its
/// shape: these tests hold the file to the promises of the issue (people, threads, quoting, calendars).
/// </summary>
public sealed partial class DemoTenantDataTests
{
    private const string OurDomain = "@clientcare-demo.example";
    private static readonly Lazy<DemoTenant> Tenant = new(DemoTenant.LoadEmbedded);

    private static DemoTenant T => Tenant.Value;

    [Fact]
    public void Seed_file_is_embedded_in_the_sandbox_assembly_and_parses_as_json()
    {
        Assert.Equal(JsonValueKind.Object, T.Root.ValueKind);
        Assert.True(T.Users.Count >= 2, "at least two demo users");
    }

    [Fact]
    public void Anchor_is_a_monday_so_the_loader_can_shift_by_whole_weeks()
    {
        Assert.Equal(DayOfWeek.Monday, T.Anchor.DayOfWeek);
    }

    [Fact]
    public void A_german_user_works_in_berlin_and_an_english_user_elsewhere()
    {
        var german = T.Users.Single(u => Str(u, "preferredLanguage") == "de-DE");
        var english = T.Users.Single(u => Str(u, "preferredLanguage").StartsWith("en-", StringComparison.Ordinal));

        Assert.Equal("W. Europe Standard Time", Str(german.GetProperty("mailboxSettings"), "timeZone"));
        Assert.NotEqual("W. Europe Standard Time", Str(english.GetProperty("mailboxSettings"), "timeZone"));
        foreach (var user in T.Users)
        {
            Assert.EndsWith(OurDomain, Str(user, "mail"), StringComparison.Ordinal);
            Assert.EndsWith(OurDomain, Str(user, "userPrincipalName"), StringComparison.Ordinal);
            Assert.True(Guid.TryParse(Str(user, "id"), out _), "user id is a GUID");
            var settings = user.GetProperty("mailboxSettings");
            var hours = settings.GetProperty("workingHours");
            Assert.NotEmpty(hours.GetProperty("daysOfWeek").EnumerateArray());
            Assert.True(TimeSpan.TryParse(Str(hours, "startTime"), CultureInfo.InvariantCulture, out var start));
            Assert.True(TimeSpan.TryParse(Str(hours, "endTime"), CultureInfo.InvariantCulture, out var end));
            Assert.True(start < end, "working day starts before it ends");
            Assert.Equal(Str(settings, "timeZone"), Str(hours.GetProperty("timeZone"), "name"));
            Assert.False(string.IsNullOrEmpty(Str(settings.GetProperty("language"), "locale")));
        }
    }

    [Fact]
    public void There_are_at_least_twenty_threads_of_two_to_seven_messages()
    {
        var conversations = T.Threads.Where(t => !IsAutomatic(t)).ToList();
        Assert.True(conversations.Count >= 20, $"expected at least 20 threads, found {conversations.Count}");
        foreach (var thread in conversations)
        {
            Assert.InRange(thread.Messages.Count, 2, 7);
        }
    }

    [Fact]
    public void Each_user_also_receives_mail_that_is_not_a_client_conversation()
    {
        // A newsletter or a monitoring alert: the pane must say it is not a client conversation.
        foreach (var user in T.Users)
        {
            Assert.Contains(T.Threads, t => t.User.GetProperty("mail").GetString() == user.GetProperty("mail").GetString() && IsAutomatic(t));
        }
    }

    private static bool IsAutomatic(Thread thread) =>
        thread.Messages.Count == 1 && Address(thread.Messages[0].GetProperty("from")).Split('@')[0] is "newsletter" or "alerts";

    [Fact]
    public void Threads_are_written_in_german_and_english_matching_each_users_language()
    {
        var germanThreads = T.Threads.Count(t => t.Language == "de");
        var englishThreads = T.Threads.Count(t => t.Language == "en");

        Assert.True(germanThreads >= 12, $"German threads: {germanThreads}");
        Assert.True(englishThreads >= 8, $"English threads: {englishThreads}");
        foreach (var thread in T.Threads)
        {
            var userLanguage = Str(thread.User, "preferredLanguage")[..2];
            Assert.True(userLanguage == thread.Language, $"'{thread.Subject}' reads as {thread.Language}, its user as {userLanguage}");
        }
    }

    [Fact]
    public void Every_message_has_the_graph_fields_the_sandbox_serves()
    {
        string[] importance = ["low", "normal", "high"];
        string[] flagStatus = ["notFlagged", "flagged", "complete"];
        foreach (var (user, message) in T.Messages)
        {
            var id = Str(message, "id");
            Assert.False(string.IsNullOrWhiteSpace(id));
            Assert.False(string.IsNullOrWhiteSpace(Str(message, "conversationId")), id);
            Assert.False(string.IsNullOrWhiteSpace(Str(message, "subject")), id);
            Assert.Equal(message.GetProperty("from").GetRawText(), message.GetProperty("sender").GetRawText());
            Assert.Contains("@", Address(message.GetProperty("from")), StringComparison.Ordinal);
            Assert.NotEmpty(message.GetProperty("toRecipients").EnumerateArray());
            Assert.All(message.GetProperty("toRecipients").EnumerateArray().Concat(message.GetProperty("ccRecipients").EnumerateArray()),
                r => Assert.Contains("@", Address(r), StringComparison.Ordinal));
            Assert.False(message.GetProperty("isDraft").GetBoolean(), id);
            Assert.True(message.GetProperty("isRead").ValueKind is JsonValueKind.True or JsonValueKind.False, id);
            Assert.Contains(Str(message, "importance"), importance);
            Assert.Contains(Str(message.GetProperty("flag"), "flagStatus"), flagStatus);
            foreach (var part in new[] { "body", "uniqueBody" })
            {
                var body = message.GetProperty(part);
                Assert.Contains(Str(body, "contentType"), new[] { "html", "text" });
                Assert.False(string.IsNullOrWhiteSpace(Str(body, "content")), $"{id} {part}");
            }

            var ours = Address(message.GetProperty("from")) == Str(user, "mail");
            Assert.Equal(ours ? "sentitems" : "inbox", Str(message, "parentFolderId"));
        }
    }

    [Fact]
    public void Message_times_are_utc_iso_8601_in_the_three_weeks_before_the_anchor()
    {
        var anchor = new DateTimeOffset(T.Anchor.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var (_, message) in T.Messages)
        {
            var sent = UtcInstant(Str(message, "sentDateTime"));
            var received = UtcInstant(Str(message, "receivedDateTime"));
            Assert.True(received >= sent, $"{Str(message, "id")} is received before it was sent");
            Assert.InRange(sent, anchor.AddDays(-22), anchor);
        }
    }

    [Fact]
    public void Message_and_event_ids_are_unique_across_the_tenant()
    {
        var ids = T.Messages.Select(m => Str(m.Message, "id"))
            .Concat(T.Events.Select(e => Str(e.Event, "id")))
            .Concat(T.Users.Select(u => Str(u, "id")))
            .ToList();

        var duplicates = ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.All(ids, id => Assert.DoesNotContain("/", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_conversation_has_a_client_message_and_one_subject()
    {
        foreach (var thread in T.Threads)
        {
            Assert.Contains(thread.Messages, m => !Address(m.GetProperty("from")).EndsWith(OurDomain, StringComparison.Ordinal));
            var subjects = thread.Messages.Select(m => StripReplyPrefix(Str(m, "subject"))).Distinct(StringComparer.Ordinal).ToList();
            Assert.True(subjects.Count == 1, $"one conversation, several subjects: {string.Join(" | ", subjects)}");
        }
    }

    [Fact]
    public void Replies_carry_the_previous_message_as_quoted_history()
    {
        foreach (var thread in T.Threads)
        {
            for (var i = 1; i < thread.Messages.Count; i++)
            {
                var previousNewText = FirstSentence(PlainText(thread.Messages[i - 1].GetProperty("uniqueBody")));
                var body = PlainText(thread.Messages[i].GetProperty("body"));
                Assert.True(body.Contains(previousNewText, StringComparison.Ordinal),
                    $"'{thread.Subject}' message {i} does not quote: {previousNewText}");
            }
        }
    }

    [Fact]
    public void Outlook_unique_bodies_hold_only_the_new_part_while_gmail_keeps_its_quote()
    {
        var replies = T.Threads.SelectMany(t => t.Messages.Skip(1)).ToList();
        var outlook = replies.Where(m => OutermostQuote(Html(m, "body")) == OutlookHeader).ToList();
        var gmail = replies.Where(m => OutermostQuote(Html(m, "body")) == GmailQuote).ToList();

        Assert.NotEmpty(outlook);
        Assert.NotEmpty(gmail);
        Assert.All(outlook, m => Assert.DoesNotContain("divRplyFwdMsg", Html(m, "uniqueBody"), StringComparison.Ordinal));
        Assert.All(gmail, m => Assert.Contains(GmailQuote, Html(m, "uniqueBody"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Outlook, German headers", "<b>Von:</b>", "<b>Gesendet:</b>")]
    [InlineData("Outlook, English headers", "<b>From:</b>", "<b>Sent:</b>")]
    [InlineData("Outlook desktop", "class=\"WordSection1\"", "id=\"divRplyFwdMsg\"")]
    [InlineData("Gmail, German", "class=\"gmail_quote", " Uhr schrieb ")]
    [InlineData("Gmail, English", "class=\"gmail_quote", " wrote:")]
    [InlineData("Gmail forward", "---------- Forwarded message ---------", "class=\"gmail_sendername\"")]
    [InlineData("iPhone, German", "Von meinem iPhone gesendet", "<blockquote type=\"cite\">")]
    [InlineData("iPhone, English", "Sent from my iPhone", "<blockquote type=\"cite\">")]
    public void Html_quote_styles_of_common_mail_clients_are_present(string style, string marker, string companion)
    {
        var found = T.Messages.Any(m => Str(m.Message.GetProperty("body"), "contentType") == "html"
            && Html(m.Message, "body").Contains(marker, StringComparison.Ordinal)
            && Html(m.Message, "body").Contains(companion, StringComparison.Ordinal));
        Assert.True(found, $"no message quotes the way {style} does");
    }

    [Theory]
    [InlineData("WG: ", "<b>Von:</b>")]
    [InlineData("Fwd: ", "---------- Forwarded message ---------")]
    public void Forwarded_client_mail_carries_the_original_below_a_header(string subjectPrefix, string header)
    {
        var forwards = T.Messages.Where(m => Str(m.Message, "subject").StartsWith(subjectPrefix, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(forwards);
        Assert.All(forwards, m => Assert.Contains(header, Html(m.Message, "body"), StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_text_replies_quote_with_angle_brackets_or_an_original_message_header()
    {
        var textReplies = T.Threads.SelectMany(t => t.Messages.Skip(1))
            .Where(m => Str(m.GetProperty("body"), "contentType") == "text")
            .Select(m => Html(m, "body"))
            .ToList();
        var angleBrackets = textReplies.Count(b => b.Contains("\n> ", StringComparison.Ordinal));
        var outlookHeaders = textReplies.Count(b => b.Contains("-----Ursprüngliche Nachricht-----", StringComparison.Ordinal)
            || b.Contains("-----Original Message-----", StringComparison.Ordinal));

        Assert.True(angleBrackets > 0, "no plain-text reply quotes with '>'");
        Assert.True(outlookHeaders > 0, "no plain-text reply quotes below an Outlook 'Original Message' header");
        Assert.Equal(textReplies.Count, textReplies.Count(b => b.Contains("\n> ", StringComparison.Ordinal)
            || b.Contains("-----", StringComparison.Ordinal)));
    }

    [Fact]
    public void Html_bodies_are_complete_documents_with_escaped_ampersands()
    {
        foreach (var (_, message) in T.Messages)
        {
            foreach (var part in new[] { "body", "uniqueBody" })
            {
                var body = message.GetProperty(part);
                if (Str(body, "contentType") != "html")
                {
                    continue;
                }

                var html = Str(body, "content");
                Assert.StartsWith("<html", html, StringComparison.Ordinal);
                Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
                Assert.False(BareAmpersand().IsMatch(html), $"{Str(message, "id")} {part} has an unescaped '&'");
            }
        }
    }

    [Fact]
    public void Html_bodies_close_every_block_they_open()
    {
        foreach (var (_, message) in T.Messages.Where(m => Str(m.Message.GetProperty("body"), "contentType") == "html"))
        {
            foreach (var tag in new[] { "div", "blockquote", "p", "span" })
            {
                var html = Html(message, "body");
                var opened = Regex.Count(html, $"<{tag}[ >]", RegexOptions.None, TimeSpan.FromSeconds(1));
                var closed = Regex.Count(html, $"</{tag}>", RegexOptions.None, TimeSpan.FromSeconds(1));
                Assert.True(opened == closed, $"{Str(message, "id")}: {opened} <{tag}> but {closed} </{tag}>");
            }
        }
    }

    [Fact]
    public void Our_outlook_replies_show_the_quoted_send_time_in_the_users_own_zone_and_language()
    {
        var checkedHeaders = 0;
        foreach (var thread in T.Threads)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(UserIanaZone(thread.User));
            var culture = CultureInfo.GetCultureInfo(Str(thread.User, "preferredLanguage"));
            var (label, format) = culture.TwoLetterISOLanguageName == "de"
                ? ("Gesendet:", "dddd, d. MMMM yyyy HH:mm")
                : ("Sent:", "dddd, MMMM d, yyyy h:mm tt");
            for (var i = 1; i < thread.Messages.Count; i++)
            {
                var reply = thread.Messages[i];
                var html = Html(reply, "body");
                if (Address(reply.GetProperty("from")) != Str(thread.User, "mail") || OutermostQuote(html) != OutlookHeader)
                {
                    continue;
                }

                var previousSent = UtcInstant(Str(thread.Messages[i - 1], "sentDateTime"));
                var expected = TimeZoneInfo.ConvertTime(previousSent, zone).ToString(format, culture);
                var header = PlainText(html[html.IndexOf(OutlookHeader, StringComparison.Ordinal)..], "html");
                Assert.Contains($"{label} {expected}", header, StringComparison.Ordinal);
                checkedHeaders++;
            }
        }

        Assert.True(checkedHeaders >= 10, $"only {checkedHeaders} Outlook reply headers checked");
    }

    [Fact]
    public void Each_user_owes_replies_in_some_threads_and_waits_for_the_client_in_others()
    {
        var anchor = new DateTimeOffset(T.Anchor.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var user in T.Users)
        {
            var threads = T.Threads.Where(t => Str(t.User, "id") == Str(user, "id")).ToList();
            var clientWroteLast = threads.Where(t => !Address(t.Messages[^1].GetProperty("from")).EndsWith(OurDomain, StringComparison.Ordinal)).ToList();
            var weWroteLast = threads.Where(t => Address(t.Messages[^1].GetProperty("from")) == Str(user, "mail")).ToList();

            Assert.NotEmpty(clientWroteLast);
            Assert.NotEmpty(weWroteLast);
            Assert.Contains(clientWroteLast, t => UtcInstant(Str(t.Messages[^1], "sentDateTime")) <= anchor.AddDays(-3));
        }
    }

    [Theory]
    [InlineData("de", "zum dritten Mal")]
    [InlineData("de", "Geschäftsführung")]
    [InlineData("de", "Anwalt")]
    [InlineData("de", "Wir sind äußerst verwundert")]
    [InlineData("de", "Könnten Sie mir bis Freitag")]
    [InlineData("de", "Wäre es möglich")]
    [InlineData("de", "Bitte senden Sie")]
    [InlineData("de", "bis Ende nächster Woche")]
    [InlineData("de", "kannst du")]
    [InlineData("en", "third time")]
    [InlineData("en", "cancel the contract")]
    [InlineData("en", "refund")]
    [InlineData("en", "Could you")]
    [InlineData("en", "I'd appreciate it if")]
    [InlineData("en", "by EOD Thursday")]
    [InlineData("en", "December 4th")]
    public void Client_situations_the_product_handles_appear_in_new_text(string language, string phrase)
    {
        var found = T.Threads.Where(t => t.Language == language)
            .SelectMany(t => t.Messages)
            .Any(m => PlainText(m.GetProperty("uniqueBody")).Contains(phrase, StringComparison.OrdinalIgnoreCase));
        Assert.True(found, $"no {language} message says '{phrase}'");
    }

    [Fact]
    public void Signatures_and_a_legal_disclaimer_are_part_of_the_mail()
    {
        var bodies = T.Messages.Select(m => PlainText(m.Message.GetProperty("uniqueBody"))).ToList();
        Assert.Contains(bodies, b => b.Contains("Mit freundlichen Grüßen", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("Best regards", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("vertrauliche", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("CONFIDENTIALITY NOTICE", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_event_has_the_graph_fields_and_a_valid_time_span()
    {
        string[] showAs = ["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"];
        foreach (var (user, ev) in T.Events)
        {
            var id = Str(ev, "id");
            Assert.False(string.IsNullOrWhiteSpace(Str(ev, "subject")), id);
            Assert.Contains(Str(ev, "type"), new[] { "singleInstance", "seriesMaster" });
            Assert.Contains(Str(ev, "showAs"), showAs);
            Assert.Contains("@", Address(ev.GetProperty("organizer")), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Array, ev.GetProperty("categories").ValueKind);
            Assert.Equal(JsonValueKind.Array, ev.GetProperty("attendees").ValueKind);
            Assert.Equal(JsonValueKind.String, ev.GetProperty("location").GetProperty("displayName").ValueKind);
            _ = ev.GetProperty("isCancelled").GetBoolean();

            var (start, startZone) = LocalTime(ev.GetProperty("start"));
            var (end, endZone) = LocalTime(ev.GetProperty("end"));
            Assert.Equal(startZone, endZone);
            Assert.Equal(UserIanaZone(user), startZone.Id);
            Assert.True(start < end, $"{Str(ev, "subject")} ends before it starts");

            if (ev.GetProperty("isAllDay").GetBoolean())
            {
                Assert.Equal(TimeOnly.MinValue, TimeOnly.FromDateTime(start));
                Assert.Equal(TimeOnly.MinValue, TimeOnly.FromDateTime(end));
            }

            if (Str(ev, "type") == "seriesMaster")
            {
                var recurrence = ev.GetProperty("recurrence");
                Assert.Contains(Str(recurrence.GetProperty("pattern"), "type"), new[] { "daily", "weekly" });
                var range = recurrence.GetProperty("range");
                Assert.Equal(DateOnly.FromDateTime(start), IsoDate(Str(range, "startDate")));
                Assert.True(IsoDate(Str(range, "endDate")) > IsoDate(Str(range, "startDate")));
                Assert.Equal(startZone.Id, TimeZoneInfo.FindSystemTimeZoneById(Str(range, "recurrenceTimeZone")).Id);
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, ev.GetProperty("recurrence").ValueKind);
            }
        }
    }

    [Fact]
    public void Single_events_fall_in_the_six_weeks_after_the_anchor()
    {
        foreach (var (_, ev) in T.Events.Where(e => Str(e.Event, "type") == "singleInstance"))
        {
            var (start, _) = LocalTime(ev.GetProperty("start"));
            Assert.InRange(DateOnly.FromDateTime(start), T.Anchor, T.Anchor.AddDays(42));
        }
    }

    [Theory]
    [InlineData("weekly series", "seriesMaster", "weekly")]
    [InlineData("daily series", "seriesMaster", "daily")]
    [InlineData("all-day out of office", "oof", "allDay")]
    [InlineData("tentative meeting", "tentative", "")]
    [InlineData("cancelled meeting", "cancelled", "")]
    [InlineData("free or working-elsewhere item", "freeOrElsewhere", "")]
    public void Each_calendar_shows_the_features_the_planner_must_handle(string feature, string kind, string detail)
    {
        foreach (var user in T.Users)
        {
            var events = T.Events.Where(e => Str(e.User, "id") == Str(user, "id")).Select(e => e.Event).ToList();
            var found = kind switch
            {
                "seriesMaster" => events.Any(e => Str(e, "type") == "seriesMaster" && Str(e.GetProperty("recurrence").GetProperty("pattern"), "type") == detail),
                "oof" => events.Any(e => Str(e, "showAs") == "oof" && e.GetProperty("isAllDay").GetBoolean()),
                "tentative" => events.Any(e => Str(e, "showAs") == "tentative"),
                "cancelled" => events.Any(e => e.GetProperty("isCancelled").GetBoolean()),
                _ => events.Any(e => Str(e, "showAs") is "free" or "workingElsewhere"),
            };
            Assert.True(found, $"{Str(user, "displayName")} has no {feature}");
        }
    }

    [Fact]
    public void Each_calendar_has_a_series_that_crosses_a_daylight_saving_change()
    {
        foreach (var user in T.Users)
        {
            var crosses = T.Events.Where(e => Str(e.User, "id") == Str(user, "id") && Str(e.Event, "type") == "seriesMaster")
                .Select(e => e.Event.GetProperty("recurrence").GetProperty("range"))
                .Any(range =>
                {
                    var zone = TimeZoneInfo.FindSystemTimeZoneById(Str(range, "recurrenceTimeZone"));
                    var first = IsoDate(Str(range, "startDate")).ToDateTime(new TimeOnly(12, 0));
                    var last = IsoDate(Str(range, "endDate")).ToDateTime(new TimeOnly(12, 0));
                    return zone.GetUtcOffset(first) != zone.GetUtcOffset(last);
                });
            Assert.True(crosses, $"{Str(user, "displayName")} has no series across a DST change");
        }
    }

    [Fact]
    public void Each_calendar_has_a_morning_too_busy_for_a_block_between_nine_and_twelve()
    {
        foreach (var user in T.Users)
        {
            var busy = T.Events.Where(e => Str(e.User, "id") == Str(user, "id"))
                .Select(e => e.Event)
                .Where(e => Str(e, "type") == "singleInstance" && !e.GetProperty("isCancelled").GetBoolean()
                    && !e.GetProperty("isAllDay").GetBoolean() && Str(e, "showAs") is "busy" or "tentative" or "oof")
                .Select(e => (Start: LocalTime(e.GetProperty("start")).Local, End: LocalTime(e.GetProperty("end")).Local))
                .ToList();

            var crowded = busy.GroupBy(b => DateOnly.FromDateTime(b.Start)).Any(day =>
            {
                var window = (Start: day.Key.ToDateTime(new TimeOnly(9, 0)), End: day.Key.ToDateTime(new TimeOnly(12, 0)));
                var blocked = day.Sum(b => Math.Max(0, (Min(b.End, window.End) - Max(b.Start, window.Start)).TotalMinutes));
                return blocked >= 150;
            });
            Assert.True(crowded, $"{Str(user, "displayName")} has no crowded morning");
        }
    }

    private const string OutlookHeader = "id=\"divRplyFwdMsg\"";
    private const string GmailQuote = "class=\"gmail_quote";
    private const string AppleQuote = "<blockquote type=\"cite\">";

    /// <summary>The quote marker that comes first in a body, i.e. the one written by the replying client.</summary>
    private static string? OutermostQuote(string html) =>
        new[] { OutlookHeader, GmailQuote, AppleQuote }
            .Select(marker => (Marker: marker, At: html.IndexOf(marker, StringComparison.Ordinal)))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At)
            .Select(x => x.Marker)
            .FirstOrDefault();

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static string Str(JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidOperationException($"{property} is null");

    private static string Address(JsonElement recipient) => Str(recipient.GetProperty("emailAddress"), "address");

    private static string Html(JsonElement message, string part) => Str(message.GetProperty(part), "content");

    private static DateTimeOffset UtcInstant(string value) =>
        DateTimeOffset.ParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>For ordering only, so one malformed time fails its own test instead of every test.</summary>
    private static DateTimeOffset LenientInstant(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : DateTimeOffset.MaxValue;

    private static DateOnly IsoDate(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (DateTime Local, TimeZoneInfo Zone) LocalTime(JsonElement dateTimeTimeZone)
    {
        var local = DateTime.ParseExact(Str(dateTimeTimeZone, "dateTime"), "yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
        return (local, TimeZoneInfo.FindSystemTimeZoneById(Str(dateTimeTimeZone, "timeZone")));
    }

    private static string UserIanaZone(JsonElement user) =>
        TimeZoneInfo.TryConvertWindowsIdToIanaId(Str(user.GetProperty("mailboxSettings"), "timeZone"), out var iana)
            ? iana
            : throw new InvalidOperationException("mailbox time zone is not a Windows id");

    private static string StripReplyPrefix(string subject) => ReplyPrefix().Replace(subject, string.Empty);

    /// <summary>Text of a body with tags removed, entities decoded, '>' quote marks dropped and spaces collapsed.</summary>
    private static string PlainText(JsonElement body) => PlainText(Str(body, "content"), Str(body, "contentType"));

    private static string PlainText(string content, string contentType)
    {
        if (contentType == "html")
        {
            content = WebUtility.HtmlDecode(Tag().Replace(LineBreakTag().Replace(content, "\n"), " "));
        }

        return Whitespace().Replace(QuoteMark().Replace(content, " "), " ").Trim();
    }

    private static string FirstSentence(string text)
    {
        var cut = text.IndexOfAny(['.', '?', '!']);
        return cut > 20 ? text[..cut] : text[..Math.Min(text.Length, 80)];
    }

    private static string DetectLanguage(IEnumerable<string> texts)
    {
        var words = texts.SelectMany(t => Word().Matches(t).Select(m => m.Value.ToLowerInvariant())).ToList();
        var german = words.Count(GermanMarkers.Contains);
        var english = words.Count(EnglishMarkers.Contains);
        return german > english ? "de" : "en";
    }

    private static readonly HashSet<string> GermanMarkers = new(StringComparer.Ordinal)
    {
        "und", "die", "der", "das", "nicht", "sie", "wir", "ich", "ist", "mit", "für", "bitte", "ihnen", "uns", "auf", "dass",
    };

    private static readonly HashSet<string> EnglishMarkers = new(StringComparer.Ordinal)
    {
        "the", "and", "you", "we", "is", "to", "for", "please", "with", "not", "our", "that", "this", "on",
    };

    [GeneratedRegex(@"^(?:(?:AW|RE|Re|WG|FW|Fwd)\s?:\s*)+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex("<[^<>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex("<br ?/?>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"(?m)^[ \t]*(?:>[ \t]?)+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuoteMark();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\p{L}+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();

    [GeneratedRegex("&(?![A-Za-z]+;|#[0-9]+;|#x[0-9A-Fa-f]+;)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareAmpersand();

    internal sealed record Thread(JsonElement User, string Subject, IReadOnlyList<JsonElement> Messages, string Language);

    internal sealed class DemoTenant
    {
        private DemoTenant(JsonElement root)
        {
            Root = root;
            Anchor = IsoDate(Str(root, "anchor"));
            Users = [.. root.GetProperty("users").EnumerateArray()];
            Messages = [.. Users.SelectMany(u => u.GetProperty("messages").EnumerateArray().Select(m => (u, m)))];
            Events = [.. Users.SelectMany(u => u.GetProperty("events").EnumerateArray().Select(e => (u, e)))];
            Threads = [.. Messages
                .GroupBy(m => (User: Str(m.User, "id"), Conversation: Str(m.Message, "conversationId")))
                .Select(g =>
                {
                    var ordered = g.Select(m => m.Message).OrderBy(m => LenientInstant(Str(m, "sentDateTime"))).ToList();
                    var clientText = ordered.Where(m => !Address(m.GetProperty("from")).EndsWith(OurDomain, StringComparison.Ordinal))
                        .Select(m => PlainText(m.GetProperty("uniqueBody")));
                    return new Thread(g.First().User, StripReplyPrefix(Str(ordered[0], "subject")), ordered, DetectLanguage(clientText));
                })];
        }

        public JsonElement Root { get; }

        public DateOnly Anchor { get; }

        public IReadOnlyList<JsonElement> Users { get; }

        public IReadOnlyList<(JsonElement User, JsonElement Message)> Messages { get; }

        public IReadOnlyList<(JsonElement User, JsonElement Event)> Events { get; }

        public IReadOnlyList<Thread> Threads { get; }

        public static DemoTenant LoadEmbedded()
        {
            var assembly = Assembly.Load("OutlookClientCare.GraphSandbox");
            var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("demo-tenant.json", StringComparison.Ordinal));
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream);
            return new DemoTenant(document.RootElement.Clone());
        }
    }
}
