using Microsoft.Extensions.Caching.Memory;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.Mailbox;

/// <summary>
/// The user's mailbox as every feature sees it: the profile (address, aliases, zone, working
/// hours, culture), read from Graph in one request and then kept in memory for a while, and a
/// thread's situation analysed against that profile. Threads, coach, snippets, the follow-up
/// summary, waiting, the week and booking all come here, so they agree about who "we" are and a
/// thread gives the same card everywhere.
/// </summary>
public sealed class MailboxService(GraphAccess graph, IMemoryCache cache, TimeProvider time)
{
    /// <summary>How long a profile is kept: a change of working hours in Outlook shows after at most this long.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(30);

    public async Task<MailboxProfile> GetProfileAsync(AppUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = ("mailbox-profile", user.TenantId, user.ObjectId);
        if (cache.TryGetValue(key, out MailboxProfile? known) && known is not null)
        {
            return known;
        }

        var profile = MailboxProfile.From(await graph.For(user).GetOwnerAsync(ct));

        // Relative to the cache's own clock: the server's TimeProvider may be a test's fake one.
        cache.Set(key, profile, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = KeepFor });
        return profile;
    }

    /// <summary>The conversation's messages and card; null when the conversation has no messages in this mailbox.</summary>
    public async Task<ThreadSituation?> GetSituationAsync(AppUser user, string conversationId, CancellationToken ct)
    {
        var profile = await GetProfileAsync(user, ct);
        var messages = await graph.For(user).GetThreadAsync(conversationId, ct);
        return messages.Count == 0 ? null : new ThreadSituation(messages, Analyze(profile, messages));
    }

    /// <summary>A card for messages already read (a thread JSON the pane sent, one conversation of the recent mail).</summary>
    public SituationCard Analyze(MailboxProfile profile, IReadOnlyList<MailboxMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Analyze(profile, ThreadMessages.Normalize(messages));
    }

    public SituationCard Analyze(MailboxProfile profile, IReadOnlyList<ThreadMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return ThreadAnalyzer.Analyze(messages, profile.AnalysisContext(time.GetUtcNow()));
    }
}
