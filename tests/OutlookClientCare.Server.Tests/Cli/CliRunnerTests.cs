using OutlookClientCare.Server.Cli;

namespace OutlookClientCare.Server.Tests.Cli;

public sealed class CliRunnerTests
{
    [Fact]
    public async Task UnknownVerbExitsWithTwoAndListsTheVerbs()
    {
        var (code, stdout, stderr) = await RunAsync("frobnicate");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("Unknown verb. Verbs:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsAreReadByName()
    {
        var args = new CliArgs("plan", ["--from", "2026-12-01", "--days", "10", "--dry"]);

        Assert.Equal(new DateOnly(2026, 12, 1), args.OptionalDate("from"));
        Assert.Equal(10, args.OptionalInt("days", 1, 366));
        Assert.True(args.Has("dry"));
        Assert.Null(args.Optional("ics"));
    }

    [Theory]
    [InlineData(new[] { "--days", "ten" }, "--days must be a whole number from 1 to 366, not 'ten'.")]
    [InlineData(new[] { "--days", "0" }, "--days must be a whole number from 1 to 366, not '0'.")]
    [InlineData(new[] { "--from", "1.12.2026" }, "--from must be a date written YYYY-MM-DD, not '1.12.2026'.")]
    [InlineData(new[] { "--zone", "Mars/Olympus" }, "--zone: unknown time zone 'Mars/Olympus'")]
    [InlineData(new[] { "--input", "/no/such/file.json" }, "--input: file not found: /no/such/file.json")]
    [InlineData(new[] { "--days", "1", "--days", "2" }, "--days is given twice.")]
    [InlineData(new[] { "stray" }, "unexpected argument 'stray'")]
    public void BadOptionsNameTheOptionInTheError(string[] options, string expected)
    {
        var error = Assert.Throws<CliUsageException>(() =>
        {
            var args = new CliArgs("plan", options);
            args.OptionalInt("days", 1, 366);
            args.OptionalDate("from");
            args.OptionalTimeZone("zone");
            args.OptionalFile("input");
        });

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("plan: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOptionsAreRefusedNotIgnored()
    {
        var args = new CliArgs("analyze", ["--input", "a.json", "--mee", "x@example.com"]);

        var error = Assert.Throws<CliUsageException>(() => args.AllowOnly("input", "me", "now", "time-zone"));

        Assert.Contains("unknown option --mee", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("America/New_York")]
    public void TimeZonesAreAcceptedAsIanaOrWindowsIds(string id)
    {
        var args = new CliArgs("analyze", ["--time-zone", id]);

        Assert.NotNull(args.OptionalTimeZone("time-zone"));
    }

    internal static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliRunner.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
