namespace OutlookClientCare.Core.TimeBlocks;

public enum BlockPlacement
{
    /// <summary>Inside the preferred window.</summary>
    Window,

    /// <summary>Elsewhere in the working day, or shortened.</summary>
    Fallback,

    /// <summary>No block that day; <see cref="PlannedBlock.Reason"/> says why.</summary>
    None,
}

public enum BlockOperationKind
{
    Create,
    Move,
    Delete,
    Keep,
}

/// <summary>One day of the plan. Start and End are in the user's zone; both null when Placement is None.</summary>
public sealed record PlannedBlock(DateOnly Date, DateTimeOffset? Start, DateTimeOffset? End, BlockPlacement Placement, string? Reason = null);

/// <summary>
/// What the booking engine has to do for one day: Start/End is where the block should be (for a
/// delete: where it was), EventId names our existing event for move/delete/keep.
/// </summary>
public sealed record BlockOperation(BlockOperationKind Op, DateOnly Date, DateTimeOffset Start, DateTimeOffset End, string? EventId, string Reason);

public sealed record TimeBlockPlan(IReadOnlyList<PlannedBlock> Blocks, IReadOnlyList<BlockOperation> Ops);
