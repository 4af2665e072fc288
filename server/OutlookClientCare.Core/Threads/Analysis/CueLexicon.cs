using System.Globalization;

namespace OutlookClientCare.Core.Threads.Analysis;

internal enum Cue
{
    Negative,
    Positive,
    Negator,
    NegatorShort,
    Intensifier,
    Sarcasm,
    Delay,
    Expectations,
    Quality,
    Billing,
    Responsiveness,
    Chase,
    Cancel,
    Legal,
    Manager,
    PublicReview,
    FinalDeadline,
    Refund,
    Repeated,
    Request,
    NotARequest,
    Closure,
    AutoReply,

    // What makes a feeling someone else's, or not meant: whose it is and in which frame it stands.
    Empathy,
    ThirdParty,
    FirstPerson,
    SecondPerson,
    Conditional,
    Subjunctive,
    Irony,

    // What makes a mention of a lawyer, a refund or a manager a signal aimed at us.
    Threat,
    Demand,
    ManagerNoun,
    CopyIn,
    Authority,
    OtherAttempt,
    Relief,
    Softener,
    Stakes,
    Apology,
    EndObject,
    EndVerb,
    Deadline,
    Bulk,
}

internal static class Cues
{
    public static IEnumerable<Cue> FromBits(int bits)
    {
        for (var cue = 0; bits >> cue != 0; cue++)
        {
            if ((bits & (1 << cue)) != 0)
            {
                yield return (Cue)cue;
            }
        }
    }
}

internal readonly record struct CueMatch(Cue Cue, double Weight, int First, int Last);

/// <summary>
/// Words and phrases with a meaning for the analysis, matched over the words of a sentence in
/// one pass. A word may end in '*' (prefix: "enttäusch*") or start with '*' (end of a German
/// compound: "*verzug" matches "Lieferverzug"). German entries with umlauts or ß also match
/// the ASCII spelling ("aeusserst").
/// </summary>
internal sealed class CueLexicon
{
    private readonly TrieNode _forward = new();
    private readonly TrieNode _backward = new();
    private readonly PhraseNode _phrases = new();
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> _known = new(StringComparer.Ordinal);

    private CueLexicon(IEnumerable<(Cue Cue, double Weight, string Phrase)> entries)
    {
        foreach (var (cue, weight, phrase) in entries)
        {
            foreach (var variant in Variants(phrase))
            {
                var node = _phrases;
                foreach (var word in variant.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    node = node.Add(WordId(word));
                }

                (node.Ends ??= []).Add((cue, weight));
            }
        }

        _forward.Freeze();
        _backward.Freeze();
    }

    /// <summary>Lines of "cue weight: phrase, phrase, ..."; blank lines and "#" comments are skipped.</summary>
    public static CueLexicon Parse(string table)
    {
        var entries = new List<(Cue, double, string)>();
        foreach (var raw in table.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cue = Enum.Parse<Cue>(head[0], ignoreCase: true);
            var weight = head.Length > 1 ? double.Parse(head[1], CultureInfo.InvariantCulture) : 1.0;
            foreach (var phrase in line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                entries.Add((cue, weight, phrase.ToLowerInvariant()));
            }
        }

        return new CueLexicon(entries);
    }

    public void Match(Sentence sentence, List<CueMatch> matches)
    {
        var tokens = sentence.Tokens;
        if (tokens.Length == 0)
        {
            return;
        }

        // Word ids of token i are ids[starts[i]..starts[i + 1]], in buffers reused per thread.
        var starts = t_starts is { } buffer && buffer.Length > tokens.Length ? buffer : t_starts = new int[Math.Max(64, tokens.Length + 1)];
        var ids = t_ids ??= new List<int>(64);
        ids.Clear();
        var known = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tokens.Length; i++)
        {
            starts[i] = ids.Count;
            var word = sentence.Word(i);
            if (!known.TryGetValue(word, out var wordIds))
            {
                // Words repeat across a thread: each is looked up in the tries once per thread, bounded against hostile input.
                var from = ids.Count;
                Lookup(word, ids);
                wordIds = ids.Count == from ? [] : [.. ids.GetRange(from, ids.Count - from)];
                ids.RemoveRange(from, ids.Count - from);
                if (_known.Count >= MaxKnownWords)
                {
                    _known.Clear();
                }

                known.TryAdd(word, wordIds);
            }

            ids.AddRange(wordIds);
        }

