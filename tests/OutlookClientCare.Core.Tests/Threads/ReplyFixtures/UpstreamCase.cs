using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests.Threads.ReplyFixtures;

internal enum NeedleKind
{
    Exact,
    Substring,
    Regex,
}

/// <summary>A text an upstream test looks for: exact fragment text, a substring or a regular expression.</summary>
internal sealed record Needle(NeedleKind Kind, string Text)
{
    public bool IsIn(string text) => Kind == NeedleKind.Regex
        ? Pattern().IsMatch(text.ReplaceLineEndings("\n"))
        : Compare.Squash(text).Contains(Compare.Squash(Text), StringComparison.Ordinal);

    /// <summary>How often the needle occurs in the input mail: a hidden-fragment check counts only when it is unambiguous.</summary>
    public int CountIn(string input) => Kind == NeedleKind.Regex
        ? Pattern().Count(input.ReplaceLineEndings("\n"))
        : CountSubstring(Compare.Squash(input), Compare.Squash(Text));

    public override string ToString() => Kind == NeedleKind.Regex ? $"/{Text}/" : $"\"{Compare.Shorten(Text, 80)}\"";

    private Regex Pattern() => new(Text, RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static int CountSubstring(string text, string needle)
    {
        if (needle.Length == 0)
        {
            return int.MaxValue;
        }

        var count = 0;
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

internal enum CheckKind
{
    Equals,
    StartsWith,
    Contains,
    NotContains,
}

/// <summary>One expectation on our output, with where it came from in the upstream test.</summary>
internal sealed record Check(CheckKind Kind, Needle Needle, string Origin)
{
    public bool Holds(string output) => Kind switch
    {
        CheckKind.Equals => Compare.Squash(output) == Compare.Squash(Needle.Text),
        CheckKind.StartsWith => Compare.Squash(output).StartsWith(Compare.Squash(Needle.Text), StringComparison.Ordinal),
        CheckKind.Contains => Needle.IsIn(output),
        _ => !Needle.IsIn(output),
    };

    public override string ToString() => $"{Kind} {Needle} ({Origin})";
}

/// <summary>What an upstream test says about one fragment (github-style parsers split a mail into fragments).</summary>
internal sealed class FragmentFacts
{
    public bool? Quoted { get; set; }

    public bool? Hidden { get; set; }

    public bool? Signature { get; set; }

    public List<Needle> Has { get; } = [];

    public List<Needle> HasNot { get; } = [];
}

/// <summary>
/// One mail from an upstream test and what the test expects of it, read mechanically from the
/// upstream test file. <see cref="Checks"/> turns the upstream's vocabulary (fragments that are
/// quoted, hidden or a signature; visible text; latest reply) into checks on our output.
/// </summary>
internal sealed class UpstreamCase(string name, string input, BodyFormat format = BodyFormat.Text)
{
    public string Name { get; } = name;

    public string Input { get; } = input;

    public BodyFormat Format { get; } = format;

    /// <summary>Checks on the whole new text (the upstream's visible text or latest reply body).</summary>
    public List<Check> TextChecks { get; } = [];

    public SortedDictionary<int, FragmentFacts> Fragments { get; } = [];

    public int? FragmentCount { get; set; }

    /// <summary>The upstream leaves signatures alone (talon's extract_from_plain): compare quote removal only.</summary>
    public bool KeepSignature { get; init; }

    public string Output() => ReplyText.ExtractDetailed(Input, Format, KeepSignature).Text;

    /// <summary>Upstream claims about signatures: not counted (see <see cref="Checks"/>), listed.</summary>
    public List<string> NotCounted { get; } = [];

    public FragmentFacts Fragment(int index)
    {
        if (!Fragments.TryGetValue(index, out var facts))
        {
            facts = new FragmentFacts();
            Fragments[index] = facts;
        }

        return facts;
    }

    /// <summary>
    /// Our reading of the upstream vocabulary:
    /// - a fragment is new text when it is neither hidden nor quoted (github-style parsers keep
    ///   quoted fragments of inline replies visible; we drop them). Where the test does not say,
    ///   fragment 0 is the reply; what it asserts about later fragments is not judged, and our
    ///   output must then contain fragment 0 rather than equal it;
    /// - fragments the upstream calls a signature are not judged: the upstreams disagree (crisp
    ///   keeps "-Abhishek Kona" in the reply, github drops it; mail-parser-reply counts closings such
    ///   as "Pozdrawiam, Jan" as signature) and our contract keeps closings and drops only "-- "
    ///   blocks, mobile footers and disclaimers;
    /// - text a test places in a hidden fragment must be absent from our output, checked only
    ///   when it occurs once in the mail (else the check would be ambiguous);
    /// - when every new-text fragment is known exactly, our output must equal them (or start
    ///   with them when a signature fragment follows); a mail that is one single fragment must
    ///   come back whole.
    /// </summary>
    public List<Check> Checks()
    {
        var checks = new List<Check>(TextChecks);
        var last = Math.Max(FragmentCount is { } n ? n - 1 : -1, Fragments.Count == 0 ? -1 : Fragments.Keys.Max());
        var shownExact = new List<string>();
        var allShownExact = true;
        var signatureAfterShown = false;
        for (var i = 0; i <= last; i++)
        {
            var facts = Fragments.GetValueOrDefault(i);
            if (facts?.Signature == true)
            {
                NotCounted.Add($"fragment {i} is a signature upstream");
                signatureAfterShown = true;
                continue;
            }

            bool? shown = facts?.Hidden is { } hidden ? !hidden && facts.Quoted != true
                : facts?.Quoted == true ? false
                : i == 0 ? true : null;
            if (shown is null)
            {
                // The test does not say whether this fragment is new text or history.
                if (facts is { } unknown && (unknown.Has.Count > 0 || unknown.HasNot.Count > 0))
                {
                    NotCounted.Add($"fragment {i}: the test does not say whether it is new text");
                    allShownExact = false;
                }

                continue;
            }

            var origin = $"fragment {i}, {(shown == true ? "new text" : "history")}";
            if (facts is null)
            {
                allShownExact &= shown == false;
                continue;
            }

            if (shown == true)
            {
                signatureAfterShown = false;
                var exact = facts.Has.FirstOrDefault(h => h.Kind == NeedleKind.Exact);
                if (exact is not null)
                {
                    shownExact.Add(exact.Text);
                }
                else
                {
                    allShownExact = false;
                }

                checks.AddRange(facts.Has.Where(h => h.Kind != NeedleKind.Exact && !string.IsNullOrWhiteSpace(h.Text)).Select(h => new Check(CheckKind.Contains, h, origin)));
                checks.AddRange(facts.HasNot.Where(h => h.CountIn(Input) == 1).Select(h => new Check(CheckKind.NotContains, h, origin)));
                continue;
            }

            foreach (var needle in facts.Has)
            {
                if (needle.Kind == NeedleKind.Exact)
                {
                    foreach (var line in needle.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 3))
                    {
                        var lineNeedle = new Needle(NeedleKind.Substring, line);
                        if (lineNeedle.CountIn(Input) == 1)
                        {
                            checks.Add(new Check(CheckKind.NotContains, lineNeedle, origin));
                        }
                    }
                }
                else if (needle.CountIn(Input) == 1)
                {
                    checks.Add(new Check(CheckKind.NotContains, needle, origin));
                }
            }
        }

        if (shownExact.Count > 0 && allShownExact)
        {
            var kind = signatureAfterShown ? CheckKind.StartsWith : CheckKind.Equals;
            checks.Add(new Check(kind, new Needle(NeedleKind.Exact, string.Join("\n", shownExact)), "all new-text fragments"));
        }
        else
        {
            checks.AddRange(shownExact.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => new Check(CheckKind.Contains, new Needle(NeedleKind.Exact, t), "a new-text fragment")));
            if (FragmentCount == 1 && shownExact.Count == 0 && Fragments.GetValueOrDefault(0) is not { Signature: true } and not { Quoted: true })
            {
                checks.Add(new Check(CheckKind.Equals, new Needle(NeedleKind.Exact, Input), "one single fragment: the whole mail"));
            }
        }

        return checks;
    }
}

internal static partial class Compare
{
    /// <summary>Text compared ignoring white space and separator rules ("-----", "_____"), which are layout, not words.</summary>
    public static string Squash(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Where(l => !Rule().IsMatch(l));
        return Whitespace().Replace(string.Join(' ', lines), " ").Trim();
    }

    public static string Shorten(string text, int max = 160)
    {
        var flat = Whitespace().Replace(text, " ").Trim();
        return flat.Length <= max ? flat : flat[..max] + "…";
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*[-_=*]{3,}\s*$", RegexOptions.None, 1000)]
    private static partial Regex Rule();
}
