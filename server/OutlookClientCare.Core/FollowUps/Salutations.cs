using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.FollowUps;

/// <summary>
/// The greeting and closing a careful account manager writes to this client: the one we already
/// used in the thread when there is one; otherwise built from the form of address and the name the
/// client signs with ("Tim", "K. Vogt"), never the full display name as a greeting.
/// </summary>
internal static partial class Salutations
{
    public sealed record Register(string Salutation, string Closing, string Signature);

    /// <summary>The person who wrote last on the client's side, as they sign and as Graph names them.</summary>
    /// <summary>A client as the thread shows them: display name, the name they sign with, and the lines after their closing (role, company).</summary>
    public sealed record Person(string? DisplayName, string? SignedAs, string Address, string? SignatureBlock = null);

    public static Register For(Person client, IReadOnlyList<string> ourGreetings, ThreadLanguage language, string? form, bool clientIsFormal, string userName)
    {
        var userFirst = FirstWord(userName);
        var names = NameParts(client);

        // The greeting we already used for this person is what they are used to from us.
        // From a greeting of several people ("Hallo Manni, hallo Tom") the summary to this client takes their part ("Hallo Tom").
        foreach (var greeting in ourGreetings.SelectMany(Parts))
        {
            if (MentionsName(greeting, names))
            {
                return new Register(greeting, ClosingFor(greeting, language, form), SignatureFor(greeting, language, form, userName, userFirst));
            }
        }

        string salutation;
        if (language == ThreadLanguage.De)
        {
            if (form == "du")
            {
                salutation = names.First is { } first ? $"Hallo {first}" : "Hallo";
            }
            else
            {
                var title = names.Title is { } t ? t + " " : "";
                salutation = (GuessGender(names.First, client.SignatureBlock), names.Last) switch
                {
                    ('f', { } last) => $"Guten Tag Frau {title}{last}",
                    ('m', { } last) => $"Guten Tag Herr {title}{last}",
                    (_, { } last) when names.First is { } first => $"Guten Tag {first} {last}",
                    _ => "Guten Tag",
                };
            }
        }
        else if (clientIsFormal && names.Last is { } last)
        {
            // "Dr. Folake Adeyemi" is "Dear Dr. Adeyemi": the title wins over a guess at Ms. or Mr., as in German.
            salutation = names.Title is { } title ? $"Dear {title} {last}" : Gender(names.First) switch
            {
                'f' => $"Dear Ms. {last}",
                'm' => $"Dear Mr. {last}",
                _ => names.First is { } first ? $"Dear {first} {last}" : $"Dear {last}",
            };
        }
        else
        {
            salutation = names.First is { } first ? $"Hi {first}" : "Hello";
        }

        return new Register(salutation, ClosingFor(salutation, language, form), SignatureFor(salutation, language, form, userName, userFirst));
    }

