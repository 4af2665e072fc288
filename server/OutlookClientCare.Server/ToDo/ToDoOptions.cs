using System.ComponentModel.DataAnnotations;

namespace OutlookClientCare.Server.ToDo;

/// <summary>"ToDo" configuration section: the background round that catches up with what users did in To Do.</summary>
public sealed class ToDoOptions
{
    public const string Section = "ToDo";

    /// <summary>
    /// How often the background round reads, for each user with To Do on, what changed in our list
    /// (one tasks/delta request per user: an unchanged list costs just that request).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Set false to keep the background round from starting (then only the pane's follow-ups view catches up).</summary>
    public bool SyncInBackground { get; set; } = true;

    /// <summary>Users whose delta request is in flight at once during a round.</summary>
    [Range(1, 32)]
    public int ParallelUsers { get; set; } = 4;
}
