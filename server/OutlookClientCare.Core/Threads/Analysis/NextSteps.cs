namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>
/// The recommended next step, following the client-care method: acknowledge feelings before
/// solutions, clarify mismatched expectations, propose concrete steps, follow up until
/// resolved, and escalate when the client threatens consequences or brings in management.
/// The reason is written in the user's language, with signals in words, never as codes.
/// </summary>
internal static class NextSteps
{
    private const double FollowUpAfterHours = 16;

    public sealed record Facts(
        bool Bulk,
        bool Resolved,
        MoodSummary Mood,
        MainIssue Issue,
        List<Ask> Asks,
        EscalationSummary Escalation,
        WaitingSummary Waiting,
        ClientTurns Turns,
        bool ManagementInvolved,
        bool Overdue);

    public static (NextStep Step, string Reason) Choose(ThreadLanguage language, Facts facts)
    {
        var de = language == ThreadLanguage.De;
        if (facts.Bulk)
        {
            return (NextStep.Listen, de
                ? "Keine Kundenkorrespondenz (Newsletter, Rundschreiben oder automatische Benachrichtigung): nichts zu tun."
                : "Not a client conversation (a newsletter, announcement or automatic notification): nothing to do.");
        }

        var latest = facts.Turns.Latest;
        var wasUnhappy = latest.Count > 0 && facts.Turns.Earlier.Concat(latest).Any(r => MoodJudge.LevelOf(r.Score) >= MoodLevel.Concerned || r.Pressure > 0);
        switch (facts.Waiting.ReplyOwedBy)
        {
            case ReplyOwedBy.Us when facts.Escalation.Risk == EscalationRisk.High:
                return (NextStep.Escalate, de
                    ? $"Hohes Eskalationsrisiko: Der Kunde {SignalWords.Join(facts.Escalation.Signals, de)}. Binden Sie Ihre Vorgesetzten ein, bevor Sie antworten."
                    : $"High escalation risk: the client {SignalWords.Join(facts.Escalation.Signals, de)}. Involve your manager before you reply.");
            case ReplyOwedBy.Us when facts.ManagementInvolved && (facts.Mood.Level >= MoodLevel.Frustrated || latest.Exists(r => r.Sentences.Exists(s => s.NeedsAuthority))):
                return (NextStep.Escalate, de
                    ? "Der Kunde hat die eigene Geschäftsführung eingebunden oder verlangt Ihre: Binden Sie Ihre Vorgesetzten ein, bevor Sie antworten."
                    : "The client has brought in their management or asks for yours: involve your manager before you reply.");
            case ReplyOwedBy.Us when facts.Mood.Level >= MoodLevel.Frustrated:
                return (NextStep.Acknowledge, de
                    ? "Der Kunde ist verärgert und hat noch keine Antwort: erst Verständnis zeigen, dann Lösungen."
                    : "The client is upset and has had no answer yet: acknowledge the impact before offering solutions.");
            case ReplyOwedBy.Us when facts.Issue == MainIssue.Expectations && facts.Mood.Level >= MoodLevel.Concerned
                && latest.Exists(r => r.Sentences.Exists(s => s.Issues[MainIssue.Expectations - MainIssue.Delay] >= 1)):
                return (NextStep.ClarifyExpectations, de
                    ? "Es geht um abweichende Erwartungen: gemeinsam klären, was vereinbart ist."
                    : "Expectations differ: agree on what was promised before anything else.");
            case ReplyOwedBy.Us when facts.Asks.Exists(a => a.IsOpen):
                return (NextStep.ProposeSolution, de
                    ? "Offene Fragen oder Bitten: konkrete Schritte mit Datum vorschlagen."
                    : "Open questions or requests: propose concrete steps with a date.");
            case ReplyOwedBy.Us:
                return (NextStep.Listen, de
                    ? "Der Kunde hat geschrieben, aber nichts konkret erbeten: lesen, zuhören, kurz bestätigen."
                    : "The client wrote but asks for nothing specific: read, listen, confirm briefly.");
            case ReplyOwedBy.Client when facts.Waiting.BusinessHours >= FollowUpAfterHours:
                return (NextStep.FollowUp, de
                    ? "Der Kunde antwortet seit über zwei Arbeitstagen nicht: freundlich nachfassen."
                    : "The client has not answered for over two working days: follow up politely.");
            case ReplyOwedBy.Client:
                return (NextStep.Listen, de
                    ? "Der Ball liegt beim Kunden: Antwort abwarten."
                    : "The ball is in the client's court: wait for their answer.");
        }

        if (facts.Overdue)
        {
            return (NextStep.FollowUp, de
                ? "Ein zugesagtes Datum ist verstrichen: dem Kunden den Stand melden."
                : "A date we promised has passed: send the client an update.");
        }

        if (facts.Resolved)
        {
            return wasUnhappy
                ? (NextStep.FollowUp, de
                    ? "Der Kunde hat die Sache abgeschlossen: später nachfragen, ob alles passt."
                    : "The client has settled the matter: check back later that all is well.")
                : (NextStep.Listen, de
                    ? "Der Kunde hat die Sache abgeschlossen: nichts zu tun."
                    : "The client has settled the matter: nothing to do.");
        }

        return wasUnhappy
            ? (NextStep.FollowUp, de
                ? "Das Anliegen scheint erledigt: später nachfragen, ob der Kunde zufrieden ist."
                : "The matter looks settled: check back later that the client is satisfied.")
            : (NextStep.Listen, de
                ? "Niemand schuldet eine Antwort: nichts zu tun."
                : "Nobody owes a reply: nothing to do.");
    }
}

/// <summary>Escalation signals in words a user reads, in German and English.</summary>
public static class SignalWords
{
    private static readonly Dictionary<string, (string De, string En)> Words = new(StringComparer.Ordinal)
    {
        ["cancel"] = ("droht mit Kündigung oder Anbieterwechsel", "threatens to cancel or switch provider"),
        ["legal"] = ("droht mit rechtlichen Schritten", "threatens legal steps"),
        ["manager"] = ("bindet die Geschäftsführung ein", "brings in management"),
        ["public-review"] = ("droht mit öffentlicher Kritik", "threatens public criticism"),
        ["final-deadline"] = ("setzt eine letzte Frist", "sets a final deadline"),
        ["refund-demand"] = ("fordert Geld zurück oder hält Zahlungen zurück", "demands money back or withholds payment"),
        ["repeated-follow-up"] = ("hat mehrfach ohne Antwort nachgefragt", "has chased several times without an answer"),
        ["overdue-promise"] = ("wartet seit Tagen über ein zugesagtes Datum hinaus", "has waited days past a date we promised"),
    };

    /// <summary>The words for one signal code; the code itself only if it is unknown.</summary>
    public static string For(string signal, bool german) =>
        Words.TryGetValue(signal, out var words) ? german ? words.De : words.En : signal;

    public static string Join(IReadOnlyList<string> signals, bool german)
    {
        var parts = signals.Select(s => For(s, german)).ToList();
        return parts.Count switch
        {
            0 => german ? "ist sehr verärgert" : "is very upset",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + (german ? " und " : " and ") + parts[^1],
        };
    }
}
