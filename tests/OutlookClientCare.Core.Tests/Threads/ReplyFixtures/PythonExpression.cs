using System.Globalization;
using System.Text;

namespace OutlookClientCare.Core.Tests.Threads.ReplyFixtures;

/// <summary>A call or name in upstream Python test code, e.g. <c>read_file("x.html")</c>.</summary>
internal sealed record PythonCall(string Name, List<object?> Arguments, Dictionary<string, object?> Keywords);

/// <summary>
/// Reads the literal part of Python test code: strings (with prefixes, escapes and implicit
/// concatenation), numbers, True/False/None, tuples, lists, dicts and calls of names. Enough
/// for pytest parametrize tables and <c>assert f(...) == [...]</c>; anything else is a
/// <see cref="FormatException"/>, and the case is reported as not read.
/// </summary>
internal sealed class PythonExpression
{
    private readonly string _text;
    private int _pos;

    private PythonExpression(string text, int pos)
    {
        _text = text;
        _pos = pos;
    }

    /// <summary>Parses one expression at <paramref name="pos"/> and moves it past the expression.</summary>
    public static object? Parse(string text, ref int pos)
    {
        var parser = new PythonExpression(text, pos);
        var value = parser.Expression();
        pos = parser._pos;
        return value;
    }

    /// <summary>Parses the arguments of a call whose '(' is at <paramref name="pos"/>.</summary>
    public static PythonCall Arguments(string text, string name, ref int pos)
    {
        var parser = new PythonExpression(text, pos);
        parser.Expect('(');
        var call = parser.CallArguments(name);
        pos = parser._pos;
        return call;
    }

    private object? Expression()
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw new FormatException("Python expression ends early.");
        }

        var c = _text[_pos];
        object? value;
        if (c is '(')
        {
            _pos++;
            var items = Sequence(')', out var sawComma);
            value = items.Count == 1 && !sawComma ? items[0] : items;
        }
        else if (c is '[')
        {
            _pos++;
            value = Sequence(']', out _);
        }
        else if (c is '{')
        {
            _pos++;
            value = Dictionary();
        }
        else if (IsStringStart())
        {
            var builder = new StringBuilder();
            do
            {
                builder.Append(StringLiteral());
                SkipSpace();
            }
            while (_pos < _text.Length && IsStringStart());
            value = builder.ToString();
        }
        else if (char.IsDigit(c) || (c == '-' && _pos + 1 < _text.Length && char.IsDigit(_text[_pos + 1])))
        {
            var start = _pos++;
            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.'))
            {
                _pos++;
            }

            value = double.Parse(_text.AsSpan(start, _pos - start), CultureInfo.InvariantCulture);
        }
        else if (char.IsLetter(c) || c == '_')
        {
            var name = DottedName();
            value = name switch
            {
                "True" => true,
                "False" => false,
                "None" => null,
                _ => NameOrCall(name),
            };
        }
        else
        {
            throw new FormatException($"Unexpected '{c}' in a Python expression.");
        }

        SkipSpace();
        if (_pos < _text.Length && (_text[_pos] is '+' or '%' or '*' || (_text[_pos] == '.' && value is string)))
        {
            throw new FormatException("Python expression with an operator is not read.");
        }

        return value;
    }

    private PythonCall NameOrCall(string name)
    {
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == '(')
        {
            _pos++;
            return CallArguments(name);
        }

        return new PythonCall(name, [], []);
    }

    private PythonCall CallArguments(string name)
    {
        var call = new PythonCall(name, [], []);
        while (true)
        {
            SkipSpace();
            if (Peek(')'))
            {
                _pos++;
                return call;
            }

            var save = _pos;
            if (char.IsLetter(_text[_pos]) || _text[_pos] == '_')
            {
                var keyword = DottedName();
                SkipSpace();
                if (Peek('=') && !(_pos + 1 < _text.Length && _text[_pos + 1] == '='))
                {
                    _pos++;
                    call.Keywords[keyword] = Expression();
                    SkipComma(')');
                    continue;
                }

                _pos = save;
            }

            call.Arguments.Add(Expression());
            SkipComma(')');
        }
    }

    private List<object?> Sequence(char close, out bool sawComma)
    {
        var items = new List<object?>();
        sawComma = false;
        while (true)
        {
            SkipSpace();
            if (Peek(close))
            {
                _pos++;
                return items;
            }

            items.Add(Expression());
            sawComma |= SkipComma(close);
        }
    }

    private Dictionary<string, object?> Dictionary()
    {
        var items = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (true)
        {
            SkipSpace();
            if (Peek('}'))
            {
                _pos++;
                return items;
            }

            var key = Expression() as string ?? throw new FormatException("Only string keys are read.");
            SkipSpace();
            Expect(':');
            items[key] = Expression();
            SkipComma('}');
        }
    }

    private bool SkipComma(char close)
    {
        SkipSpace();
        if (Peek(','))
        {
            _pos++;
            return true;
        }

        return Peek(close) ? false : throw new FormatException($"Expected ',' or '{close}' at {_pos}.");
    }

    private string DottedName()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '.'))
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private bool IsStringStart()
    {
        var i = _pos;
        while (i < _text.Length && i - _pos < 2 && "rRbBuU".Contains(_text[i], StringComparison.Ordinal))
        {
            i++;
        }

        return i < _text.Length && _text[i] is '"' or '\'';
    }

    private string StringLiteral()
    {
        var raw = false;
        while (_text[_pos] is not ('"' or '\''))
        {
            raw |= _text[_pos] is 'r' or 'R';
            _pos++;
        }

        var quote = _text[_pos];
        var triple = _pos + 2 < _text.Length && _text[_pos + 1] == quote && _text[_pos + 2] == quote;
        _pos += triple ? 3 : 1;
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new FormatException("Unterminated Python string.");
            }

            var c = _text[_pos];
            if (c == quote && (!triple || (_pos + 2 < _text.Length && _text[_pos + 1] == quote && _text[_pos + 2] == quote)))
            {
                _pos += triple ? 3 : 1;
                return builder.ToString();
            }

            if (c == '\\' && _pos + 1 < _text.Length)
            {
                if (raw)
                {
                    builder.Append(c).Append(_text[_pos + 1]);
                    _pos += 2;
                    continue;
                }

                _pos = SourceStrings.AppendEscape(_text, _pos, builder);
                continue;
            }

            if (c == '\r' && _pos + 1 < _text.Length && _text[_pos + 1] == '\n')
            {
                _pos++;
                continue;
            }

            builder.Append(c);
            _pos++;
        }
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsWhiteSpace(c) || (c == '\\' && _pos + 1 < _text.Length && _text[_pos + 1] is '\n' or '\r'))
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private bool Peek(char c) => _pos < _text.Length && _text[_pos] == c;

    private void Expect(char c)
    {
        SkipSpace();
        if (!Peek(c))
        {
            throw new FormatException($"Expected '{c}' at {_pos}.");
        }

        _pos++;
    }
}
