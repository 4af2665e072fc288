using System.Globalization;
using System.Text.RegularExpressions;
using OutlookClientCare.Core.Threads;

namespace OutlookClientCare.Core.Tests.Threads.ReplyFixtures;

/// <summary>
/// Reads the Python tests of mail-parser-reply (latest reply and its parts), quotequail (the
/// new part above a reply or forward) and talon (inline <c>extract_from_plain/html</c> cases).
/// </summary>
internal static partial class PythonTestReader
{
    /// <summary>alfonsrv/mail-parser-reply: <c>mail.replies[0]</c> is the new text, later replies are history.</summary>
    public static UpstreamSuite MailParserReply(string root)
    {
        var suite = new UpstreamSuite("alfonsrv mail-parser-reply", [], []);
        foreach (var file in Directory.GetFiles(Path.Combine(root, "test"), "test_*.py").Order(StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file);
            foreach (var (name, body) in FragmentTestReader.Sections(source, UnittestMethod()))
            {
                var fixture = Fixture().Match(body);
                if (!fixture.Success || body.Contains("parse=False", StringComparison.Ordinal))
                {
                    suite.NotRead.Add($"{name}: no parsed fixture (builds the upstream parser with its own options)");
                    continue;
                }

                var mail = fixture.Groups["name"].Value + ".txt";
                var @case = new UpstreamCase($"{mail} ({name})", File.ReadAllText(Path.Combine(root, "test", "emails", mail)));
                var claims = new List<(string Text, string Op, int Reply, string Part)>();
                foreach (Match assert in ReplyAssert().Matches(body))
                {
                    var pos = assert.Groups["lit"].Index;
                    var text = (string)PythonExpression.Parse(body, ref pos)!;
                    var target = ReplyTarget().Match(body, pos);
                    if (target.Success)
                    {
                        var op = assert.Groups["verb"].Value switch
                        {
                            "In" => "in",
                            "NotIn" => "not in",
                            _ => target.Groups["op"].Value,
                        };
                        claims.Add((text, op, int.Parse(target.Groups["i"].Value, CultureInfo.InvariantCulture), target.Groups["part"].Value));
                    }
                }

                foreach (Match starts in SignatureStartsWith().Matches(body))
                {
                    @case.NotCounted.Add($"reply {starts.Groups["i"].Value} signature starts with a given text");
                }

                var signatureTexts = claims.Where(c => c.Part == "signatures" && c.Op != "not in").Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
                foreach (var (text, op, reply, part) in claims)
                {
                    var origin = $"replies[{reply}].{part} {op}";
                    if (reply == 0)
                    {
                        if (part == "signatures" || signatureTexts.Contains(text))
                        {
                            @case.NotCounted.Add($"{origin} \"{Compare.Shorten(text, 40)}\" (signature)");
                        }
                        else if (part is "body" or "content")
                        {
                            var kind = op switch { "==" => CheckKind.Equals, "in" => CheckKind.Contains, _ => CheckKind.NotContains };
                            @case.TextChecks.Add(new Check(kind, new Needle(kind == CheckKind.Equals ? NeedleKind.Exact : NeedleKind.Substring, text), origin));
                        }

                        continue;
                    }

                    if (op == "not in")
                    {
                        continue;
                    }

                    var needles = op == "=="
                        ? text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 3).Select(l => new Needle(NeedleKind.Substring, l))
                        : [new Needle(NeedleKind.Substring, text)];
                    @case.TextChecks.AddRange(needles.Where(n => n.CountIn(@case.Input) == 1).Select(n => new Check(CheckKind.NotContains, n, $"history: {origin}")));
                }

                if (@case.Checks().Count == 0)
                {
                    suite.NotRead.Add($"{name}: no expectation about the new text ({(@case.NotCounted.Count > 0 ? string.Join(", ", @case.NotCounted) : "counts only")})");
                    continue;
                }

                suite.Cases.Add(@case);
            }
        }

