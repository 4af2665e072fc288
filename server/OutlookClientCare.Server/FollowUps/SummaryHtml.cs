using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using OutlookClientCare.Core;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Server.FollowUps;

/// <summary>
/// The follow-up summary at the top of the reply draft: what was agreed and who does what by when,
/// in German (Sie or du) or English. Every value is HTML-escaped; dates use the given culture.
/// </summary>
public static class SummaryHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(ValidSummaryRequest request, ThreadLanguage language, AddressForm form, CultureInfo culture, string? clientName)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(culture);
        var words = Words.For(language, form);
        var html = new StringBuilder();
        html.Append("<div data-occ=\"follow-up-summary\">");
        html.Append("<p>").Append(Greeting(words, language, form, clientName)).Append("</p>");
        html.Append("<p>").Append(Encode(words.Intro)).Append("</p>");
        html.Append("<p><strong>").Append(Encode(words.Agreed)).Append("</strong></p><ul>");
        foreach (var point in request.Points)
        {
            html.Append("<li>").Append(Encode(point)).Append("</li>");
        }

        html.Append("</ul><p><strong>").Append(Encode(words.NextSteps)).Append("</strong></p><ul>");
        foreach (var step in request.NextSteps.OrderBy(s => s.Due))
        {
            var who = step.Who == "us" ? words.Us : words.Client;
            var due = step.Due.ToString(culture.DateTimeFormat.LongDatePattern, culture);
            html.Append("<li>").Append(Encode(step.What)).Append(" – <strong>").Append(Encode(who)).Append("</strong>, ")
                .Append(Encode(words.By)).Append(' ').Append(Encode(due)).Append("</li>");
        }

        html.Append("</ul><p>").Append(Encode(words.Closing)).Append("</p></div>");
        return html.ToString();
    }

    private static string Greeting(Words words, ThreadLanguage language, AddressForm form, string? clientName)
    {
        var name = string.IsNullOrWhiteSpace(clientName) ? null : clientName.Trim();
        if (name is not null && language == ThreadLanguage.De && form == AddressForm.Du)
        {
            name = name.Split(' ')[0];
        }

        return Encode(name is null ? words.Hello + "," : $"{words.Hello} {name},");
    }

    private static string Encode(string text) => Encoder.Encode(text);

    private sealed record Words(string Hello, string Intro, string Agreed, string NextSteps, string Us, string Client, string By, string Closing)
    {
        public static Words For(ThreadLanguage language, AddressForm form) => (language, form) switch
        {
            (ThreadLanguage.De, AddressForm.Du) => new(
                "Hallo",
                "damit wir vom selben Stand ausgehen, fasse ich kurz zusammen, was wir besprochen haben.",
                "Vereinbart",
                "Nächste Schritte",
                "wir",
                "du",
                "bis",
                "Falls ich etwas falsch verstanden oder vergessen habe, gib mir bitte kurz Bescheid."),
            (ThreadLanguage.De, _) => new(
                "Guten Tag",
                "damit wir vom selben Stand ausgehen, fasse ich kurz zusammen, was wir besprochen haben.",
                "Vereinbart",
                "Nächste Schritte",
                "wir",
                "Sie",
                "bis",
                "Falls ich etwas falsch verstanden oder vergessen habe, geben Sie mir bitte kurz Bescheid."),
            _ => new(
                "Hello",
                "so that we are on the same page, here is a short summary of what we discussed.",
                "Agreed",
                "Next steps",
                "us",
                "you",
                "by",
                "If I have misunderstood or missed anything, please let me know."),
        };
    }
}