    /// <summary>The first line of one of our messages when it is a greeting ("Sehr geehrter Herr Hansen,").</summary>
    public static string? GreetingOf(string text)
    {
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            // "Sehr geehrter Herr Hansen," or, as the Swiss write it, "Grüezi Frau Baumann" and "Sehr geehrter Herr Professor
            // Gubler" without the comma: then only names and titles follow the opener.
            var comma = line[^1] == ',';
            if (line.Length > 60 || (!comma && (line.Length > 50 || line.IndexOfAny("!?:") >= 0)))
            {
                return null;
            }

            var greeting = (comma ? line[..^1] : line).Trim().ToString();
            foreach (var opener in Openers)
            {
                if (greeting.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && greeting.Length > opener.Length
                    && (comma || greeting[opener.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 4 } names
                        && names.All(w => char.IsUpper(w[0]) && (!w.Contains('.', StringComparison.Ordinal) || IsTitle(w)))))
                {
                    return greeting;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// The greetings of the people one greeting names, in its order: "Sehr geehrter Herr Mag. Reischl, sehr geehrter Herr Pröll"
    /// → "Sehr geehrter Herr Mag. Reischl", "Sehr geehrter Herr Pröll". "Hallo Andi und Sonja" greets both at once and stays whole.
    /// </summary>
    public static IEnumerable<string> Parts(string greeting)
    {
        var start = 0;
        for (var comma = greeting.IndexOf(", ", StringComparison.Ordinal); comma >= 0; comma = greeting.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            var rest = greeting[(comma + 2)..];
            if (Openers.Any(o => rest.StartsWith(o, StringComparison.OrdinalIgnoreCase) && rest.Length > o.Length))
            {
                yield return Phrasing.Capital(greeting[start..comma]);
                start = comma + 2;
            }
        }

        yield return Phrasing.Capital(greeting[start..]);
    }

    /// <summary>The words a greeting starts with; what follows them is the name ("Grüezi Frau Baumann" → "Frau Baumann").</summary>
    internal static readonly string[] Openers =
    [
        "Sehr geehrte ", "Sehr geehrter ", "Guten Tag ", "Grüezi ", "Grüß Gott ", "Servus ", "Hallo ", "Liebe ", "Lieber ", "Moin ", "Hi ", "Hello ", "Dear ", "Hey ",
    ];

    private static string ClosingFor(string salutation, ThreadLanguage language, string? form) => language == ThreadLanguage.De
        ? salutation.StartsWith("Sehr geehrte", StringComparison.Ordinal) ? "Mit freundlichen Grüßen" : form == "du" ? "Viele Grüße" : "Freundliche Grüße"
        : salutation.StartsWith("Dear", StringComparison.Ordinal) ? "Kind regards" : "Best regards";

    private static string SignatureFor(string salutation, ThreadLanguage language, string? form, string userName, string userFirst)
    {
        var informal = language == ThreadLanguage.De ? form == "du" : salutation.StartsWith("Hi ", StringComparison.Ordinal) || salutation.StartsWith("Hey ", StringComparison.Ordinal);
        return informal ? userFirst : userName;
    }

    private sealed record Names(string? First, string? Last, string? Title)
    {
        /// <summary>Every name word seen ("Hofer Elisabeth" as the directory lists her, "Elisabeth Hofer" as she signs).</summary>
        public IReadOnlyList<string> All { get; init; } = [];
    }

    private static Names NameParts(Person client)
    {
        var display = Words(DisplayOrder(client.DisplayName));
        var signed = Words(client.SignedAs);
        string? title = null;
        foreach (var word in display.Concat(signed))
        {
            // "Prof. Dr. Reto Gubler" is greeted as professor: the higher title wins, wherever it stands.
            if (word is "Dr." or "Dr" or "Prof." or "Prof" or "Dr.in" or "Prof.in" or "DDr." && title is not ("Prof." or "Prof.in"))
            {
                title = word.EndsWith('.') || word.EndsWith("in", StringComparison.Ordinal) ? word : word + ".";
            }
        }

        var displayNames = display.Where(w => !IsTitle(w)).ToList();
        var signedNames = signed.Where(w => !IsTitle(w)).ToList();

        // The client's own signature wins ("Mo" for Moritz, "Jo" for Johanna, "Bob" for Robert); an initial ("K. Vogt") only
        // gives the last name, and two capitals ("LG", "JW") are no name.
        var first = signedNames.Count > 0 && signedNames[0] is { Length: > 1 } signedFirst && char.IsLower(signedFirst[1]) && !signedFirst.EndsWith('.') ? signedFirst
            : displayNames.Count > 0 ? displayNames[0] : null;
        // A full name in the signature ("Elisabeth Hofer") says which word is the last name; a directory may list "Hofer Elisabeth".
        var last = signedNames.Count > 1 && !signedNames[^1].EndsWith('.') ? signedNames[^1] : displayNames.Count > 1 ? displayNames[^1] : null;
        if (first is null && client.Address.Contains('.', StringComparison.Ordinal))
        {
            var local = client.Address[..client.Address.IndexOf('@', StringComparison.Ordinal)];
            var parts = local.Split('.');
            if (parts.Length == 2 && parts[0].Length > 1)
            {
                first = Capital(parts[0]);
                last = Capital(parts[1]);
            }
        }

        return new Names(first, last, title) { All = [.. displayNames.Concat(signedNames).Where(w => w.Length > 2 && !w.EndsWith('.'))] };
    }

    /// <summary>"Schneider-Albers, Annegret", as many company directories list people, is Annegret Schneider-Albers.</summary>
    private static string? DisplayOrder(string? name)
    {
        var parts = name?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: 2 } && parts.All(p => p.Length > 1 && char.IsUpper(p[0]) && !p.Any(char.IsDigit)) ? $"{parts[1]} {parts[0]}" : name;
    }

    /// <summary>The first name in a display name as directories write it: "Marisol Vega", "Vega, Marisol", "Dr. Olaf Brinkmann".</summary>
    public static string? FirstNameOf(string displayName) => NameParts(new Person(displayName, null, "")).First;

    /// <summary>Whether a greeting of ours names this person ("Sehr geehrter Herr Dr. Brinkmann" names "Brinkmann, Olaf Dr.").</summary>
    public static bool Greets(string greeting, Person person) => MentionsName(greeting, NameParts(person));

    private static bool MentionsName(string greeting, Names names) =>
        (names.Last is { } last && greeting.Contains(last, StringComparison.OrdinalIgnoreCase))
        || (names.First is { } first && greeting.EndsWith(" " + first, StringComparison.OrdinalIgnoreCase))
        || names.All.Any(name => greeting.EndsWith(" " + name, StringComparison.Ordinal));

    private static List<string> Words(string? name) =>
        name is null ? [] : [.. name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter))];

