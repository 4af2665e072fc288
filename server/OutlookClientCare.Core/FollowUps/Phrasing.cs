using System.Text;
using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.FollowUps;

/// <summary>
/// Turns sentences of the thread into the short lines of a summary, in our words: a client's
/// "Könnten Sie mir bis Freitag bestätigen, dass ..." becomes "bestätigen, dass ...", "Bitte
/// senden Sie mir einen Zeitplan" becomes "einen Zeitplan senden", "Could you send the invite?"
/// becomes "send the invite"; our "I'll send a first draft by Thursday" becomes "send a first draft".
/// Dates are taken out: the line's date is shown on its own.
/// </summary>
internal static partial class Phrasing
{
    private const int Timeout = 50;

    /// <summary>A client's request or question as a short line in our words, or null when nothing is left.</summary>
    public static string? Ask(string sentence, bool german, bool keepDates, IReadOnlyList<string>? dateTexts = null, bool ourRequest = false)
    {
        var text = Clean(sentence);
        text = Replace(ContrastLead(), text, "");
        if (!keepDates)
        {
            text = WithoutDates(text, dateTexts ?? []);
        }

        text = german ? GermanRequest(text) : EnglishRequest(text);

        // The client's words turned to ours ("Ihre Geschäftsführung" → "unsere"); a request of ours to the client keeps its persons.
        if (!ourRequest)
        {
            text = german ? SwapGermanPerson(text, clientSpeaks: true) : SwapEnglishPerson(text);
        }

        return Finish(text);
    }

    /// <summary>A commitment of ours ("Ich schicke Ihnen bis Dienstag eine Folie") as an action ("eine Folie schicken").</summary>
    public static string? Commitment(string sentence, bool german, IReadOnlyList<string> dateTexts)
    {
        var text = WithoutDates(Clean(sentence), dateTexts);
        text = german ? GermanCommitment(text) : EnglishCommitment(text);
        return Finish(text);
    }

    /// <summary>A line without list markers, greetings before a colon or trailing purpose clauses.</summary>
    public static string Clean(string sentence)
    {
        var text = sentence.Trim();
        text = Replace(ListMarker(), text, "");

        // "…, so you can share it internally", "…, damit Sie …": why, not what.
        text = Replace(PurposeClause(), text, "");
        return text.Trim();
    }

    private static string WithoutDates(string text, IReadOnlyList<string> dateTexts)
    {
        foreach (var date in dateTexts.OrderByDescending(d => d.Length))
        {
            var at = text.IndexOf(date, StringComparison.Ordinal);
            if (at >= 0)
            {
                text = text.Remove(at, date.Length);
            }
        }

        text = Replace(DatePrepositionLeftover(), text, " ");
        text = Replace(TimeLeftover(), text, " ");
        text = Replace(EmptyCommas(), text, ",");
        text = Replace(SpaceBeforePunctuation(), text, "$1");
        return Replace(Spaces(), text, " ").Trim(' ', ',', ';');
    }

    private static string GermanRequest(string text)
    {
        text = Replace(GermanPoliteOpener(), text, "");

        // "senden Sie mir einen Zeitplan" → "einen Zeitplan senden": the verb of a Sie-imperative goes to the end.
        var imperative = Match(GermanSieImperative(), text);
        if (imperative is { Success: true })
        {
            // The verb goes before a trailing clause: "kurz Bescheid geben, ob …".
            var rest = imperative.Groups["rest"].Value.Trim();
            var comma = rest.IndexOf(',', StringComparison.Ordinal);
            text = comma > 0
                ? rest[..comma] + " " + imperative.Groups["verb"].Value + rest[comma..]
                : rest + " " + imperative.Groups["verb"].Value;
        }

        text = Replace(GermanReflexiveLead(), text, "");
        return Replace(GermanBitte(), text, " ");
    }

    private static string EnglishRequest(string text)
    {
        text = Replace(EnglishPoliteOpener(), text, "");
        return Replace(EnglishPlease(), text, " ");
    }

