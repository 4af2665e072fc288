namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>
/// "Sie" or "du" in a German thread: the capitalised polite pronoun inside a sentence (at the
/// start it could be "sie", they) against the familiar pronouns, plus formal greetings.
/// </summary>
internal static class AddressForms
{
    private static readonly HashSet<string> Polite = new(StringComparer.Ordinal) { "Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres" };

    private static readonly HashSet<string> Familiar = new(StringComparer.Ordinal)
    {
        "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch", "euer", "eure", "euren", "eurem", "eurer",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PoliteLookup = Polite.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FamiliarLookup = Familiar.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int RecentMessages = 12;

    public static AddressForm? Of(List<MessageReading> readings)
    {
        var sie = 0;
        var du = 0;
        // The latest messages show how the two sides address each other now; a long history adds cost, not evidence.
        foreach (var sentence in readings.Skip(Math.Max(0, readings.Count - RecentMessages)).SelectMany(r => r.Sentences).Select(s => s.Sentence))
        {
            if (sentence.Lower.StartsWith("sehr geehrte", StringComparison.Ordinal))
            {
                sie += 2;
            }

            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var token = sentence.Tokens[i];
                var first = sentence.Text[token.Start];
                if (token.Length > 6 || first is not ('S' or 'I' or 'd' or 'D' or 'e' or 'E'))
                {
                    continue;
                }

                var original = sentence.Text.AsSpan(token.Start, token.Length);
                if (i > 0 && PoliteLookup.Contains(original))
                {
                    sie++;
                }
                else if (FamiliarLookup.Contains(sentence.Word(i)))
                {
                    du++;
                }
            }
        }

        if (sie == du)
        {
            return null;
        }

        return sie > du ? AddressForm.Sie : AddressForm.Du;
    }
}
