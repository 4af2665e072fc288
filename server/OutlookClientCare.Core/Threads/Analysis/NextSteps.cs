namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>
/// The recommended next step, following the client-care method: acknowledge feelings before
/// solutions, clarify mismatched expectations, propose concrete steps, follow up until
/// resolved, and escalate when the client threatens to leave or to go to a lawyer.
/// </summary>
internal static class NextSteps
{
    private const double FollowUpAfterHours = 16;

    public static (NextStep Step, string Reason) Choose(
        ThreadLanguage language,
        MoodSummary mood,
        MainIssue issue,
        List<Ask> asks,
        EscalationSummary escalation,
        WaitingSummary waiting,
        List<MessageReading> client,
        List<MessageReading> unanswered)
    {
        var de = language == ThreadLanguage.De;
        switch (waiting.ReplyOwedBy)
        {
            case ReplyOwedBy.Us when escalation.Risk == EscalationRisk.High:
                return (NextStep.Escalate, de
                    ? "Hohes Eskalationsrisiko (" + string.Join(", ", escalation.Signals) + "): Vorgesetzte einbinden, bevor Sie antworten."
                    : "High escalation risk (" + string.Join(", ", escalation.Signals) + "): involve your manager before you reply.");
            case ReplyOwedBy.Us when unanswered.Exists(r => ThreadAnalyzer.LevelOf(r.Score) >= MoodLevel.Frustrated):
                return (NextStep.Acknowledge, de
                    ? "Der Kunde ist verärgert und hat noch keine Antwort: erst Verständnis zeigen, dann Lösungen."
                    : "The client is upset and has had no answer yet: acknowledge the impact before offering solutions.");
            case ReplyOwedBy.Us when issue == MainIssue.Expectations:
                return (NextStep.ClarifyExpectations, de
                    ? "Es geht um abweichende Erwartungen: gemeinsam klären, was vereinbart ist."
                    : "Expectations differ: agree on what was promised before anything else.");
            case ReplyOwedBy.Us when asks.Exists(a => a.IsOpen):
                return (NextStep.ProposeSolution, de
                    ? "Offene Fragen oder Bitten: konkrete Schritte mit Datum vorschlagen."
                    : "Open questions or requests: propose concrete steps with a date.");
            case ReplyOwedBy.Us:
                return (NextStep.Listen, de
                    ? "Der Kunde hat geschrieben, aber nichts konkret erbeten: lesen, zuhören, kurz bestätigen."
                    : "The client wrote but asks for nothing specific: read, listen, confirm briefly.");
            case ReplyOwedBy.Client when waiting.BusinessHours >= FollowUpAfterHours:
                return (NextStep.FollowUp, de
                    ? "Der Kunde antwortet seit über zwei Arbeitstagen nicht: freundlich nachfassen."
                    : "The client has not answered for over two working days: follow up politely.");
            case ReplyOwedBy.Client:
                return (NextStep.Listen, de
                    ? "Der Ball liegt beim Kunden: Antwort abwarten."
                    : "The ball is in the client's court: wait for their answer.");
            default:
                var wasUnhappy = mood.Level >= MoodLevel.Concerned || client.Exists(r => ThreadAnalyzer.LevelOf(r.Score) >= MoodLevel.Concerned);
                return wasUnhappy
                    ? (NextStep.FollowUp, de
                        ? "Das Anliegen scheint erledigt: später nachfragen, ob der Kunde zufrieden ist."
                        : "The matter looks settled: check back later that the client is satisfied.")
                    : (NextStep.Listen, de
                        ? "Niemand schuldet eine Antwort: nichts zu tun."
                        : "Nobody owes a reply: nothing to do.");
        }
    }
}