    private static string GermanCommitment(string text)
    {
        // "Ich schicke Ihnen …", "wir liefern …", "… schicke ich Ihnen …": subject and verb out, the verb as an infinitive at the end.
        var match = Match(GermanFirstPersonVerb(), text);
        if (match is { Success: true })
        {
            var verb = Infinitive(match.Groups["verb"].Value);
            var rest = (match.Groups["before"].Value + " " + match.Groups["rest"].Value).Trim();
            rest = Replace(GermanIndirectObject(), rest, " ");
            var particle = Match(GermanTrailingParticle(), rest);
            if (particle is { Success: true })
            {
                // "melde mich … zurück": the separable particle joins the verb ("zurückmelden").
                verb = particle.Groups["particle"].Value + verb;
                rest = rest[..particle.Index];
            }

            text = rest.Trim() + " " + verb;
        }

        return SwapGermanPerson(text, clientSpeaks: false);
    }

    private static string EnglishCommitment(string text)
    {
        text = Replace(EnglishSubjectModal(), text, "");
        return Replace(EnglishIndirectObject(), text, " ");
    }

    /// <summary>"Ihre Geschäftsführung" in the client's words is "unsere Geschäftsführung" in ours.</summary>
    private static string SwapGermanPerson(string text, bool clientSpeaks)
    {
        var builder = new StringBuilder();
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var core = word.TrimEnd(',', '.', ';', ':', '?', '!');
            var tail = word[core.Length..];
            var swapped = core switch
            {
                "Ihre" => "unsere",
                "Ihrer" => "unserer",
                "Ihren" => "unseren",
                "Ihrem" => "unserem",
                "Ihres" => "unseres",
                "Ihr" => "unser",
                "Sie" when i > 0 => "wir",
                "wir" when clientSpeaks => "Sie",
                "Ihnen" => "uns",
                "mir" or "uns" => "Ihnen",
                "mich" => "Sie",
                "mein" or "unser" => "Ihr",
                "meine" or "unsere" => "Ihre",
                "meinen" or "unseren" => "Ihren",
                "meinem" or "unserem" => "Ihrem",
                "meiner" or "unserer" => "Ihrer",
                _ => core,
            };
            builder.Append(i == 0 ? "" : " ").Append(swapped).Append(tail);
        }

