namespace OutlookClientCare.Core.TimeBlocks;

/// <summary>The block of one day and the operations that get the calendar there.</summary>
internal sealed class DayDecision(TimeBlockSettings settings, TimeZoneInfo zone)
{
    private const long TicksPerMinute = TimeSpan.TicksPerMinute;
    private readonly long _blockTicks = settings.Block.Minutes * TicksPerMinute;
    private readonly long _minTicks = settings.Block.MinMinutes * TicksPerMinute;
    private readonly long _breakTicks = settings.Block.BreakMinutes * TicksPerMinute;

    public PlannedBlock Decide(PlanDay day, List<ExistingBlock> existing, List<BlockOperation> ops)
    {
        if (existing.FirstOrDefault(b => b.DeletedByUser) is not null)
        {
            DeleteAll(existing.Where(b => !b.DeletedByUser), "duplicate block on the same day", ops);
            return None(day, "deleted by user");
        }

        if (existing.FirstOrDefault(b => b.MovedByUser && b.Start is not null && b.End is not null) is { } moved)
        {
            ops.Add(new BlockOperation(BlockOperationKind.Keep, day.Date, moved.Start!.Value, moved.End!.Value, moved.EventId, "moved by user"));
            DeleteAll(existing.Where(b => !ReferenceEquals(b, moved)), "duplicate block on the same day", ops);
            return Block(day, moved.Start.Value.UtcTicks, moved.End.Value.UtcTicks);
        }

        if (day.UnavailableReason is { } unavailable)
        {
            DeleteAll(existing, unavailable, ops);
            return None(day, unavailable);
        }

        var current = existing.FirstOrDefault(b => WhyInvalid(day, b) is null);
        if (current is not null)
        {
            ops.Add(new BlockOperation(BlockOperationKind.Keep, day.Date, current.Start!.Value, current.End!.Value, current.EventId, "still free"));
            DeleteAll(existing.Where(b => !ReferenceEquals(b, current)), "duplicate block on the same day", ops);
            return Block(day, current.Start.Value.UtcTicks, current.End.Value.UtcTicks);
        }

        var slot = FindSlot(day);
        var previous = existing.FirstOrDefault();
        if (slot is not { } found)
        {
            var reason = $"no free time of at least {settings.Block.MinMinutes} minutes";
            DeleteAll(existing, reason, ops);
            return None(day, reason);
        }

        var start = ZoneTime.ToLocal(found.Start, zone);
        var end = ZoneTime.ToLocal(found.End, zone);
        if (previous is null)
        {
            ops.Add(new BlockOperation(BlockOperationKind.Create, day.Date, start, end, null, "no block booked yet"));
        }
        else
        {
            ops.Add(new BlockOperation(BlockOperationKind.Move, day.Date, start, end, previous.EventId, WhyInvalid(day, previous)!));
            DeleteAll(existing.Skip(1), "duplicate block on the same day", ops);
        }

        return new PlannedBlock(day.Date, start, end, Classify(day, found.Start, found.End));
    }

    /// <summary>
    /// The window first (earliest start that fits); then the full-length slot nearest the window;
    /// then, on a fragmented day, the longest shorter slot of at least MinMinutes.
    /// </summary>
    private (long Start, long End)? FindSlot(PlanDay day)
    {
        var gaps = day.FreeGaps();
        foreach (var (gapStart, gapEnd) in gaps)
        {
            var start = Math.Max(gapStart, day.WindowStart);
            if (start + _blockTicks <= day.WindowEnd && start + _blockTicks + _breakTicks <= gapEnd)
            {
                return (start, start + _blockTicks);
            }
        }

        (long Start, long End)? best = null;
        var bestDistance = long.MaxValue;
        var bestLength = 0L;
        foreach (var (gapStart, gapEnd) in gaps)
        {
            var length = Math.Min(_blockTicks, gapEnd - gapStart - _breakTicks);
            if (length < _minTicks || length < bestLength)
            {
                continue;
            }

            var start = Math.Clamp(day.WindowStart, gapStart, gapEnd - length - _breakTicks);
            var distance = Math.Max(0, Math.Max(day.WindowStart - (start + length), start - day.WindowEnd));
            if (length > bestLength || distance < bestDistance)
            {
                best = (start, start + length);
                bestLength = length;
                bestDistance = distance;
            }
        }

        return best;
    }

    private string? WhyInvalid(PlanDay day, ExistingBlock block)
    {
        if (block.Start is not { } start || block.End is not { } end)
        {
            return "the booked block has no time";
        }

        var (s, e) = (start.UtcTicks, end.UtcTicks);
        if (s < day.WorkStart || e + _breakTicks > day.WorkEnd)
        {
            return "outside working hours";
        }

        if (e - s < _minTicks || e - s > _blockTicks)
        {
            return "length no longer matches the settings";
        }

        return day.IsFree(s, e + _breakTicks) ? null : "a meeting overlaps the block";
    }

    private PlannedBlock Block(PlanDay day, long start, long end) =>
        new(day.Date, ZoneTime.ToLocal(start, zone), ZoneTime.ToLocal(end, zone), Classify(day, start, end));

    private BlockPlacement Classify(PlanDay day, long start, long end) =>
        start >= day.WindowStart && end <= day.WindowEnd && end - start == _blockTicks ? BlockPlacement.Window : BlockPlacement.Fallback;

    private static PlannedBlock None(PlanDay day, string reason) => new(day.Date, null, null, BlockPlacement.None, reason);

    private static void DeleteAll(IEnumerable<ExistingBlock> blocks, string reason, List<BlockOperation> ops)
    {
        foreach (var block in blocks)
        {
            if (block.Start is { } start && block.End is { } end && !block.DeletedByUser)
            {
                ops.Add(new BlockOperation(BlockOperationKind.Delete, block.Date, start, end, block.EventId, reason));
            }
        }
    }
}
