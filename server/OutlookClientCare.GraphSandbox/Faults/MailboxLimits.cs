using System.Collections.Concurrent;

namespace OutlookClientCare.GraphSandbox.Faults;

/// <summary>
/// Outlook's limits per app and mailbox, as Microsoft Graph enforces them: at most
/// <see cref="MaxConcurrent"/> requests to one mailbox at once and <see cref="MaxPerWindow"/> in
/// any <see cref="Window"/>; past either, 429 with Retry-After. Every step of a $batch counts on
/// its own. Off unless <see cref="Enabled"/>: unit tests that are not about throttling stay
/// deterministic; demo mode and the load harness switch them on.
/// </summary>
public sealed class MailboxLimits
{
    private const int Buckets = 10;

    private readonly ConcurrentDictionary<string, Mailbox> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    private long _overConcurrency;
    private long _overRate;

    public bool Enabled { get; set; }

    public int MaxConcurrent { get; set; } = 4;

    public int MaxPerWindow { get; set; } = 10_000;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>429s answered because a mailbox already had <see cref="MaxConcurrent"/> requests in flight.</summary>
    public long ThrottledForConcurrency => Interlocked.Read(ref _overConcurrency);

    /// <summary>429s answered because a mailbox had used up <see cref="MaxPerWindow"/>.</summary>
    public long ThrottledForRate => Interlocked.Read(ref _overRate);

    /// <summary>Forgets every mailbox's usage and the 429 tallies.</summary>
    public void Reset()
    {
        _mailboxes.Clear();
        Interlocked.Exchange(ref _overConcurrency, 0);
        Interlocked.Exchange(ref _overRate, 0);
    }

    /// <summary>
    /// Admits one request to <paramref name="mailbox"/> (dispose the slot when it is answered), or
    /// says how long to wait. Requests refused with 429 do not count against the window.
    /// </summary>
    internal bool TryEnter(string mailbox, DateTimeOffset now, out IDisposable? slot, out int retryAfterSeconds)
    {
        slot = null;
        retryAfterSeconds = 0;
        if (!Enabled)
        {
            return true;
        }

        var state = _mailboxes.GetOrAdd(mailbox, _ => new Mailbox());
        var bucketLength = Window / Buckets;
        var bucket = now.UtcTicks / bucketLength.Ticks;
        lock (state)
        {
            if (state.InFlight >= MaxConcurrent)
            {
                Interlocked.Increment(ref _overConcurrency);
                retryAfterSeconds = 1;
                return false;
            }

            var used = 0L;
            long oldestUsed = bucket;
            for (var i = 0; i < Buckets; i++)
            {
                if (state.BucketIds[i] > bucket - Buckets && state.Counts[i] > 0)
                {
                    used += state.Counts[i];
                    oldestUsed = Math.Min(oldestUsed, state.BucketIds[i]);
                }
            }

            if (used >= MaxPerWindow)
            {
                Interlocked.Increment(ref _overRate);
                var freeAt = new DateTimeOffset((oldestUsed + Buckets) * bucketLength.Ticks, TimeSpan.Zero);
                retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((freeAt - now).TotalSeconds));
                return false;
            }

            var index = (int)(bucket % Buckets);
            if (state.BucketIds[index] != bucket)
            {
                state.BucketIds[index] = bucket;
                state.Counts[index] = 0;
            }

            state.Counts[index]++;
            state.InFlight++;
        }

        slot = new Slot(state);
        return true;
    }

    /// <summary>One mailbox's requests in flight, and its requests per tenth of the window (a sliding window of ten buckets).</summary>
    private sealed class Mailbox
    {
        public int InFlight { get; set; }

        public long[] BucketIds { get; } = new long[Buckets];

        public long[] Counts { get; } = new long[Buckets];
    }

    private sealed class Slot(Mailbox state) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                lock (state)
                {
                    state.InFlight--;
                }
            }
        }
    }
}
