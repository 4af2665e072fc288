namespace OutlookClientCare.Core.TimeBlocks;

/// <summary>
/// A block we booked earlier. <see cref="MovedByUser"/>: the user put it elsewhere, keep it there.
/// <see cref="DeletedByUser"/>: the user removed it, do not book that day again (Start/End may be null).
/// </summary>
public sealed record ExistingBlock(DateOnly Date, DateTimeOffset? Start, DateTimeOffset? End, string? EventId = null)
{
    public bool MovedByUser { get; init; }

    public bool DeletedByUser { get; init; }
}
