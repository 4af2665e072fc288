using System.Text.RegularExpressions;

namespace OutlookClientCare.Core.Tests.Threads.ReplyFixtures;

/// <summary>A suite read from upstream tests: its cases and the tests it could not turn into checks.</summary>
internal sealed record UpstreamSuite(string Name, List<UpstreamCase> Cases, List<string> NotRead);

/// <summary>
/// Reads the fragment-style tests of the email_reply_parser family (github in Ruby, willdurand in
/// PHP, zapier in Python, crisp in JavaScript): which fixture a test loads, which fragments it
/// calls quoted, hidden or signature, and what text it expects in which fragment or in the
/// visible text. Every language gets its own statement patterns; the literals are decoded as the
/// language does.
/// </summary>
internal static partial class FragmentTestReader
{
    public static UpstreamSuite Github(string root)
    {
        var source = File.ReadAllText(Path.Combine(root, "test", "email_reply_parser_test.rb"));
        var suite = new UpstreamSuite("github email_reply_parser", [], []);
        foreach (var (name, body) in Sections(source, RubyMethod()))
        {
            var fixture = RubyFixture().Match(body);
            var literalInput = RubyVariable().Match(body);
            UpstreamCase @case;
            if (fixture.Success)
            {
                var file = fixture.Groups["name"].Value;
                file = file.EndsWith(".txt", StringComparison.Ordinal) ? file : file + ".txt";
                @case = new UpstreamCase($"{file} ({name})", File.ReadAllText(Path.Combine(root, "test", "emails", file)));
            }
            else if (literalInput.Success)
            {
                var pos = literalInput.Groups["lit"].Index;
                @case = new UpstreamCase(name, SourceStrings.Read(body, ref pos, singleQuotedEscapes: false));
            }
            else
            {
                suite.NotRead.Add($"{name}: no fixture");
                continue;
            }

            foreach (Match flags in RubyFlags().Matches(body))
            {
                SetFlags(@case, flags.Groups["kind"].Value, flags.Groups["list"].Value);
            }

            foreach (Match count in RubyCount().Matches(body))
            {
                @case.FragmentCount = int.Parse(count.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            foreach (Match assert in RubyAssert().Matches(body))
            {
                var pos = assert.Groups["arg"].Index;
                Needle needle;
                if (body[pos] == '/')
                {
                    var end = body.IndexOf('/', pos + 1);
                    needle = new Needle(NeedleKind.Regex, body[(pos + 1)..end]);
                    pos = end + 1;
                }
                else if (body[pos] == '"')
                {
                    var text = SourceStrings.Read(body, ref pos, singleQuotedEscapes: false);
                    needle = new Needle(assert.Groups["verb"].Value == "assert_match" ? NeedleKind.Substring : NeedleKind.Exact, text);
                }
                else if (body[pos] == 'n' && literalInput.Success)
                {
                    var p = literalInput.Groups["lit"].Index;
                    needle = new Needle(NeedleKind.Exact, SourceStrings.Read(body, ref p, singleQuotedEscapes: false));
                    pos = body.IndexOf(',', pos);
                }
                else
                {
                    continue;
                }

                var target = RubyTarget().Match(body, pos);
                if (!target.Success || target.Index > pos + 8)
                {
                    continue;
                }

                if (target.Groups["index"].Success)
                {
                    @case.Fragment(int.Parse(target.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)).Has.Add(needle);
                }
                else
                {
                    @case.TextChecks.Add(new Check(needle.Kind == NeedleKind.Exact ? CheckKind.Equals : CheckKind.Contains, needle, "parse_reply"));
                }
            }

            Add(suite, name, @case);
        }

        return suite;
    }

    public static UpstreamSuite Willdurand(string root)
    {
        var tests = Path.Combine(root, "tests", "EmailReplyParser", "Tests");
        var suite = new UpstreamSuite("willdurand EmailReplyParser", [], []);
        foreach (var file in new[] { Path.Combine(tests, "EmailReplyParserTest.php"), Path.Combine(tests, "Parser", "EmailParserTest.php") })
        {
            var source = File.ReadAllText(file);
            var constants = PhpConstant().Matches(source).ToDictionary(
                m => m.Groups["name"].Value,
                m =>
                {
                    var pos = m.Groups["lit"].Index;
                    return SourceStrings.Read(source, ref pos, singleQuotedEscapes: false);
                },
                StringComparer.Ordinal);
            foreach (var (name, body, docBlock) in PhpMethods(source))
            {
                if (body.Contains("Regex(", StringComparison.Ordinal))
                {
                    suite.NotRead.Add($"{name}: reconfigures the upstream parser with its own patterns");
                    continue;
                }

                var provider = PhpDataProvider().Match(docBlock);
                var values = provider.Success ? PhpProviderValues(source, provider.Groups["name"].Value) : [null];
                foreach (var value in values)
                {
                    foreach (var @case in PhpCases(tests, name, body, value, constants))
                    {
                        Add(suite, @case.Name, @case);
                    }
                }
            }
        }

        return suite;
    }

    public static UpstreamSuite Zapier(string root)
    {
        var source = File.ReadAllText(Path.Combine(root, "test", "test_email_reply_parser.py"));
        var suite = new UpstreamSuite("zapier email-reply-parser", [], []);
        foreach (var (name, body) in Sections(source, PythonMethod()))
        {
            var fixture = PythonFixture().Match(body);
            if (!fixture.Success)
            {
                suite.NotRead.Add($"{name}: no fixture");
                continue;
            }

            var file = fixture.Groups["name"].Value;
            file = file.EndsWith(".txt", StringComparison.Ordinal) ? file : file + ".txt";
            var @case = new UpstreamCase($"{file} ({name})", File.ReadAllText(Path.Combine(root, "test", "emails", file)));
            foreach (Match flags in PythonFlags().Matches(body))
            {
                SetFlags(@case, flags.Groups["kind"].Value, flags.Groups["list"].Value);
            }

            foreach (Match count in PythonCount().Matches(body))
            {
                @case.FragmentCount = int.Parse(count.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            foreach (Match assert in PythonContains().Matches(body))
            {
                var pos = assert.Groups["lit"].Index;
                var text = (string)PythonExpression.Parse(body, ref pos)!;
                var rest = body.AsSpan(pos).TrimStart();
                var negated = rest.StartsWith("not in", StringComparison.Ordinal);
                var target = PythonTarget().Match(body, pos);
                var needle = new Needle(NeedleKind.Substring, text);
                if (!target.Success)
                {
                    continue;
                }

                if (target.Groups["index"].Success)
                {
                    var facts = @case.Fragment(int.Parse(target.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture));
                    (negated ? facts.HasNot : facts.Has).Add(needle);
                }
                else
                {
                    @case.TextChecks.Add(new Check(negated ? CheckKind.NotContains : CheckKind.Contains, needle, "reply"));
                }
            }

            foreach (Match match in PythonReMatch().Matches(body))
            {
                var pos = match.Groups["lit"].Index;
                var pattern = (string)PythonExpression.Parse(body, ref pos)!;
                var index = PythonTarget().Match(body, pos).Groups["index"].Value;
                @case.Fragment(int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)).Has.Add(new Needle(NeedleKind.Regex, pattern));
            }

            foreach (Match equal in PythonEqualsReply().Matches(body))
            {
                var pos = equal.Groups["lit"].Index;
                @case.TextChecks.Add(new Check(CheckKind.Equals, new Needle(NeedleKind.Exact, (string)PythonExpression.Parse(body, ref pos)!), "parse_reply"));
            }

            Add(suite, name, @case);
        }

        return suite;
    }

    public static UpstreamSuite Crisp(string root)
    {
        var source = File.ReadAllText(Path.Combine(root, "test", "test.js"));
        var constantMatch = JsConstant().Match(source);
        var constantPos = constantMatch.Groups["lit"].Index;
        var common = SourceStrings.Read(source, ref constantPos, singleQuotedEscapes: true);
        var suite = new UpstreamSuite("crisp email-reply-parser", [], []);
        foreach (var (name, body) in Sections(source, JsFunction()))
        {
            if (body.Contains("parseReplied", StringComparison.Ordinal))
            {
                suite.NotRead.Add($"{name}: tests the quoted part, not the reply");
                continue;
            }

            UpstreamCase @case;
            var fixture = JsFixture().Match(body);
            var inline = JsInlineMail().Match(body);
            if (fixture.Success)
            {
                var file = fixture.Groups["name"].Value + ".txt";
                @case = new UpstreamCase($"{file} ({name})", File.ReadAllText(Path.Combine(root, "test", "fixtures", file)));
            }
            else if (inline.Success)
            {
                var pos = inline.Groups["lit"].Index;
                @case = new UpstreamCase(name, SourceStrings.Read(body, ref pos, singleQuotedEscapes: true));
            }
            else
            {
                suite.NotRead.Add($"{name}: no fixture");
                continue;
            }

            foreach (Match flags in JsFlagList().Matches(body))
            {
                SetFlags(@case, flags.Groups["kind"].Value, flags.Groups["list"].Value);
            }

            foreach (Match flag in JsFlag().Matches(body))
            {
                SetFlag(@case.Fragment(Index(flag)), flag.Groups["kind"].Value, flag.Groups["value"].Value == "true");
            }

            foreach (Match count in JsCount().Matches(body))
            {
                @case.FragmentCount = int.Parse(count.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            foreach (Match test in JsRegexTest().Matches(body))
            {
                var needle = new Needle(NeedleKind.Regex, test.Groups["re"].Value);
                var positive = test.Groups["value"].Value == "true";
                if (test.Groups["index"].Success)
                {
                    var facts = @case.Fragment(Index(test));
                    (positive ? facts.Has : facts.HasNot).Add(needle);
                }
                else
                {
                    @case.TextChecks.Add(new Check(positive ? CheckKind.Contains : CheckKind.NotContains, needle, "parseReply"));
                }
            }

            foreach (Match variable in JsRegexVariable().Matches(body))
            {
                var use = Regex.Match(body, variable.Groups["name"].Value + @"\.test\(fragments\[(?<index>\d+)\][^,]*, (?<value>true|false)\)", RegexOptions.None, TimeSpan.FromSeconds(1));
                if (use.Success)
                {
                    var facts = @case.Fragment(Index(use));
                    (use.Groups["value"].Value == "true" ? facts.Has : facts.HasNot).Add(new Needle(NeedleKind.Regex, variable.Groups["re"].Value));
                }
            }

            foreach (Match equal in JsEqual().Matches(body))
            {
                string text;
                if (equal.Groups["const"].Success)
                {
                    text = common;
                }
                else
                {
                    var pos = equal.Groups["lit"].Index;
                    text = SourceStrings.Read(body, ref pos, singleQuotedEscapes: true);
                }

                var needle = new Needle(NeedleKind.Exact, text);
                if (equal.Groups["index"].Success)
                {
                    @case.Fragment(Index(equal)).Has.Add(needle);
                }
                else
                {
                    @case.TextChecks.Add(new Check(CheckKind.Equals, needle, "visible text"));
                }
            }

            Add(suite, name, @case);
        }

        return suite;
    }

    private static int Index(Match match) => int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<UpstreamCase> PhpCases(string tests, string name, string body, string? providerValue, Dictionary<string, string> constants)
    {
        var loads = PhpLoad().Matches(body).ToList();
        for (var n = 0; n < loads.Count; n++)
        {
            var load = loads[n];
            var segment = body[load.Index..(n + 1 < loads.Count ? loads[n + 1].Index : body.Length)];
            var file = load.Groups["file"].Value;
            var input = File.ReadAllText(Path.Combine(tests, "..", "..", "Fixtures", file));
            var statement = body[(body.LastIndexOfAny([';', '{'], load.Index) + 1)..load.Index];
            var replace = PhpReplace().Match(statement);
            var label = $"{file} ({name})";
            if (replace.Success)
            {
                var from = replace.Groups["from"].Value;
                var to = replace.Groups["to"].Success ? replace.Groups["to"].Value : providerValue ?? "";
                input = input.Replace(from, to, StringComparison.Ordinal);
                label = $"{file} ({name}: {Compare.Shorten(to, 60)})";
            }

            var @case = new UpstreamCase(label, input);
            foreach (Match flag in PhpFlag().Matches(segment))
            {
                SetFlag(@case.Fragment(Index(flag)), flag.Groups["kind"].Value, flag.Groups["value"].Value == "True");
            }

            foreach (Match count in PhpCount().Matches(segment))
            {
                @case.FragmentCount = int.Parse(count.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            foreach (Match assert in PhpAssert().Matches(segment))
            {
                var verb = assert.Groups["verb"].Value;
                var pos = assert.Groups["arg"].Index;
                string text;
                if (segment.AsSpan(pos).StartsWith("static::", StringComparison.Ordinal))
                {
                    var constant = segment[(pos + 8)..].Split(',', 2)[0].Trim();
                    text = constants[constant];
                    pos += 8 + constant.Length;
                }
                else if (segment.AsSpan(pos).StartsWith("<<<", StringComparison.Ordinal))
                {
                    text = SourceStrings.ReadHeredoc(segment, ref pos).Replace("{$from}", providerValue ?? "", StringComparison.Ordinal);
                }
                else if (segment[pos] is '\'' or '"')
                {
                    text = SourceStrings.Read(segment, ref pos, singleQuotedEscapes: false);
                }
                else
                {
                    continue;
                }

                var target = PhpTarget().Match(segment, pos);
                if (!target.Success || segment.AsSpan(pos, target.Index - pos).Trim().Length > 1)
                {
                    continue;
                }

                var needle = verb switch
                {
                    "MatchesRegularExpression" => new Needle(NeedleKind.Regex, PhpPattern(text)),
                    "StringContainsString" or "StringNotContainsString" => new Needle(NeedleKind.Substring, text),
                    _ => new Needle(NeedleKind.Exact, text),
                };
                if (target.Groups["index"].Success)
                {
                    var facts = @case.Fragment(Index(target));
                    (verb == "StringNotContainsString" ? facts.HasNot : facts.Has).Add(needle);
                }
                else
                {
                    @case.TextChecks.Add(new Check(CheckKind.Equals, needle, "visible text"));
                }
            }

            yield return @case;
        }
    }

    private static string PhpPattern(string delimited)
    {
        var end = delimited.LastIndexOf(delimited[0]);
        return delimited[1..end];
    }

    private static List<string?> PhpProviderValues(string source, string provider)
    {
        var start = source.IndexOf($"function {provider}()", StringComparison.Ordinal);
        var end = source.IndexOf("\n    }", start, StringComparison.Ordinal);
        var values = new List<string?>();
        foreach (Match entry in PhpArrayEntry().Matches(source[start..end]))
        {
            var pos = entry.Groups["lit"].Index + start;
            values.Add(SourceStrings.Read(source, ref pos, singleQuotedEscapes: false));
        }

        return values;
    }

    private static IEnumerable<(string Name, string Body, string DocBlock)> PhpMethods(string source)
    {
        var matches = PhpMethod().Matches(source).ToList();
        for (var i = 0; i < matches.Count; i++)
        {
            var end = i + 1 < matches.Count ? matches[i + 1].Index : source.Length;
            var docStart = source.LastIndexOf('}', matches[i].Index);
            yield return (matches[i].Groups["name"].Value, source[matches[i].Index..end], source[Math.Max(0, docStart)..matches[i].Index]);
        }
    }

    /// <summary>The test methods of a source file: each from its start line to the next one.</summary>
    internal static IEnumerable<(string Name, string Body)> Sections(string source, Regex start)
    {
        var matches = start.Matches(source).ToList();
        for (var i = 0; i < matches.Count; i++)
        {
            var end = i + 1 < matches.Count ? matches[i + 1].Index : source.Length;
            yield return (matches[i].Groups["name"].Value, source[matches[i].Index..end]);
        }
    }

    private static void SetFlags(UpstreamCase @case, string kind, string list)
    {
        var values = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < values.Length; i++)
        {
            SetFlag(@case.Fragment(i), kind, values[i].Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        @case.FragmentCount ??= values.Length;
    }

    private static void SetFlag(FragmentFacts facts, string kind, bool value)
    {
        switch (kind.ToLowerInvariant())
        {
            case "quoted": facts.Quoted = value; break;
            case "hidden": facts.Hidden = value; break;
            case "signature": facts.Signature = value; break;
        }
    }

    private static void Add(UpstreamSuite suite, string name, UpstreamCase @case)
    {
        if (@case.Checks().Count == 0)
        {
            suite.NotRead.Add($"{name}: no expectation about the text ({(@case.NotCounted.Count > 0 ? string.Join(", ", @case.NotCounted.Distinct()) : "counts or timing only")})");
            return;
        }

        suite.Cases.Add(@case);
    }

    // Ruby (github): test methods, fixtures, flag lists, fragment assertions.
    [GeneratedRegex(@"^  def (?<name>test_\w+)", RegexOptions.Multiline, 1000)]
    private static partial Regex RubyMethod();

    [GeneratedRegex(@"(?:email\(?\s*[:""](?<name>\w+)""?|EMAIL_FIXTURE_PATH\.join\(""(?<name>[^""]+)""\))", RegexOptions.None, 1000)]
    private static partial Regex RubyFixture();

    [GeneratedRegex(@"non_ascii_body = (?<lit>"")", RegexOptions.None, 1000)]
    private static partial Regex RubyVariable();

    [GeneratedRegex(@"assert_equal \[(?<list>[^\]]*)\],\s*reply\.fragments\.map \{ \|f\| f\.(?<kind>quoted|hidden|signature)\? \}", RegexOptions.None, 1000)]
    private static partial Regex RubyFlags();

    [GeneratedRegex(@"assert_equal (?<n>\d+), reply\.fragments\.size", RegexOptions.None, 1000)]
    private static partial Regex RubyCount();

    [GeneratedRegex(@"(?<verb>assert_equal|assert_match)\(?\s*(?<arg>[/""n])", RegexOptions.None, 1000)]
    private static partial Regex RubyAssert();

    [GeneratedRegex(@",\s*(?:reply\.fragments\[(?<index>\d+)\]\.to_s|EmailReplyParser\.parse_reply\()", RegexOptions.None, 1000)]
    private static partial Regex RubyTarget();

    // PHP (willdurand).
    [GeneratedRegex(@"const (?<name>\w+) = (?<lit>')", RegexOptions.None, 1000)]
    private static partial Regex PhpConstant();

    [GeneratedRegex(@"public function (?<name>test\w+)\(", RegexOptions.None, 1000)]
    private static partial Regex PhpMethod();

    [GeneratedRegex(@"@dataProvider (?<name>\w+)", RegexOptions.None, 1000)]
    private static partial Regex PhpDataProvider();

    [GeneratedRegex(@"array\((?<lit>['""])", RegexOptions.None, 1000)]
    private static partial Regex PhpArrayEntry();

    [GeneratedRegex(@"getFixtures\('(?<file>[^']+)'\)", RegexOptions.None, 1000)]
    private static partial Regex PhpLoad();

    [GeneratedRegex(@"str_replace\('(?<from>[^']*)',\s*(?:'(?<to>[^']*)'|\$\w+),\s*\$this->$", RegexOptions.None, 1000)]
    private static partial Regex PhpReplace();

    [GeneratedRegex(@"assert(?<value>True|False)\(\$fragments\[(?<index>\d+)\]->is(?<kind>Quoted|Hidden|Signature)\(\)\)", RegexOptions.None, 1000)]
    private static partial Regex PhpFlag();

    [GeneratedRegex(@"assertCount\((?<n>\d+), \$(?:fragments|email->getFragments\(\))\)", RegexOptions.None, 1000)]
    private static partial Regex PhpCount();

    [GeneratedRegex(@"assert(?<verb>Equals|Same|MatchesRegularExpression|StringContainsString|StringNotContainsString)\(\s*(?<arg>\S)", RegexOptions.None, 1000)]
    private static partial Regex PhpAssert();

    [GeneratedRegex(@",\s*(?:(?:\(string\)\s*|trim\()?\$fragments\[(?<index>\d+)\](?:->getContent\(\))?|EmailReplyParser::parseReply\(\$body\)|\$email->getVisibleText\(\))", RegexOptions.None, 1000)]
    private static partial Regex PhpTarget();

    // Python (zapier).
    [GeneratedRegex(@"^    def (?<name>test_\w+)\(self\):", RegexOptions.Multiline, 1000)]
    private static partial Regex PythonMethod();

    [GeneratedRegex(@"(?:get_email\(['""](?<name>[^'""]+)['""]\)|open\('test/emails/(?<name>[^']+)'\))", RegexOptions.None, 1000)]
    private static partial Regex PythonFixture();

    [GeneratedRegex(@"\[(?<list>(?:True|False|,|\s)+)\],\s*\[(?:f|fragment)\.(?<kind>quoted|hidden|signature) for", RegexOptions.None, 1000)]
    private static partial Regex PythonFlags();

    [GeneratedRegex(@"assertEqual\((?<n>\d+), len\(message\.fragments\)\)", RegexOptions.None, 1000)]
    private static partial Regex PythonCount();

    [GeneratedRegex(@"assertTrue\(\s*(?<lit>['""])", RegexOptions.None, 1000)]
    private static partial Regex PythonContains();

    [GeneratedRegex(@"assertTrue\(re\.match\((?<lit>['""])", RegexOptions.None, 1000)]
    private static partial Regex PythonReMatch();

    [GeneratedRegex(@"\G\s*(?:not )?in (?:\w+\.fragments\[(?<index>\d+)\]\.content|\w+\.reply|EmailReplyParser\.parse_reply)|\G,\s*\w+\.fragments\[(?<index>\d+)\]\.content", RegexOptions.None, 1000)]
    private static partial Regex PythonTarget();

    [GeneratedRegex(@"assertEqual\((?:message\.reply\.strip\(\),\s*(?<lit>['""])|\s*(?<lit>['""])(?=(?:[^\n]|\n\s)*?,\s*EmailReplyParser\.parse_reply))", RegexOptions.None, 1000)]
    private static partial Regex PythonEqualsReply();

    // JavaScript (crisp).
    [GeneratedRegex(@"const COMMON_FIRST_FRAGMENT = (?<lit>')", RegexOptions.None, 1000)]
    private static partial Regex JsConstant();

    [GeneratedRegex(@"^export function (?<name>\w+)\(test\)", RegexOptions.Multiline, 1000)]
    private static partial Regex JsFunction();

    [GeneratedRegex(@"(?:get_email\(""(?<name>[^""]+)""\)|""/fixtures/(?<name>[^""]+?)(?<ext>\.txt)"")", RegexOptions.None, 1000)]
    private static partial Regex JsFixture();

    [GeneratedRegex(@"var emailContent = (?<lit>`)", RegexOptions.None, 1000)]
    private static partial Regex JsInlineMail();

    [GeneratedRegex(@"deepEqual\(\[(?<list>[^\]]*)\], _\.map\(reply\.fragments, function\(f\) \{ return f\.is(?<kind>Quoted|Hidden|Signature)\(\); \}\)\)", RegexOptions.None, 1000)]
    private static partial Regex JsFlagList();

    [GeneratedRegex(@"test\.equal\((?<value>true|false), fragments\[(?<index>\d+)\]\.is(?<kind>Quoted|Hidden|Signature)\(\)\)", RegexOptions.None, 1000)]
    private static partial Regex JsFlag();

    [GeneratedRegex(@"test\.equal\((?<n>\d+), (?:reply\.)?fragments\.length\)", RegexOptions.None, 1000)]
    private static partial Regex JsCount();

    [GeneratedRegex(@"test\.equal\((?<value>true|false),\s*/(?<re>(?:\\.|[^/\\\n])+)/[gim]*\.test\((?:(?:reply\.)?fragments\[(?<index>\d+)\](?:\.toString\(\))?(?:\.trim\(\))?|reply)\)", RegexOptions.None, 1000)]
    private static partial Regex JsRegexTest();

    [GeneratedRegex(@"const (?<name>\w+) = /(?<re>(?:\\.|[^/\\\n])+)/[gim]*;", RegexOptions.None, 1000)]
    private static partial Regex JsRegexVariable();

    [GeneratedRegex(@"test\.equal\((?:(?<const>COMMON_FIRST_FRAGMENT)|(?<lit>[""'`]))(?:[^\n]*?), (?:(?:reply\.)?fragments\[(?<index>\d+)\](?:\.toString\(\))?(?:\.trim\(\))?|reply|text|email\.getVisibleText\(\)(?:\.trim\(\))?)\)", RegexOptions.None, 1000)]
    private static partial Regex JsEqual();
}
