using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Core;
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
/// One-click follow-up summary (step 7): a reply-all draft with the summary on top, the client's
/// latest message flagged from today to the earliest due date, and the next steps recorded.
/// Either all of it happens or none: a failed flag deletes the new draft, and our rows are written
/// only after Graph succeeded. The same request again returns the first draft without calling Graph.
/// </summary>
public sealed class FollowUpSummaryService(ClientCareDb db, GraphAccess graph, MailboxService mailbox, ClientCards cards, InteractionLog log, TimeProvider time, ToDo.ToDoMirror todo)
{
    public abstract record Outcome;

    public sealed record Drafted(FollowUpSummary Summary, IReadOnlyList<FollowUpItem> Items, bool Repeated) : Outcome;

    public sealed record Invalid(FieldErrors Errors) : Outcome;

    public sealed record ConversationNotFound : Outcome;

    public sealed record NothingToReplyTo : Outcome;

    public async Task<Outcome> DraftAsync(AppUser user, string conversationId, ValidSummaryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var key = request.IdempotencyKey(user, conversationId);
        if (await StoredAsync(user, key, ct) is { } stored)
        {
            return stored;
        }

        var gateway = graph.For(user);
        var now = time.GetUtcNow();
        var profile = await mailbox.GetProfileAsync(user, ct);
        var errors = new FieldErrors();
        request.CheckNotInPast(profile.Today(now), errors);
        if (errors.Any)
        {
            return new Invalid(errors);
        }

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
        var language = SnippetContextSource.LanguageOf(request.Language)
            ?? SnippetContextSource.LanguageOf(card?.PreferredLanguage)
            ?? situation.Card.Language;
        var form = SnippetContextSource.FormOf(request.Form)
            ?? SnippetContextSource.FormOf(card?.FormOfAddress)
            ?? situation.Card.FormOfAddress
            ?? AddressForm.Sie;
        var clientName = card?.DisplayName ?? latest.From?.Name;
        var html = SummaryHtml.Render(request, language, form, profile.CultureFor(language), clientName);

        var draft = await gateway.CreateReplyAllDraftAsync(repliedTo, html, ct);
        var draftId = draft.Id;
        try
        {
            var start = profile.At(profile.Today(now), profile.WorkingHours.Start);
            var due = profile.At(request.EarliestDue, profile.WorkingHours.End);
            await gateway.SetFollowUpFlagAsync(repliedTo, start < due ? start : due, due, profile.TimeZoneId, ct);
        }
        catch (GraphGatewayException)
        {
            await gateway.DeleteDraftQuietlyAsync(draftId);
            throw;
        }

        var summary = new FollowUpSummary
        {
            Id = Guid.NewGuid(),
            TenantId = user.TenantId,
            ObjectId = user.ObjectId,
            IdempotencyKey = key,
            ConversationId = conversationId,
            RepliedToMessageId = repliedTo,
            DraftId = draftId,
            WebLink = draft.WebLink,
            FlagDue = request.EarliestDue,
            CreatedAt = now,
        };
        var logLanguage = profile.Language == ThreadLanguage.De ? "de" : "en";
        var items = request.NextSteps.Select(step => new FollowUpItem
        {
            Id = Guid.NewGuid(),
            TenantId = user.TenantId,
            ObjectId = user.ObjectId,
            SummaryId = summary.Id,
            ConversationId = conversationId,
            ClientAddress = ClientKeys.NormalizeOrNull(clientAddress),
            What = step.What,
            Who = step.Who,
            Due = step.Due,
            TimeZoneId = profile.TimeZoneId,
            Language = logLanguage,
            CreatedAt = now,
        }).ToList();

        db.Add(summary);
        db.AddRange(items);
        log.Add(user, InteractionKind.SummaryDrafted, LogText.SummaryDrafted(profile.Language, request.Points.Count, items.Count), clientAddress, conversationId);
        foreach (var item in items)
        {
            log.Add(user, InteractionKind.FollowUpDue, LogText.FollowUpDue(profile.Language, item, profile.CultureFor(profile.Language)), clientAddress, conversationId);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception)
        {
            await gateway.DeleteDraftQuietlyAsync(draftId);
            db.ChangeTracker.Clear();

            // The same request ran twice at once and the other one was stored first: keep its draft, drop ours.
            if (await StoredAsync(user, key, CancellationToken.None) is { } first)
            {
                return first;
            }

            throw;
        }

        await todo.MirrorAsync(user, items, ct);
        return new Drafted(summary, items, Repeated: false);
    }

    private async Task<Drafted?> StoredAsync(AppUser user, string key, CancellationToken ct)
    {
        var summary = await db.Set<FollowUpSummary>()
            .FirstOrDefaultAsync(s => s.TenantId == user.TenantId && s.ObjectId == user.ObjectId && s.IdempotencyKey == key, ct);
        if (summary is null)
        {
            return null;
        }

        var items = await db.Set<FollowUpItem>()
            .Where(i => i.TenantId == user.TenantId && i.ObjectId == user.ObjectId && i.SummaryId == summary.Id)
            .ToListAsync(ct);
        return new Drafted(summary, [.. items.OrderBy(i => i.Due).ThenBy(i => i.What, StringComparer.Ordinal)], Repeated: true);
    }
}

/// <summary>The short texts the interaction log keeps: derived counts and the user's own step text, never mail content.</summary>
public static class LogText
{
    public static string SummaryDrafted(ThreadLanguage language, int points, int steps) => language == ThreadLanguage.De
        ? string.Create(CultureInfo.InvariantCulture, $"Zusammenfassung erstellt: {points} {(points == 1 ? "Punkt" : "Punkte")}, {steps} {(steps == 1 ? "nächster Schritt" : "nächste Schritte")}")
        : string.Create(CultureInfo.InvariantCulture, $"Summary drafted: {points} {(points == 1 ? "point" : "points")}, {steps} {(steps == 1 ? "next step" : "next steps")}");

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
