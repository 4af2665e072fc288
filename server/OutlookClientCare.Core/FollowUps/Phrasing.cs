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
    private const int Timeout = 1000;

    /// <summary>A client's request or question as a short line in our words, or null when nothing is left.</summary>
    public static string? Ask(string sentence, bool german, bool keepDates, IReadOnlyList<string>? dateTexts = null, bool ourRequest = false, bool du = false)
    {
        var text = Clean(sentence);
        text = Replace(ContrastLead(), text, "");
        if (!keepDates)
        {
            text = WithoutDates(text, dateTexts ?? []);
        }

        // "January 6 at 2 PM works, please send the invite": the acceptance is recorded as agreed, the request is the point.
        text = Replace(AcceptanceLead(), text, "");
        text = german ? GermanRequest(text) : EnglishRequest(text);

        // The client's words turned to ours ("Ihre Geschäftsführung" → "unsere"); a request of ours to the client keeps its persons.
        if (!ourRequest)
        {
            text = !german ? SwapEnglishPerson(text) : du ? SwapGermanDuPerson(text) : SwapGermanPerson(text, clientSpeaks: true);

            // "Let me know who is looking into this" is ours to do: "Tell you who is looking into this" ("Let you know …" reads as a permission).
            text = Replace(LetYouKnow(), text, "Tell you ");
        }

        return Finish(text);
    }

    /// <summary>The client's sentence with its persons turned to ours: "works for us" → "works for you", "wir nehmen" → "Sie nehmen".</summary>
    public static string InOurWords(string text, bool german, bool du) =>
        !german ? SwapEnglishPerson(text) : du ? SwapGermanDuPerson(text) : SwapGermanPerson(text, clientSpeaks: true);

    /// <summary>
    /// A commitment of ours, as we wrote it: the summary is our letter, so "Ich schicke Ihnen bis
    /// Dienstag eine Folie" reads right as it stands; only list markers and purpose clauses go.
    /// </summary>
    public static string? Commitment(string sentence) => Finish(Clean(sentence));

    /// <summary>The text with its first letter in capitals ("bis Freitag …" → "Bis Freitag …").</summary>
    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The text with its first letter in lower case, for use inside a sentence ("Your question …" → "your question …").</summary>
    public static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>
    /// A German date at the end of a line or of a point before its " – erledige ich …" keeps the dot that ends it ("Zahlungsziel
    /// 02.12.", not "02.12"): the sentence's full stop trimmed off was the date's as well.
    /// </summary>
    public static string DateDot(string line) => LineEndDate().Replace(line, "$0.");

    /// <summary>
    /// A line as it goes into the letter: no space before a comma where a word was taken out ("Yes , add the two offices"),
    /// no "Yes," or "Und" left over from the reply it came from, and a capital first letter ("bei mir ist …" → "Bei mir ist …").
    /// </summary>
    public static string Tidy(string line)
    {
        var text = Replace(SpaceBeforeComma(), line, ",");
        if (Replace(LeftoverOpener(), text, "") is var rest && rest.Split(' ').Length >= 3)
        {
            text = rest;
        }

        return Capital(text);
    }

    /// <summary>A line without list markers, greetings before a colon or trailing purpose clauses.</summary>
    public static string Clean(string sentence)
    {
        var text = sentence.Trim();
        text = Replace(ListMarker(), text, "");

        // "Hi Daniel, January 6 at 2 PM works, please send the invite": the greeting is no part of the point.
        text = Replace(LeadingGreeting(), text, "");

        // "Quick follow-up: our brand guidelines …": the label of the line is no part of it.
        text = Replace(LineLabel(), text, "");

        // "…, so you can share it internally", "…, damit Sie …": why, not what.
        text = Replace(PurposeClause(), text, "");
        return text.Trim();
    }

    /// <summary>The line without the given date texts and the prepositions they leave ("I'll send it by Friday" → "I'll send it").</summary>
    public static string WithoutDates(string text, IReadOnlyList<string> dateTexts)
    {
        foreach (var date in dateTexts.OrderByDescending(d => d.Length))
        {
            var at = text.IndexOf(date, StringComparison.Ordinal);
            if (at >= 0)
            {
                // "bis Freitag, 27.11., einen Anruf": the comma closing the date goes with it.
                var length = at + date.Length < text.Length && text[at + date.Length] == ',' ? date.Length + 1 : date.Length;
                // "wie wir den 4.12. sicherstellen wollen": the article of a date that was the object goes with it.
                var article = ArticleBefore().Match(text[..at]);
                if (article.Success && text[(at + length)..].TrimStart() is { Length: > 0 } after && char.IsLower(after[0]))
                {
                    (at, length) = (article.Index, length + (at - article.Index));
                }

                text = text.Remove(at, length);
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

        // "Und erklären Sie mir, wieso …", "Also schick mir …": the "und" links it to the sentence before; the bidding is the same.
        if (Match(ConjunctionLead(), text) is { Success: true } lead && text[lead.Length..] is var bid
            && (GermanSieImperative().IsMatch(bid) || GermanDuImperative().IsMatch(bid)))
        {
            text = bid;
        }

        // "senden Sie mir einen Zeitplan" → "einen Zeitplan senden": the verb of a Sie-imperative goes to the end.
        var imperative = Match(GermanSieImperative(), text);
        if (imperative is { Success: true })
        {
            text = VerbLast(imperative.Groups["rest"].Value.Trim(), imperative.Groups["verb"].Value.ToLowerInvariant());
        }

        // "Ich frage mich langsam, ob bei Ihnen überhaupt jemand die Seiten prüft" → "Die Seiten prüfen": what they doubt is done is what they ask.
        if (Match(GermanDoubt(), text) is { Success: true } doubt)
        {
            return Capital($"{doubt.Groups["rest"].Value} {ThirdPersonInfinitive(doubt.Groups["verb"].Value)}");
        }

        // "Schickst du mir bitte die Einladung" → "die Einladung schicken".
        var duQuestion = Match(GermanDuQuestion(), text);
        if (duQuestion is { Success: true })
        {
            text = VerbLast(duQuestion.Groups["rest"].Value.Trim(), Infinitive(duQuestion.Groups["verb"].Value));
        }

        // "Schick mir bitte die Einladung" → "die Einladung schicken", "Ruf mich bitte an" → "mich anrufen": a du-imperative as well.
        var duImperative = Match(GermanDuImperative(), text);
        // "Schau ihn dir an und gib ihn mir frei" bids twice: it stays as written.
        if (duImperative is { Success: true } && imperative is not { Success: true } && duQuestion is not { Success: true }
            && !duImperative.Groups["rest"].Value.Split(" und ").Skip(1).Any(GermanDuImperative().IsMatch))
        {
            text = VerbLast(duImperative.Groups["rest"].Value.Trim(), ImperativeInfinitive(duImperative.Groups["verb"].Value));
        }

        // The client's own promise, "Die Texte schicke ich dir bis Mittwoch", is their step: "Die Texte bis Mittwoch schicken".
        var promise = Match(GermanFirstPersonPromise(), text);
        if (promise is { Success: true })
        {
            var verb = promise.Groups["verb"].Value;
            var rest = promise.Groups["rest"].Value.Trim().TrimEnd('.', '!');

            // "… lade ich ins Portal hoch" → "… ins Portal hochladen": a separable prefix joins its verb.
            var particle = Match(SeparablePrefix(), rest);
            var prefix = particle is { Success: true } ? particle.Groups["prefix"].Value.ToLowerInvariant() : "";
            rest = particle is { Success: true } ? rest[..particle.Index] : rest;
            // "schicke ich" and, as people write, "schick ich" → "schicken".
            var stem = verb.EndsWith('e') ? verb[..^1] : verb;
            text = $"{promise.Groups["before"].Value.Trim()} {rest.Trim()} {prefix}{stem.ToLowerInvariant()}en".Trim();
        }

        text = Replace(GermanReflexiveLead(), text, "");

        // "Bitte melden Sie sich, wir verlieren …": "melden" alone is no action; it is getting in touch with them (their "mir" is our "Ihnen").
        text = text.Trim().TrimEnd('.', '!') is "melden" ? "bei mir melden" : Replace(BareMelden(), text, "bei mir melden (${why})");
        return Replace(GermanBitte(), text, " ");
    }

    private static string EnglishRequest(string text)
    {
        // "Could Dwayne let us know after tonight's shift whether it held up?" is what Dwayne does: "Dwayne lets us know …".
        if (Match(NamedPersonAsked(), text) is { Success: true } asked)
        {
            return $"{asked.Groups["who"].Value} {ThirdPerson(asked.Groups["verb"].Value)}{asked.Groups["rest"].Value}";
        }

        // "I'm starting to wonder whether anyone tests these pages before they go to staging": what they doubt is done is what they ask.
        if (Match(EnglishDoubt(), text) is { Success: true } doubt)
        {
            return Capital($"{BaseForm(doubt.Groups["verb"].Value)} {doubt.Groups["rest"].Value}");
        }

        text = Replace(EnglishPoliteOpener(), text, "");
        return Replace(EnglishPlease(), text, " ");
    }

    /// <summary>"tests" → "test", "checks" → "check", "fixes" → "fix", "tries" → "try", "does" → "do": the verb after "anyone".</summary>
    private static string BaseForm(string verb) => verb switch
    {
        "does" or "goes" => verb[..^2],
        "has" => "have",
        _ when verb.EndsWith("ies", StringComparison.Ordinal) => verb[..^3] + "y",
        _ when verb.EndsWith("ches", StringComparison.Ordinal) || verb.EndsWith("shes", StringComparison.Ordinal) || verb.EndsWith("sses", StringComparison.Ordinal) || verb.EndsWith("xes", StringComparison.Ordinal) => verb[..^2],
        _ when verb.EndsWith('s') => verb[..^1],
        _ => verb,
    };

    /// <summary>"prüft" → "prüfen", "testet" → "testen", "nachschaut" → "nachschauen": the verb after "ob jemand".</summary>
    private static string ThirdPersonInfinitive(string verb) =>
        verb.EndsWith("et", StringComparison.Ordinal) ? verb[..^1] + "n" : verb[..^1] + "en";

    /// <summary>"let" → "lets", "go" → "goes", "copy" → "copies", "have" → "has": the verb after "he" or "she".</summary>
    private static string ThirdPerson(string verb) => verb switch
    {
        "be" => "is",
        "have" => "has",
        _ when verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith('o') => verb + "es",
        _ when verb.Length > 2 && verb.EndsWith('y') && !"aeiou".Contains(verb[^2], StringComparison.Ordinal) => verb[..^1] + "ies",
        _ => verb + "s",
    };

    /// <summary>"Ihre Geschäftsführung" in the client's words is "unsere Geschäftsführung" in ours.</summary>
    private static string SwapGermanPerson(string text, bool clientSpeaks)
    {
        var swapped = SwapGermanPronouns(text, clientSpeaks);
        return clientSpeaks ? IchToSie(swapped) : swapped;
    }

    private static string SwapGermanPronouns(string text, bool clientSpeaks) =>
        SwapWords(text, (core, i, before) => core switch
        {
            // "… muss die Verwaltung für Sie reservieren": after a preposition "Sie" is the object, "uns".
            "Sie" when before is "für" or "gegen" or "ohne" or "durch" or "um" => "uns",
            "Ihre" => "unsere",
            "Ihrer" => "unserer",
            "Ihren" => "unseren",
            "Ihrem" => "unserem",
            "Ihres" => "unseres",
            "Ihr" => "unser",
            "Sie" when i > 0 => "wir",
            // "… das können Sie sich hoffentlich vorstellen": "können wir uns", not "können wir sich".
            "sich" when before is "Sie" && i > 1 => "uns",
            "wir" when clientSpeaks => "Sie",
            "Ihnen" => "uns",
            "mir" or "uns" => "Ihnen",
            "mich" => "Sie",
            "mein" or "unser" => "Ihr",
            "meine" or "unsere" => "Ihre",
            "meinen" or "unseren" => "Ihren",
            "meinem" or "unserem" => "Ihrem",
            "meiner" or "unserer" => "Ihrer",
            "Mein" or "Unser" => "Ihr",
            "Meine" or "Unsere" => "Ihre",
            "Meinen" or "Unseren" => "Ihren",
            "Meinem" or "Unserem" => "Ihrem",
            "Meiner" or "Unserer" => "Ihrer",
            _ => core,
        });

    /// <summary>The infinitive of a verb in the du form: "schickst" → "schicken", "sendest" → "senden", "gibst" → "geben".</summary>
    internal static string Infinitive(string duForm)
    {
        var verb = duForm.ToLowerInvariant();
        return verb switch
        {
            "gibst" => "geben",
            "nimmst" => "nehmen",
            "hältst" => "halten",
            "lässt" => "lassen",
            "liest" => "lesen",
            "siehst" => "sehen",
            "hast" => "haben",
            "wirfst" => "werfen",
            "schaust" => "schauen",
            _ when verb.EndsWith("dest", StringComparison.Ordinal) || verb.EndsWith("test", StringComparison.Ordinal) => verb[..^3] + "en",
            _ => verb[..^2] + "en",
        };
    }

    /// <summary>The infinitive of a du-imperative: "schick" → "schicken", "gib" → "geben", "kümmer" → "kümmern", "schicke" → "schicken".</summary>
    private static string ImperativeInfinitive(string imperative)
    {
        var verb = imperative.ToLowerInvariant();
        return verb switch
        {
            "gib" => "geben",
            "nimm" => "nehmen",
            "lies" => "lesen",
            "sieh" => "sehen",
            _ when verb.EndsWith("er", StringComparison.Ordinal) || verb.EndsWith("el", StringComparison.Ordinal) => verb + "n",
            _ when verb.EndsWith('e') => verb + "n",
            _ => verb + "en",
        };
    }

    /// <summary>
    /// The client's words in our letter to a client we call "du": "mir" → "dir", "mein" → "dein", "du" → "ich", with the verb of
    /// that "ich" agreeing ("kannst du" → "kann ich", "hast du" → "habe ich", "würdest du" → "würde ich").
    /// </summary>
    private static string SwapGermanDuPerson(string text) =>
        DuVerbAsIch().Replace(SwapDuWords(text), m => m.Value.Replace(m.Groups["verb"].Value, SameCase(m.Groups["verb"].Value, FirstSingular(m.Groups["verb"].Value.ToLowerInvariant())), StringComparison.Ordinal));

    /// <summary>
    /// The verb of "du" as the verb of "ich". Only these: a word before or after "ich" that ends in -st may be none ("lege ich fest",
    /// "mache ich selbst"), and a client's own "ich" never stands beside one of them.
    /// </summary>
    private static string FirstSingular(string verb) => verb switch
    {
        "kannst" => "kann",
        "musst" => "muss",
        "willst" => "will",
        "darfst" => "darf",
        "sollst" => "soll",
        "magst" => "mag",
        "weißt" => "weiß",
        "hast" => "habe",
        "bist" => "bin",
        "warst" => "war",
        "wirst" => "werde",
        "wärst" => "wäre",
        "brauchst" => "brauche",
        "gibst" => "gebe",
        "schickst" => "schicke",
        "machst" => "mache",
        "findest" => "finde",
        _ => verb[..^2], // "könntest", "würdest", "hättest", "solltest": the past subjunctive loses its "st"
    };

    private const string DuVerbs = @"(?<verb>kannst|musst|willst|darfst|sollst|magst|weißt|hast|bist|warst|wirst|wärst|brauchst|gibst|schickst|machst|findest|(?!zumindest\b|mindest\b)\p{L}{2,}(?:test|dest))";

    [GeneratedRegex($@"\b{DuVerbs}\s+ich\b|\bich\s+{DuVerbs}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DuVerbAsIch();

    private static string SwapDuWords(string text) =>
        SwapWords(YouAllToWe(text), (core, i, _) => core switch
        {
            "euch" => "uns",
            "eure" => "unsere",
            "euer" => "unser",
            "euren" => "unseren",
            "eurem" => "unserem",
            "eurer" => "unserer",
            "mir" => "dir",
            "mich" => "dich",
            "uns" => "euch",
            "mein" => "dein",
            "meine" => "deine",
            "meinen" => "deinen",
            "meinem" => "deinem",
            "meiner" => "deiner",
            "dir" => "mir",
            "dich" => "mich",
            "dein" => "mein",
            "deine" => "meine",
            "deinen" => "meinen",
            "deinem" => "meinem",
            "deiner" => "meiner",
            "Mein" or "Unser" => "Euer",
            "Meine" or "Unsere" => "Eure",
            "du" when i > 0 => "ich",
            _ => core,
        });

    /// <summary>
    /// A formal client's "ich" in our letter: "Die Rückmeldung habe ich nicht erhalten" → "Die Rückmeldung haben Sie nicht
    /// erhalten", "Ich finde das nicht in Ordnung" → "Sie finden das nicht in Ordnung", and a second verb of the same
    /// "ich" ("… stimme ich ab und gebe Ihnen Bescheid") with it. An "ich" whose verb stands at the end of the clause stays.
    /// </summary>
    private static string IchToSie(string text)
    {
        var swapped = VerbIch().Replace(text, m => $"{FirstPlural(m.Groups["verb"].Value)} Sie");
        swapped = IchVerb().Replace(swapped, m => $"Sie {FirstPlural(m.Groups["verb"].Value)}");
        return swapped == text ? text : AndVerb().Replace(swapped, m => $"und {FirstPlural(m.Groups["verb"].Value)}");
    }

    /// <summary>"habe" → "haben", "bin" → "sind", "kann" → "können", "möchte" → "möchten"; the capital stays.</summary>
    private static string FirstPlural(string verb) =>
        SameCase(verb, verb.ToLowerInvariant() switch
        {
            "bin" => "sind",
            "kann" => "können",
            "muss" => "müssen",
            "will" => "wollen",
            "weiß" => "wissen",
            "darf" => "dürfen",
            "soll" => "sollen",
            "mag" => "mögen",
            "hab" => "haben",
            var v => v + "n",
        });

    /// <summary>
    /// A du-client speaking to our whole team: "Ihr druckt die Etiketten neu" → "Wir drucken die Etiketten neu", "Könnt ihr
    /// stornieren" → "Können wir stornieren". The pronouns around it ("eure Kosten") are swapped with the others.
    /// </summary>
    private static string YouAllToWe(string text)
    {
        text = YouAllVerb().Replace(text, m => $"{(char.IsUpper(m.Value[0]) ? "Wir" : "wir")} {PluralVerb(m.Groups["verb"].Value)}");
        return VerbYouAll().Replace(text, m => $"{PluralVerb(m.Groups["verb"].Value)} wir");
    }

    /// <summary>"druckt" → "drucken", "könnt" → "können", "arbeitet" → "arbeiten", "seid" → "sind"; the capital stays.</summary>
    private static string PluralVerb(string verb) =>
        SameCase(verb, verb.ToLowerInvariant() switch
        {
            "seid" => "sind",
            var v when v.EndsWith("et", StringComparison.Ordinal) => v[..^1] + "n",
            var v => v[..^1] + "en",
        });

    /// <summary>The word with the first letter in the case of the word it replaces.</summary>
    private static string SameCase(string replaced, string word) => char.IsUpper(replaced[0]) ? Capital(word) : word;

    /// <summary>Words after which "you" is a subject ("if you send" → "if we send"); after anything else it is an object ("send you" → "send us").</summary>
    private static readonly HashSet<string> SubjectBefore = new(
        ["if", "when", "that", "and", "or", "so", "but", "can", "could", "will", "would", "do", "did", "are", "were", "have", "as", "because", "unless", "once", "before", "after", "while", "until", "whether", "where", "how", "what", "should", "shall", "may", "might", "must", "than", "Can", "Could", "Will", "Would", "Do", "If", "When"],
        StringComparer.Ordinal);

    /// <summary>
    /// The client's words as ours, with the verb agreeing: "so am I by now" → "so are you by now", "I was told" →
    /// "you were told", "myself" → "yourself".
    /// </summary>
    private static string SwapEnglishPerson(string text) =>
        YouAgreement().Replace(SwapEnglishWords(text), m => m.Value.Replace("am", "are", StringComparison.Ordinal).Replace("Am", "Are", StringComparison.Ordinal)
            .Replace("was", "were", StringComparison.Ordinal).Replace("Was", "Were", StringComparison.Ordinal));

    [GeneratedRegex(@"\b(?:[Yy]ou (?:am|was)|(?:[Aa]m|[Ww]as) you)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex YouAgreement();

    private static string SwapEnglishWords(string text) =>
        SwapWords(text, (core, i, before) => core switch
        {
            "myself" => "yourself",
            "ourselves" => "yourselves",
            "me" or "us" => "you",
            "my" or "our" => "your",
            "My" or "Our" => "Your",
            "your" => "our",
            "Your" => "Our",
            "you" when before is not null && !SubjectBefore.Contains(before) => "us",
            "you" => "we",
            "we" => "you",
            "We" => "You",
            "we'll" or "I'll" when i > 0 => "you'll",
            "We'll" or "I'll" => "You'll",
            "we're" or "I'm" when i > 0 => "you're",
            "We're" or "I'm" => "You're",
            "we've" or "I've" when i > 0 => "you've",
            "We've" or "I've" => "You've",
            "we'd" or "I'd" when i > 0 => "you'd",
            "We'd" or "I'd" => "You'd",
            "I" when i > 0 => "you",
            "I" => "You",
            _ => core,
        });

    /// <summary>
    /// Each word through <paramref name="swap"/> (the word without its trailing punctuation, its
    /// index, and the word before it without punctuation), punctuation and spacing kept.
    /// </summary>
    private static string SwapWords(string text, Func<string, int, string?, string> swap)
    {
        var builder = new StringBuilder();
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            // "(wir verlieren …)": brackets and quotes around a word are no part of it.
            var open = words[i].Length - words[i].TrimStart('(', '„', '"', '‚', '\'').Length;
            var core = words[i][open..].TrimEnd(',', '.', ';', ':', '?', '!', ')', '“', '"', '‘', '\'');
            var before = i > 0 ? words[i - 1].TrimEnd(',', ';', ':') : null;
            builder.Append(i == 0 ? "" : " ").Append(words[i][..open]).Append(swap(core, i, before)).Append(words[i][(open + core.Length)..]);
        }

        return builder.ToString();
    }

    /// <summary>"rest" + verb, the verb before a trailing clause: "kurz Bescheid geben, ob …".</summary>
    private static string VerbLast(string rest, string verb)
    {
        // The verb goes before the first comma that ends a clause; the commas of "bis Montag, 21.12., an …" belong to the date.
        var comma = ClauseComma().Match(rest) is { Success: true } clause ? clause.Index : -1;
        var (head, tail) = comma > 0 ? (rest[..comma], rest[comma..]) : (rest.TrimEnd('.', '!', '?'), "");

        // "Erklären Sie mir bitte, warum …" → "Erklären, warum …": nothing but "bitte" before the clause.
        if (head.Trim() is "bitte" or "Bitte" or "doch" or "mal")
        {
            return verb + tail;
        }

        // "Schlagen Sie einen Termin vor" → "einen Termin vorschlagen": a separable prefix joins its verb.
        if (Match(SeparablePrefix(), head) is { Success: true } particle)
        {
            head = head[..particle.Index];
            verb = particle.Groups["prefix"].Value.ToLowerInvariant() + verb;
        }

        return head + " " + verb + tail;
    }

    private static string? Finish(string text)
    {
        text = Replace(Spaces(), text, " ").Trim(' ', ',', ';', ':', '.', '?', '!', '–', '-');
        if (text.Length < 4 || !text.Any(char.IsLetter))
        {
            return null;
        }

        return Capital(text);
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

    [GeneratedRegex(@"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?=$| – )", RegexOptions.Multiline | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex LineEndDate();

    [GeneratedRegex(@"\b(?:den|dem|the)\s+$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex ArticleBefore();

    [GeneratedRegex(@"^[Ll]et you know\s+(?=who|what|when|where|why|how|whether|if|which)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex LetYouKnow();

    [GeneratedRegex(@"\s+,", RegexOptions.None, Timeout)]
    private static partial Regex SpaceBeforeComma();

    [GeneratedRegex(@"^(?:(?:Yes|Ja|Jo|Yep),\s+|(?:And|Und)\s+(?!(?:yes|ja)\b))(?=\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex LeftoverOpener();

    [GeneratedRegex(@"^(?:[-–•*]\s*|\d{1,2}[.)]\s+)", RegexOptions.None, Timeout)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:quick follow-up|quick question|quick update|one more thing|one more question|one last question|eine frage noch|noch eine frage|eine letzte frage|kurze rückfrage|kurze frage|kurze info|noch etwas|nachtrag|p\.?\s?s\.?|done|erledigt)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex LineLabel();

    [GeneratedRegex(@",\s*(?:so that (?:you|we|I)\b|so (?:you|we|I) (?:can|could)\b|damit\b|sodass\b|so dass\b|um\s.+\szu\b).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex PurposeClause();

    [GeneratedRegex(@"\bby\s+(?:end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob)\s*(?=[,.;]|$|\s(?:with|and|to|for|the|a)\b)|\b(?:bis(?: zum| spätestens| Ende)?|am|zum|by(?: EOD| the end of)?|on|until|before|spätestens|ab)\s*(?=[,.;]|$|\s(?:und|and|eine?n?|the|a)\b)|\b(?:for|on|by|until|before|from|after)\s+the\s*(?=[,.;]|$)|\b(?:für|vor|nach)\s+(?:den|dem)\s*(?=[,.;]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex DatePrepositionLeftover();

    [GeneratedRegex(@"\b(?:um\s)?\d{1,2}(?::\d{2})?\s?(?:Uhr|AM|PM|am|pm)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex TimeLeftover();

    [GeneratedRegex(@"\s{2,}", RegexOptions.None, Timeout)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?:\s*,\s*){2,}", RegexOptions.None, Timeout)]
    private static partial Regex EmptyCommas();

    [GeneratedRegex(@"\s+([,.;:])", RegexOptions.None, Timeout)]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"^(?:aber|allerdings|jedoch|but|however|nur noch[^:]*:|und noch etwas[^:]*:|and|(?:ich\s+)?(?:will|möchte)\s+(?:dich\s+|Sie\s+|euch\s+|mich\s+)?(?:nicht\s+nerven|nicht\s+drängeln|nicht\s+einmischen)[^,]*,\s*aber|i\s+don't\s+want\s+to\s+(?:nag|be\s+a\s+pain|micromanage\s+this)[^,]*,\s*but|(?:i|we)\s+(?:understand|know|get|realise|realize|appreciate)\b[^,]*,\s*but|(?:ich|wir)\s+(?:verstehe|verstehen|weiß|wissen)\b[^,]*,(?:[^,]*,)?\s*aber|(?:mir|uns)\s+ist\s+(?:schon\s+|ja\s+)?klar\b[^,]*,(?:[^,]*,)?\s*aber)[,]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex ContrastLead();

    [GeneratedRegex(@"^sich\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanReflexiveLead();

    [GeneratedRegex(@"^melden,\s*(?<why>.+?)[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex BareMelden();

    [GeneratedRegex(@"^(?:(?:und|also|noch|auch|dann|eine bitte|eine frage|kurze frage)[,:]?\s+)*(?:(?:ich|wir)\s+(?:erwarte[n]?|will|wollen|möchte[n]?),?\s+(?=dass\s+(?!(?:sie|du|ihr|ich|wir|er|es|man)\b))|(?:könnten|können|würden|wollen|möchten)\s+sie\s+(?:(?:mir|uns)\s+)?|(?:kannst|könntest|würdest)\s+du\s+(?:(?:mir|uns)\s+)?|(?:ich|wir)\s+(?:bitte[n]?\s+(?:sie\s+)?(?:um\s+)?|erwarte[n]?|hätte[n]?\s+gern[e]?|brauche[n]?|benötige[n]?|möchte[n]?|wünsche[n]?\s+mir|will|wollen)\s+|(?:erwarte|hätte|brauche|bräuchte|benötige|möchte|will)\s+ich\s+(?:gern[e]?\s+)?|(?:erwarten|hätten|brauchen|bräuchten|benötigen|möchten|wollen)\s+wir\s+(?:gern[e]?\s+)?|(?:es\s+)?wäre\s+(?:schön|gut|toll|hilfreich),?\s+wenn\s+sie\s+|bitte\s+)(?:von\s+(?:ihnen|dir|euch)\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanPoliteOpener();

    [GeneratedRegex(@"^(?<verb>[A-ZÄÖÜa-zäöüß][a-zäöüß]+(?:en|ern|eln))\s+Sie\s+(?:(?:mir|uns)\s+)?(?:bitte\s+)?(?<rest>.+)$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanSieImperative();

    [GeneratedRegex(@"^(?<verb>[A-Za-zäöüß]+st)\s+du\s+(?:(?:mir|uns)\s+)?(?:bitte\s+)?(?:(?:noch|mal|kurz)\s+)*(?<rest>.+)$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanDuQuestion();

    /// <summary>"Schick mir bitte …", "Ruf mich an", "Gib mir bis Freitag Bescheid", "Erklär mir, warum …": a du-imperative of the verbs clients ask with.</summary>
    [GeneratedRegex(@"^(?<verb>(?:[Ss]chick|[Ss]end|[Rr]uf|[Gg]ib|[Mm]eld|[Ee]rklär|[Ss]ag|[Ss]chreib|[Bb]ring|[Mm]ach|[Cc]heck|[Pp]rüf|[Ss]chau|[Nn]imm|[Kk]ümmer|[Ss]tell|[Ll]eg|[Ll]ad|[Bb]estätig|[Üü]berweis|[Bb]estell|[Bb]uch|[Rr]eservier|[Oo]rganisier|[Ää]nder|[Kk]orrigier|[Tt]ausch|[Hh]ol|[Zz]eig|[Ii]nformier|[Ff]rag|[Kk]lär)e?)\s+(?:(?:mir|uns|dich)\s+)?(?:(?:bitte|doch|mal|noch|kurz|gleich|schnell)\s+)*(?<rest>\S.*)$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanDuImperative();

    [GeneratedRegex(@"^(?:und|also|außerdem|ausserdem|dann|ach ja|ach,? und)\s*,?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex ConjunctionLead();

    [GeneratedRegex(@"(?<=\p{L}),(?=\s+\p{L})(?<!\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So),)", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex ClauseComma();

    [GeneratedRegex(@"\s+(?<prefix>ab|an|auf|aus|ein|mit|nach|vor|zu|zurück|hoch|durch|weiter|fest|bei|her|hin|los|vorbei|weg|fertig|frei)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex SeparablePrefix();

    [GeneratedRegex(@"^(?:(?<before>.+?)\s+(?<verb>(?:schick|send|liefer|meld|geb|klär|prüf|bring|mach|stell|lad|reich|bereit|füll|überweis|unterschreib|bestätig|bestell|zahl|organisier|buch)e?)\s+ich|ich\s+(?<verb>(?:schick|send|liefer|meld|geb|klär|prüf|bring|mach|stell|lad|reich|bereit|füll|überweis|unterschreib|bestätig|bestell|zahl|organisier|buch)e?))\s+(?:(?:dir|dich|euch|Ihnen|Sie)\s+)?(?:(?:noch|dann|gleich|morgen)\s+)?(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanFirstPersonPromise();

    [GeneratedRegex(@"^(?:(?:hi|hello|hey|dear|hallo|liebe|lieber|moin|guten tag|good morning|guten morgen)\b[^,.!?]{0,40}|(?:frau|herr|mr|mrs|ms)\.?\s+(?:dr\.\s+)?\p{Lu}[\p{L}-]+(?=,\s*(?:ich|wir|bitte|können|könnten|würden|es|das|leider|sie|i|we|please|could|can|would)\b)),\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex LeadingGreeting();

    [GeneratedRegex(@"^[^,]{3,60}\b(?:works(?: for (?:me|us))?|passt(?: (?:mir|uns))?(?: gut)?|is fine|sounds good|klingt gut|geht klar)[,;]\s+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex AcceptanceLead();

    [GeneratedRegex(@"\s+bitte\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanBitte();

    [GeneratedRegex(@"^(?:[^:.!?]{3,40}:\s+(?=(?:they|he|she)'d\s+like))?(?:(?:also|and|so|one request|quick question|one more thing|one thing|plus|just)[,:]?\s+)*(?:(?:could|can|would|will)\s+(?:you|we|someone)\s+(?:please\s+)?|i'?d\s+(?:really\s+)?appreciate\s+it\s+if\s+you\s+could\s+|i\s+would\s+appreciate\s+it\s+if\s+you\s+could\s+|(?:i|we)\s+need\s+(?:you\s+to\s+)?|(?:i|we)\s+(?:also\s+|still\s+)?(?:want|expect)\s+(?=(?:a|an|the|that|our|my)\s)|(?:i|we|they|he|she)'?d\s+like\s+(?:you\s+to\s+)?|(?:please\s+)?let\s+(?:me|us)\s+know\s+|kindly\s+|would\s+it\s+be\s+possible\s+to\s+|is\s+it\s+possible\s+to\s+|(?:please|pls|plz)\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex EnglishPoliteOpener();

    [GeneratedRegex(@"^(?:I'm|I am|we're|we are|I've been|we've been)\s+(?:(?:starting|beginning)\s+to\s+)?wonder(?:ing)?\s+(?:whether|if)\s+(?:anyone|anybody|someone|somebody)\s+(?:(?:at all|on your side|at your end|there|even|actually|ever|really)\s+)*(?<verb>[a-z]{3,}s)\s+(?<rest>[^?]{4,}?)[.?]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex EnglishDoubt();

    [GeneratedRegex(@"^(?:[Ii]ch|[Ww]ir)\s+frage[n]?\s+(?:mich|uns)(?:,?\s+\p{Ll}+){0,2}?,?\s+ob\s+(?:bei\s+(?:Ihnen|euch|dir)\s+)?(?:(?:überhaupt|eigentlich|auch)\s+)*(?:jemand|irgendjemand|irgendwer|einer|wer)\s+(?:(?:überhaupt|eigentlich|mal|je|auch)\s+)*(?<rest>\p{L}.{3,}?)\s+(?<verb>\p{Ll}{3,}t)[.?]?$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex GermanDoubt();

    [GeneratedRegex(@"^(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill)\s+(?<who>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?!You\b|We\b|They\b|He\b|She\b|Someone\b|Anyone\b|I\b)\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+(?:please\s+)?(?<verb>\p{Ll}+)\b(?<rest>[^?]*)\??$", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex NamedPersonAsked();

    [GeneratedRegex(@"\b(?<verb>\p{L}{2,}e|[Bb]in|[Kk]ann|[Mm]uss|[Ww]ill|[Ww]eiß|[Dd]arf|[Ss]oll|[Mm]ag|[Hh]ab)\s+ich\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex VerbIch();

    [GeneratedRegex(@"\b[Ii]ch\s+(?<verb>\p{Ll}{2,}e|bin|kann|muss|will|weiß|darf|soll|mag|hab)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex IchVerb();

    [GeneratedRegex(@"\bund\s+(?<verb>gebe|schicke|sende|melde|rufe|kläre|prüfe|bringe|mache|lade|trage|stimme|bespreche|informiere)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex AndVerb();

    [GeneratedRegex(@"\b[Ii]hr\s+(?<verb>\p{Ll}{2,}t|seid)\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex YouAllVerb();

    [GeneratedRegex(@"\b(?<verb>\p{L}{2,}t|[Ss]eid)\s+ihr\b", RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex VerbYouAll();

    [GeneratedRegex(@"\s+(?:please|pls|plz)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex EnglishPlease();

}
