using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace OutlookClientCare.LoadHarness;

/// <summary>
/// What the runtime did during a measured stretch (the whole process: server, sandbox and load
/// generator): CPU time, garbage collections and their pauses, bytes allocated. Says where a figure's
/// time went when it is CPU or GC, not Graph's latency.
/// </summary>
public sealed class RuntimeFigures
{
    private readonly TimeSpan _cpu;
    private readonly TimeSpan _paused;
    private readonly long _allocated;
    private readonly int[] _collections;
    private readonly long _started;

    private RuntimeFigures()
    {
        using var self = Process.GetCurrentProcess();
        _cpu = self.TotalProcessorTime;
        _paused = GC.GetTotalPauseDuration();
        _allocated = GC.GetTotalAllocatedBytes();
        _collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        _started = Stopwatch.GetTimestamp();
    }

    public static RuntimeFigures Start() => new();

    public string Describe()
    {
        using var self = Process.GetCurrentProcess();
        var wall = Stopwatch.GetElapsedTime(_started);
        var cpu = self.TotalProcessorTime - _cpu;
        return string.Create(CultureInfo.InvariantCulture,
            $"    runtime: CPU {cpu.TotalSeconds:0.0} s in {wall.TotalSeconds:0.0} s ({cpu / wall:0.00} of {Environment.ProcessorCount} cores), " +
            $"GC {GC.CollectionCount(0) - _collections[0]}/{GC.CollectionCount(1) - _collections[1]}/{GC.CollectionCount(2) - _collections[2]} (gen0/1/2), " +
            $"paused {(GC.GetTotalPauseDuration() - _paused).TotalSeconds:0.00} s, allocated {(GC.GetTotalAllocatedBytes() - _allocated) / 1e9:0.0} GB, " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, {ThreadPool.ThreadCount} pool threads");
    }
}
