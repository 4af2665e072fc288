using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.FollowUps;

// Follow-up summary, one part of SummaryComposer: the words and shapes the rules recognise, in English and German.
public static partial class SummaryComposer
{
    [GeneratedRegex(@"\s+(?:Zeit|frei|möglich|recht|passen|passend|okay|ok|für Sie|für dich|work for you|works for you|suit you|be possible|free|available|good for you)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuestionTail();

    [GeneratedRegex(@"\b(?<day>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*(?:den\s+|der\s+|the\s+)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeekdayBeforeDate();

    [GeneratedRegex(@"\b(?:let (?:me|us) know|sag(?:en sie)? (?:mir )?(?:gern )?bescheid|melden sie sich|meld dich|any (?:other )?questions|noch fragen|fragen\?|anything else|would you like to add|möchten sie (?:noch )?etwas ergänzen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Courtesy();

    /// <summary>"Please pass my apologies on to Dwayne", "Richten Sie Frau Lohse bitte meine Grüße aus": a courtesy to pass on, no task.</summary>
    [GeneratedRegex(@"\b(?:pass|give|send)\b[^.;]{0,30}\b(?:apologies|thanks|regards|best wishes|greetings)\b|\b(?:grüße|gruß|dank|entschuldigung)\b[^.;]{0,40}\b(?:ausrichten|weitergeben)\b|\bricht(?:en|e|est)\b[^.;]{0,40}\b(?:grüße|gruß|dank|entschuldigung)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PassOn();

    [GeneratedRegex(@"\b(?:we|i) (?:can|could)\b|\b(?:können|könnten) wir\b|\bkönnte ich\b|\bkann ich (?:ihnen|dir|euch) (?:anbieten|vorschlagen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Offer();

    [GeneratedRegex(@"\s+(?:oder|or|bzw\.)\s+|;\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Alternatives();

    [GeneratedRegex(@"\b(?:works|work for (?:us|me)|passt|einverstanden|nehmen wir|we'll take|we will take|let's go with|go with|go ahead|approved to go|freigegeben|klingt gut|sounds good|agreed|abgemacht|machen wir so|that's fine|is fine|(?:ist|sind) in ordnung|(?:ist|sind) (?:bei (?:uns|mir) )?(?:geblockt|reserviert|eingetragen)|(?:is|are) (?:blocked|booked) (?:on our side|for us|in our calendars?)|geht klar|perfekt|perfect|ist gesetzt|steht fest|bleibt es bei|is set|is confirmed|confirmed|bestätigt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Acceptance();

    [GeneratedRegex(@"\b(?:lass(?:en wir)?\s.+\s(?:drin|so)|nehmen wir|nehme ich|wir nehmen|ich nehme|wir entscheiden uns für|entscheiden uns für|we choose|we pick|we'll go for|we will go for|we take|we'll take|we will take|let's go with|go with|go ahead with|können sie haben|kannst du haben|einverstanden mit|bleibt (?:so|drin)|keep (?:it|the)|erteile ich|erteilen (?:Ihnen |dir |euch )?hiermit|(?:haben|hat) (?:uns|mich|sich) für .{1,40} entschieden|(?:haben|hat) (?:\p{L}+ ){0,3}(?:Variante|Option|Paket) \S{1,12} (?:\([^)]{0,60}\) )?(?:beschlossen|gewählt)|(?:has|have|'s|'ve) (?:now |also )?(?:decided on|chosen|gone (?:for|with)|opted for|picked) (?:option|package|plan|slot|variant)|(?:we've|we have|i've|i have) (?:decided on|chosen|gone with)|decided to go with|yes to|ja zu|beauftragen (?:wir )?(?:Sie|dich|euch)|(?:we|i) (?:hereby )?(?:commission|accept your (?:quote|offer|proposal))|nehmen (?:das|Ihr) angebot an|gebe ich (?:\p{L}+ )?frei|geben wir (?:\p{L}+ )?frei|(?:we|i) approve|(?:is|are) approved)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Decision();

    [GeneratedRegex(@"\b(?:ist fair|is fair|that's fair|exactly what (?:i|we) needed|genau das|approved|freigegeben|clear answer|makes sense|ergibt sinn|go ahead|einverstanden|sounds good|klingt gut|passt|works for|helpful|hilfreich|perfekt|perfect|great|super|prima)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Approval();

    [GeneratedRegex(@"\b(?:lassen wir (?:erst mal|vorerst|weg)|brauchen wir nicht|nicht nötig|not needed|skip|we'll pass|lieber nicht|verzichten)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Decline();

    [GeneratedRegex(@"(?:vorschlag|plan|ablauf|agreed|changing|sum up|zusammengefasst|nächste schritte|next steps)\b[^:]*:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PlanHeading();

    /// <summary>What an option is called after its kind: "B", "2", "M", "Plus", "Premium".</summary>
    private const string OptionName = @"(?:[a-d]|\d|[sml]|xl|plus|basis|basic|premium|standard|komfort|comfort|gold|silber|silver|bronze)";

    /// <summary>"Variante B", "option 2", "Paket M", "Package Plus": one of the options we offered, by its name.</summary>
    [GeneratedRegex(@"\b(?:variante|option|direction|vorschlag|weg|paket|package|angebot|swatch|muster|entwurf|draft|design|version|tier|stufe)\s+" + OptionName + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OptionLabel();

    /// <summary>"Option 1: …", "Paket M – …", "B) …": a line of ours that offers one option by its label.</summary>
    [GeneratedRegex(@"^(?:(?:variante|option|paket|package|angebot|vorschlag)\s+" + OptionName + @"|[a-d]|\d)\s*[):.–-]\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OptionMarker();

    /// <summary>"…, thanks", "let's do …", "we'll take …", "bitte …", "nehmen wir": words that take what they name.</summary>
    [GeneratedRegex(@"\b(?:thanks|thank you|let's do|let's go|we'll take|I'll take|go ahead|please|danke|nehmen wir|wir nehmen|ich nehme|machen wir|bitte)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TakeIt();

    [GeneratedRegex(@"^\s*(?:[-–•*]|\d{1,2}[.)])\s+", RegexOptions.None, 1000)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\b(?:i'll|we'll|i will|we will|i am going to|we are going to|ich werde|wir werden|schreibe ich|schicke ich|sende ich|melde ich|ich schicke|ich sende|ich melde|wir schicken|wir senden|wir melden|wir liefern|wir spielen|bekommen sie|erhalten sie|bekommst du|you'll (?:get|have|receive)|you will (?:get|have|receive)|übernehmen wir|übernehme ich|kümmern wir uns|kümmere ich mich|and will|und werde|und werden|we'll take care|i'll take care|happy to take (?:it|this|that) on|we can (?:still |easily |definitely )?(?:have\s+(?:\S+\s+){0,4}?(?:back|ready|done|finished|installed|delivered|with you)|deliver|finish|complete|install)|das schaffen wir|schaffen wir|schlage ich (?:Ihnen|dir|euch)|schlagen wir (?:Ihnen|dir|euch)|ich schlage (?:Ihnen|dir|euch)|wir schlagen (?:Ihnen|dir|euch))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Promise();

    [GeneratedRegex(@"\b(?:i'll|we'll|i will|we will|ich werde|wir werden|ich schicke|ich sende|ich melde|schicke ich|sende ich|melde mich|kommt in den nächsten|folgt (?:in|bis|morgen|nächste)|i'll send|will send|you'll have|you will have|you'll get|you will get|(?-i:Sie) bekommen|(?-i:Sie) erhalten|bekommst du|kriegst du|(?:he|she|they)(?:'ll| will)|will (?:pay|send|bring|sign|call|ring|email|forward|confirm|drop|transfer|approve|book|arrange|let|raise|issue|follow|go through|order|collect|pick up|return|submit|upload|provide|sort|organise|organize|prepare)|(?:schick|mach|bring|bestell|meld|ruf|überweis|zahl|kümmer|erledig|geb|check|klär|organisier|buch|trag|lad|schreib|leit|send)(?:e|en)?\s+(?-i:ich|wir)|(?:schickt|bringt|zahlt|überweist|macht|ruft|meldet|bestellt|bucht|sendet|liefert|gibt)\s+(?-i:er)\s+(?:dir|Ihnen|euch|uns))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClientPromise();

    [GeneratedRegex(@"\b(?:as long as|provided(?: that)?|so long as|if|sofern|solange|vorausgesetzt,?(?: dass)?|wenn|falls)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingConditionWord();

    [GeneratedRegex(@"^(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?)\s+(?:(?:Dr|Prof)\.\s+)*\p{Lu}[\p{L}-]+\s*,\s*(?:\r?\n|$)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BareFormalAddress();

    /// <summary>"That sounds great – ", "Klingt super: ": gladness before the decision.</summary>
    [GeneratedRegex(@"^[^–:,]{0,25}\b(?:great|good|perfect|fine|brilliant|lovely|gut|super|perfekt|prima|klasse|toll|wunderbar)!?\s*[–:-]\s+(?=\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GladLead();

    /// <summary>"Carys our treasurer will pay …", "Mel will let …", "Ruth's still chasing …, she'll have …": someone named promises.</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}{2,})(?:(?:,?\s+(?<role>(?:our|my)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\((?:cc|cc'd|copied)\)),?)?\s+(?:will\s+(?!be\b)|'ll\s+|is going to\s+)|'s\b[^.;]*?,\s*(?:she|he)(?:'ll|\s+will)\s)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PromiserLead();

    [GeneratedRegex(@"^(?:(?<name>(?:Herr|Frau)\s+(?:Dr\.\s+)?\p{Lu}\p{L}+)\s+(?:(?:aus|von|from|in|bei)\s+(?:unserem|unserer|our|der|dem|the)\s+\p{L}+(?:\s+\p{L}+)?\s+)?\p{Ll}{3,}|(?<name>(?!(?:Wir|Ich|We|The|Der|Die|Das|Bis|Ab|Am|Our|Unser|Unsere|Beides|Damit|Dann|Then|So|Also|If|Wenn|Please|Bitte|It|This|That|Es|Dies)\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+(?=\s+(?:aus|von|from|in|bei|on)\s))?)(?:\s*\((?:in Kopie|cc|cc'd|copied in)\))?(?:,\s+(?:unser|unsere|unserer|our|my|mein|meine)\s+[^,]{2,40}?,)?\s+(?:(?:(?:aus|von|from|in|bei|on)\s+(?:unserem|unserer|meinem|meiner|our|my|der|dem|the)\s+\p{L}+(?:\s+\p{L}+)?|(?:from|aus|von)\s+\p{Lu}{2,5})\s+)?(?:prüft|schickt|sendet|meldet|kümmert|ruft|übernimmt|holt|will|is|ist|checks|sends|calls|joins|takes|wird|leads|leitet|installiert|richtet))\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedSubject();

    [GeneratedRegex(@"^(?:Could|Can|Would|Könnte|Kann)\s+(?<name>(?:Herr|Frau)\s+\p{Lu}\p{L}+|(?!(?:you|we|I|Sie|wir|ich|du|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|Mittwoch|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}+)\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedAsked();

    [GeneratedRegex(@"(?i:\b(?:wurde|wurden|haben\s+\w+\s+\w+t|habe\s+\w+t|was|were|war|waren|have been|has been|hatte|hatten|hat\s+(?:\S+\s+){0,8}ge\p{Ll}{3,}(?:t|en))\b)"
        // "Tasha paused all Black Friday ads this morning": a named person's simple past.
        + @"|^(?:(?:I|We|He|She|They)|\p{Lu}\p{Ll}+)\s+(?:\p{Ll}{3,}ed|sent|made|put|took|got|did|spoke|told|rang|wrote)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PastTense();

    /// <summary>"ich lade", "lade ich", "wir schicken", "schicken wir": a first-person verb in the present tense.</summary>
    [GeneratedRegex(@"\b(?:ich|wir)\s+(?!(?:die|diese|eine|keine|meine|deine|seine|ihre|unsere|jene|welche|alle|beide|gerne|gerade|heute|morgen|schon|noch|sie|ihnen|einen|einem|einer|den|dem|denen|diesen|allen|beiden|eben|ohne|bitte)\b)\p{Ll}{2,}(?:e|en)\b|\b\p{Ll}{2,}(?:e|en)\s+(?:ich|wir)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FirstPersonPresent();

    /// <summary>"Wir würden sie gern übergeben", "ich hätte gern", "schaffe ich nicht": a wish, a condition or a refusal, not a promise.</summary>
    [GeneratedRegex(@"\b(?:würde|würden|möchte|möchten|hätte|hätten|wäre|wären|könnte|könnten|sollte|sollten|müsste|müssten|wollen|will|wollten|wenn|falls|sobald|ob|damit|dass|weil|nicht|kein|keine|nie|habe|haben|hatte|hatten|war|waren)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NoPromise();

    [GeneratedRegex(@"\b(?:nicht|kein|keine|keinen|nie|not|no|never|n't|nothing|nichts)\b|n't\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Negation();

    /// <summary>"Jetzt laufen drei Rechner": what works again, not a fault (unless it is slow or wrong).</summary>
    [GeneratedRegex(@"^(?!.*\b(?:slow|slowly|langsam|falsch|wrong|fehlerhaft)\b).*\b(?:läuft|laufen|funktioniert|funktionieren|geht|gehen|works|work|working|runs|run|loads|load)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Working();

    [GeneratedRegex(@"\b(?:sofort|umgehend|dringend|asap|immediately|right away|urgently)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Urgent();

    /// <summary>"Meine Frage zu den Gutscheinen ist noch offen", "I still haven't had an answer": a reminder of an earlier question.</summary>
    [GeneratedRegex(@"\b(?:frage\b[^.?!]{0,60}\b(?:noch offen|offen geblieben|unbeantwortet|nicht beantwortet)|noch keine antwort|(?:question|questions)\b[^.?!]{0,60}\b(?:still open|unanswered|not answered|didn't answer|did not answer)|(?:haven't|have not|still haven't) (?:had|got|gotten|received) an answer|you didn't answer|you did not answer|noch (?:gar )?nichts (?:gehört|gesagt)|noch keine rückmeldung|(?:haven't|have not|still haven't) heard|you didn't get to|still waiting (?:for|on)|still no word|no word yet|still nothing (?:on|about)|asked again|fragt (?:noch ?mal|erneut)|nochmals gefragt)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuestionReminder();

    /// <summary>"the consent form has not reached us yet", "we never got the transcripts", "Rechnung ist noch nicht da", "zum zweiten Mal": what the client chases.</summary>
    [GeneratedRegex(@"\b(?:(?:haven't|have not|hasn't|has not|still haven't)\s+(?:yet\s+)?(?:received|seen|got|gotten)\s+(?:the|your|any|our|that|those|a|an)\b|(?:has|have)(?:n't| not)\s+(?:yet\s+)?(?:reached|arrived|come through)|not\s+(?:yet\s+)?(?:been\s+)?(?:received|arrived)|we never (?:got|received)|still (?:waiting|keen to hear)|(?:I've|I have|we've|we have)\s+(?:now\s+)?asked(?:\s+about)?(?:\s+(?:it|this|that))?\s+(?:twice|three times)|noch nicht (?:angekommen|da|eingegangen|eingetroffen|bekommen|erhalten|gekommen)|(?:habe|haben)\s+(?:ich|wir)\s+(?:übrigens\s+|leider\s+|bis heute\s+)*(?:auch\s+)?(?:noch\s+)?keine\s+Antwort|hast du mir noch nichts|haben Sie mir noch nichts|zum zweiten Mal (?:an|erinnern)|warte(?:n)? (?:immer )?noch auf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StillOutstanding();

    /// <summary>"Chantal, …", "Arjun, …": a sentence that opens by addressing someone by first name.</summary>
    /// <remarks>"Jean, your verger, will open up" is the person with a role in apposition, not an address.</remarks>
    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}+),\s+(?!(?:your|our|my|his|her|their|the|unser|unsere|unserer|mein|meine|dein|deine|euer|eure)\s[^,]{1,40},)(?=\p{Ll})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Vocative();

    /// <summary>"move Mrs P's try-in …", "please send …", "schick bitte …": a bidding after the address (not "our …", "can you …", "you'll …").</summary>
    [GeneratedRegex(@"^(?:please\s+|bitte\s+)?(?!(?:our|my|your|we|you|it|this|that|the|a|an|can|could|would|will|shall|should|is|are|was|were|do|does|did|have|has|had|just|thanks|thank|sorry|yes|no|ok|okay|unser|unsere|mein|meine|dein|deine|ihr|ihre|wir|du|sie|es|das|der|die|ein|eine|kannst|könntest|könnten|kann|wird|ist|sind|hast|hat|danke|ja|nein|also|so|and|und|but|aber|if|wenn|when|as|wie|i|ich)\b)\p{Ll}{2,}\s+(?:\p{L}|\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Imperative();

    [GeneratedRegex(@"^(?<name>(?:(?:Herr|Frau)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s*\((?:in Kopie|in cc|cc|cc'd|copied|copied in)\)\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CopiedInSubject();

    [GeneratedRegex(@"\b(?:von ihm|von ihr|from him|from her)\b|^(?:he|she)(?:'ll| will)\b|^(?:er|sie) (?:schickt|meldet|kümmert|kommt|bringt|ruft)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HimOrHer();

    /// <summary>"Er meldet sich …", "She'll call you …": a line that starts with the colleague named the sentence before.</summary>
    [GeneratedRegex(@"^(?:Er|Sie|He|She)(?=\s\p{Ll}{2,}(?<!en)t\b|'ll\b|\swill\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ThirdPersonPronoun();

    [GeneratedRegex(@"\s(?:oder|or|bzw\.)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OrWord();

    [GeneratedRegex(@"^(?:it|it's|that|this|das|dies|es)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"\b(?:it|this|that|they|there|these|those)\s+should\s+(?:be|read|say|show)\b|\b(?:should|must)\s+(?:read|say|show)\b|\b(?:richtig|korrekt)\s+(?:wäre|ist)\b|\b(?:muss|müsste|sollte)\s+(?:aber\s+|eigentlich\s+)?\S+(?:\s+\S+){0,5}\s+(?:sein|heißen|lauten|stehen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Correction();

    [GeneratedRegex(@"^(?:(?:Herr|Frau)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:bittet|bat|möchte|asks|asked|would like)(?:\s+(?:Sie|dich|euch|you|us|darum))?,?\s+(?<what>(?:(?!\bzu\b).)+?\bzu\s+\p{Ll}+.*|to\s+\p{Ll}+.+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RelayedRequest();

    [GeneratedRegex(@"\b(?:der|die|das|und|ist|nicht|für|wir|sie|ich|noch|auch|oder|mit|bei)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GermanText();

    /// <summary>"… on Thursday, December 10 rather than the 9th", "verschiebt sich auf", "moves to": a date that replaces an earlier one.</summary>
    [GeneratedRegex(@"\b(?:rather than|instead of|moves to|moved to|now (?:on|by)|pushed to|verschiebt sich|verschoben auf|statt am|anstatt|jetzt erst|nun erst|neuer termin|terminverschiebung|nicht (?:mehr )?halten|nicht einhalten|can(?:no|')t (?:keep|make|hold)|(?:have|need) to (?:move|postpone)|postponed?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Moved();

    [GeneratedRegex(@"\b(?:instead|rather than|clash|clashes|doesn't work|does not work|won't work|stattdessen|statt|lieber|passt (?:uns )?nicht|geht (?:bei uns )?nicht|kollidiert)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ChangeRequest();

    /// <summary>"Tuesdays", "Thursdays": a recurring day is matter, not a name.</summary>
    [GeneratedRegex(@"^(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|montags|dienstags|mittwochs|donnerstags|freitags)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeekdayPlural();

    [GeneratedRegex(@"\b(?:works|work for us|passt|ist kein problem|sind kein problem|no problem|is fine|are fine|geht klar|ist inklusive|sind inklusive|sind enthalten|ist enthalten|is included|are included|machen wir gern|können wir gern|happy to do|gladly)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeAccept();

    /// <summary>"No lilies, anywhere – I've noted it on the order", "Die Rechnungen gehen an eure Buchhaltung, ist notiert", "Die Reparatur legen
    /// wir wie gewünscht nach 16 Uhr": we confirm in writing what the client told us.</summary>
    [GeneratedRegex(@"\b(?:noted|I've made a note|ist notiert|habe ich notiert|haben wir notiert|notiere ich|vermerkt|halte ich fest|halten wir fest|wie gewünscht|wie gewuenscht|as requested|as you asked|as you requested|as agreed|wie vereinbart|wie besprochen|is absolutely fine|ist absolut in Ordnung|ist in Ordnung)\b|^(?:Confirmed|Bestätigt)\s*[:,–-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeConfirm();

    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}+)\s*[,–-]\s+(?=\p{L})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingName();

    [GeneratedRegex(@"\b(?:subject to|pending|vorbehaltlich|unter (?:dem )?Vorbehalt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SubjectTo();

    [GeneratedRegex(@",\s+(?:and|und)\s+(?=\p{L})|,\s+(?=(?:die|der|das|the)\s+\p{L}+\s+(?:bis|by)\s)|\s+[–—]\s+(?=\p{L})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PartJoin();

    [GeneratedRegex(@"(?<![\p{L}])(?<name>\p{Lu}\p{Ll}+)['’]s\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:brauchst|brauchen|braucht|möchtest|möchten|willst|wollen|need|needs|want|wants|prefer|prefers|would rather|'d rather|like|lieber|happy|zufrieden|unsicher|unsure)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StateNotAction();

    /// <summary>"Unless I receive a recovery plan by Tuesday, we will terminate …": a threat, not a step the client offers.</summary>
    [GeneratedRegex(@"^(?:(?:\p{L}+\s+){0,4}:\s*)?(?:if|unless|wenn|falls|sollte|sollten|sofern)\b|\b(?:terminate|cancel|kündigen|withhold|einbehalten|lawyer|anwalt|board|vorstand|chargeback|rückbuchung)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ThreatCondition();

    /// <summary>"I'll come back to you by Thursday", "Ich melde mich bis Freitag": a promise whose matter is the sentence before.</summary>
    [GeneratedRegex(@"^(?:(?:I|we)(?:'ll| will)\s+(?:come|get)\s+back\s+to\s+you|(?:I|we)(?:'ll| will)\s+(?:let you know|be in touch|confirm)|(?:ich|wir)\s+melde[n]?\s+(?:mich|uns)|melde[n]?\s+(?:ich|wir)\s+(?:mich|uns)|(?:ich|wir)\s+gebe[n]?\s+(?:Ihnen|dir|euch)\s+(?:\p{L}+\s+)?Bescheid|(?:ich|wir)\s+komme[n]?\s+(?:\p{L}+\s+)?auf\s+(?:Sie|dich|euch)\s+zurück)\b(?:\s+\S+){0,6}\s*[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VaguePromise();

    [GeneratedRegex(@"\b(?:at no (?:extra |additional )?(?:cost|charge)|free of charge|no extra charge|ohne (?:Aufpreis|Mehrkosten|Zusatzkosten|Aufschlag)|kein(?:en)? Aufpreis|keine Mehrkosten|kostet (?:dasselbe|das gleiche|gleich viel)|kosten (?:\p{L}+\s+){0,4}(?:dasselbe|das gleiche|gleich viel)|(?:kostet|kosten) nichts (?:extra|zusätzlich)|costs? nothing extra)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Granted();

    [GeneratedRegex(@"\bsieht\s+(?:\p{L}+\s+){0,2}(?:aus|gut aus)\b|\bpasst so\b|\bgefällt (?:mir|uns)\b|\blooks? (?:great|good|perfect|fantastic|amazing|brilliant|lovely)\b|\blove (?:it|them)\b|\b(?:approved|freigegeben)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LooksGood();

    [GeneratedRegex(@"\b(?:anbei|im anhang|attached(?:\s+(?:is|are))?|here(?:'s|\s+is|\s+are))\s+(?<what>(?:(?:der|die|das|den|the|our|my|your|unser\p{Ll}*)\s+)?(?:\p{L}+\s+){0,3}?(?:entwurf|entwürfe|layout|design|designs|draft|drafts|proof|proofs|mock-?ups?|konzept|concept|visualisierung|korrekturabzug)\b[^.:(]{0,60}?)(?=\s+(?:mit|with|in|as|als)\b|[.:(]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SentDraft();

    [GeneratedRegex(@"\b(?:look out for|keep an eye out for|look forward to|looking forward to|wait for|waiting for|freue mich auf|freuen uns auf|warte auf|warten auf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Awaiting();

    /// <summary>"Could you chase Marco?": what to chase him for stands in the sentence before.</summary>
    [GeneratedRegex(@"^(?:(?:Could|Can|Would)\s+you\s+(?:please\s+)?|Please\s+)?(?:[Cc]hase|[Nn]udge|[Rr]emind)\s+(?<name>\p{Lu}\p{Ll}+)\b|^(?:Könnten|Können|Würden)\s+Sie\s+(?:bitte\s+)?(?:bei\s+)?(?<name>(?:Herrn?|Frau)\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+)\s+(?:nachhaken|erinnern|nachfragen)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ChaseSomeone();

    [GeneratedRegex(@"\b(?:price|pricing|preis|kosten|cost|quote|angebot|kostenvoranschlag|fee|honorar)\b[^.;]{0,25}\b(?:is fine|are fine|is ok|is okay|works|work for us|is acceptable|passt|passen|ist ok|ist okay|ist in ordnung|geht in ordnung|geht klar|einverstanden)\b|\b(?:einverstanden mit dem preis|happy with the price|fine with the price)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PriceAccepted();

    /// <summary>"ist noch nicht angekommen", "still no transcripts", "haven't received", "keine Spur von": what was promised has not come.</summary>
    [GeneratedRegex(@"\b(?:noch nicht (?:angekommen|da|eingegangen|bekommen|erhalten|gesehen|gekommen)|(?:ist|sind) (?:immer )?noch nicht|immer noch nicht|noch (?:keine|kein|nichts)\b|keine spur|still (?:no|not|nothing|waiting|haven't|hasn't)|not (?:yet )?(?:arrived|received|come through|here)|(?:haven't|have not|hasn't|has not|didn't|did not) (?:yet )?(?:received|got|gotten|seen|had|arrived|come)|no sign of|where (?:is|are) the)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NotArrived();

    /// <summary>"Die 640 € sind auch okay", "$3,850 is fine", "CHF 7'240 passt": an amount of ours the client accepts.</summary>
    [GeneratedRegex(@"(?<amount>[€$£]\s?\d[\d.,']*|\d[\d.,']*\s?(?:€|EUR|CHF|USD|GBP|Euro|Franken|dollars?|pounds?)\b|\bCHF\s?\d[\d.,'’]*)[^.;!?]{0,20}?\b(?:is fine|are fine|is ok|is okay|are ok|are okay|works|work for us|is acceptable|passt|passen|sind (?:auch )?(?:ok|okay|in ordnung)|ist (?:auch )?(?:ok|okay|in ordnung)|geht (?:in ordnung|klar)|einverstanden)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AmountAccepted();

    /// <summary>"Get this sorted", "Have someone look at it", "Das bis dahin korrigieren", "Das kurzfristig ansehen": fix it, and nothing more.</summary>
    [GeneratedRegex(@"^(?:(?:please\s+)?(?:get|have)\s+(?:this|it|that|these|them)\s+(?:all\s+)?(?:sorted|fixed|resolved|done|looked at)(?:\s+out)?|(?:please\s+)?have someone (?:look at|check|fix) (?:it|this|that|them)|(?:please\s+)?(?:look at|look into|fix|sort out|check) (?:it|this|that|them)|(?:das|dies|es)\s+(?:(?:bitte|bis|dahin|kurzfristig|schnell|schnellstmöglich|umgehend|möglichst|sofort|noch|dann|mal)\s+){0,3}(?:korrigieren|ansehen|anschauen|beheben|reparieren|prüfen|erledigen|klären|hinbekommen|lösen|in ordnung bringen))(?:\s+(?:by|bis|until)\s*)?[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex JustFixIt();

    /// <summary>"Für den Restbetrag gilt das neue Zahlungsziel 02.12.", "The new payment date of December 2 applies to the balance": a term, no action.</summary>
    [GeneratedRegex(@"^(?:Für|Ab|Bis)\s[^,]{3,60}\s+gilt\s+(?:das|der|die|ein|eine)\s|^(?:Es\s+)?(?:gilt|bleibt es bei)\s+(?:das|der|die|dem|den)\s|\b(?:applies|will apply)\s+(?:to|for)\s+the\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StatedTerm();

    /// <summary>"Damit ist der Go-live am Freitag, 4.12., realistisch", "That makes the go-live on December 4 realistic": the event on its day.</summary>
    [GeneratedRegex(@"^(?:(?:Damit|So|Dann)\s+(?:ist|wäre|bleibt)\s+|(?:That|This)\s+(?:makes|keeps)\s+)(?<what>(?:der|die|das|the)\s+[^,]{2,40}?)\s+(?<when>(?:am|bis|zum|on|by|for)\s+.{3,40}?),?\s+(?:realistisch|machbar|gesichert|sicher|realistic|feasible|achievable|safe)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RealisticOn();

    /// <summary>"Wir nehmen B", "We'll take 2", "Go with A": a choice named by its letter or number alone.</summary>
    [GeneratedRegex(@"\b(?:wir nehmen|ich nehme|nehmen wir|we'll take|we will take|we take|i'll take|go with|we choose|we pick)\s+(?<letter>(?-i:[A-D1-4]))(?=\s*(?:[.,!;]|$|\p{So}|\p{Cs}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BareChoice();

    /// <summary>"Lass das Backup bitte drin", "Lassen Sie die Option so", "Keep the weekly report": the client keeps something as it is.</summary>
    [GeneratedRegex(@"^(?:(?:dann|ok|okay|gut|also|then|so),?\s+)?(?:(?:lass|lasst)\s+(?<what>(?:das|den|die)\s+[^,]{2,60}?)\s+(?:bitte\s+|doch\s+|einfach\s+)*(?<how>drin|so|bestehen|aktiv)|lassen Sie\s+(?<what>(?:das|den|die)\s+[^,]{2,60}?)\s+(?:bitte\s+|doch\s+|einfach\s+)*(?<how>drin|so|bestehen|aktiv)|(?:please\s+)?keep\s+(?<what>the\s+[^,]{2,60}?)(?:\s+(?:please|then|as it is|for now))?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex KeepIt();

    /// <summary>", das ist es mir wert", ", that's worth it": a comment after a decision.</summary>
    [GeneratedRegex(@",\s*(?:das ist es (?:mir|uns) wert|das ist (?:mir|uns) wichtig|that's worth it|it's worth it|worth every penny)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CommentTail();

    /// <summary>"Eine Patientin hat heute am Telefon erzählt, dass …", "A customer told us that …": what someone reported.</summary>
    [GeneratedRegex(@"\b(?:hat|haben|hatte|hatten)\b[^.;:]{0,60}\b(?:erzählt|gesagt|berichtet|gemeldet|mitgeteilt),?\s+(?:dass|sie|er)\b|\b(?:told|tells|telling) (?:me|us)\b|\b(?:said|mentioned|reported) that\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReportedSpeech();

    [GeneratedRegex(@"^(?:\p{L}+,\s+)?(?:thanks|thank you|many thanks|danke|vielen dank|herzlichen dank|besten dank|merci)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ThanksOpening();

    /// <summary>"Ihr Angebot nehmen wir an", "Wir erteilen Ihnen hiermit den Auftrag", "your quotation, which we accept": the quote as a whole.</summary>
    [GeneratedRegex(@"\b(?:(?:Ihr|Ihre|dein|deine|euer|eure|das|die)\s+(?:Angebot|Offerte|Kostenvoranschlag)\b[^.;]{0,30}\b(?:nehmen wir an|nehme ich an|(?:ist|wurde|haben wir|hat)\s+(?:\p{L}+\s+){0,3}(?:angenommen|genehmigt|freigegeben))|(?:erteilen|erteile)\s+(?:Ihnen|dir|euch)\s+(?:hiermit\s+)?den Auftrag|(?:quot(?:e|ation)|offer|proposal|estimate),? which (?:we|I) accept|(?:we|I) (?:hereby )?accept (?:your|the) (?:quot(?:e|ation)|offer|proposal|estimate)|(?:your|the) (?:quot(?:e|ation)|offer|proposal|estimate) (?:is|has been) (?:accepted|approved))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuoteAccepted();

    /// <summary>"Total: $2,590.00", "beläuft sich das Total auf", "insgesamt", "Gesamtpreis": the sentence that names a quote's total.</summary>
    [GeneratedRegex(@"\b(?:total|gesamt\p{L}*|insgesamt|summe|beläuft sich|in total|all-in|altogether)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TotalWord();

    [GeneratedRegex(@"\b(?:angebot|offerte|kostenvoranschlag|quote|quotation|estimate|proposal)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuoteWord();

    [GeneratedRegex(@"(?:[€$£]\s?\d|\d[\d.,']*\s?(?:€|EUR|CHF|USD|GBP|Euro|Franken|dollars?|pounds?)\b|\bCHF\s?\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:If|Wenn|Falls|Sollte)\s+[^,]{6,200},\s*(?:(?:I|we)(?:'d|'ll| would| will)?\s+expect\s+you\s+to|(?:erwarte ich|erwarten wir|möchte ich|will ich),?\s+dass\s+(?:Sie|du|ihr))\s+(?<demand>.{6,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ExpectIf();

    /// <summary>"Wir würden sie gern bei unserer Feier übergeben", "I'd like to share it with the team": a wish about their own doing, not about ours.</summary>
    [GeneratedRegex(@"^(?:(?:und|and|also|außerdem)\s+)?(?:wir würden|ich würde|wir möchten|ich möchte|we'd like to|i'd like to|we would like to|i would like to|we want to|i want to)\b(?!.*\b(?:(?-i:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem)|dich|dir|euch|you|your)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OwnWish();

    [GeneratedRegex(@"\b(?:nobody|no one|you)\s+(?:has|have)(?:n't| not)?\s+(?:yet\s+)?answered\s+[^.?!]{0,40}?\bquestion\s+(?:as to|about|on|of)\s+(?<question>[^.?!]{6,120})|\b(?<question>(?:meine|unsere|my|our)\s+(?:frage|question)\s+(?:zu|zum|zur|wegen|nach|bezüglich|about|on|regarding)\s+[^,.;:!?]{3,60}?)\s+(?:ist|is|blieb|bleibt|was|still)\b[^.?!]{0,30}\b(?:offen|open|unbeantwortet|unanswered)|\b(?:meine|unsere|my|our)\s+(?:frage|question),?\s+(?<question>(?:ob|wann|wie|wo|was|whether|when|how|where|what)\b[^.?!]{6,160}?),?\s+(?:haben sie|hast du|habt ihr|have you|you)\b[^.?!]{0,20}?\b(?:nicht|not|never|n't)\b[^.?!]{0,10}?\b(?:beantwortet|answered)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuestionTopic();

    /// <summary>"I want to know who, by name, is doing the repair work", "Mir ist bis heute nicht klar, warum …": a question put as a statement.</summary>
    [GeneratedRegex(@"\b(?:(?:i|we)\s+(?:also\s+|still\s+)?(?:want|need)|(?:would|'d|’d)\s+(?:also\s+)?like)\s+to\s+know\s+(?<question>(?:who|why|what|when|whether|if|how|where)\b[^.?!]{6,160})|\b(?:i|we)\s+(?:still\s+)?(?:have|got|had)\s+no\s+answer\s+(?:on|to|about|as to)\s+(?<question>(?:who|why|what|when|whether|if|how)\b[^.?!]{6,160})|\b(?:möchte|möchten|will|wollen|würde\s+gerne?|würden\s+gerne?)\s+(?:(?:ich|wir|jetzt|endlich|schon|auch|außerdem|gerne?)\s+){0,3}wissen,?\s+(?<question>(?:wer|warum|wieso|weshalb|was|wann|ob|wie|wo)\b[^.?!]{6,160})|\bmir\s+ist\s+(?:\p{Ll}+\s+){0,3}nicht\s+klar,?\s+(?<question>(?:wer|warum|wieso|weshalb|was|wann|ob|wie|wo)\b[^.?!]{6,160})|\bnoch\s+keine\s+Antwort\s+(?:darauf|auf\s+die\s+Frage),?\s+(?<question>(?:wer|warum|wieso|weshalb|was|wann|ob|wie|wo)\b[^.?!]{6,160})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WantToKnow();

    /// <summary>"Außerdem hätte ich das Prüfprotokoll gern als PDF …", "Bis Freitag will ich das Protokoll haben": a wish for something from us.</summary>
    [GeneratedRegex(@"^(?<lead>[^,]*?\s)?(?:(?:hätte|hätten)\s+(?:ich|wir)\s+(?:(?:außerdem|auch|noch)\s+)*(?<what>(?:die|der|das|den|eine?n?|Ihre|Ihren|eure|euren|deine|deinen)\s[^,]+?)\s+gerne?\b(?<rest>[^,.;!]*)|(?:will|wollen|möchte|möchten)\s+(?:ich|wir)\s+(?:(?:außerdem|auch|noch)\s+)*(?<what>(?:die|der|das|den|eine?n?|Ihre|Ihren|eure|euren|deine|deinen)\s[^,]+?)\s+(?:haben|sehen|bekommen|erhalten)\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GermanWishFor();

    /// <summary>"Bis Freitag", "Spätestens morgen": a lead that dates what follows.</summary>
    [GeneratedRegex(@"^(?:bis|spätestens|morgen|heute|noch\s+heute)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DeadlineLead();

    [GeneratedRegex(@",\s*(?:und|and)\s+|;\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RefusalParts();

    /// <summary>
    /// "Die Stunden von heute zahle ich nicht", "Und die 45 € zahl ich nicht", "… werden wir nicht bezahlen", "Den verlorenen Tag ziehe
    /// ich Ihnen von der Rechnung ab": a charge they refuse; "Aber die Rechnung zahlen wir natürlich nicht doppelt" or "… nicht vor
    /// Januar" is none.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:und|aber|also)\s+)?(?<what>(?:die|der|das|den|diese|unsere|Ihre|eure|deine)\s.{3,60}?)\s+(?:(?:zahle?|bezahle?|zahlen|bezahlen|überweise|überweisen)\s+(?:ich|wir)\s+(?:\p{L}+\s+){0,3}nicht\b(?!\s+(?:vor|bevor|erst|doppelt|zweimal|selbst|selber|bar|sofort|gleich|nur)\b)|(?:werde|werden)\s+(?:ich|wir)\s+(?:\p{Ll}+\s+){0,3}nicht\s+(?:be)?zahlen\b|(?:ziehe|ziehen)\s+(?:ich|wir)\s+(?:(?:Ihnen|dir|euch)\s+)?(?:von\s+der\s+(?:\p{L}+\s+)?Rechnung|davon|vom\s+\p{L}+)\s+ab\b|(?:gibt(?:'|’)?s|gibt es|zahle ich|zahlen wir|bezahle ich|bezahlen wir)\s+erst\s*,?\s*(?<until>(?:wenn|sobald)\s.{4,}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GermanRefusal();

    [GeneratedRegex(@"\b(?:we're|we are|i'm|i am)\s+not\s+paying\s+(?:for\s+)?(?<what>.{3,80})$|\b(?:we|i)\s+(?:won't|will not|refuse to|are not going to|aren't going to)\s+(?:be\s+paying|pay)\s+(?:you\s+)?(?:for\s+)?(?<what>.{3,80})$|\b(?:we|i)(?:'ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to|'m|\s+am|\s+are|'re)?\s+(?:be\s+)?deduct(?:ing)?\s+(?<what>.{3,80}?)\s+from\s+(?:the|your|our|any)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishRefusal();

    [GeneratedRegex(@"^(?:a (?:single )?(?:cent|penny|dime|thing)|anything|one (?:cent|penny|dime))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NothingAtAll();

    [GeneratedRegex(@"\b(?:gute frage|ihre frage|deine frage|zu ihrer frage|zu deiner frage|good question|your question|you asked|sie fragten|du fragst)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TakesUpQuestion();

    /// <summary>"Was machen Sie eigentlich für das Geld?", "Does anyone even read these?": a reproach, not a question to answer point by point.</summary>
    [GeneratedRegex(@"\b(?:eigentlich|überhaupt|even|actually|seriously|ernsthaft)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Rhetorical();

    /// <summary>"unser Einkauf benötigt eine Auftragsbestätigung", "we'll need a signed NDA": a need of theirs we are to meet.</summary>
    [GeneratedRegex(@"\b(?:benötigt|benötigen|benötige|brauche|brauchen|braucht|bräuchte|bräuchten)\s+(?:(?:ich|wir|unser\p{Ll}*\s+\p{Lu}\p{Ll}+)\s+)?(?:(?:von\s+)?(?:Ihnen|dir|euch)\s+)?(?:noch\s+|außerdem\s+|auch\s+|dringend\s+)?(?:eine?n?|die|den|das|Ihre|Ihren|eure|euren|deine|deinen)\b(?!\s+(?:halbe\s+)?(?:Stunde|Tag|Woche|Minute))|\b(?:(?:we|i|our \w+) (?:will |'ll |would |'d |also |still )?(?:need|require|want)|needs|requires|wants)\s+(?:from you\s+)?(?:a|an|the|your)\b(?!\s+(?:hour|day|week|minute|half))|\bso (?:they|he|she)(?:'ll| will)? need\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Need();

    [GeneratedRegex(@"\b(?:bescheid|entscheidung|entscheiden|lieber|welche|welcher|welches|bestätigen|rückmeldung|let (?:me|us) know|decision|decide|prefer|which|confirm)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AskedToDecide();

    /// <summary>"Reicht das noch …?", "Geht das?", "Is that still OK?", "Does this work …?": a question whose subject is the sentence before.</summary>
    [GeneratedRegex(@"^(?:\p{L}+\s+){0,1}(?:das|dies|that|this)\b(?!\s+\p{Ll}+(?:ung|ion|ment)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AboutThat();

    [GeneratedRegex(@"^(?:am\s|morgen|übermorgen|heute|noch heute)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayAhead();

    [GeneratedRegex(@"^(?:[^:,.!?]{3,30}:\s*)?(?:If|Unless|Wenn|Falls|Sollte|Sollten)\s+(?<clause>[^,]{6,200}),", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ConditionClause();

    [GeneratedRegex(@"(?<!\p{L})(?i:kommt|schickt|sendet|verschickt|bringt|liefert|übernimmt|erledigt|richtet|stellt|macht|klärt|prüft|erstellt|baut|montiert|ruft|meldet|installiert|holt|besucht|führt|schaut|tauscht|repariert)\s+(?:(?:Ihnen|dir|euch|uns|sich)\s+)?(?:(?:unser|unsere)\s+\p{Lu}\p{L}+,?\s+)?(?:(?:die|der)\s+)?(?<name>(?:Herr|Frau)\s+(?:Dr\.\s+)?\p{Lu}\p{L}+|Firma\s+\p{Lu}\p{L}+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InvertedNamedSubject();

    [GeneratedRegex(@"\b(?:I|we)(?:'ve|\s+have)?\s+(?:also\s+|already\s+|just\s+)?asked\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?:\s*\([^)]*\))?(?:,\s*[^,]{2,40},)?\s+to\s+\p{Ll}|\b(?:habe|haben)\s+(?:ich\s+|wir\s+)?(?:\p{Ll}+\s+)?(?<title>Herrn|Frau)\s+(?<last>(?:Dr\.\s+)?\p{Lu}\p{L}+)\s+gebeten", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AskedToAct();

    /// <summary>The words of a date or time: what is left of "Dienstag, 19. Januar, ab 10 Uhr" without them is nothing.</summary>
    [GeneratedRegex(@"\b(?:(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|um|uhr|ab|bis|am|on|at|from|to|und|and|pm|am|a\.m\.|p\.m\.|the|der|den|st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CalendarWords();

    /// <summary>"would like Option B", "keen on option 2", "go with", "wir hätten gern Variante 2", "wir entscheiden uns für": a choice.</summary>
    [GeneratedRegex(@"\b(?:would like|'d like|keen on|go(?:ing)? with|opt(?:ing)? for|chose|choose|decided on|prefer|it is|möchten|möchte|hätten gern|hätte gern|entscheiden uns für|haben uns für|entschieden für|wählen|bevorzugen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Chooses();

    [GeneratedRegex(@"^(?:Wenn|Falls)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GermanFiniteCondition();

    /// <summary>A German subordinate clause with a noun subject and its finite verb last: "das neue Formular bis Montag funktioniert".</summary>
    [GeneratedRegex(@"^(?<subject>(?:der|die|das|den|unser|unsere|Ihr|Ihre|mein|meine|dein|deine)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}-]*)\s+(?<middle>\S.*?)\s+(?<verb>\p{Ll}+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VerbLast();

    /// <summary>A German clause with a pronoun subject and a modal last: "wir die Fotos auch für die Speisekarte nehmen dürfen".</summary>
    [GeneratedRegex(@"^(?<subject>wir|ich|Sie|du|ihr)\s+(?<middle>\S.*?\s+\p{Ll}+en)\s+(?<verb>dürfen|darf|können|kann|müssen|muss|sollen|soll|möchten|möchte|wollen|will)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PronounVerbLast();

    [GeneratedRegex(@"\b(?:isn't|aren't|doesn't|don't|won't|is not|are not|does not|do not|will not|not|nicht|kein|keine)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NegationWord();

    [GeneratedRegex(@"^\s*(?:I|we)\s+(?:receive|get|see|have)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReceiveLead();

    [GeneratedRegex(@"^(?:Dear\s+)?(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FormalGreeting();

    [GeneratedRegex(@"^(?:(?:RE|AW|WG|FW|FWD|Re|Aw|Wg|Fw|Fwd|SV|VS)\s*:\s*)+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex(@"^(?:(?:ja|yes|ok|okay|gut|prima|super|great|perfect|perfekt|dann|then|also|so|vielen dank|danke schön|danke|many thanks|thanks|thank you)[,!.]?\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"\b(?:jeden|jede|every|each|wöchentlich|weekly)\s+(?:\p{L}+\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|monday|tuesday|wednesday|thursday|friday|woche|week)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Recurring();

    /// <summary>
    /// "If you can sign it off by Thursday, …", "Vorausgesetzt, die BWA ist bis Mittwoch bei mir, …", "Bei Freigabe bis Montag, …": a
    /// condition ahead of our step. After "Bei"/"With" only the client's acts count as a condition ("Bei der Lieferung gab es …" is none).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:If|Wenn|Falls|Sobald|Sofern|Solange|Once|As soon as|As long as|Provided(?: that)?|Assuming|Vorausgesetzt,?(?:\s+dass)?)\s+|(?:Bei|Mit|Nach|With|On|Upon)\s+(?=(?:Ihrer|Ihrem|deiner|deinem|eurer|eurem|your|receipt of your)?\s*" + ClientActs + @"\s+(?:bis|am|spätestens|by|on)\s))(?<clause>[^,]{4,200}),\s*(?<main>.{8,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OurConditionClause();

    /// <summary>"Once you've chosen a layout I'll send the contract": an English condition without its comma, up to where we speak.</summary>
    [GeneratedRegex(@"^(?:If|Once|As soon as|As long as)\s+(?<clause>(?:you|your)\b[^,]{4,200}?)\s+(?<main>(?:I|we)(?:'ll|'d|\s+will|\s+can|\s+would)\s.{4,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OurConditionNoComma();

    /// <summary>What a client does that our step can wait for, named as a noun: "Bei Freigabe bis …", "With your sign-off by …".</summary>
    private const string ClientActs = @"(?:Freigabe|Zusage|Bestätigung|Beauftragung|Auftragserteilung|Auftrag|Bestellung|Unterschrift|Zahlung|Anzahlung|Rückmeldung|Entscheidung|Eingang\s+(?:der|Ihrer|deiner|eurer)\s+\p{L}+|sign-off|signoff|approval|go-ahead|confirmation|payment|deposit|order|signature|decision|PO)";

    /// <summary>"Freigabe bis Montag, 14. Dezember", "your sign-off by Friday": a condition of ours named by the client's act.</summary>
    [GeneratedRegex(@"^(?:(?:Ihrer|Ihrem|deiner|deinem|eurer|eurem|your|receipt of your)\s+)?(?<act>" + ClientActs + @")\s+(?<when>(?:bis|am|spätestens|by|on)\s.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClientActCondition();

    /// <summary>"die BWA ist bis Mittwoch, 9.12. bei mir", "the signed form is back with us by Friday": something the client sends.</summary>
    [GeneratedRegex(@"^(?<thing>(?:die|der|das|den|Ihre|Ihr|Ihren|deine|dein|deinen|eure|euer|the|your)\s+.{2,80}?)\s+(?:(?:ist|sind)\s+(?<when>.*?)\s*(?:wieder\s+)?bei\s+(?:mir|uns)|(?:is|are)\s+(?:back\s+)?(?:with|to)\s+(?:us|me)(?<when>.*?))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ThingWithUs();

    [GeneratedRegex(@"^(?<main>[^,]{8,}?),?\s+(?:as long as|provided(?: that)?|sofern|solange|vorausgesetzt,? dass)\s+(?<clause>.{4,200}?)[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingCondition();

    [GeneratedRegex(@"^(?:I|we|ich|wir)\s+(?:(?:have|get|receive|habe|haben|bekomme|bekommen|erhalte|erhalten)\s+(?<thing>(?:your|Ihre|Ihren|Ihr|deine|deinen|dein)\b.+)|(?<thing>(?:Ihre|Ihren|Ihr|deine|deinen|dein)\b.+?)\s+(?:habe|haben|bekomme|bekommen|erhalte|erhalten))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReceiveFromClient();

    [GeneratedRegex(@"^(?:you|Sie|du|ihr)(?:\s+|(?='ve\s))(?:(?:can|could|are able to|manage to)\s+)?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClientSubject();

    [GeneratedRegex(@"\s+(?:können|könnten|kannst|könntest|würden|würdest)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GermanClauseVerbEnd();

    /// <summary>"… sich entschieden haben", "have signed the contract": the client's part of a condition in the perfect tense.</summary>
    [GeneratedRegex(@"^(?:(?<lead>.*?)\s*(?<part>\p{Ll}{3,}(?:t|en))\s+(?:habt|hast|haben|hat|seid|bist|sind|ist)[.!]?|(?:have|'ve|has)\s+(?<part>\p{Ll}{3,})(?<tail>.*))$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PerfectClause();

    /// <summary>"und Herr Dr. Lang" before the rest of the clause: someone who decides with the client.</summary>
    [GeneratedRegex(@"^und\s+(?:(?<title>Herr|Frau)\s+)?(?<name>(?:Dr\.\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CoSubject();

    [GeneratedRegex(@"\b(?:sich|euch|dich)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Reflexive();

    [GeneratedRegex(@"\b(?:zum termin|zum treffen|zum gespräch|zum workshop|to the (?:meeting|call|workshop)|at the (?:meeting|call|workshop)|on the day|am tag selbst|am termin)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AtTheMeeting();

    /// <summary>A German main clause after its condition, verb first: "bringe ich …", "bekommen Sie …", "geht die Broschüre …".</summary>
    [GeneratedRegex(@"^(?<verb>\p{Ll}+)\s+(?<subject>ich|wir|alles|beides|Sie|du|ihr|(?:der|die|das|unser|unsere|Ihr|Ihre|dein|deine|euer|eure)\s+\p{Lu}[\p{L}-]*|(?:Herr|Frau)\s+\p{Lu}\p{L}+)\s+(?<rest>.+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InvertedSubject();

    [GeneratedRegex(@"^(?:(?:am|on|bis|by|this|diesen|kommenden)\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:abend|morgen|mittag|nachmittag|vormittag)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BareWeekday();

    [GeneratedRegex(@"^\s*(?:besprochen|vereinbart|telefoniert|angekündigt|discussed|mentioned|agreed|talked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DiscussedAfter();

    [GeneratedRegex(@"\b(?:as (?:discussed|agreed|mentioned)|wie besprochen|wie vereinbart)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DiscussedBefore();

    [GeneratedRegex(@"\b(?:schickt|sendet|bringt|liefert|übernimmt|erledigt|richtet|stellt|macht|klärt|prüft|erstellt|sends|brings)\s+(?:Ihnen|dir|euch|uns|you|us)\s+(?:(?:unser|unsere|ihr|ihre|Ihr|Ihre|our|your)\s+\p{L}+\s+)?(?<name>(?:Herr|Frau)\s+(?:Dr\.\s+)?\p{Lu}\p{L}+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ObjectFirstOwner();

    [GeneratedRegex(@"(?<=\b[Dd](?:ie|er|as|en|em|es)\s)\p{Lu}\p{Ll}{5,}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CapitalisedNoun();

    [GeneratedRegex(@"^(?:Damit|Sodass)\s+(?:ich|wir)\s+(?<what>[^,]{6,}?)\s+(?:kann|können)\s*,\s*(?<rest>.{8,})$|^So\s+(?:that\s+)?(?:I|we)\s+can\s+(?<what>[^,]{6,}),\s*(?<rest>.{8,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClientsPurpose();

    [GeneratedRegex(@"^(?<ask>[^,]{8,}),\s*(?:dann|and then|then|so that)\s+(?<then>.{10,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RequestThen();

    [GeneratedRegex(@"^(?:mein|unser)\s+vorschlag[^:]{0,40}:\s*|^(?:my|our)\s+(?:proposal|suggestion)[^:]{0,40}:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InlineProposal();

    [GeneratedRegex(@"^(?:(?:die\s+)?einzige|eine|nur eine|(?:the\s+)?only|one|my only)\s+(?:bedingung|condition)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ConditionLead();

    [GeneratedRegex(@"^(?:Our|Unser|Unsere|Unserer|My|Mein|Meine)\s+[\p{L} -]{2,40}?,\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?),\s+\p{Ll}{3,}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Appositive();

    [GeneratedRegex(@"^(?:am|on|at|for|für|den|the)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"^(?:(?:by|bis|until|um|at|gegen)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimeOnly();

    [GeneratedRegex(@"\b(?:one of (?:two|three|these|the following)|either|options|slots|choose|pick|shortlist|shortlisted|candidates|kandidaten|kandidatinnen|zur wahl|zur auswahl|varianten|optionen|folgende termine|zwei termine|drei termine|einen der|eine der)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OptionsHeading();

    [GeneratedRegex(@"\s*\([^()]{1,40}\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^(?:bis (?:spätestens |zum |zur )?|by |until |before |am |on |ab |from |spätestens )", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DateLead();

    [GeneratedRegex(@"\b(?:nächste|nächster|nächsten|kommende|kommenden|ende|morgen|übermorgen|tomorrow|next|end of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RelativeDate();

    [GeneratedRegex(@"\s(?:aus|von|from|in|bei|on)\s+(?:unserem|unserer|meinem|meiner|our|my|der|dem|the)\s|\s(?:from|aus|von)\s+\p{Lu}{2,5}\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TeamOf();

    [GeneratedRegex(@"^(?:Have|Let|Get)\s+(?<name>\p{Lu}\p{Ll}+)\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HaveSomeone();

    /// <summary>"…, vorausgesetzt, Sie geben …", "…, as long as …", "Bei Freigabe bis …, geht …", "If we have the file by …, …": a condition of our step.</summary>
    [GeneratedRegex(@"^(?:If|Wenn|Falls|Sofern|Provided|As long as|Bei\s+\p{Lu}\p{Ll}+\s+(?:bis|am))\s|,\s+(?:as long as|provided(?: that)?|assuming|sofern|solange|falls|vorausgesetzt,?(?: dass)?|on condition that)\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ConditionOfOurs();

    /// <summary>"Für die Schulung schlage ich …", "For the workshop, I'd suggest …": what the dates offered are for.</summary>
    [GeneratedRegex(@"^(?:[Ff]ür|[Ff]or)\s+(?:den|die|das|dem|the|your|our|Ihren|Ihre|Ihr|Ihrem|unseren|unsere|unser|unserem)\s+(?<what>\p{L}{4,}(?:-\p{L}+)?)\s*,?\s+(?:schlage|schlagen|würde|würden|hätte|hätten|könnte|könnten|kann|können|I'd|I\s+could|I\s+can|we'd|we\s+could|we\s+can|I\s+suggest|I\s+propose|I\s+have|we\s+have)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ForWhat();

    /// <summary>"I want …", "Before I approve anything …", "Ich erwarte …", "…, sonst …": a demand or a condition set by the client.</summary>
    [GeneratedRegex(@"\b(?:I|we)\s+(?:want|need|expect|demand|require|insist)\b|\bbefore\s+(?:I|we)\b|\bunless\b|\b(?:ich|wir)\s+(?:erwarte|erwarten|will|wollen|verlange|verlangen|bestehe|bestehen)\b|\bbevor\s+(?:ich|wir)\b|\bes sei denn\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DemandWords();

    /// <summary>"… is the minimum I expect", "… das Mindeste, was ich erwarte": a standard the client sets.</summary>
    [GeneratedRegex(@"\b(?:is the (?:bare )?minimum|is the least (?:I|we) (?:can )?expect|das Mindeste|ist das Minimum|mindestens erwarten)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Standard();

    /// <summary>"can't send clients to a site with wrong prices", "können so keine Termine vergeben": what a problem keeps them from.</summary>
    [GeneratedRegex(@"\b(?:can't|cannot|can not|can no longer|(?:kann|können|kannst|könnt)\s+(?:\S+\s+){0,6}?(?:nicht|keine|keinen|kein)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CannotBecause();

    /// <summary>"immer noch", "still": a problem said again.</summary>
    [GeneratedRegex(@"\b(?:immer noch|noch immer|nach wie vor|still|weiterhin)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StillSo();

    /// <summary>"… gilt allerdings nur", "… only": a main clause that holds only with the condition after it.</summary>
    [GeneratedRegex(@"\b(?:nur|only|just)\s*,?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OnlyIf();

    /// <summary>", vor" at the end of "… Donnerstag, 14. Januar, jeweils 17 Uhr, vor": the particle of "schlage … vor" left behind.</summary>
    [GeneratedRegex(@",?\s+(?:vor|an|ab|zu|mit|auf|fest|durch)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingParticle();

    /// <summary>"Option 1 or Option 2", "Variante A oder B".</summary>
    [GeneratedRegex(@"\b(?:or|oder|either|entweder)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EitherOr();

    /// <summary>"… as ", "… wie ": the text before an option label that only refers to it ("Option B: as Option A, plus …").</summary>
    [GeneratedRegex(@"\b(?:as|wie|like|than|als|same as|identical to|except)\s+(?:in\s+|bei\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OptionReference();

    /// <summary>", so they should land by …", ", sodass sie bis … ankommen": what follows from the step, not the step.</summary>
    [GeneratedRegex(@",\s+(?:so(?:\s+that)?\s+(?:they|it|you|she|he|the)\b|sodass\b|so\s+dass\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Consequence();

    /// <summary>", den die Teilnehmenden …", ", which you …": a relative clause with a subject of its own.</summary>
    [GeneratedRegex(@",\s+(?:den|die|das|der|dem|deren|dessen|which|that)\s+(?:die|der|das|sie|Sie|du|ihr|wir|er|es|you|we|they|he|she|the|your|unsere?|Ihre?)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"\b(?:bitte|please)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PleaseWord();

    /// <summary>"Customer export attached", "Anbei die Belege", "Die Liste habe ich Ihnen eben geschickt": something handed over.</summary>
    [GeneratedRegex(@"\b(?:attached|enclosed|anbei|im anhang|in der anlage|here(?:'s| is| are) (?:the|our|my)|hier (?:ist|sind) (?:die|der|das|unsere?)|(?:habe|haben) (?:ich|wir) (?:\p{L}+\s+){0,3}(?:geschickt|gesendet|hochgeladen)|(?:just |have |'ve )?(?:sent|uploaded|shared) (?:you |over )?(?:the|our|my))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Delivered();

    /// <summary>"Sobald die Bestellung da ist, …", "Once we have the export, …": a condition both sides expect to be met.</summary>
    [GeneratedRegex(@"^(?:Sobald|Once|As soon as)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AwaitedEvent();

    /// <summary>"Wir reichen …", "Ich schicke …", "We'll …": our side is the subject.</summary>
    [GeneratedRegex(@"^(?:Ich|Wir|I|We|I'll|We'll)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OurSubject();

    [GeneratedRegex(@"^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tomorrow|Heute|Morgen)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CalendarWord();

    /// <summary>"14:00", "2 PM", "10 Uhr", "vormittags", "in the morning": a time of day.</summary>
    [GeneratedRegex(@"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr)\b|\b\d{1,2}:\d{2}\b|\b(?:vormittags?|nachmittags?|morgens|abends|mittags|morning|afternoon|evening)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClockTime();

    /// <summary>"nicht am Freitag, 18.12., sondern am Montag, 21.12.", "not on Friday but on Monday", "rather than the 9th": the date struck out.</summary>
    [GeneratedRegex(@"\b(?:nicht|not)\s+(?:mehr\s+)?(?:am\s+|on\s+|bis\s+|by\s+)?(?<date>[^,;–]{3,40}?(?:,\s*[\d./]{3,8})?),?\s+(?:sondern|but)\b|\b(?:rather than|instead of|statt|anstatt|anstelle von)\s+(?:am\s+|on\s+|the\s+)?(?<date>[^,;–)]{3,30})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StruckDate();

    [GeneratedRegex(@"\b(?:sorry|apologi[sz]e|apologies|entschuldig\p{L}*|tut (?:mir|uns) (?:sehr )?leid)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Apology();

    /// <summary>"I'd also like you to personally ring Gemma Holt today", "Ich möchte, dass Sie …": a request in the form of a wish.</summary>
    [GeneratedRegex(@"\b(?:i|we|they|he|she)(?:'d| would)\s+(?:also\s+)?like\s+you\s+to\b|\b(?:i|we)\s+(?:also\s+)?want\s+you\s+to\b|\b(?:ich|wir)\s+(?:möchte|möchten|will|wollen),?\s+dass\s+(?:Sie|du|ihr)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WantYouTo();

    /// <summary>"die Rechnung … an kreditoren@…", "the invoice goes to finance@… with our PO number": how the client wants to be billed.</summary>
    [GeneratedRegex(@"\b(?:rechnung|invoice|invoicing|billing)\b[^.]{0,120}(?:\b(?:bestellnummer|bestell-nr|po[- ]?(?:nummer|number|no)|purchase order)\b|@)|(?:\b(?:bestellnummer|po[- ]?(?:nummer|number)|purchase order)\b|@)[^.]{0,120}\b(?:rechnung|invoice)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Billing();

    /// <summary>"Tash, you can pick up the gate key …", "Malte, kannst du …": the client addresses one of us by name.</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}+),\s+(?:you\s+can|you\s+could|you'll|you\s+will|please|kannst\s+du|könnten\s+Sie|können\s+Sie|bitte)\s+(?<rest>.{8,})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Addressed();

    /// <summary>"mein Kollege Luca Bernasconi", "our colleague Priya Nair", "my colleague Dev": a colleague by name.</summary>
    [GeneratedRegex(@"\b(?:[Mm]ein|[Mm]eine|[Uu]nser|[Uu]nsere|[Oo]ur|[Mm]y)\s+(?:Kollege|Kollegin|colleague|Mitarbeiter|Mitarbeiterin)\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MyColleague();

    /// <summary>"Herr Demir bräuchte …", "Priya needs …": a named person who needs something from the other side.</summary>
    [GeneratedRegex(@"^(?:(?:Herr|Frau|Mr\.?|Ms\.?|Mrs\.?)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:braucht|bräuchte|benötigt|benötigte|wünscht sich|hätte gern|möchte gern|needs|would need|will need|would like|wants)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Needs();

    /// <summary>"Unsere Designerin Jana Roth schaut …", "Our designer Jana Roth will …": a colleague named after their role, without commas.</summary>
    [GeneratedRegex(@"^(?:Our|Unser|Unsere|My|Mein|Meine)\s+\p{L}[\p{L}-]{2,30}\s+(?<name>(?<title>(?:Herr|Frau|Mr\.?|Ms\.?|Mrs\.?)\s+)?(?<first>\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?)\s+\p{Ll}{2,}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RoleThenName();

    [GeneratedRegex(@"^(?:dass|that)\s+(?:(?:Sie|du|you)\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DemandLead();

    [GeneratedRegex(@"\b(?:ersetzen|ersetzt|erstatten|erstattung|zurückzahlen|rückerstattung|gutschrift|schadenersatz|schadensersatz|entschädigung|vertragsstrafe|nicht bezahlen|nicht zahlen|refund|reimburse|reimbursement|compensate|compensation|credit note|money back|discount|rabatt|nachlass|not pay|won't pay|waive|cover the cost|cover (?:the )?(?:rental|rent|costs?|expenses?)|nicht berechnen|erst berechnen|no charge|übernehmen die kosten|kosten übernehmen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MoneyClaim();

    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?),\s+(?:(?:our|unser|unsere|your|Ihr|Ihre)\s+[\p{L} -]{2,30}|(?:who|who'll|who will|die|der)\s+[^,]{4,60}),\s+(?:will|wird|is going to|schickt|sends|übernimmt|leads|leitet|(?!(?:hat|hatte|ist|war|has|was|is|says|sagt|meint)\b)\p{Ll}{3,}(?:t|s))\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedWithRole();

    [GeneratedRegex(@"\b(?:funktioniert|funktionieren|geht|gehen|läuft|laufen|lädt|laden|öffnet|work|works|load|loads|open|opens)\b[^.;]{0,60}\b(?:nicht|nicht mehr|immer noch nicht|no longer)\b|\b(?:doesn't|don't|isn't|won't|can't|cannot|still doesn't)\s+(?:work|load|open|show|send|arrive)\b|\b(?:fehlerseite|fehlermeldung|error message|error page|kaputt|broken)\b|\b\p{Ll}+(?:t|en)\s+(?:immer noch|noch immer)\s+nicht\b|\bstill (?:isn't|aren't|doesn't|don't|won't|can't)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Fault();

    /// <summary>"ob das klappt", "whether that works": a question whether something holds, not a request to do it.</summary>
    [GeneratedRegex(@"\b(?:ob|whether)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Whether();

    /// <summary>The step that answers a point: "Stellung nehmen zu: …", "Reply on: …", "Answer …", "… beantworten".</summary>
    [GeneratedRegex(@"^(?:Stellung nehmen zu: |Reply on: |Answer |Beantworten, )(?<what>.+)$|^(?<what>.+) beantworten$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnswerStep();

    [GeneratedRegex(@"^(?:Whether|If|When|How|What|Why|Who|Which|Where)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"\b(?:is back|are back|works again|work again|is fixed|are fixed|is working again|funktioniert wieder|funktionieren wieder|ist wieder da|sind wieder da|läuft wieder|laufen wieder|ist behoben|sind behoben|sind jetzt drin|ist jetzt drin|are now in|is now in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FixedConfirmation();

    [GeneratedRegex(@"[,;–-]\s*(?:thank you|thanks|danke|vielen dank)[^,;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ThanksTail();

    /// <summary>A breakdown of figures, or how things usually go ("Here's how onboarding usually runs:", "So läuft das in der Regel ab:"): no plan the client took.</summary>
    [GeneratedRegex(@"\b(?:breakdown|overview|details|itemi[sz]ed|aufstellung|aufschlüsselung|übersicht|zusammensetzung|im einzelnen|im detail|usually|typically|normally|in der regel|normalerweise|üblicherweise|gewöhnlich)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DataHeading();

    [GeneratedRegex(@"\b(?:will|wird|werden|übernimmt|kümmert sich|is going to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Future();

    [GeneratedRegex(@"^(?:if not|and if not|otherwise|falls nicht|wenn nicht|und wenn nicht|sonst|andernfalls)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IfNot();

    [GeneratedRegex(@",\s*(?:damit (?:Sie|du)|so (?:that )?you(?: can)?)\s+(?:(?:es|it|ihn|sie|them)\s+)?(?<what>.+?)(?:\s+(?:können|kannst))?[.!]?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClientPurpose();

    [GeneratedRegex(@"^(?:beides|beide änderungen|alles|das alles|all das|both|both changes|all of (?:this|it|that)|everything)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Collective();

    [GeneratedRegex(@"\b(?:eingetragen|im kalender|in (?:my|our) calendar|in the calendar|saved the date|notiert|vorgemerkt|blocked (?:it|the time))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InCalendar();

    [GeneratedRegex(@"(?:\b(?:passt|works|suits)\s+(?:gut|well|great|perfekt|perfectly)?\s*[:;,–-]\s*)?\b(?:wie wäre es|how about|what about|hätten sie|haben sie|hättest du|hast du|would you be free|are you free|passt (?:ihnen|dir|es ihnen|es dir))\b\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SlotQuestionWords();

    [GeneratedRegex(@",(?=\s*(?:\d{4}|\d{1,2}(?:\.|\s|st|nd|rd|th)|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DateComma();

    [GeneratedRegex(@",(?=\s*\d{1,2}\.)|(?<=\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?),", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DateCommaGerman();

    [GeneratedRegex(@",\s*(?:aber|but|however)\s+(?:dann\s+|then\s+)?|[,:;–-]\s*(?:on one condition|under one condition|unter einer bedingung|mit einer bedingung|provided that|as long as|sofern|solange|vorausgesetzt|allerdings nur,? wenn|aber nur,? wenn|but only if|only if)[:,]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ButThen();

    [GeneratedRegex(@"\b(?:is|are|ist|sind)\s+(?:now\s+|jetzt\s+|hiermit\s+)?(?:fest\s+)?(?:für\s+\p{L}+\s+)?(?:booked|confirmed|locked in|gebucht|bestätigt|eingeplant|reserviert|eingetragen)\b|^(?:confirmed|bestätigt|gebucht|booked)\b|\b(?:I've|I have|we've|we have|habe ich|haben wir)\s+(?:(?:it|you|Sie|dich|euch|ihn)\s+)?(?:booked|confirmed|reserved|gebucht|reserviert|eingetragen|eingeplant)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Booked();

    [GeneratedRegex(@"\b(?:und|and)\s+(?:gebe|geben|melde|melden|komme|kommen|get|come|let|will let|'ll let)\b.*\b(?:Bescheid|mich|uns|zurück|back|know)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReportBack();

    [GeneratedRegex(@"\b(?:will (?:now )?(?:come|be|arrive|reach you|be with you)|(?:is|are) (?:now )?coming|(?:is|are) now saying|now saying|sagt jetzt|kommt|wird (?:\p{L}+ ){0,3}(?:kommen|da sein|fertig))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ArrivesOn();

    [GeneratedRegex(@"\s+[–—]\s+|:\s+|;\s+|,\s+(?=so\s|also\s|daher\s|deshalb\s)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:not|nicht|statt|instead of|rather than)\s*(?:am\s+|on\s+|by\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NegatedDate();

    [GeneratedRegex(@"^(?:die|der|das|the)\s+\p{L}+\s+(?:bis|by)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ElidedPart();

    [GeneratedRegex(@"\b(?:ich will|wir wollen|ich erwarte|wir erwarten|i want|we want|i expect|we expect|i need|we need|brauche|brauchen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Wants();

    [GeneratedRegex(@"\s+(?:by|until|on|bis(?:\s+zum|\s+spätestens)?|spätestens|am)\s+(?:[\p{L}\d]+[,.]?\s*){1,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|morgen|tomorrow|week|woche|monat|month|end|ende|january|february|march|april|may|june|july|august|september|october|november|december|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayWord();

    [GeneratedRegex(@"(?:\b(?:von|from)\s+)?\b\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr\s*|am\s*|pm\s*)?(?:–|-|bis|to)\s*\d{1,2}(?:[:.]\d{2})?(?:\s*(?:Uhr|am|pm)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HoursSpan();

    [GeneratedRegex(@"^(?:(?:in|during)\s+(?:der\s+)?)?(?:nächste|nächsten|kommende|kommenden|next|the coming)\s+(?:Woche|week)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WeekOnly();

    [GeneratedRegex(@"\b(?:propose|suggest|would be|could do|schlage|vorschlagen|wäre|könnten wir|hätten wir)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ProposalWords();

    [GeneratedRegex(@"\b(?:[Ff]ür\s+(?:den|die|das|Ihren|Ihre|Ihr|euren|eure|deinen|deine)|[Ff]or\s+(?:the|your))\s+(?<what>\p{Lu}\p{Ll}{3,}|(?<=[Ff]or\s+(?:the|your)\s+)\p{Ll}{4,}(?:\s+(?:day|call|session|visit|meeting|shoot))?)\b|^(?:We|I)\s+(?:can|could)\s+(?<what>\p{L}+(?:\s+(?:up|in|out|over))?)\s+(?:in|at|on)\s+(?:one of|any of|these|the following)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OptionSubject();

    [GeneratedRegex(@"\b(?:termin|gespräch|telefonat|treffen|workshop|meeting|call|kickoff|kick-off|appointment|walkthrough|demo|besprechung|video-call|videocall)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MeetingNoun();

    [GeneratedRegex(@"\b(?:dann|then|danach|afterwards|at that point|the same day|that same day|on the day|am selben Tag|am gleichen Tag|am selben Abend|noch am selben Tag)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Then();

    [GeneratedRegex(@"\p{L}+", RegexOptions.None, 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:it|this(?!\s+(?:week|morning|afternoon|evening|month|year|friday|monday|tuesday|wednesday|thursday))|that|him|her|ihn|ihm|das(?!\s+(?-i:\p{Lu})(?!ie\b|hnen\b|hr))|es|dies|dazu|darüber|damit|da|dann|there|then|the current version|the old version|the new version|die aktuelle (?:version|fassung)|den aktuellen stand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@",\s+(?:und|and|but|aber|plus)\s+(?=\p{L})|\s+[–-]\s+(?:aber|but)\s+(?=\p{L})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CompoundSplit();

    /// <summary>"within two business days of getting the signed form", "innerhalb von zwei Werktagen nach Eingang der Daten", "within 2 working days, as soon as we have …".</summary>
    [GeneratedRegex(@"\b(?:within|innerhalb(?:\s+von)?|binnen|innert)\s+(?<n>\d{1,2}|one|two|three|four|five|ten|einem|zwei|drei|vier|fünf|zehn)\s+(?<unit>business\s+days?|working\s+days?|days?|werktagen?|arbeitstagen?|tagen?)\b(?:,?\s+(?:of|after|from|once|as\s+soon\s+as|nach|ab|sobald)\s+(?<what>.+)$)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WithinAnchored();

    /// <summary>"As soon as he has your export, …", "Sobald die Daten da sind, …": the event a promise waits for, before it.</summary>
    [GeneratedRegex(@"^(?:as\s+soon\s+as|once|sobald|nachdem)\s+(?<what>[^,]+),", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnchorFirst();

    /// <summary>"Tom asked again about the phones on the 19th – please let us know", "Herr Koller fragt nochmal nach dem Urlaub": who asked, about what.</summary>
    [GeneratedRegex(@"^(?<who>(?:(?:Herr|Frau|Mr\.?|Ms\.?)\s+)?\p{Lu}\p{Ll}+)\s+(?:asked again|fragt (?:noch ?mal|erneut))\s+(?<what>(?:about|nach|wegen)\s+[^–—;:]+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AskedAgain();

    /// <summary>"… works for us – please put that in an updated terms letter", "… passt – bitte schicken Sie …": a request after a yes.</summary>
    [GeneratedRegex(@"\s[–—;-]\s+(?<request>(?:please|bitte|could you|can you|könnten sie|können sie|kannst du)\b.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RequestAfterYes();

    /// <summary>"I need to check with our insurer what cover we can offer", "Das muss ich noch mit dem Statiker klären": a check of ours, not a request.</summary>
    [GeneratedRegex(@"\b(?:i|we)\s+(?:still\s+|first\s+|just\s+)?(?:need|have)\s+to\s+(?:check|confirm|clarify|ask|speak|talk|look into|find out|verify|double-check)\b|\b(?:muss|müssen)\s+(?:ich|wir)\s+(?:\p{L}+\s+){0,5}?(?:prüfen|klären|abklären|nachfragen|abstimmen|nachsehen)\b|\b(?:ich|wir)\s+(?:muss|müssen)\s+(?:\p{L}+\s+){0,5}?(?:prüfen|klären|abklären|nachfragen|abstimmen|nachsehen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OwnCheck();

    /// <summary>"Herr Imhof hat Sie über die Vorfälle informiert", "Frau Hentschel meinte, …", "Herr Lindenmann ist in Kopie": what was done or said, no step.</summary>
    [GeneratedRegex(@"\b(?:hat|haben|hatte|hatten)\b[^,.;:!?]*\s(?:ge\p{Ll}{3,}(?:t|en)|\p{Ll}{3,}iert)\b(?![^,.;:!?]*\b(?:werden|wird)\b)|\b(?:meinte|sagte|schrieb|erzählte)\b|\b(?:ist|sind)\s+(?:in|im)\s+(?:Kopie|CC|cc)\s*$|\bin\s+Kopie\s+gesetzt\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GermanDoneOrSaid();

    /// <summary>"Installation und Einschulung macht meine Kollegin Verena Aigner", "Priya will handle the install": who takes a matter on.</summary>
    [GeneratedRegex(@"\b(?:macht|übernimmt|übernehmen|kümmert sich um|betreut|leitet|handles|will handle|takes care of|will take care of|will run|will lead|is handling|will be handling)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TakesOn();

    /// <summary>"The hives need to be off the orchard before Monday", "Report must reach us by 10 December", "Die Stühle müssen vormittags da sein": a condition they set on our work.</summary>
    [GeneratedRegex(@"^(?:(?:also|and|but|außerdem|aber|und),?\s+)?(?!(?:I|We|Ich|Wir)\b)(?:the|your|our|die|der|das|den|unsere?|Ihre?|eure?)?\s*[\p{L}\d][^,;:.!?]{1,60}?\s(?<!\bwould\s)(?:must|needs? to|has to|have to)\s+(?:be|reach|arrive|get|go|come|stay|run|work)\b|^(?:(?:außerdem|aber|und),?\s+)?(?!(?:Ich|Wir)\b)(?:die|der|das|den|unsere?|Ihre?|eure?)\s[^,;:.!?]{1,60}?\s(?:muss|müssen)\b[^,;:.!?]{0,60}?\b(?:sein|laufen|ankommen|kommen|bleiben|fertig)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TheirCondition();

    /// <summary>"In the meantime I'm pulling the list of affected appointments for you": work of ours under way, done today.</summary>
    [GeneratedRegex(@"\b(?:i'm|i am|we're|we are)\s+(?:now\s+|already\s+|currently\s+)?(?:pulling|preparing|checking|putting together|working on|chasing|looking into|arranging|drafting|following up|fixing|updating|re-editing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InProgress();

    /// <summary>
    /// What the client takes for granted, put as a statement: "Ich gehe davon aus, dass Sie uns die Anfahrt nicht berechnen",
    /// "I assume you'll cover the courier", "Madam has asked me to remind you about the rate card".
    /// </summary>
    [GeneratedRegex(@"\b(?:ich\s+gehe?|wir\s+gehen)\s+(?:\p{Ll}+\s+)?davon\s+aus,?\s+dass\s+(?-i:Sie)\s+(?:uns\s+|mir\s+)?(?<what>.{8,})|\b(?:i|we)\s+(?:assume|take\s+it|trust)\s+(?:that\s+)?you(?:'ll|\s+will)?\s+(?<what>.{6,})|\bremind\s+you\s+(?:about|of)\s+(?<what>.{4,})|\b(?:erinnere|erinnern)\s+(?:ich\s+|wir\s+)?(?:Sie|dich|euch)\s+(?:\p{Ll}+\s+)?an\s+(?<what>.{4,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TakenForGranted();

    /// <summary>"Den Aufpreis fürs Gegenlesen will ich übrigens zurück": the money back.</summary>
    [GeneratedRegex(@"^(?<back>(?:den|die|das|meine?n?|unsere?n?)\s.{3,60}?)\s+(?:will|möchte|hätte)\s+(?:ich|wir)\s+(?:(?:übrigens|gern|gerne|auch|schon)\s+){0,2}zurück\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WantsBack();

    /// <summary>"Dear Sir,", "Sir,", "Respected Madam,": a mail that opens with an honorific and no name.</summary>
    [GeneratedRegex(@"^(?:(?:Dear|Respected)\s+)?(?:Sir|Madam|Ma'am|Ma’am)\s*(?:[,!\r\n]|$)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BareHonorific();

    /// <summary>"Dear Farah Ma'am": a greeting with an honorific.</summary>
    [GeneratedRegex(@"\b(?:Sir|Madam|Ma'am|Ma’am)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HonorificWord();

    /// <summary>"Dann lege ich alle vorab an", "Morgen schaue ich mir das an": a German promise led by "then" or a day, undated.</summary>
    [GeneratedRegex(@"^(?:dann|danach|anschließend|gleich|morgen|heute|zuerst|vorab|übermorgen)\s+(?!(?:hoffe|denke|glaube|freue|verstehe|finde|meine|habe|wäre|würde|könnte|müsste|sollte|möchte)\b)\p{Ll}{2,}e\s+ich\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadPromise();

    /// <summary>"So machen wir es", "Dann machen wir das so": agreeing how we do it, no promise of the client's.</summary>
    [GeneratedRegex(@"\bso\s+(?:machen|mache)\s+(?:wir|ich)\b|\b(?:machen|mache)\s+(?:wir|ich)\s+(?:das\s+|es\s+)?so\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AgreedHowWeDo();

    /// <summary>
    /// "You'll sign the HOA form tonight", "You will confirm final numbers by Friday", "Du schickst mir die Liste": the
    /// client's own step, said to them. "You'll have the revised quote by Friday" is ours: they receive it.
    /// </summary>
    [GeneratedRegex(@"^(?:You'll|You’ll|You will|You shall|You're going to)\s+(?!have\b|get\b|receive\b|hear\b|see\b|find\b|be\s+(?:able|getting|receiving|hearing)\b|need\b|want\b|like\b)\p{L}+|^Du\s+(?:schickst|sendest|bringst|gibst|meldest|bestätigst|unterschreibst|zahlst|überweist|holst|kümmerst)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex YouWillDo();

    /// <summary>"You recover …": a sentence whose subject is a person.</summary>
    [GeneratedRegex(@"^(?:I|We|You|Ich|Wir|Sie|Du|Ihr)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PersonFirst();

    /// <summary>"Herr Özdemir weiß Bescheid", "Priya knows": someone who only knows does nothing.</summary>
    [GeneratedRegex(@"\b(?:weiß|wissen|knows?|is aware|ist informiert)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Knows();

    /// <summary>"Ronny kommt morgen …", "Sandra does our payments on Thursdays": a name, then a verb in the third person.</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}+)\s+(?:(?!(?:has|is|was|says|thinks|asks|hat|ist|sagt|meint|fragt|findet|weiß)\b)\p{Ll}+(?:t|s)|will|wird)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex KnownNameFirst();

    /// <summary>"die Offerte dafür", "ein Angebot dazu", "a quote for it", "a price for them": the thing stands in the sentence before.</summary>
    [GeneratedRegex(@"\b(?:dafür|dazu|darüber|davon|for (?:it|them)|about (?:it|them))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PronounAdverb();

    /// <summary>"… macht Ayla, unsere Küchenchefin, sehr gern", "… Priya, our designer, …": a name beside its role, anywhere in the sentence.</summary>
    [GeneratedRegex(@"(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?),\s+(?:our|unser|unsere|unserer|my|mein|meine)\s+\p{L}+(?:\s+\p{L}+)?,", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NameBesideRole();

    /// <summary>"ich möchte nicht telefonieren, sondern eine schriftliche Antwort", "not a call but a written answer": what they want instead.</summary>
    [GeneratedRegex(@"\b(?:nicht|not)\s+[^,.;:!?]{2,40}?,?\s+(?:sondern|but)\s+(?<want>(?:eine?n?|a|an|the|die|den|das)\s+[^.;:!?]{4,80})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RatherThan();
}
