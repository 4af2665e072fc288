using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Core;
using OutlookClientCare.Core.FollowUps;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Interactions;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Snippets;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.FollowUps;

/// <summary>
/// One-click follow-up summary (step 7 of the method). The server proposes what it says
/// (<see cref="SummaryComposer"/>); the pane previews it and may send edited lines back. Creating it
/// makes a reply-all draft with the summary on top, flags the client's latest message from today to
/// the earliest due date, and records the next steps as follow-ups. Either all of it happens or none:
/// a failed flag deletes a new draft, and our rows are written only after Graph succeeded. The same
/// summary again returns the stored draft without calling Graph; a changed one rewrites the summary
/// in the same draft (a new draft only when that one was sent, deleted, or its summary removed).
/// </summary>
public sealed class FollowUpSummaryService(ClientCareDb db, GraphAccess graph, MailboxService mailbox, ClientCards cards, InteractionLog log, TimeProvider time, ToDo.ToDoMirror todo)
{
    public abstract record Outcome;

    public sealed record Proposed(SummaryProposal Proposal) : Outcome;

    /// <summary><paramref name="Created"/>: a new draft; otherwise the draft that was already there (unchanged or rewritten).</summary>
    public sealed record Drafted(FollowUpSummary Summary, IReadOnlyList<FollowUpItem> Items, bool Created) : Outcome;

    public sealed record Invalid(FieldErrors Errors) : Outcome;

    public sealed record ConversationNotFound : Outcome;

    public sealed record NothingToReplyTo : Outcome;

    public sealed record NothingToSummarise : Outcome;

    /// <summary>What the summary of this conversation would say now, for the pane's preview.</summary>
    public async Task<Outcome> ProposeAsync(AppUser user, string conversationId, CancellationToken ct)
    {
        var read = await ReadAsync(user, conversationId, ct);
        return read is Thread thread ? new Proposed(thread.Proposal) : read;
    }

    public async Task<Outcome> DraftAsync(AppUser user, string conversationId, SummaryEdit edit, bool edited, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(edit);
        var read = await ReadAsync(user, conversationId, ct);
        if (read is not Thread thread)
        {
            return read;
        }

        var (profile, repliedTo, clientAddress) = (thread.Profile, thread.RepliedTo, thread.ClientAddress);
        var now = time.GetUtcNow();
        var today = profile.Today(now);
        var errors = new FieldErrors();
        edit.CheckNotInPast(today, errors);
        var proposal = edit.ApplyTo(thread.Proposal, thread.ClientNames);
        if (proposal.Agreed.Count == 0 && proposal.Asks.Count == 0 && proposal.NextSteps.Count == 0)
        {
            if (!edited)
            {
                return new NothingToSummarise();
            }

            errors.Add("agreed", "Nothing left to summarise: keep at least one agreed point, one of the client's points or one next step.");
        }

        if (errors.Any)
        {
            return new Invalid(errors);
        }

        var key = SummaryKey.Of(user, conversationId, proposal);
        if (await StoredAsync(user, s => s.IdempotencyKey == key, ct) is { } stored)
        {
            return stored;
        }

        var html = SummaryDraft.Html(proposal, profile.CultureFor(proposal.Language));
        var steps = proposal.NextSteps.Select(s => (Step: s, Due: s.Due ?? today)).ToList();
        var flagDue = steps.Count > 0 ? steps.Min(s => s.Due) : NextWorkingDay(today, profile.WorkingHours);
        var gateway = graph.For(user);

        // A summary of this conversation already exists: write the new one into its draft.
        // (A handful of rows per conversation at most; SQLite cannot order by DateTimeOffset.)
        var earlier = (await db.Set<FollowUpSummary>()
            .Where(s => s.TenantId == user.TenantId && s.ObjectId == user.ObjectId && s.ConversationId == conversationId)
            .ToListAsync(ct))
            .MaxBy(s => s.CreatedAt);
        var draft = earlier is null ? null : await gateway.ReplaceSummaryInDraftAsync(earlier.DraftId, html, ct);
        var created = draft is null;
        draft ??= await gateway.CreateReplyAllDraftAsync(repliedTo, html, ct);
        try
        {
            var start = profile.At(today, profile.WorkingHours.Start);
            var due = profile.At(flagDue, profile.WorkingHours.End);
            await gateway.SetFollowUpFlagAsync(repliedTo, start < due ? start : due, due, profile.TimeZoneId, ct);
        }
        catch (GraphGatewayException) when (created)
        {
            await gateway.DeleteDraftQuietlyAsync(draft.Id);
            throw;
        }

        var summary = !created ? earlier! : new FollowUpSummary
        {
            Id = Guid.NewGuid(),
            TenantId = user.TenantId,
            ObjectId = user.ObjectId,
            IdempotencyKey = key,
            ConversationId = conversationId,
            RepliedToMessageId = repliedTo,
            DraftId = draft.Id,
            CreatedAt = now,
        };
        summary.IdempotencyKey = key;
        summary.RepliedToMessageId = repliedTo;
        summary.WebLink = draft.WebLink;
        summary.FlagDue = flagDue;
        if (created)
        {
            db.Add(summary);
        }

        if (earlier is not null)
        {
            // The open steps of the summary this one replaces go with it; those already done stay as history.
            db.RemoveRange(await db.Set<FollowUpItem>()
                .Where(i => i.TenantId == user.TenantId && i.ObjectId == user.ObjectId && i.SummaryId == earlier.Id && i.DoneAt == null)
                .ToListAsync(ct));
        }

        var logLanguage = profile.Language == ThreadLanguage.De ? "de" : "en";
        var items = steps.Select(s => new FollowUpItem
        {
            Id = Guid.NewGuid(),
            TenantId = user.TenantId,
            ObjectId = user.ObjectId,
            SummaryId = summary.Id,
            ConversationId = conversationId,
            ClientAddress = ClientKeys.NormalizeOrNull(clientAddress),
            What = Truncate(s.Step.What, SummaryLimits.MaxText),
            Who = s.Step.ByClient ? "client" : "us",
            Due = s.Due,
            TimeZoneId = profile.TimeZoneId,
            Language = logLanguage,
            CreatedAt = now,
        }).ToList();
        db.AddRange(items);
        var points = proposal.Agreed.Count + proposal.Asks.Count;
        log.Add(user, InteractionKind.SummaryDrafted, LogText.SummaryDrafted(profile.Language, points, items.Count, updated: earlier is not null), clientAddress, conversationId);
        foreach (var item in items)
        {
            log.Add(user, InteractionKind.FollowUpDue, LogText.FollowUpDue(profile.Language, item, profile.CultureFor(profile.Language)), clientAddress, conversationId);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception) when (created)
        {
            await gateway.DeleteDraftQuietlyAsync(draft.Id);
            db.ChangeTracker.Clear();

            // The same request ran twice at once and the other one was stored first: keep its draft, drop ours.
            if (await StoredAsync(user, s => s.IdempotencyKey == key, CancellationToken.None) is { } first)
            {
                return first;
            }

            throw;
        }

        await todo.MirrorAsync(user, items, ct);
        return new Drafted(summary, [.. items.OrderBy(i => i.Due).ThenBy(i => i.What, StringComparer.Ordinal)], created);
    }

