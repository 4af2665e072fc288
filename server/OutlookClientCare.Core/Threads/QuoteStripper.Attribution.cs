using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.Threads;

/// <summary>Attribution lines above a quote ("On ... wrote:", "Am ... schrieb ...:", "Name &lt;address&gt; schrieb:", ...).</summary>
internal static partial class QuoteStripper
{
    /// <summary>Longest joined attribution ("On ... wrote:" over up to three lines) we look at.</summary>
    private const int MaxAttributionChars = 400;

    /// <summary>Zoho's "---- On ... wrote ----", Android's "---- John Smith wrote ----": an attribution between dashes, no colon.</summary>
    private static bool DashedAttribution(ReadOnlySpan<char> trimmed)
    {
        var inner = trimmed.Trim('-').Trim();
        if (inner.Length == trimmed.Length || inner.Length < 8 || trimmed[^1] != '-')
        {
            return false;
        }

        var form = FormOf(inner);
        return (form == Form.Opener && HasDigit(inner)) || form == Form.NameVerb;
    }

    /// <summary>
    /// Lines (1-3) forming an attribution: "On ... wrote:", "Am ... schrieb ...:" (also split over
    /// two or three lines), "Le ... a écrit :", "El ... escribió:", "Name &lt;address&gt; schrieb:",
    /// "Name schrieb:" above a quote, Gmail's "2014-03-20 8:48 GMT+01:00 Name &lt;address&gt;:".
    /// 0 when line <paramref name="i"/> starts none.
    /// </summary>
    private static int AttributionLength(Lines lines, int i)
    {
        var first = lines.Trimmed(i);
        if (first.Length > MaxAttributionChars)
        {
            return 0;
        }

        // Only a line that ends in ':' (or a wrapped attribution whose second or third line does) can be one;
        // the lines before the last one of a wrapped attribution do not end in ':' themselves.
        bool? multiLineStart = null;
        for (var count = 1; count <= 3; count++)
        {
            var lastIndex = i + count - 1;
            if (lastIndex >= lines.Count)
            {
                return 0;
            }

            var last = lines.Trimmed(lastIndex);
            if (count > 1)
            {
                var previous = lines.Trimmed(lastIndex - 1);
                if (last.IsEmpty || EndsInColon(previous) || (IsQuoted(last) && !(last.Length <= 12 && last[^1] == ':')))
                {
                    return 0;
                }

                if (!EndsInColon(last) && count == 3)
                {
                    return 0;
                }

                if (EndsInColon(last) && !(multiLineStart ??= StartsLikeAttribution(first)))
                {
                    return 0;
                }
            }

            if (EndsInColon(last))
            {
                var candidate = lines.Joined(i, count, MaxAttributionChars);
                if (candidate.IsEmpty)
                {
                    return 0;
                }

                var strength = AttributionStrength(candidate);
                if (count == 1 && strength == Evidence.None && HasDigit(candidate) && candidate.Length <= 160)
                {
                    // A short dated line right above a quote ("2012-04-02 Bob Smith:").
                    strength = Evidence.NeedsQuote;
                }

                if (strength == Evidence.Strong || (strength == Evidence.NeedsQuote && QuoteFollows(lines, i + count)))
                {
                    // The text line above a one-line attribution is not part of it.
                    return count > 1 && StartsOnItsOwn(lines.Trimmed(i + 1))
                        && AttributionStrength(lines.Joined(i + 1, count - 1, MaxAttributionChars)) != Evidence.None ? 0 : count;
                }
            }
            else if (count == 1 && last.Length >= 20 && char.IsLetter(last[^1]) && StartsWithOpener(last)
                && AttributionStrength(last) == Evidence.Strong)
            {
                // "On Wed, 14 Nov 2018 08:14:43 -0200 John Doe <john@doe.com> wrote" without its colon.
                return 1;
            }
            else if (count == 1 && last.Length > 0 && last[^1] == '>' && HasDigit(last) && Matches(GmailDateAddressRegex(), last) && QuoteFollows(lines, i + 1))
            {
                // Gmail's old "2012/4/2 Bob <bob@example.com>" right above the quote.
                return 1;
            }
        }

        return 0;
    }

    private static bool EndsInColon(ReadOnlySpan<char> line) => line.Length > 0 && line[^1] is ':' or '：';

    private enum Evidence
    {
        None,
        NeedsQuote,
        Strong,
    }

