using System.Globalization;

namespace OutlookClientCare.LoadHarness;

/// <summary>What a scenario measured and checked, printed as it goes; a failed check or a missed budget fails the run.</summary>
public sealed class Report(TextWriter output)
{
    public bool Passed { get; private set; } = true;

    public void Line(string text) => output.WriteLine(text);

    public void Figure(string what, TimeSpan took, TimeSpan budget, string details)
    {
        var within = took <= budget;
        Passed &= within;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {(within ? "OK  " : "OVER")} {what}: {took.TotalSeconds:0.0} s (budget {budget.TotalSeconds:0} s); {details}"));
    }

    public void Check(string what, bool holds, string details)
    {
        Passed &= holds;
        output.WriteLine($"  {(holds ? "OK  " : "FAIL")} {what}{(holds || details.Length == 0 ? "" : ": " + details)}");
    }
}