    /// <summary>The thread, its latest client message and the proposal; or why there is none.</summary>
    private async Task<Outcome> ReadAsync(AppUser user, string conversationId, CancellationToken ct)
    {
        var profile = await mailbox.GetProfileAsync(user, ct);
        var situation = await mailbox.GetSituationAsync(user, conversationId, ct);
        if (situation is null)
        {
            return new ConversationNotFound();
        }

        if (situation.LatestClientMessage(profile) is not { Id: { } repliedTo } latest)
        {
            return new NothingToReplyTo();
        }

        var clientAddress = latest.Author?.Address;
        var card = await cards.MatchAsync(user, clientAddress, ct);
        var input = new SummaryInput(ThreadMessages.Normalize(situation.Messages), situation.Card, profile.AnalysisContext(time.GetUtcNow()))
        {
            UserName = string.IsNullOrWhiteSpace(profile.DisplayName) ? profile.Address : profile.DisplayName,
            FormOfAddress = SnippetContextSource.FormOf(card?.FormOfAddress) is { } form ? form.ToString().ToLowerInvariant() : null,
            Language = SnippetContextSource.LanguageOf(card?.PreferredLanguage),
        };
        var clientNames = situation.Messages.Where(profile.IsFromClient).Select(m => m.Author?.Name).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new Thread(profile, repliedTo, clientAddress, clientNames, SummaryComposer.Propose(input));
    }

    private async Task<Drafted?> StoredAsync(AppUser user, System.Linq.Expressions.Expression<Func<FollowUpSummary, bool>> which, CancellationToken ct)
    {
        var summary = await db.Set<FollowUpSummary>()
            .Where(s => s.TenantId == user.TenantId && s.ObjectId == user.ObjectId)
            .FirstOrDefaultAsync(which, ct);
        if (summary is null)
        {
            return null;
        }

        var items = await db.Set<FollowUpItem>()
            .Where(i => i.TenantId == user.TenantId && i.ObjectId == user.ObjectId && i.SummaryId == summary.Id)
            .ToListAsync(ct);
        return new Drafted(summary, [.. items.OrderBy(i => i.Due).ThenBy(i => i.What, StringComparer.Ordinal)], Created: false);
    }

    private static DateOnly NextWorkingDay(DateOnly today, WorkingHours hours)
    {
        var day = today.AddDays(1);
        for (var i = 0; i < 7 && !hours.Days.Contains(day.DayOfWeek); i++)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    private sealed record Thread(MailboxProfile Profile, string RepliedTo, string? ClientAddress, IReadOnlyList<string> ClientNames, SummaryProposal Proposal) : Outcome;
}

/// <summary>The short texts the interaction log keeps: derived counts and the user's own step text, never mail content.</summary>
public static class LogText
{
    public static string SummaryDrafted(ThreadLanguage language, int points, int steps, bool updated = false) => language == ThreadLanguage.De
        ? string.Create(CultureInfo.InvariantCulture, $"Zusammenfassung {(updated ? "aktualisiert" : "erstellt")}: {points} {(points == 1 ? "Punkt" : "Punkte")}, {steps} {(steps == 1 ? "nächster Schritt" : "nächste Schritte")}")
        : string.Create(CultureInfo.InvariantCulture, $"Summary {(updated ? "updated" : "drafted")}: {points} {(points == 1 ? "point" : "points")}, {steps} {(steps == 1 ? "next step" : "next steps")}");

    public static string FollowUpDue(ThreadLanguage language, FollowUpItem item, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(culture);
        var due = item.Due.ToString(culture.DateTimeFormat.ShortDatePattern, culture);
        return language == ThreadLanguage.De
            ? $"Nachfassen fällig am {due} ({(item.Who == "us" ? "wir" : "Kunde")}): {item.What}"
            : $"Follow-up due {due} ({(item.Who == "us" ? "us" : "client")}): {item.What}";
    }

    public static string FollowUpDone(FollowUpItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Language == "de" ? $"Nachfassen erledigt: {item.What}" : $"Follow-up done: {item.What}";
    }
}
