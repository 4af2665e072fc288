using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OutlookClientCare.Benchmarks.Tests;

/// <summary>
/// Every benchmark runs once here (BenchmarkDotNet's Dry job, in process, the big ones at smoke
/// size), so one that no longer builds its setup or throws fails the test command instead of
/// rotting until someone measures. Timings are not asserted: that is what the benchmarks are for.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    public static TheoryData<string> Benchmarks() =>
        [.. typeof(BenchmarkScale).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Benchmarks))]
    public void EveryBenchmarkRunsOnceWithoutError(string benchmark)
    {
        BenchmarkScale.Smoke = true;
        var type = typeof(BenchmarkScale).Assembly.GetType(benchmark, throwOnError: true)!;
        var log = new AccumulationLogger();
        var dry = Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("smoke");
        var config = ManualConfig.CreateEmpty()
            .AddJob(dry)
            .AddLogger(log)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.DisableOptimizationsValidator)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "occ-benchmark-smoke"));

        // The classes' own [SimpleJob]/[ShortRunJob] attributes would add their jobs: keep every
        // benchmark case once, on the dry job only.
        var found = BenchmarkConverter.TypeToBenchmarks(type, config);
        var cases = found.BenchmarksCases
            .GroupBy(c => (c.Descriptor, Parameters: c.Parameters.DisplayInfo))
            .Select(g => BenchmarkCase.Create(g.Key.Descriptor, dry, g.First().Parameters, found.Config))
            .ToArray();
        var summary = BenchmarkRunner.Run(new BenchmarkRunInfo(cases, type, found.Config));

        Assert.False(summary.HasCriticalValidationErrors, string.Join("\n", summary.ValidationErrors.Select(e => e.Message)) + "\n" + log.GetLog());
        Assert.Equal(cases.Length, summary.Reports.Length);
        Assert.All(summary.Reports, r => Assert.True(r.Success && r.ExecuteResults.All(e => e.IsSuccess), $"{r.BenchmarkCase.DisplayInfo} failed:\n{log.GetLog()}"));
    }
}
