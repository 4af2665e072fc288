using OutlookClientCare.Core.FollowUps;

namespace OutlookClientCare.Core.Tests.FollowUps;

/// <summary>A client's sentence as a line of our summary: in our words, with the persons turned round.</summary>
public sealed class PhrasingTests
{
    [Fact]
    public void A_passed_date_taken_out_of_a_point_takes_its_article_along() =>
        Assert.Equal(
            "Eine schriftliche Stellungnahme, wie wir sicherstellen wollen",
            Phrasing.WithoutDates("Eine schriftliche Stellungnahme, wie wir den 4.12. sicherstellen wollen", ["4.12."]));

    [Theory]
    [InlineData("Done: the weekend check runs every Saturday", "the weekend check runs every Saturday")]
    [InlineData("Erledigt: Die Rechnung ist korrigiert", "Die Rechnung ist korrigiert")]
    [InlineData("Quick follow-up: our brand guidelines", "our brand guidelines")]
    public void A_status_label_before_a_line_is_no_part_of_it(string line, string expected) =>
        Assert.Equal(expected, Phrasing.Clean(line));

    [Theory]
    [InlineData("Yes , add the two partners' offices", "Add the two partners' offices")]
    [InlineData("White hellebores , definitely", "White hellebores, definitely")]
    [InlineData("bei mir ist noch keine Auftragsbestätigung angekommen", "Bei mir ist noch keine Auftragsbestätigung angekommen")]
    [InlineData("Und noch was: die Rechnung bitte an die Kasse", "Noch was: die Rechnung bitte an die Kasse")]
    [InlineData("And yes to the tree", "And yes to the tree")]
    [InlineData("Yes, please", "Yes, please")]
    public void A_line_goes_into_the_letter_without_leftovers_of_the_reply_it_came_from(string line, string expected) =>
        Assert.Equal(expected, Phrasing.Tidy(line));

    [Theory]
    [InlineData("Schick mir bitte die Einladung.", "Die Einladung schicken")]
    [InlineData("Ruf mich bitte an.", "Dich anrufen")]
    [InlineData("Gib mir bis Freitag Bescheid.", "Bis Freitag Bescheid geben")]
    [InlineData("Erklär mir bitte, warum das so lange dauert.", "Erklären, warum das so lange dauert")]
    [InlineData("Und schick mir bitte die Rechnung.", "Die Rechnung schicken")]
    [InlineData("Kümmer dich bitte um die Rechnung.", "Um die Rechnung kümmern")]
    public void A_du_clients_bidding_becomes_our_action_not_their_words_with_the_pronouns_turned(string sentence, string expected) =>
        Assert.Equal(expected, Phrasing.Ask(sentence, german: true, keepDates: true, du: true));

    [Theory]
    [InlineData("Erklären Sie mir bitte, warum das so lange dauert.", "Erklären, warum das so lange dauert")]
    [InlineData("Und erklären Sie mir, wieso das Holz nass ist.", "Ihnen erklären, wieso das Holz nass ist")]
    [InlineData("Also rufen Sie mich bitte an.", "Sie anrufen")]
    public void A_sie_clients_bidding_after_und_or_before_a_clause_becomes_our_action(string sentence, string expected) =>
        Assert.Equal(expected, Phrasing.Ask(sentence, german: true, keepDates: true));

    [Theory]
    [InlineData("Schickst du mir bitte die Einladung?", "Die Einladung schicken")]
    [InlineData("Sendest du mir noch die Rechnung?", "Die Rechnung senden")]
    [InlineData("Gibst du mir kurz Bescheid, ob das klappt?", "Bescheid geben, ob das klappt")]
    [InlineData("Die Texte für die Startseite schicke ich dir bis Mittwoch.", "Die Texte für die Startseite bis Mittwoch schicken")]
    [InlineData("Ich schicke dir morgen die Fotos.", "Die Fotos schicken")]
    public void A_du_clients_request_or_own_promise_becomes_an_action(string sentence, string expected) =>
        Assert.Equal(expected, Phrasing.Ask(sentence, german: true, keepDates: true, du: true));

    [Theory]
    [InlineData("Bis CHF 300.– kannst du direkt entscheiden.", "Bis CHF 300.– kann ich direkt entscheiden")]
    [InlineData("Zum alten Blechschild hast du noch gar nichts gesagt.", "Zum alten Blechschild habe ich noch gar nichts gesagt")]
    [InlineData("Am Samstag könntest du die Ballen gleich mitnehmen.", "Am Samstag könnte ich die Ballen gleich mitnehmen")]
    [InlineData("Zur Not würdest du das Holz selbst holen.", "Zur Not würde ich das Holz selbst holen")]
    [InlineData("Letzte Woche warst du nicht da.", "Letzte Woche war ich nicht da")]
    [InlineData("Das machst du zumindest immer so.", "Das mache ich zumindest immer so")]
    public void A_du_clients_you_becomes_our_i_with_the_verb_agreeing(string sentence, string expected) =>
        Assert.Equal(expected, Phrasing.Ask(sentence, german: true, keepDates: true, du: true));

    [Theory]
    [InlineData("Ihr druckt die Etiketten neu, und zwar auf eure Kosten.", "Wir drucken die Etiketten neu, und zwar auf unsere Kosten")]
    public void A_du_client_speaking_to_our_whole_team_reads_as_we(string sentence, string expected) =>
        Assert.Equal(expected, Phrasing.Ask(sentence, german: true, keepDates: true, du: true));