    /// <summary>
    /// How sure an attribution candidate (ending in ':') is. An address, a time or a year makes
    /// it one on its own; a bare "Am Montag schrieb ich Ihnen:" or "Petra schrieb:" counts only
    /// right above quoted lines, so a sentence that introduces the sender's own text stays.
    /// </summary>
    private static Evidence AttributionStrength(ReadOnlySpan<char> candidate)
    {
        var body = candidate.TrimEnd().TrimEnd(':').TrimEnd('：').TrimEnd();
        var hasAddress = body.Contains('@');
        switch (FormOf(body))
        {
            case Form.Opener:
                if (hasAddress)
                {
                    return Evidence.Strong;
                }

                // "Am 12.03.2026 schrieb ich Ihnen:" introduces the sender's own words; a client's header never says "ich".
                return Matches(TimeOrYearRegex(), body) && !Matches(PronounRegex(), body) ? Evidence.Strong : Evidence.NeedsQuote;
            case Form.NameVerb:
                return hasAddress ? Evidence.Strong : body.Length <= 80 ? Evidence.NeedsQuote : Evidence.None;
            case Form.DateAddress:
                return Evidence.Strong;
            default:
                return Evidence.None;
        }
    }

    private enum Form
    {
        None,

        /// <summary>"On|Am|Le|El ... wrote|schrieb|a écrit|escribió ...", "Petra &lt;p@example.com&gt; schrieb am 24.11.2026 11:00".</summary>
        Opener,

        /// <summary>"Name &lt;address&gt; schrieb", "Petra Lang schrieb", "... Test user &lt;t@example.com&gt; 写道": the verb ends it.</summary>
        NameVerb,

        /// <summary>Gmail without a verb: "2014-03-20 8:48 GMT+01:00 Name &lt;address&gt;".</summary>
        DateAddress,
    }

    /// <summary>
    /// The shape of an attribution without its final colon, from plain string searches: the verbs
    /// are found with one vectorised multi-string search, so no pattern scans the line.
    /// </summary>
    private static Form FormOf(ReadOnlySpan<char> body)
    {
        if (body.Length < 4 || body.Length > MaxAttributionChars)
        {
            return Form.None;
        }

        var verbStart = FirstVerb(body, out var verbEnd);
        if (verbStart > 0)
        {
            if (verbStart <= 300 && body.Length - verbEnd <= 160 && StartsWithOpener(body))
            {
                return Form.Opener;
            }

            foreach (var phrase in (ReadOnlySpan<string>)[" schrieb am ", " hat am ", " wrote on ", " a écrit le ", " escribió el "])
            {
                if (body.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return Form.Opener;
                }
            }

            if (EndsWithVerb(body))
            {
                return Form.NameVerb;
            }
        }

        return EndsWithDatedAddress(body) ? Form.DateAddress : Form.None;
    }

    /// <summary>Start of the first attribution verb standing as a word, -1 when there is none.</summary>
    private static int FirstVerb(ReadOnlySpan<char> body, out int end)
    {
        var offset = 0;
        while (offset < body.Length)
        {
            var at = body[offset..].IndexOfAny(VerbSearch);
            if (at < 0)
            {
                break;
            }

            var start = offset + at;
            foreach (var verb in AttributionVerbs)
            {
                if (body[start..].StartsWith(verb, StringComparison.OrdinalIgnoreCase) && IsVerbAt(body, start, verb.Length))
                {
                    end = start + verb.Length;
                    return start;
                }
            }

            offset = start + 1;
        }

        end = -1;
        return -1;
    }