        starts[tokens.Length] = ids.Count;
        for (var i = 0; i < tokens.Length; i++)
        {
            Walk(_phrases, i, i, ids, starts, tokens.Length, matches);
        }
    }

    /// <summary>Follows the phrase trie word by word from token <paramref name="first"/>; every phrase that ends is a match.</summary>
    private static void Walk(PhraseNode node, int first, int token, List<int> ids, int[] starts, int tokenCount, List<CueMatch> matches)
    {
        for (var k = starts[token]; k < starts[token + 1]; k++)
        {
            if (node.Next is null || !node.Next.TryGetValue(ids[k], out var child))
            {
                continue;
            }

            if (child.Ends is { } ends)
            {
                foreach (var (cue, weight) in ends)
                {
                    matches.Add(new CueMatch(cue, weight, first, token));
                }
            }

            if (token + 1 < tokenCount && child.Next is not null)
            {
                Walk(child, first, token + 1, ids, starts, tokenCount, matches);
            }
        }
    }

    private const int MaxKnownWords = 20_000;

    [ThreadStatic]
    private static int[]? t_starts;

    [ThreadStatic]
    private static List<int>? t_ids;

    private void Lookup(ReadOnlySpan<char> word, List<int> found)
    {
        var node = _forward;
        for (var i = 0; i < word.Length && node is not null; i++)
        {
            node = node.Child(word[i]);
            if (node?.PrefixId is { } prefix)
            {
                found.Add(prefix);
            }
        }

        if (node?.ExactId is { } exact)
        {
            found.Add(exact);
        }

        node = _backward;
        for (var i = word.Length - 1; i >= 0 && node is not null; i--)
        {
            node = node.Child(word[i]);
            if (node?.PrefixId is { } suffix)
            {
                found.Add(suffix);
            }
        }
    }

    private int WordId(string word)
    {
        if (_wordIds.TryGetValue(word, out var id))
        {
            return id;
        }

        id = _wordIds.Count;
        _wordIds[word] = id;
        if (word.StartsWith('*'))
        {
            _backward.Insert(word[1..].Reverse().ToArray()).PrefixId = id;
        }
        else if (word.EndsWith('*'))
        {
            _forward.Insert(word.AsSpan(0, word.Length - 1)).PrefixId = id;
        }
        else
        {
            _forward.Insert(word).ExactId = id;
        }

        return id;
    }

    private static IEnumerable<string> Variants(string written)
    {
        // Words are split where sentences split them: "e-mail" is "e mail", "go-live" "go live".
        var phrase = written.Replace('-', ' ').Replace('’', '\'');
        yield return phrase;
        if (phrase.AsSpan().ContainsAny("äöüß"))
        {
            yield return phrase.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
                .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        }

        if (phrase.Contains('\'', StringComparison.Ordinal))
        {
            // "don't" is also typed "dont"; "I'd" as "id" is too ambiguous to add.
            var bare = phrase.Replace("'", "", StringComparison.Ordinal);
            if (bare.Split(' ').All(w => w.Length > 3))
            {
                yield return bare;
            }
        }
    }

    /// <summary>A word of a phrase: the words that may follow it, and the cues of the phrases that end here.</summary>
    private sealed class PhraseNode
    {
        public Dictionary<int, PhraseNode>? Next { get; private set; }

        public List<(Cue Cue, double Weight)>? Ends { get; set; }

        public PhraseNode Add(int word)
        {
            Next ??= [];
            if (!Next.TryGetValue(word, out var child))
            {
                child = new PhraseNode();
                Next[word] = child;
            }

            return child;
        }
    }

    private sealed class TrieNode
    {
        private Dictionary<char, TrieNode>? _building = [];
        private char[] _keys = [];
        private TrieNode[] _children = [];

        public int? ExactId { get; set; }

        public int? PrefixId { get; set; }

        public TrieNode Insert(ReadOnlySpan<char> word)
        {
            var node = this;
            foreach (var c in word)
            {
                var building = node._building!;
                if (!building.TryGetValue(c, out var next))
                {
                    next = new TrieNode();
                    building[c] = next;
                }

                node = next;
            }

            return node;
        }

        public TrieNode? Child(char c)
        {
            var keys = _keys;
            int low = 0, high = keys.Length - 1;
            while (low <= high)
            {
                var mid = (low + high) >> 1;
                var key = keys[mid];
                if (key == c)
                {
                    return _children[mid];
                }

                if (key < c)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return null;
        }

        public void Freeze()
        {
            if (_building is null)
            {
                return;
            }

            var ordered = _building.OrderBy(p => p.Key).ToArray();
            _keys = [.. ordered.Select(p => p.Key)];
            _children = [.. ordered.Select(p => p.Value)];
            _building = null;
            foreach (var child in _children)
            {
                child.Freeze();
            }
        }
    }
}