        return builder.ToString();
    }

    private static string SwapEnglishPerson(string text)
    {
        var builder = new StringBuilder();
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var core = word.TrimEnd(',', '.', ';', ':', '?', '!');
            var tail = word[core.Length..];
            var swapped = core switch
            {
                "me" or "us" => "you",
                "my" or "our" => "your",
                "your" => "our",
                "you" => "we",
                _ => core,
            };
            builder.Append(i == 0 ? "" : " ").Append(swapped).Append(tail);
        }

        return builder.ToString();
    }

    /// <summary>"schicke" → "schicken", "melde" → "melden", "liefern" stays.</summary>
    private static string Infinitive(string verb)
    {
        var lower = verb.ToLowerInvariant();
        return lower switch
        {
            "bin" or "sind" => "sein",
            "habe" or "haben" => "haben",
            "kann" or "können" => "können",
            _ when lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("ern", StringComparison.Ordinal) || lower.EndsWith("eln", StringComparison.Ordinal) => lower,
            _ when lower.EndsWith('e') => lower + "n",
            _ => lower + "en",
        };
    }

    private static string? Finish(string text)
    {
        text = Replace(Spaces(), text, " ").Trim(' ', ',', ';', ':', '.', '?', '!', '–', '-');
        if (text.Length < 4 || !text.Any(char.IsLetter))
        {
            return null;
        }

        return char.ToUpper(text[0], System.Globalization.CultureInfo.InvariantCulture) + text[1..];
    }

    private static string Replace(Regex regex, string text, string replacement)
    {
        try
        {
            return regex.Replace(text, replacement);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    private static Match? Match(Regex regex, string text)
    {
        try
        {
            return regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?:[-•*]\s*|\d{1,2}[.)]\s+)", RegexOptions.None, Timeout)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@",\s*(?:so (?:that )?(?:you|we|I)\b|damit\b|sodass\b|so dass\b|um\s.+\szu\b).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex PurposeClause();

    [GeneratedRegex(@"\b(?:bis(?: zum| spätestens| Ende)?|am|zum|by(?: EOD| the end of)?|on|until|before|spätestens|ab)\s*(?=[,.;]|$|\s(?:und|and|eine?n?|the|a)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DatePrepositionLeftover();

    [GeneratedRegex(@"\b(?:um\s)?\d{1,2}(?::\d{2})?\s?(?:Uhr|AM|PM|am|pm)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex TimeLeftover();

    [GeneratedRegex(@"\s{2,}", RegexOptions.None, Timeout)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?:\s*,\s*){2,}", RegexOptions.None, Timeout)]
    private static partial Regex EmptyCommas();

    [GeneratedRegex(@"\s+([,.;:])", RegexOptions.None, Timeout)]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"^(?:aber|allerdings|jedoch|but|however|nur noch[^:]*:|und noch etwas[^:]*:|and)[,]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex ContrastLead();

    [GeneratedRegex(@"^sich\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanReflexiveLead();

    [GeneratedRegex(@"^(?:(?:und|also|noch|auch|dann|eine bitte|eine frage|kurze frage)[,:]?\s+)*(?:(?:könnten|können|würden|wollen|möchten)\s+sie\s+(?:(?:mir|uns)\s+)?|(?:kannst|könntest|würdest)\s+du\s+(?:(?:mir|uns)\s+)?|(?:ich|wir)\s+(?:bitte[n]?\s+(?:sie\s+)?(?:um\s+)?|erwarte[n]?|hätte[n]?\s+gern[e]?|brauche[n]?|benötige[n]?|möchte[n]?|wünsche[n]?\s+mir|will|wollen)\s+|(?:es\s+)?wäre\s+(?:schön|gut|toll|hilfreich),?\s+wenn\s+sie\s+|bitte\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanPoliteOpener();

    [GeneratedRegex(@"^(?<verb>[a-zäöüß]+(?:en|ern|eln))\s+Sie\s+(?:(?:mir|uns)\s+)?(?:bitte\s+)?(?<rest>.+)$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanSieImperative();

    [GeneratedRegex(@"\s+bitte\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanBitte();

    [GeneratedRegex(@"^(?:(?:also|and|so|one request|quick question|one more thing|one thing|plus)[,:]?\s+)*(?:(?:could|can|would|will)\s+(?:you|we|someone)\s+(?:please\s+)?|i'?d\s+(?:really\s+)?appreciate\s+it\s+if\s+you\s+could\s+|i\s+would\s+appreciate\s+it\s+if\s+you\s+could\s+|(?:i|we)\s+need\s+(?:you\s+to\s+)?|(?:i|we)'?d\s+like\s+(?:you\s+to\s+)?|(?:please\s+)?let\s+(?:me|us)\s+know\s+|kindly\s+|would\s+it\s+be\s+possible\s+to\s+|is\s+it\s+possible\s+to\s+|please\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex EnglishPoliteOpener();

    [GeneratedRegex(@"\s+please\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex EnglishPlease();

    [GeneratedRegex(@"^(?<before>.*?)\b(?:(?:ich|wir)\s+(?<verb>[a-zäöüß]+)|(?<verb>[a-zäöüß]+)\s+(?:ich|wir))\b(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanFirstPersonVerb();

    [GeneratedRegex(@"\b(?:Ihnen|dir|euch)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanIndirectObject();

    [GeneratedRegex(@"\s(?<particle>zurück|ab|an|auf|aus|ein|mit|nach|vor|zu|fest|vorbei|gut)\s*$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanTrailingParticle();

    [GeneratedRegex(@"^(?:(?:also|and|then|so)[,]?\s+)?(?:i|we)(?:'ll|\s+will|\s+shall|\s+are\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|'m\s+going\s+to|\s+can|\s+would)?\s+(?:also\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex EnglishSubjectModal();

    [GeneratedRegex(@"(?<=^\w+)\s+you\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex EnglishIndirectObject();
}
