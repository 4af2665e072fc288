using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookClientCare.GraphSandbox.Data;

namespace OutlookClientCare.GraphSandbox.Routing;

/// <summary>
/// The $filter subset our product sends: comparisons (eq, ne, gt, ge, lt, le) on a property path joined by
/// "and", "singleValueExtendedProperties/Any(ep: ep/id eq '...' and ep/value eq '...')" over a collection of
/// objects, and "proxyAddresses/any(x: x eq 'smtp:...')" over a collection of strings. Anything else is
/// refused with 400, as Graph refuses filters it cannot run.
/// </summary>
internal sealed class ODataFilter
{
    private readonly Node _root;

    private ODataFilter(Node root, IReadOnlySet<string> properties)
    {
        _root = root;
        Properties = properties;
    }

    /// <summary>Top-level properties the filter compares (e.g. "conversationId"), for Graph's InefficientFilter rule.</summary>
    public IReadOnlySet<string> Properties { get; }

    public bool Matches(JsonObject item) => _root.Evaluate(item);

    /// <summary>Whether the filter looks into the collection <paramref name="property"/> with any() (e.g. "proxyAddresses").</summary>
    public bool LooksInto(string property) => _root.LooksInto(property);

    public static ODataFilter? Parse(string text, out string error)
    {
        var properties = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var parser = new Parser(Tokenize(text), properties);
        try
        {
            var root = parser.ParseAnd();
            parser.ExpectEnd();
            error = "";
            return new ODataFilter(root, properties);
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '\'')
            {
                var literal = new StringBuilder("'");
                i++;
                while (i < text.Length)
                {
                    if (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        literal.Append('\'');
                        i += 2;
                    }
                    else if (text[i] == '\'')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        literal.Append(text[i++]);
                    }
                }

                tokens.Add(literal.ToString());
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or ',' or '\''))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
        }

        return tokens;
    }

    private abstract class Node
    {
        /// <summary>An object of the collection, or (inside any() over strings) one string of it.</summary>
        public abstract bool Evaluate(JsonNode? item);

        public virtual bool LooksInto(string property) => false;
    }

    private sealed class And(List<Node> parts) : Node
    {
        public override bool Evaluate(JsonNode? item) => parts.TrueForAll(p => p.Evaluate(item));

        public override bool LooksInto(string property) => parts.Exists(p => p.LooksInto(property));
    }

    private sealed class Any(string collection, Node condition) : Node
    {
        public override bool Evaluate(JsonNode? item) =>
            item is JsonObject owner && owner[collection] is JsonArray array && array.Any(condition.Evaluate);

        public override bool LooksInto(string property) => string.Equals(collection, property, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A comparison of the value at <paramref name="path"/> (empty: the item itself, a string of a collection).</summary>
    private sealed class Compare(string[] path, string op, string literal) : Node
    {
        public override bool Evaluate(JsonNode? item)
        {
            JsonNode? node = item;
            foreach (var segment in path)
            {
                node = node is JsonObject obj ? obj[segment] : null;
            }

            var order = CompareTo(node, literal);
            return op switch
            {
                "eq" => order == 0,
                "ne" => order != 0,
                "gt" => order > 0,
                "ge" => order >= 0,
                "lt" => order is < 0 and not int.MinValue,
                "le" => order is <= 0 and not int.MinValue,
                _ => false,
            };
        }

        /// <summary>Sign of value-minus-literal; int.MinValue when they cannot be compared.</summary>
        private static int CompareTo(JsonNode? node, string literal)
        {
            if (literal == "null")
            {
                return node is null ? 0 : 1;
            }

            if (node is not JsonValue value)
            {
                return int.MinValue;
            }

            if (literal.StartsWith('\''))
            {
                return value.GetValueKind() == JsonValueKind.String
                    ? Math.Sign(string.Compare(JsonRead.Text(value), literal[1..], StringComparison.OrdinalIgnoreCase))
                    : int.MinValue;
            }

            if (bool.TryParse(literal, out var flag))
            {
                return value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? ((bool)value == flag ? 0 : 1) : int.MinValue;
            }

            if (GraphTime.TryParseInstant(literal, out var instant) && literal.Contains('-', StringComparison.Ordinal))
            {
                return GraphTime.TryParseInstant(JsonRead.Text(value), out var actual) ? actual.CompareTo(instant) : int.MinValue;
            }

            if (double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && value.GetValueKind() == JsonValueKind.Number)
            {
                return ((double)value).CompareTo(number);
            }

            return int.MinValue;
        }
    }

    private sealed class Parser(List<string> tokens, HashSet<string> properties)
    {
        private static readonly string[] Operators = ["eq", "ne", "gt", "ge", "lt", "le"];
        private const int MaxDepth = 16;
        private int _position;
        private int _depth;
        private string? _lambdaVariable;

        public Node ParseAnd()
        {
            var parts = new List<Node> { ParseTerm() };
            while (Peek() is { } next && next.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                _position++;
                parts.Add(ParseTerm());
            }

            if (Peek() is { } other && other.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException("'or' is not supported by the sandbox.");
            }

            return parts.Count == 1 ? parts[0] : new And(parts);
        }

        public void ExpectEnd()
        {
            if (_position != tokens.Count)
            {
                throw new FormatException($"unexpected '{tokens[_position]}'.");
            }
        }

        private Node ParseTerm()
        {
            var token = Next();
            if (token == "(")
            {
                if (++_depth > MaxDepth)
                {
                    throw new FormatException("parentheses nest too deeply.");
                }

                var inner = ParseAnd();
                Expect(")");
                _depth--;
                return inner;
            }

            var anyAt = token.IndexOf("/any", StringComparison.OrdinalIgnoreCase);
            if (anyAt > 0 && token.Length == anyAt + 4 && _lambdaVariable is null)
            {
                return ParseAny(token[..anyAt]);
            }

            if (token.StartsWith('\'') || token is "(" or ")" or ",")
            {
                throw new FormatException($"a property was expected, not '{token}'.");
            }

            var op = Next().ToLowerInvariant();
            if (!Operators.Contains(op))
            {
                throw new FormatException($"unsupported operator '{op}'.");
            }

            var literal = Next();
            var path = token.Split('/');
            if (_lambdaVariable is not null && path is [var itself] && itself == _lambdaVariable)
            {
                path = [];
            }
            else if (_lambdaVariable is not null)
            {
                if (path.Length < 2 || path[0] != _lambdaVariable)
                {
                    throw new FormatException($"'{token}' does not use the lambda variable '{_lambdaVariable}'.");
                }

                path = path[1..];
            }
            else
            {
                properties.Add(path[0]);
            }

            return new Compare(path, op, literal);
        }

        private Any ParseAny(string collection)
        {
            Expect("(");
            var head = Next();
            var colon = head.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new FormatException("a lambda 'x: ...' was expected after any(.");
            }

            _lambdaVariable = head[..colon];
            if (colon + 1 < head.Length)
            {
                tokens.Insert(_position, head[(colon + 1)..]);
            }

            var condition = ParseAnd();
            Expect(")");
            _lambdaVariable = null;
            properties.Add(collection);
            return new Any(collection, condition);
        }

        private string? Peek() => _position < tokens.Count ? tokens[_position] : null;

        private string Next() =>
            _position < tokens.Count ? tokens[_position++] : throw new FormatException("the filter ends too early.");

        private void Expect(string token)
        {
            if (Next() != token)
            {
                throw new FormatException($"'{token}' was expected.");
            }
        }
    }
}
