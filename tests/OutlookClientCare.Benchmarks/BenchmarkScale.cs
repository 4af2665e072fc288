namespace OutlookClientCare.Benchmarks;

/// <summary>
/// The test command runs every benchmark once, in process, to prove it still works; benchmarks
/// whose real size takes minutes shrink while <see cref="Smoke"/> is set. Timings are never asserted there.
/// </summary>
public static class BenchmarkScale
{
    public static bool Smoke { get; set; }
}