        return suite;
    }

    /// <summary>closeio/quotequail: the part above the quote (<c>quote_intro_line=True</c>) and unwrap's text_top/html_top.</summary>
    public static UpstreamSuite Quotequail(string root)
    {
        var suite = new UpstreamSuite("closeio quotequail", [], []);
        var tests = Path.Combine(root, "tests");
        string ReadFile(string name) => File.ReadAllText(Path.Combine(tests, "files", name));
        foreach (var file in Directory.GetFiles(tests, "test_*.py").Order(StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file);
            var testFile = Path.GetFileNameWithoutExtension(file);
            foreach (Match parametrize in Parametrize().Matches(source))
            {
                var pos = parametrize.Index + parametrize.Length - 1;
                var call = PythonExpression.Arguments(source, "parametrize", ref pos);
                var function = FunctionAfter().Match(source, pos).Groups["name"].Value;
                var rows = (List<object?>)call.Arguments[1]!;
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = (List<object?>)rows[r]!;
                    var label = $"{testFile}.{function}[{r}]";
                    var (input, format, expected) = function switch
                    {
                        "test_quote" => ((string)row[0]!, BodyFormat.Text, IntroTop(row[2])),
                        "test_quote_html" => ((string)row[0]!, BodyFormat.Html, IntroTop(row[2])),
                        "test_unwrap" => ((string)row[0]!, BodyFormat.Text, Top(row[1], "text_top")),
                        "test_unwrap_html_simple" => ((string)row[0]!, BodyFormat.Html, Top(row[1], "html_top")),
                        "test_unwrap_html_file" => (ReadFile((string)row[0]!), BodyFormat.Html, Top(row[1], "html_top")),
                        _ => ("", BodyFormat.Text, (string?)null),
                    };
                    AddTop(suite, label, input, format, expected);
                }
            }

            foreach (var (name, body) in FragmentTestReader.Sections(source, TopLevelFunction()))
            {
                if (!name.StartsWith("test_", StringComparison.Ordinal) || Parametrized(source, name))
                {
                    continue;
                }

                var data = DataFile().Match(body);
                var label = $"{testFile}.{name}";
                var unwrapTop = HtmlTopFile().Match(body);
                if (data.Success && unwrapTop.Success)
                {
                    AddTop(suite, label, ReadFile(data.Groups["file"].Value), BodyFormat.Html, ReadFile(unwrapTop.Groups["file"].Value));
                    continue;
                }

                if (data.Success && body.Contains("\"html_top\" not in result", StringComparison.Ordinal))
                {
                    AddTop(suite, label, ReadFile(data.Groups["file"].Value), BodyFormat.Html, "");
                    continue;
                }

                var assertCall = AssertCall().Match(body);
                if (!assertCall.Success)
                {
                    suite.NotRead.Add($"{label}: no split of a mail");
                    continue;
                }

                var pos = assertCall.Index + assertCall.Length - 1;
                var call = PythonExpression.Arguments(body, assertCall.Groups["fn"].Value, ref pos);
                var equals = body.IndexOf("==", pos, StringComparison.Ordinal) + 2;
                var expectedValue = PythonExpression.Parse(body, ref equals);
                var input = call.Arguments[0] switch
                {
                    string literal => literal,
                    PythonCall { Name: "data" } when data.Success => ReadFile(data.Groups["file"].Value),
                    _ => null,
                };
                var html = assertCall.Groups["fn"].Value.EndsWith("_html", StringComparison.Ordinal);
                string? expected = assertCall.Groups["fn"].Value switch
                {
                    "unwrap_html" or "unwrap" => Top(expectedValue, html ? "html_top" : "text_top"),
                    _ when call.Keywords.Count == 0 => SingleNewPart(expectedValue),
                    _ when call.Keywords.TryGetValue("quote_intro_line", out var intro) && intro is true && call.Keywords.Count == 1 => IntroTop(expectedValue),
                    _ => null,
                };
                if (input is null || expected is null)
                {
                    suite.NotRead.Add($"{label}: the expected split needs an upstream option (limit) or keeps the intro line in the new part");
                    continue;
                }

                AddTop(suite, label, input, html ? BodyFormat.Html : BodyFormat.Text, expected);
            }
        }

        return suite;
    }

    /// <summary>talon's inline cases: <c>eq_(expected, quotations.extract_from_plain|html(mail))</c>.</summary>
    public static UpstreamSuite TalonInline(string root)
    {
        var suite = new UpstreamSuite("talon inline cases", [], []);
        foreach (var fileName in new[] { "text_quotations_test.py", "html_quotations_test.py" })
        {
            var source = File.ReadAllText(Path.Combine(root, "tests", fileName));
            foreach (var (name, body) in FragmentTestReader.Sections(source, TopLevelFunction()))
            {
                if (!name.StartsWith("test_", StringComparison.Ordinal))
                {
                    continue;
                }

                var label = $"{Path.GetFileNameWithoutExtension(fileName)}.{name}";
                var at = source.IndexOf("def " + name + "(", StringComparison.Ordinal);
                if (at > 0 && source[..at].TrimEnd().EndsWith(')') && source[..at].TrimEnd().Split('\n')[^1].StartsWith('@'))
                {
                    suite.NotRead.Add($"{label}: changes the upstream's settings");
                    continue;
                }

                // Assignments in order: a test may reuse msg_body for several cases.
                var assignments = new List<(int At, string Name, object? Value)>();
                foreach (Match assignment in Assignment().Matches(body))
                {
                    var pos = assignment.Groups["value"].Index;
                    object? value;
                    try
                    {
                        value = PythonExpression.Parse(body, ref pos);
                    }
                    catch (FormatException)
                    {
                        value = null;
                    }

                    assignments.Add((assignment.Index, assignment.Groups["name"].Value, value));
                }

                var read = 0;
                var eqIndex = 0;
                foreach (Match eq in EqCall().Matches(body))
                {
                    var pos = eq.Index + eq.Length - 1;
                    PythonCall call;
                    try
                    {
                        call = PythonExpression.Arguments(body, "eq_", ref pos);
                    }
                    catch (FormatException)
                    {
                        continue;
                    }

                    if (call.Arguments.Count < 2 || Extracted(call.Arguments[1]) is not { } extracted)
                    {
                        continue;
                    }

                    var variables = assignments.Where(a => a.At < eq.Index).GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
                    var input = Resolve(extracted.Argument, variables);
                    var expected = Resolve(Unwrapped(call.Arguments[0]), variables);
                    if (input is null || expected is null)
                    {
                        continue;
                    }

                    var format = extracted.Html ? BodyFormat.Html : BodyFormat.Text;
                    var expectedText = extracted.Html ? HtmlText.ToText(expected) : expected;
                    var @case = new UpstreamCase($"{label}[{eqIndex++}]", input, format) { KeepSignature = true };
                    @case.TextChecks.Add(new Check(CheckKind.Equals, new Needle(NeedleKind.Exact, expectedText), "extract_from_" + (extracted.Html ? "html" : "plain")));
                    suite.Cases.Add(@case);
                    read++;
                }

                if (read == 0)
                {
                    suite.NotRead.Add($"{label}: no literal extract_from_plain/html case (helpers, formatting or internals)");
                }
            }
        }

        return suite;
    }

    /// <summary>A parametrized test's table is read above; only its own decorator counts.</summary>
    private static bool Parametrized(string source, string name)
    {
        var at = source.IndexOf("def " + name + "(", StringComparison.Ordinal);
        var previousDef = source.LastIndexOf("\ndef ", at - 1, StringComparison.Ordinal);
        return source.AsSpan(previousDef < 0 ? 0 : previousDef, at - (previousDef < 0 ? 0 : previousDef)).Contains("@pytest.mark.parametrize", StringComparison.Ordinal);
    }

    private static (object? Argument, bool Html)? Extracted(object? actual)
    {
        actual = Unwrapped(actual);
        return actual is PythonCall { Name: "quotations.extract_from_plain" or "quotations.extract_from_html", Arguments.Count: 1 } call && call.Keywords.Count == 0
            ? (call.Arguments[0], call.Name.EndsWith("html", StringComparison.Ordinal))
            : null;
    }

    /// <summary><c>RE_WHITESPACE.sub('', x)</c> compares without white space; our comparison ignores white space anyway.</summary>
    private static object? Unwrapped(object? value) =>
        value is PythonCall { Name: "RE_WHITESPACE.sub", Arguments: [string, var inner] } ? inner : value;

    private static string? Resolve(object? value, Dictionary<string, object?> variables) => value switch
    {
        string text => text,
        PythonCall { Arguments.Count: 0, Keywords.Count: 0 } name when variables.TryGetValue(name.Name, out var bound) => bound as string,
        _ => null,
    };

    private static void AddTop(UpstreamSuite suite, string label, string input, BodyFormat format, string? expected)
    {
        if (expected is null)
        {
            suite.NotRead.Add($"{label}: upstream finds no quote to split off");
            return;
        }

        // quotequail splits off quotes only; signatures and mobile footers stay in its top part.
        // Both sides go through our signature removal, so only the quote split is compared.
        var text = format == BodyFormat.Html ? HtmlText.ToText(expected) : expected;
        var @case = new UpstreamCase(label, input, format);
        @case.TextChecks.Add(new Check(CheckKind.Equals, new Needle(NeedleKind.Exact, QuoteStripper.StripSignature(text)), "new part above the quote"));
        suite.Cases.Add(@case);
    }

    /// <summary>The (True, text) part of a quote_intro_line=True result: what precedes the intro line.</summary>
    private static string? IntroTop(object? result) =>
        result is List<object?> parts && parts.Count > 0 && parts[0] is List<object?> { Count: 2 } first && first[0] is true ? first[1] as string : null;

    /// <summary>A result of one single (True, text) part: no quote found, the whole mail is new.</summary>
    private static string? SingleNewPart(object? result) =>
        result is List<object?> { Count: 1 } parts && parts[0] is List<object?> { Count: 2 } only && only[0] is true ? only[1] as string : null;

    /// <summary>
    /// unwrap's new text: text_top/html_top above the quote and text_bottom/html_bottom below it
    /// (a reply written under a quote is new text too).
    /// </summary>
    private static string? Top(object? unwrapped, string key)
    {
        if (unwrapped is not Dictionary<string, object?> dict)
        {
            return null;
        }

        var top = dict.GetValueOrDefault(key) as string ?? "";
        var bottom = dict.GetValueOrDefault(key.Replace("_top", "_bottom", StringComparison.Ordinal)) as string;
        return bottom is null ? top : top + (key.StartsWith("html", StringComparison.Ordinal) ? "<br><br>" : "\n\n") + bottom;
    }

    [GeneratedRegex(@"^    def (?<name>test_\w+)\(self\):", RegexOptions.Multiline, 1000)]
    private static partial Regex UnittestMethod();

    [GeneratedRegex(@"^def (?<name>\w+)\(", RegexOptions.Multiline, 1000)]
    private static partial Regex TopLevelFunction();

    [GeneratedRegex(@"get_email\('(?<name>[^']+)'", RegexOptions.None, 1000)]
    private static partial Regex Fixture();

    [GeneratedRegex(@"assert(?<verb>True|In|NotIn)\(\s*(?<lit>['""])", RegexOptions.None, 1000)]
    private static partial Regex ReplyAssert();

    [GeneratedRegex(@"\G\s*(?<op>not in|in|==|,)\s*mail\.replies\[(?<i>\d+)\]\.(?<part>body|content|signatures|headers)\b", RegexOptions.None, 1000)]
    private static partial Regex ReplyTarget();

    [GeneratedRegex(@"mail\.replies\[(?<i>\d+)\]\.signatures\.\s*startswith", RegexOptions.None, 1000)]
    private static partial Regex SignatureStartsWith();

    [GeneratedRegex(@"@pytest\.mark\.parametrize\(", RegexOptions.None, 1000)]
    private static partial Regex Parametrize();

    [GeneratedRegex(@"def (?<name>\w+)\(", RegexOptions.None, 1000)]
    private static partial Regex FunctionAfter();

    [GeneratedRegex(@"data = read_file\(""(?<file>[^""]+)""\)", RegexOptions.None, 1000)]
    private static partial Regex DataFile();

    [GeneratedRegex(@"result\[""html_top""\] == read_file\(\s*""(?<file>[^""]+)""\s*\)", RegexOptions.None, 1000)]
    private static partial Regex HtmlTopFile();

    [GeneratedRegex(@"assert (?<fn>quote_html|quote|unwrap_html|unwrap)\(", RegexOptions.None, 1000)]
    private static partial Regex AssertCall();

    [GeneratedRegex(@"^    (?<name>\w+) = (?<value>\S)", RegexOptions.Multiline, 1000)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\beq_\(", RegexOptions.None, 1000)]
    private static partial Regex EqCall();
}