    [Theory]
    [InlineData("Senden Sie mir bitte einen belastbaren Zeitplan.", "Einen belastbaren Zeitplan senden")]
    [InlineData("Die Unterlagen schicke ich Ihnen bis Freitag.", "Die Unterlagen bis Freitag schicken")]
    [InlineData("Frau Keller, ich habe noch keine Antwort bekommen.", "Sie haben noch keine Antwort bekommen")]
    [InlineData("Die angekündigte Rückmeldung habe ich nicht erhalten.", "Die angekündigte Rückmeldung haben Sie nicht erhalten")]
    [InlineData("Die Drohne stimme ich noch mit unserer Geschäftsführung ab und gebe Ihnen bis zum 18.12. Bescheid.", "Die Drohne stimmen Sie noch mit Ihrer Geschäftsführung ab und geben uns bis zum 18.12. Bescheid")]
    [InlineData("Ich will, dass morgen früh alles läuft, bevor die ersten Patienten kommen.", "Dass morgen früh alles läuft, bevor die ersten Patienten kommen")]
    [InlineData("Ich erwarte, dass die Rechnung korrigiert wird.", "Dass die Rechnung korrigiert wird")]
    [InlineData("Den Warenlift muss die Verwaltung für Sie reservieren.", "Den Warenlift muss die Verwaltung für uns reservieren")]
    [InlineData("Bitte melden Sie sich, wir verlieren gerade jeden Tag neue Patienten.", "Bei Ihnen melden (Sie verlieren gerade jeden Tag neue Patienten)")]
    [InlineData("Bitte melden Sie sich, mein Chef fragt schon nach.", "Bei Ihnen melden (Ihr Chef fragt schon nach)")]
    [InlineData("Bitte melden Sie sich.", "Bei Ihnen melden")]
    [InlineData("Schlagen Sie mir bitte einen Termin vor.", "Einen Termin vorschlagen")]
    [InlineData("Übergeben Sie beides bitte bis spätestens Montag, 21.12., an Herrn Hofbauer.", "Beides bis spätestens Montag, 21.12., an Herrn Hofbauer übergeben")]
    [InlineData("Senden Sie uns die Vereinbarung bitte bis Freitag, 18.12., unterschrieben zurück.", "Die Vereinbarung bis Freitag, 18.12., unterschrieben zurücksenden")]
    public void A_formal_clients_request_promise_or_complaint_reads_in_our_letter(string sentence, string expected) =>
        Assert.Equal(expected, Phrasing.Ask(sentence, german: true, keepDates: true));

    [Theory]
    [InlineData("Karen will send you the registrar login by the 9th.", "Karen will send us the registrar login by the 9th")]
    [InlineData("Could you tell me if you can make it?", "Tell you if we can make it")]
    [InlineData("Hi Daniel, January 6 at 2 PM works, please send the invite.", "Send the invite")]
    [InlineData("Should we send the current version, or would you rather wait?", "Should you send the current version, or would we rather wait")]
    [InlineData("Pls send me a template for the 180 addresses.", "Send you a template for the 180 addresses")]
    [InlineData("Can you let me know who is looking into this?", "Tell you who is looking into this")]
    [InlineData("Send me the files asap pls.", "Send you the files asap")]
    public void You_as_object_is_us_and_as_subject_is_we(string sentence, string expected) =>
        Assert.Equal(expected, Phrasing.Ask(sentence, german: false, keepDates: true));

    [Theory]
    [InlineData("Please deliver the chairs for the 23rd.", false, "23rd", "Deliver the chairs")]
    [InlineData("Bitte liefern Sie die Stühle für den 23.12.", true, "23.12.", "Die Stühle liefern")]
    [InlineData("I'd appreciate it if you could call me by end of day Wednesday with a concrete recovery plan.", false, "Wednesday", "Call you with a concrete recovery plan")]
    public void A_date_that_passed_takes_its_preposition_and_article_with_it(string sentence, bool german, string date, string expected) =>
        Assert.Equal(expected, Phrasing.Ask(sentence, german, keepDates: false, dateTexts: [date]));

    [Theory]
    [InlineData("Could Dwayne let us know after tonight's shift whether it held up?", "Dwayne lets us know after tonight's shift whether it held up")]
    [InlineData("Could Mr. Hale please approve the budget by the 15th?", "Mr. Hale approves the budget by the 15th")]
    [InlineData("Would Priya go through the list with you?", "Priya goes through the list with you")]
    public void Our_request_of_a_named_person_reads_as_what_they_do(string sentence, string expected) =>
        Assert.Equal(expected, Phrasing.Ask(sentence, german: false, keepDates: true, ourRequest: true));

    [Theory]
    [InlineData("Margaret is anxious to see them, and frankly so am I by now", "Margaret is anxious to see them, and frankly so are you by now")]
    [InlineData("I was told the part would come on Monday", "You were told the part would come on Monday")]
    [InlineData("I am not paying for a second visit", "You are not paying for a second visit")]
    [InlineData("I rang Energex myself yesterday", "You rang Energex yourself yesterday")]
    public void A_clients_sentence_in_our_words_keeps_its_verb_agreeing(string sentence, string expected) =>
        Assert.Equal(expected, Phrasing.InOurWords(sentence, german: false, du: false));

    [Fact]
    public void A_german_clients_reflexive_you_becomes_ours() =>
        Assert.Equal(
            "Für eine Kita ist das eine Katastrophe, das können wir uns hoffentlich vorstellen",
            Phrasing.InOurWords("Für eine Kita ist das eine Katastrophe, das können Sie sich hoffentlich vorstellen", german: true, du: false));
}
