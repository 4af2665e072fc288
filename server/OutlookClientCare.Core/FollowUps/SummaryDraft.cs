using System.Globalization;
using System.Net;
using System.Text;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.FollowUps;

/// <summary>
/// The follow-up summary as the HTML of a reply draft: greeting, a short opening in the client's
/// register, what was agreed (or what we heard), the client's points with what we do about each,
/// next steps with owner and date, and the closing. Every piece of text from the thread or the user
/// is HTML-encoded; the markup around it is ours.
/// </summary>
public static class SummaryDraft
{
    public static string Html(SummaryProposal proposal, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(culture);
        var de = proposal.Language == ThreadLanguage.De;
        var du = proposal.FormOfAddress == "du";
        var html = new StringBuilder();
        Paragraph(html, proposal.Salutation + ",");
        Paragraph(html, Opening(proposal.Form, de, du));
        if (proposal.Agreed.Count > 0)
        {
            List(html, de ? "Vereinbart" : "Agreed", proposal.Agreed);
        }

        if (proposal.Asks.Count > 0)
        {
            List(html, proposal.Form == SummaryForm.WhatIHear ? (de ? (du ? "Was ich von dir höre" : "Was ich von Ihnen höre") : "What I hear from you") : (de ? (du ? "Deine Anliegen" : "Ihre Anliegen") : "What you asked for"), proposal.Asks);
        }

        // A point that says "– erledige ich bis Montag" is not repeated as a step of ours on that Monday, nor what we agreed
        // ("Remaining batches weekly, finished by December 11") as a step of ours that would only add our name.
        var steps = proposal.NextSteps.Where(s => !SummaryComposer.SaidAbove(proposal, s)).ToList();
        if (steps.Count > 0)
        {
            List(html, de ? "Nächste Schritte" : "Next steps", [.. steps.Select(s => Step(s, culture, de))]);
        }

        Paragraph(html, Ending(proposal.Form, de, du));
        html.Append("<p>").Append(Encode(proposal.Closing)).Append("<br>").Append(Encode(proposal.Signature)).Append("</p>");
        return html.ToString();
    }

    /// <summary>"Einladung senden – Daniel, Montag, 30. November".</summary>
    public static string Step(SummaryStep step, CultureInfo culture, bool german)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(culture);
        // A line that names its date already ("bis Dienstag, 1.12.") needs it only once.
        var due = step.Due is { } date && !step.What.Any(char.IsDigit)
            ? ", " + date.ToString(german ? "dddd, d. MMMM" : "dddd, MMMM d", culture)
            : "";
        return $"{step.What} – {step.Owner}{due}";
    }

    private static string Opening(SummaryForm form, bool de, bool du) => (form, de, du) switch
    {
        (SummaryForm.WhatIHear, true, true) => "danke für deine Nachricht. Damit wir vom selben Stand ausgehen, fasse ich zusammen, was ich von dir höre, und was ich dazu tue:",
        (SummaryForm.WhatIHear, true, false) => "vielen Dank für Ihre Nachricht. Damit wir vom selben Stand ausgehen, fasse ich zusammen, was ich von Ihnen höre, und was ich dazu tue:",
        (SummaryForm.WhatIHear, false, _) => "Thank you for your message. To make sure we are on the same page, here is what I hear from you and what I am doing about each point:",
        (_, true, true) => "danke dir! Damit wir vom selben Stand ausgehen, hier kurz zusammengefasst, was wir vereinbart haben und wie es weitergeht:",
        (_, true, false) => "vielen Dank. Damit wir vom selben Stand ausgehen, fasse ich kurz zusammen, was wir vereinbart haben und wie es weitergeht:",
        _ => "Thanks again. So we are on the same page, here is a short summary of what we agreed and what happens next:",
    };

    private static string Ending(SummaryForm form, bool de, bool du) => (form, de, du) switch
    {
        (SummaryForm.WhatIHear, true, true) => "Wenn ich etwas falsch verstanden habe, sag mir bitte kurz Bescheid.",
        (SummaryForm.WhatIHear, true, false) => "Wenn ich etwas falsch verstanden habe, geben Sie mir bitte kurz Bescheid.",
        (SummaryForm.WhatIHear, false, _) => "If I have misunderstood anything, please let me know.",
        (_, true, true) => "Wenn etwas fehlt oder anders gemeint war, sag gern Bescheid.",
        (_, true, false) => "Wenn etwas fehlt oder anders gemeint war, geben Sie mir gern Bescheid.",
        _ => "If anything is missing or different from what you had in mind, just let me know.",
    };

    private static void Paragraph(StringBuilder html, string text) => html.Append("<p>").Append(Encode(text)).Append("</p>");

    private static void List(StringBuilder html, string title, IReadOnlyList<string> items)
    {
        html.Append("<p><b>").Append(Encode(title)).Append(":</b></p><ul>");
        foreach (var item in items)
        {
            html.Append("<li>").Append(Encode(item)).Append("</li>");
        }

        html.Append("</ul>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
