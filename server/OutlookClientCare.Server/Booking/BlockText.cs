using System.Net;
using System.Text;

namespace OutlookClientCare.Server.Booking;

/// <summary>The words on a booked block, in the user's language. Every line from outside is HTML-escaped.</summary>
public static class BlockText
{
    public const int MaxAgendaLines = 10;
    public const int MaxLineLength = 200;

    public static string Subject(string language) =>
        language == "de" ? "Kundenzeit: Antworten & Rückrufe" : "Client time: replies & calls";

    public static string BodyHtml(string language, IReadOnlyList<string> agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var german = language == "de";
        var html = new StringBuilder();
        html.Append("<p>")
            .Append(german
                ? "Reservierte Zeit für E-Mails und Rückrufe an Ihre Kunden."
                : "Time reserved for e-mails and calls to your clients.")
            .Append("</p>");
        if (agenda.Count > 0)
        {
            html.Append("<p>").Append(german ? "Wartet auf Sie:" : "Waiting for you:").Append("</p><ul>");
            foreach (var line in agenda.Take(MaxAgendaLines))
            {
                var shown = line.Length > MaxLineLength ? line[..MaxLineLength] + "…" : line;
                html.Append("<li>").Append(WebUtility.HtmlEncode(shown)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<p><small>")
            .Append(german
                ? "Von OutlookClientCare gebucht. Verschieben oder löschen Sie den Termin ruhig: wir respektieren das."
                : "Booked by OutlookClientCare. Feel free to move or delete it: we will respect that.")
            .Append("</small></p>");
        return html.ToString();
    }
}
