using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.GraphSandbox.Api;

/// <summary>
/// The draft createReplyAll makes. The quote header follows Outlook's (From/Sent/To/Cc/Subject, German labels
/// for German mailboxes) in the mailbox's time zone; Exchange's exact HTML around it differs and must not be
/// relied on. Graph always writes "RE: " here, as the issue asks; a German Outlook client would write "AW: ".
/// </summary>
internal static class ReplyDraft
{
    public static JsonObject Create(JsonObject original, SandboxUser me, string? comment, JsonObject? message) =>
        Draft(original, me, comment, message, "RE: ", message?["toRecipients"]?.DeepClone() ?? ReplyAllTo(original, me), message?["ccRecipients"]?.DeepClone() ?? Without(original["ccRecipients"] as JsonArray, me));

    /// <summary>The draft createForward makes: "FW: ", to the given recipients only, the original quoted below.</summary>
    public static JsonObject Forward(JsonObject original, SandboxUser me, string? comment, JsonObject? message, JsonArray to) =>
        Draft(original, me, comment, message, "FW: ", to.DeepClone(), message?["ccRecipients"]?.DeepClone() ?? new JsonArray());

    private static JsonObject Draft(JsonObject original, SandboxUser me, string? comment, JsonObject? message, string prefix, JsonNode to, JsonNode cc)
    {
        var subject = JsonRead.Text(original["subject"]) ?? "";
        var draft = new JsonObject
        {
            ["conversationId"] = original["conversationId"]?.DeepClone(),
            ["subject"] = subject.StartsWith(prefix.TrimEnd(), StringComparison.OrdinalIgnoreCase) ? subject : prefix + subject,
            ["isDraft"] = true,
            ["isRead"] = true,
            ["parentFolderId"] = "drafts",
            ["importance"] = original["importance"]?.DeepClone() ?? "normal",
            ["from"] = new JsonObject { ["emailAddress"] = me.EmailAddress() },
            ["toRecipients"] = to,
            ["ccRecipients"] = cc,
        };
        draft["sender"] = draft["from"]!.DeepClone();
        var newText = comment ?? BodyText.PlainText(message?["body"] as JsonObject);
        var isHtmlReply = message?["body"] is JsonObject replyBody && BodyText.IsHtml(replyBody);
        var newHtml = isHtmlReply ? JsonRead.Text(message!["body"]!["content"]) ?? "" : Paragraphs(newText);
        draft["body"] = new JsonObject
        {
            ["contentType"] = "html",
            ["content"] = $"<html><head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>{newHtml}{Quote(original, me)}</body></html>",
        };
        draft["uniqueBody"] = new JsonObject { ["contentType"] = "html", ["content"] = $"<html><body>{newHtml}</body></html>" };
        return draft;
    }

    private static JsonArray ReplyAllTo(JsonObject original, SandboxUser me)
    {
        var to = new JsonArray();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var candidates = new List<JsonNode?> { original["from"] ?? original["sender"] };
        candidates.AddRange(original["toRecipients"] as JsonArray ?? []);
        foreach (var recipient in candidates.OfType<JsonObject>())
        {
            var address = JsonRead.Text(recipient["emailAddress"]?["address"]);
            if (address is not null && !me.IsMe(address) && seen.Add(address))
            {
                to.Add(recipient.DeepClone());
            }
        }

        return to;
    }

    private static JsonArray Without(JsonArray? recipients, SandboxUser me) =>
        new([.. (recipients ?? []).OfType<JsonObject>()
            .Where(r => !me.IsMe(JsonRead.Text(r["emailAddress"]?["address"])))
            .Select(r => r.DeepClone())]);

    private static string Paragraphs(string text) =>
        text.Length == 0 ? "" : $"<div>{BodyText.Encode(text).Replace("\n", "<br>", StringComparison.Ordinal)}</div>";

    private static string Quote(JsonObject original, SandboxUser me)
    {
        var settings = me.SnapshotMailboxSettings();
        var german = (JsonRead.Text(settings["language"]?["locale"]) ?? "").StartsWith("de", StringComparison.OrdinalIgnoreCase);
        var culture = CultureInfo.GetCultureInfo(german ? "de-DE" : "en-US");
        var zone = GraphTime.FindZone(JsonRead.Text(settings["timeZone"])) ?? TimeZoneInfo.Utc;
        var sent = GraphTime.TryParseInstant(JsonRead.Text(original["sentDateTime"]), out var instant)
            ? GraphTime.ToWallClock(instant, zone).ToString(german ? "dddd, d. MMMM yyyy HH:mm" : "dddd, MMMM d, yyyy h:mm tt", culture)
            : "";
        var html = new StringBuilder("<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">");
        html.Append(CultureInfo.InvariantCulture, $"<b>{(german ? "Von:" : "From:")}</b> {Names(new JsonArray(original["from"]?.DeepClone()))}<br>");
        html.Append(CultureInfo.InvariantCulture, $"<b>{(german ? "Gesendet:" : "Sent:")}</b> {BodyText.Encode(sent)}<br>");
        html.Append(CultureInfo.InvariantCulture, $"<b>{(german ? "An:" : "To:")}</b> {Names(original["toRecipients"] as JsonArray)}<br>");
        if (original["ccRecipients"] is JsonArray { Count: > 0 } cc)
        {
            html.Append(CultureInfo.InvariantCulture, $"<b>Cc:</b> {Names(cc)}<br>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<b>{(german ? "Betreff:" : "Subject:")}</b> {BodyText.Encode(JsonRead.Text(original["subject"]) ?? "")}</div><div>&nbsp;</div>");
        var body = original["body"] as JsonObject;
        html.Append("<div>").Append(BodyText.IsHtml(body) ? InnerBody(JsonRead.Text(body!["content"]) ?? "") : Paragraphs(JsonRead.Text(body?["content"]) ?? "")).Append("</div>");
        return html.ToString();
    }

    private static string Names(JsonArray? recipients) =>
        string.Join("; ", (recipients ?? []).OfType<JsonObject>().Select(r =>
        {
            var name = JsonRead.Text(r["emailAddress"]?["name"]);
            var address = JsonRead.Text(r["emailAddress"]?["address"]);
            return BodyText.Encode(string.IsNullOrEmpty(name) ? address ?? "" : $"{name} <{address}>");
        }));

    private static string InnerBody(string html)
    {
        var open = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var openEnd = open < 0 ? -1 : html.IndexOf('>', open);
        var close = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return openEnd >= 0 && close > openEnd ? html[(openEnd + 1)..close] : html;
    }
}
