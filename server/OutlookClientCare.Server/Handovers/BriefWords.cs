using System.Globalization;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Server.Handovers;

/// <summary>The brief's own words, in German and English.</summary>
public sealed class BriefWords
{
    private static readonly BriefWords De = new(true);
    private static readonly BriefWords En = new(false);

    private readonly bool _de;

    private BriefWords(bool german) => _de = german;

    public static BriefWords For(string language) => language == "de" ? De : En;

    public string Title => _de ? "Übergabe" : "Hand-over";
    public string NoteLabel => _de ? "Notiz:" : "Note:";
    public string Client => _de ? "Kunde" : "Client";
    public string Unknown => _de ? "unbekannt" : "unknown";
    public string MoodNow => _de ? "Stimmung jetzt" : "Mood now";
    public string RealIssue => _de ? "Eigentliches Thema" : "Real issue";
    public string Waiting => _de ? "Wer wartet" : "Who waits";
    public string NextStepLabel => _de ? "Empfohlener nächster Schritt" : "Recommended next step";
    public string Dates => _de ? "Termine und Zusagen" : "Dates and promises";
    public string PromisedByUs => _de ? "von uns zugesagt" : "promised by us";
    public string NamedByClient => _de ? "vom Kunden genannt" : "named by the client";
    public string Deadline => _de ? "Frist" : "deadline";
    public string CardTitle => _de ? "Erwartungen des Kunden" : "The client's expectations";
    public string NoCard => _de ? "Noch keine Erwartungskarte für diesen Kunden." : "No expectation card for this client yet.";
    public string Deliverables => _de ? "Lieferungen" : "Deliverables";
    public string Timelines => _de ? "Vereinbarte Termine" : "Agreed timelines";
    public string Constraints => _de ? "Rahmenbedingungen" : "Constraints";
    public string ResponseTime => _de ? "Antwortzeit-Zusage" : "Response-time promise";
    public string AddressForm => _de ? "Anrede" : "Form of address";
    public string RecentLog => _de ? "Zuletzt im Verlauf" : "Last in the log";
    public string OwedByNone => _de ? "Niemand wartet." : "Nobody is waiting.";

    public string Greeting(string to, string from) => _de
        ? $"Hallo {to}, ich übergebe Ihnen diesen Kunden. Das Wichtigste vorab, darunter der Verlauf. – {from}"
        : $"Hi {to}, I am handing this client over to you. The essentials first, the thread below. – {from}";

    public string OwedByUs(string since, string hours) => _de
        ? $"Der Kunde wartet seit {since} auf uns ({hours} Arbeitsstunden)."
        : $"The client has been waiting for us since {since} ({hours} working hours).";

    public string OwedByClient(string since) => _de ? $"Wir warten seit {since} auf den Kunden." : $"We have been waiting for the client since {since}.";

    public string OpenAsks(int count) => _de
        ? count == 0 ? "Keine offenen Fragen." : count == 1 ? "1 offene Frage" : string.Create(CultureInfo.InvariantCulture, $"{count} offene Fragen")
        : count == 0 ? "No open asks." : count == 1 ? "1 open ask" : string.Create(CultureInfo.InvariantCulture, $"{count} open asks");

    public string Quote(string text) => _de ? $"„{text}“" : $"“{text}”";

    public string Form(string form) => form == "du" ? "du" : _de ? "Sie" : "Sie (formal)";

    public string Mood(MoodLevel level) => level switch
    {
        MoodLevel.Calm => _de ? "ruhig" : "calm",
        MoodLevel.Concerned => _de ? "besorgt" : "concerned",
        MoodLevel.Frustrated => _de ? "frustriert" : "frustrated",
        _ => _de ? "verärgert" : "angry",
    };

    public string Direction(MoodDirection direction) => direction switch
    {
        MoodDirection.Rising => _de ? "wird hitziger" : "heating up",
        MoodDirection.Falling => _de ? "beruhigt sich" : "calming down",
        _ => _de ? "gleichbleibend" : "steady",
    };

    public string Risk(EscalationRisk risk) => risk == EscalationRisk.High
        ? _de ? "hohes Eskalationsrisiko" : "high risk of escalation"
        : _de ? "mittleres Eskalationsrisiko" : "medium risk of escalation";

    public string Issue(MainIssue issue) => issue switch
    {
        MainIssue.Delay => _de ? "Verzögerung" : "delay",
        MainIssue.Expectations => _de ? "unklare Erwartungen" : "unclear expectations",
        MainIssue.Quality => _de ? "Qualität" : "quality",
        MainIssue.Billing => _de ? "Abrechnung" : "billing",
        MainIssue.Responsiveness => _de ? "Erreichbarkeit" : "responsiveness",
        _ => _de ? "sonstiges" : "other",
    };

    public string Step(NextStep step) => step switch
    {
        NextStep.Listen => _de ? "zuhören" : "listen",
        NextStep.Acknowledge => _de ? "Anliegen anerkennen" : "acknowledge the concern",
        NextStep.ClarifyExpectations => _de ? "Erwartungen klären" : "clarify expectations",
        NextStep.ProposeSolution => _de ? "Lösung vorschlagen" : "propose a solution",
        NextStep.FollowUp => _de ? "nachfassen" : "follow up",
        _ => _de ? "eskalieren" : "escalate",
    };
}