    private static bool EndsWithVerb(ReadOnlySpan<char> body)
    {
        foreach (var verb in AttributionVerbs)
        {
            if (body.Length > verb.Length && body.EndsWith(verb, StringComparison.OrdinalIgnoreCase) && IsVerbAt(body, body.Length - verb.Length, verb.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb stands as a word: after a space, '&gt;' or a quote mark, and not followed by a letter ("schrieben").</summary>
    private static bool IsVerbAt(ReadOnlySpan<char> body, int start, int length)
    {
        var before = start == 0 || char.IsWhiteSpace(body[start - 1]) || body[start - 1] is '>' or ')' or '"' or '“' or '”' or '»';
        var end = start + length;
        return before && (end == body.Length || !char.IsLetter(body[end]));
    }

    /// <summary>"... 8:48 GMT+01:00 Rémi Dolan &lt;do_not_reply@dolan.com&gt;" (optionally in parentheses), with a digit before the address.</summary>
    private static bool EndsWithDatedAddress(ReadOnlySpan<char> body)
    {
        var trimmed = body.TrimEnd(')');
        if (!trimmed.EndsWith('>'))
        {
            return false;
        }

        var open = trimmed.LastIndexOf('<');
        if (open < 1)
        {
            return false;
        }

        var address = trimmed[(open + 1)..^1];
        return address.Length is > 2 and <= 320 && address.Contains('@') && address.IndexOfAny(" \t<") < 0 && HasDigit(trimmed[..open]);
    }

    // The words clients put between the date/name and the colon, in the languages our users and their clients write. Longest first.
    private static readonly string[] AttributionVerbs =
    [
        "napisał(a)", "написал(а)", "geschrieben", "geschreven", "ha scritto", "のメッセージ", "kirjoitti", "ha escrit", "napisała", "написала",
        "escribió", "escreveu", "escrevia", "a écrit", "đã viết", "schrieb", "schreef", "scrisse", "skriver", "napisał", "написал",
        "έγραψε", "writes", "wrote", "skrev", "pisze", "írta", "yazdı", "写道", "寫道", "작성",
    ];

    private static readonly SearchValues<string> VerbSearch = SearchValues.Create(AttributionVerbs, StringComparison.OrdinalIgnoreCase);

    /// <summary>A wrapped attribution starts with its opener ("On", "Am", "Le", ...), a date or weekday, or a name with an address.</summary>
    private static bool StartsLikeAttribution(ReadOnlySpan<char> first)
    {
        if (first.IsEmpty || first[^1] is '.' or '!' or '?')
        {
            return false;
        }

        return first.Contains('@') || first.EndsWith('<') || StartsOnItsOwn(first);
    }

    /// <summary>"On ...", "Am ...", "2014-03-20 ...", "pe 20. lokakuuta ...", "Di., 24. Nov. ...": the first words of an attribution.</summary>
    private static bool StartsOnItsOwn(ReadOnlySpan<char> line) =>
        line.Length > 0 && (StartsWithDate(line) || StartsWithOpener(line) || StartsWithWeekday(line));

    /// <summary>"On ", "Am ", "Le ", "El ", "W dniu " ...: the first word of an attribution in the languages we read.</summary>
    private static bool StartsWithOpener(ReadOnlySpan<char> line)
    {
        var space = line.IndexOfAny(' ', '\t', '\u00A0');
        if (space <= 0 || space > 4)
        {
            return false;
        }

        return Openers.Contains(line[..space]) || line.StartsWith("W dniu ", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = new[]
    {
        "On", "Am", "Le", "El", "Il", "Op", "Den", "På", "Em", "Dnia", "Vào", "Dana",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"pe 20. lokakuuta", "Di., 24. Nov.", "tir. 18. apr.": a short weekday, then a number.</summary>
    private static bool StartsWithWeekday(ReadOnlySpan<char> line)
    {
        var letters = 0;
        while (letters < line.Length && char.IsLetter(line[letters]))
        {
            letters++;
        }

        if (letters is < 2 or > 4)
        {
            return false;
        }

        var i = letters;
        i += i < line.Length && line[i] == '.' ? 1 : 0;
        i += i < line.Length && line[i] == ',' ? 1 : 0;
        return i + 1 < line.Length && char.IsWhiteSpace(line[i]) && char.IsAsciiDigit(line[i + 1]);
    }

    /// <summary>"2014-03-20", "30.09.2017", "2016. 11. 8.", "12 décembre": a date first.</summary>
    private static bool StartsWithDate(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && digits < 5 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 4 || digits + 1 >= line.Length)
        {
            return false;
        }

        var rest = line[digits..];
        if (rest[0] is '.' or '/' or '-')
        {
            rest = rest[1..].TrimStart(' ');
            return rest.Length > 0 && char.IsAsciiDigit(rest[0]);
        }

        rest = rest[0] == '.' ? rest[1..] : rest;
        return rest.Length > 1 && char.IsWhiteSpace(rest[0]) && char.IsLetter(rest[1]);
    }

    /// <summary>
    /// "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:" directly above a quote:
    /// the length of the reply part before the attribution, else null.
    /// </summary>
    private static int? TrailingAttribution(Lines lines, int i)
    {
        var line = lines.Trimmed(i);
        if (line.Length < 20 || line.Length > MaxAttributionChars || line[^1] != ':' || !QuoteFollows(lines, i + 1))
        {
            return null;
        }

        var at = line.IndexOf(" On ", StringComparison.Ordinal);
        var dashes = line.IndexOf("--- On ", StringComparison.Ordinal);
        if (dashes > 0 && (at < 0 || dashes < at))
        {
            at = dashes;
        }

        if (at <= 0)
        {
            return null;
        }

        var attribution = line[at..].TrimStart('-').Trim();
        if (AttributionStrength(attribution) != Evidence.Strong)
        {
            return null;
        }

        return line[..at].TrimEnd().TrimEnd('-').TrimEnd().Length;
    }

    [GeneratedRegex(@"^\d.{0,120}<[^<>\s@]{1,64}@[^<>\s]{1,255}>$", RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex GmailDateAddressRegex();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex TimeOrYearRegex();

    /// <summary>"Am Montag schrieb ich Ihnen:", "On Monday I wrote:": the sender speaking, not a client's attribution line.</summary>
    [GeneratedRegex(@"\b(?:ich|wir|uns|mir|I|we)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex PronounRegex();
}
