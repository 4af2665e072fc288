namespace OutlookClientCare.Core.Coach;

/// <summary>
/// Reads a reply draft to a demanding client and says what to change before sending: blame,
/// passive-aggressive phrases, mirrored rudeness, empty promises, jargon, walls of text, an
/// apology followed by "but", a missing next step, a wrong "Sie"/"du"; and, given the client's
/// asks, which of them the draft answers. Reasons and suggestions are in the draft's language.
/// Quoted history below the reply is the client's text and is not coached; spans still refer to
/// positions in the text handed in.
/// </summary>
public static class DraftCoach
{
    /// <summary>Longer drafts are cut here and the result says so; nobody sends a longer reply to an upset client.</summary>
    public const int MaxDraftLength = 20_000;

    /// <summary>More asks than this are not matched (a thread never has that many real questions).</summary>
    public const int MaxAsks = 100;

    public static CoachResult Coach(string draftText, CoachOptions? options = null)
    {
        options ??= new CoachOptions();
        draftText ??= "";
        var truncated = draftText.Length > MaxDraftLength;
        var read = truncated ? draftText[..MaxDraftLength] : draftText;
        var draft = DraftText.Of(read[..DraftParts.OwnTextLength(read)]);
        var language = options.Language ?? LanguageDetector.Detect(draft);

        var findings = new List<CoachFinding>();
        foreach (var set in PhraseCatalog.Sets.Where(s => s.Language == language))
        {
            findings.AddRange(set.Find(draft.Text));
        }

        findings.AddRange(JargonCatalog.For(language).Find(draft.Text));
        if (JargonCatalog.UserWords(options.ExtraJargon ?? [], language) is { } own)
        {
            findings.AddRange(own.Find(draft.Text));
        }

        findings.AddRange(ShoutingRule.Find(draft, language));
        findings.AddRange(LengthRule.Find(draft, language));
        var emptyPromises = findings.Where(f => f.Kind == CoachFindingKind.EmptyPromise).ToList();
        findings.AddRange(NextStepRule.Find(draft, language, options.ClientMoodLevel, emptyPromises));
        findings.AddRange(AddressFormRule.Find(draft, language, options.ClientFormOfAddress));

        var ordered = WithoutDuplicates(findings);
        List<string>? answered = null;
        List<string>? open = null;
        var asks = options.ClientAsks ?? [];
        if (asks.Count > 0)
        {
            (answered, open) = AskMatcher.Match(asks.Take(MaxAsks).ToList(), draft);
            truncated |= asks.Count > MaxAsks;
        }

        return new CoachResult
        {
            Findings = ordered,
            Verdict = Verdict.For(ordered, answered?.Count, open?.Count, language),
            AnsweredAsks = answered,
            OpenAsks = open,
            Language = language,
            Truncated = truncated,
        };
    }

    /// <summary>Two rules may flag the same words (the user's jargon list and ours); keep one finding per kind and span.</summary>
    private static List<CoachFinding> WithoutDuplicates(List<CoachFinding> findings) =>
        findings
            .GroupBy(f => (f.Kind, f.Start, f.Length))
            .Select(g => g.First())
            .OrderBy(f => f.Start)
            .ThenBy(f => f.Kind)
            .ToList();
}
