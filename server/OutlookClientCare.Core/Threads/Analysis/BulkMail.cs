namespace OutlookClientCare.Core.Threads.Analysis;

/// <summary>
/// Newsletters, announcements, automatic notifications and mailing-list mail: nobody expects an
/// answer, and their words ("CRITICAL", "Störung", "unsubscribe") say nothing about a client's
/// mood. A thread is bulk when we never wrote in it and its messages carry enough of the marks:
/// the wording, an automatic sender, or a crowd of recipients.
/// </summary>
internal static class BulkMail
{
    private const double Enough = 2;

    private static readonly string[] AutomaticSenders =
    [
        "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "notification", "notifications", "notify",
        "alert", "alerts", "mailer-daemon", "postmaster", "newsletter", "news", "marketing", "updates", "bounce", "bounces",
        "automated", "monitoring", "status", "system", "info-noreply", "mailer", "robot", "jira", "servicedesk", "helpdesk-noreply",
    ];

    public static bool IsBulk(List<MessageReading> readings)
    {
        if (readings.Count == 0 || readings.Exists(r => r.Party == Party.Us))
        {
            return false;
        }

        return readings.TrueForAll(r => Marks(r) >= Enough);
    }

    private static bool FromAutomaticSender(MessageReading reading) => reading.Message.From is { } from && IsAutomaticSender(from.Address);

    private static double Marks(MessageReading reading)
    {
        var marks = Math.Min(3, reading.Bulk);
        var message = reading.Message;
        if (FromAutomaticSender(reading))
        {
            marks += 2;
        }
        else if (reading.Score >= MoodJudge.FrustratedFrom)
        {
            // A person who writes in anger ("stop sending me your newsletter!") is a conversation.
            return 0;
        }

        var recipients = message.To.Count + message.Cc.Count;
        if (recipients >= 8)
        {
            marks += 1;
        }

        if (message.To.Count == 0 || (message.From is { } sender && message.To.Count == 1 && string.Equals(message.To[0].Address, sender.Address, StringComparison.OrdinalIgnoreCase)))
        {
            // Sent to the sender itself or to nobody visible: the real recipients are in Bcc.
            marks += 1;
        }

        return marks;
    }

    private static bool IsAutomaticSender(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var local = (at < 0 ? address : address[..at]).ToLowerInvariant();
        foreach (var automatic in AutomaticSenders)
        {
            if (local == automatic || local.StartsWith(automatic + ".", StringComparison.Ordinal) || local.StartsWith(automatic + "-", StringComparison.Ordinal)
                || local.EndsWith("-" + automatic, StringComparison.Ordinal) || local.EndsWith("." + automatic, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return local.Contains("noreply", StringComparison.Ordinal) || local.Contains("no-reply", StringComparison.Ordinal);
    }
}
