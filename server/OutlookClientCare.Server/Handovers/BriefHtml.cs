using System.Globalization;
using System.Net;
using System.Text;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Server.Handovers;

/// <summary>
/// The brief at the top of the forward draft, in its language. Every text from the thread, the card
/// or the user is HTML-encoded: e-mail text is hostile.
/// </summary>
public static class BriefHtml
{
    public static string Render(HandoverBrief brief, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(zone);
        var w = BriefWords.For(brief.Language);
        var culture = CultureInfo.GetCultureInfo(brief.Language == "de" ? "de-DE" : "en-GB");
        string Day(DateOnly d) => d.ToString(culture.DateTimeFormat.LongDatePattern, culture);
        string When(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("g", culture);

        var html = new StringBuilder("<div data-occ=\"handover-brief\" style=\"font-family:Segoe UI,Arial,sans-serif;font-size:11pt;border-left:3px solid #0f6cbd;padding-left:10px;margin-bottom:16px\">");
        html.Append(CultureInfo.InvariantCulture, $"<p><strong>{E(w.Title)}</strong></p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(w.Greeting(brief.To.Name ?? brief.To.Address, brief.From.Name ?? brief.From.Address))}</p>");
        if (!string.IsNullOrWhiteSpace(brief.Note))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><em>{E(w.NoteLabel)}</em> {E(brief.Note)}</p>");
        }

        html.Append("<ul>");
        Item(html, w.Client, brief.Client is { } c ? (c.Name is { Length: > 0 } n ? $"{n} <{c.Address}>" : c.Address) : w.Unknown);
        Item(html, w.MoodNow, $"{w.Mood(brief.Mood)}, {w.Direction(brief.MoodDirection)}" + (brief.Risk == EscalationRisk.Low ? "" : $" ({w.Risk(brief.Risk)})"));
        Item(html, w.RealIssue, w.Issue(brief.MainIssue));
        Item(html, w.Waiting, brief.ReplyOwedBy switch
        {
            ReplyOwedBy.Us => w.OwedByUs(brief.WaitingSince is { } s ? When(s) : "?", brief.BusinessHoursWaited.ToString("0.#", culture)),
            ReplyOwedBy.Client => w.OwedByClient(brief.WaitingSince is { } s ? When(s) : "?"),
            _ => w.OwedByNone,
        });
        Item(html, w.NextStepLabel, w.Step(brief.NextStep));
        html.Append("</ul>");

        html.Append(CultureInfo.InvariantCulture, $"<p><strong>{E(w.OpenAsks(brief.OpenAskCount))}</strong></p>");
        List(html, brief.OpenAsks);
        if (brief.Dates.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><strong>{E(w.Dates)}</strong></p>");
            List(html, [.. brief.Dates.Select(d => $"{Day(d.Date)}: {(d.From == Party.Us ? w.PromisedByUs : w.NamedByClient)}{(d.IsDeadline ? " · " + w.Deadline : "")}{(d.Text is { Length: > 0 } t ? $" – {w.Quote(t)}" : "")}")]);
        }

        html.Append(CultureInfo.InvariantCulture, $"<p><strong>{E(w.CardTitle)}</strong></p>");
        if (brief.Card is { } card)
        {
            html.Append("<ul>");
            Item(html, w.Deliverables, card.Deliverables.Count > 0 ? string.Join("; ", card.Deliverables) : "–");
            Item(html, w.Timelines, card.Timelines.Count > 0 ? string.Join("; ", card.Timelines) : "–");
            Item(html, w.Constraints, card.Constraints.Count > 0 ? string.Join("; ", card.Constraints) : "–");
            Item(html, w.ResponseTime, card.ResponseTimePromise ?? "–");
            Item(html, w.AddressForm, card.FormOfAddress is { } form ? w.Form(form) : "–");
            html.Append("</ul>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(w.NoCard)}</p>");
        }

        if (brief.RecentLog.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><strong>{E(w.RecentLog)}</strong></p>");
            List(html, [.. brief.RecentLog.Select(e => $"{When(e.At)}: {e.Text}")]);
        }

        html.Append("</div>");
        return html.ToString();
    }

    private static void Item(StringBuilder html, string label, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(label)}:</strong> {E(value)}</li>");

    private static void List(StringBuilder html, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        html.Append("<ul>");
        foreach (var item in items)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(item)}</li>");
        }

        html.Append("</ul>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
