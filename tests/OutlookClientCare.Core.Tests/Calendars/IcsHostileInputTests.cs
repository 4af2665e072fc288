using OutlookClientCare.Core.Calendars;

namespace OutlookClientCare.Core.Tests.Calendars;

/// <summary>Whatever arrives as a calendar file, the import returns events or an IcsFormatException, never anything else.</summary>
public class IcsHostileInputTests
{
    private static readonly DateTimeOffset From = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private const string Valid = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Europe/Berlin:20260302T100000\r\nDTEND;TZID=Europe/Berlin:20260302T110000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260501T000000Z\r\nEXDATE;TZID=Europe/Berlin:20260304T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    [Theory]
    [InlineData("DTSTART;TZID=Nowhere/Land:20260302T100000")]
    [InlineData("RRULE:FREQ=FOO")]
    [InlineData("RRULE:FREQ=DAILY;COUNT=-1")]
    [InlineData("RRULE:FREQ=DAILY;INTERVAL=0")]
    [InlineData("RRULE:FREQ=DAILY;UNTIL=garbage")]
    [InlineData("RRULE:FREQ=WEEKLY;BYDAY=99XX")]
    [InlineData("RRULE:FREQ=MONTHLY;BYMONTHDAY=40")]
    [InlineData("RRULE:FREQ=YEARLY;BYSETPOS=-1000;BYDAY=MO")]
    [InlineData("DURATION:garbage")]
    [InlineData("DURATION:P99999999W")]
    [InlineData("DTEND;TZID=Europe/Berlin:20260301T100000")]
    [InlineData("EXDATE;TZID=Nowhere/Land:20260304T100000")]
    [InlineData("RECURRENCE-ID;RANGE=THISANDFUTURE:20260304T090000Z")]
    [InlineData("STATUS:" + "\u0000\u0001\u0002")]
    [InlineData("X-MICROSOFT-CDO-BUSYSTATUS:")]
    [InlineData("BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nEND:VALARM")]
    public void A_strange_line_in_an_event_reads_or_fails_cleanly(string line)
    {
        var ics = Valid.Replace("END:VEVENT", line + "\r\nEND:VEVENT", StringComparison.Ordinal);

        ReadsOrFailsCleanly(ics);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Randomly_damaged_calendars_read_or_fail_cleanly(int seed)
    {
        var random = new Random(seed);
        var lines = Valid.Split("\r\n").ToList();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2 when lines[at].Length > 0:
                    var chars = lines[at].ToCharArray();
                    chars[random.Next(chars.Length)] = (char)random.Next(32, 127);
                    lines[at] = new string(chars);
                    break;
                case 3 when lines[at].Length > 0:
                    lines[at] = lines[at][..random.Next(lines[at].Length)];
                    break;
                default:
                    lines.Insert(at, " " + lines[at]);
                    break;
            }
        }

        ReadsOrFailsCleanly(string.Join("\r\n", lines));
    }

    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 300).Select(s => new object[] { s });

    [Fact]
    public void Binary_junk_and_a_huge_single_line_fail_cleanly()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);

        ReadsOrFailsCleanly(System.Text.Encoding.Latin1.GetString(junk));
        ReadsOrFailsCleanly("BEGIN:VCALENDAR\r\nX-JUNK:" + new string('x', 2_000_000) + "\r\nEND:VCALENDAR");
        Assert.Throws<IcsFormatException>(() => IcsImport.ReadBusy(new string('A', IcsPreCheck.MaxChars + 1), From, To));
    }

    private static void ReadsOrFailsCleanly(string ics)
    {
        try
        {
            var busy = IcsImport.ReadBusy(ics, From, To);
            Assert.All(busy, b => Assert.True(b.End >= b.Start));
        }
        catch (IcsFormatException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Reason));
        }
    }
}