    /// <summary>Titles, with the Austrian ones ("Dr.in", "Mag.a", "DI", "Ing.") and the British ones without a dot ("Ms Jane Doe"), which are no names.</summary>
    private static bool IsTitle(string word) => word is "Dr." or "Dr" or "Prof." or "Prof" or "Mr." or "Mrs." or "Ms." or "Mr" or "Mrs" or "Ms" or "Mx" or "Herr" or "Frau"
        or "Dr.in" or "Prof.in" or "DDr." or "Mag." or "Mag.a" or "MMag." or "DI" or "Dipl.-Ing." or "Ing." or "BSc" or "MSc" or "MBA" or "MA";

    private static string FirstWord(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[0] : name;

    private static string Capital(string word) => Phrasing.Capital(word);

    /// <summary>'f', 'm' or '?' from common German and English first names.</summary>
    internal static char Gender(string? first)
    {
        if (first is null)
        {
            return '?';
        }

        var key = first.ToLowerInvariant();
        return Female.Contains(key) ? 'f' : Male.Contains(key) ? 'm' : '?';
    }

    /// <summary>
    /// For a German greeting, where the name lists do not know the first name: a feminine role under the name in the
    /// signature ("Geschäftsführerin", "Prof.in"), else the rule of thumb for German first names that ends in -a or -e
    /// are women's ("Bernadette", "Henrike"), with the common men's names that do too.
    /// </summary>
    private static char GuessGender(string? first, string? signature)
    {
        var known = Gender(first);
        if (known != '?' || first is null || first.Length < 3)
        {
            return known;
        }

        if (signature is not null && FeminineRole().IsMatch(signature))
        {
            return 'f';
        }

        // The men's names that end so ("Uwe", "Luca", "Malte") are in the men's list, read above.
        return first[^1] is 'a' or 'e' ? 'f' : '?';
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:erin|orin|entin|antin|istin|eurin|ärztin)\b|\b(?:Dr\.in|Prof\.in|Mag\.a)(?!\w)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex FeminineRole();

    private static readonly HashSet<string> Female = new(
        """
        anna annegret sibylle sybille anne annemarie annette anja anke britta edith erika frauke gudrun hannelore heidi heidrun hildegard ilka ilse imke inge ingeborg irmgard marianne regina rebekka sigrid tabea waltraud wiebke andrea angela angelika antje barbara beate bettina birgit birte brigitte carina carla carolin caroline christa christiane christina claudia cornelia dagmar daniela doris dorothea elena elisabeth elke ella emilia emma eva franziska friederike frieda gabriele gerda gisela greta hanna hannah heike helga helene ines ingrid irene iris isabel jana janina jasmin jennifer jessica johanna jule julia juliane jutta karin katharina kathrin katja katrin kerstin kim klara kristina laura lea lena lisa luisa maike maja manuela mareike maren margarete maria marie marina marion marlene martina melanie michaela miriam monika nadine nadja natalie nicole nina nora olga paula petra pia renate rita ronja rosa ruth sabine sandra sara sarah silke simone sofia sophie stefanie stephanie susanne svenja tanja tatjana theresa ulrike ursula ute vanessa vera verena viktoria yvonne
        aisha alice alison amanda amy angela ashley beth bethany betty brenda caitlin carol catherine charlotte chloe claire diana diane donna elizabeth ellie emily erin fiona grace hannah heather helen holly jane janet jenny jess jessica joan joanna jordan josephine joy judy karen kate katherine kathleen kelly laura lauren linda lisa lucy madison margaret megan melissa michelle molly nancy natalie olivia pamela patricia priya rachel rebecca ruth samantha sandra sharon shannon siobhan sophie stephanie susan tara teresa tina victoria wendy zoe
        adelheid agnes alexandra alina amelie anastasia anita annika antonia astrid aylin bernadette bianca carmen carolina celine chantal clara corinna denise dorothee elif elisa eliska emine
        esther evelyn fatma fenja franka gabi gesa gitte hanne hedwig henrike hermine hilde ida ilona irina isabell isabella jacqueline janine jeanette jessika johanne josefine judith
        karla karoline katarina kira kristin larissa lara leonie  lilli lina lotte lucia lydia magdalena mandy margit mariam marta mathilde melina merle mia milena mira
        nathalie nele noemi paulina pauline ramona rike romy roswitha sabina sabrina saskia selin selma senta sigrun silvia sonja stella susi svea swantje sylvia tamara thea
        ulla valentina verona veronika wilma yasemin zeynep abigail adele alexis alicia allison annie april audrey ava beverly bonnie bridget brittany brooke cara carolyn cassie cathy
        charlene cheryl christine cindy colleen courtney  dana danielle  debbie deborah dolores dorothy eileen elaine eleanor eloise  felicity frances gemma georgia gillian gina
        gloria gwen hailey harriet hattie hazel imogen isla jade janice jasmine jean jill joanne jocelyn julie kara katie kayla kerry kirsty kylie leah lesley lillian
        lily lindsay lorna lorraine louise marisol martha mary maureen maxine meredith mildred millie miranda moira monica morgan nadia naomi natasha nicola paige penelope phoebe piper
        poppy rachael rosemary rosie roxanne sadie sally sasha serena shirley sienna sonia stacey suzanne tamsin tania tash tasha tessa tracy trudy veronica vivian whitney zara
        aoife niamh orla ciara roisin saoirse sinead grainne deirdre aroha mere ngaio priyanka ananya kavya deepa lakshmi meera sunita nandini shreya thandi naledi zanele busisiwe
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static readonly HashSet<string> Male = new(
        """
        achim albert alexander alfred andreas anton arne axel benedikt detlef dietmar eberhard egon emil ferdinand gunnar günther hartmut hauke heinrich herbert hubert jakob jannik kilian knut lennart lothar ludwig ole siegfried sönke till torben ulf valentin wilfried bastian ben benjamin bernd bernhard björn bodo carsten christian christoph claus daniel david dennis dieter dirk dominik elias erik ernst fabian felix florian frank franz friedrich georg gerd gerhard günter hans harald heiko heinz helmut henning hermann holger horst ingo jan jens joachim jochen johannes jonas jörg josef jürgen kai karl klaus konrad kurt lars leon lukas lutz malte manfred marc marcel marco marcus mario markus martin mathias matthias max maximilian michael moritz nico niklas nils norbert olaf oliver pascal patrick paul peter philipp rainer ralf reinhard robert roland rolf rüdiger sascha sebastian simon stefan stephan sven thomas thorsten tim timo tobias torsten udo ulrich uwe volker walter werner wilhelm wolfgang
        aaron adam alan alex andrew anthony bob brian carlos charles chris christopher craig dan darren dave derek donald doug dwayne edward eric gary george graham greg gregory harry henry ian jack jacob jake james jason jeff jeremy jim joe john jonathan joseph josh kevin kyle larry liam luke mark matt matthew mike mo nathan neil nick noah oliver owen paul pete peter phil raj ray richard rick rob robert ron ryan sam samuel scott sean stephen steve steven ted thomas tim todd tom tony will william
        adrian albrecht alois andre anselm armin arno arthur benno berthold burkhard clemens conrad cornelius dario deniz detlev dietrich edgar elmar emre enrico erwin eugen fabio
        falk finn franziskus frieder fritz gero gottfried hagen hannes hasan heiner helge henrik hugo ibrahim ilja jost julian justus kemal klemens korbinian laurenz leo leonard
        leopold linus lorenz luis mads manuel marek marius mathis maurice mehmet merlin mirko murat nikolai norman oskar otto pius quirin raimund ralph reto rené renato
        robin  ronny rudolf ruben rupert sandro severin silvio sören steffen thilo timon tizian ulli urs vincent vinzenz wendelin willi yannick yusuf alastair alfie andy
        archie arjun austin barry bernard billy blake bradley brendan bruce callum calvin cameron carl chad charlie clive colin conor connor curtis damian darnell darragh dean
        declan derrick desmond dominic douglas duncan dylan eamon eddie edwin eli elliot ethan euan evan fergus finlay francis fraser gareth gavin geoff gerald gordon harvey
        howard hugh isaac ivan jamie jared jeffrey jerry jesse joel justin keith ken kenneth kieran lachlan lewis lloyd logan louis lucas malcolm marvin mason mitchell
        morris murray nathaniel neville nigel noel oscar perry philip quentin randy reggie rhys ricky robbie rodney roger ronan rory ross roy russell seamus shane shaun
        stanley stuart terry theo timothy toby travis trevor troy vince warren wayne wesley aarav arun deepak imran karthik manoj pradeep rahul rajesh ravi sanjay suresh
        venky venkatesh vikram sipho thabo piet johan tane wiremu hemi sione
        ove luca nikita jona mika joshua elia kolja jonte mattia costa dominique rene pierre jose jorge lasse kalle mose
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);
}
