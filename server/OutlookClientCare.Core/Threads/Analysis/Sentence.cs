namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>A word of a sentence: a run of letters, digits and inner apostrophes.</summary>
internal readonly record struct Token(int Start, int Length, int Clause, bool AllCaps, bool Capitalized);

/// <summary>
/// One sentence with its lower-cased form and words. Clause numbers change at commas and
/// similar marks, so negation does not reach across them.
/// </summary>
internal sealed class Sentence
{
    private Sentence(string text, string lower, Token[] tokens)
    {
        Text = text;
        Lower = lower;
        Tokens = tokens;
    }

    public string Text { get; }

    public string Lower { get; }

    public Token[] Tokens { get; }

    public bool IsQuestion => Text.EndsWith('?') || Text.EndsWith("?!", StringComparison.Ordinal) || Text.EndsWith("?)", StringComparison.Ordinal)
        || Text.EndsWith("?\"", StringComparison.Ordinal) || Text.EndsWith("?“", StringComparison.Ordinal);

    public ReadOnlySpan<char> Word(int index) => Lower.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public static Sentence Create(string text)
    {
        var lower = text.ToLowerInvariant().Replace('’', '\'');
        var tokens = t_tokens ??= new List<Token>(64);
        tokens.Clear();
        var clause = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var upper = 0;
                var letters = 0;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)))
                {
                    if (char.IsLetter(text[i]))
                    {
                        letters++;
                        if (char.IsUpper(text[i]))
                        {
                            upper++;
                        }
                    }

                    i++;
                }

                tokens.Add(new Token(start, i - start, clause, letters >= 3 && upper == letters, char.IsUpper(text[start])));
                continue;
            }

            if (c is ',' or ';' or ':' or '(' or ')' or '–' or '—' or '"' or '„' or '“' or '”' || (c == '-' && i > 0 && text[i - 1] == ' '))
            {
                clause++;
            }

            i++;
        }

        return new Sentence(text, lower, [.. tokens]);
    }

    [ThreadStatic]
    private static List<Token>? t_tokens;

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
