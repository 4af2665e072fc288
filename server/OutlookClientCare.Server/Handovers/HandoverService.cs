using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Core;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Interactions;
using OutlookClientCare.Server.Mailbox;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Handovers;

/// <summary>
/// Hands a client's thread to a colleague of the same organisation: a forward draft (never sent)
/// with the brief on top, the hand-over recorded, `handed-over` in the log, the colleague as the
/// client card's owner. Our rows are written only after Graph succeeded; the same request again
/// answers the first draft without calling Graph.
/// </summary>
public sealed class HandoverService(ClientCareDb db, GraphAccess graph, MailboxService mailbox, ClientCards cards, InteractionLog log, TimeProvider time)
{
    /// <summary>Graph permission the colleague search and look-up need (asked for when first used).</summary>
    public static readonly string[] DirectoryScopes = [EntraIdSetup.DirectoryScope];

    public const int MaxNote = 1_000;

    public abstract record Outcome;

    public sealed record HandedOver(Handover Handover, bool Repeated) : Outcome;

    public sealed record Previewed(HandoverBrief Brief) : Outcome;

    public sealed record Refused(string Field, string Reason) : Outcome;

    public sealed record ConversationNotFound : Outcome;

    public static JsonSerializerOptions BriefJson => CoreJson.Compact;

    public async Task<IReadOnlyList<DirectoryUser>> SearchColleaguesAsync(AppUser user, string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var found = await graph.For(user, DirectoryScopes).SearchUsersAsync(text, 11, ct);
        return [.. found.Where(u => u.Id != user.ObjectId).Take(10)];
    }

    /// <summary>The brief as the draft would carry it, without creating anything.</summary>
    public async Task<Outcome> PreviewAsync(AppUser user, string conversationId, string to, string? note, CancellationToken ct)
    {
        var prepared = await PrepareAsync(user, conversationId, to, note, ct);
        return prepared is Prepared p ? new Previewed(p.Brief) : prepared;
    }

    public async Task<Outcome> HandOverAsync(AppUser user, string conversationId, string to, string? note, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = IdempotencyKey(user, conversationId, to, note);
        if (await StoredAsync(user, key, ct) is { } stored)
        {
            return new HandedOver(stored, Repeated: true);
        }

        var outcome = await PrepareAsync(user, conversationId, to, note, ct);
        if (outcome is not Prepared prepared)
        {
            return outcome;
        }

        var gateway = graph.For(user);
        var html = BriefHtml.Render(prepared.Brief, prepared.Profile.TimeZone);
        var draft = await gateway.CreateForwardDraftAsync(prepared.Forwarded, prepared.Colleague.DisplayName, prepared.Colleague.Address, html, ct);
        var now = time.GetUtcNow();
        var client = prepared.Brief.Client;
        var handover = new Handover
        {
            Id = Guid.NewGuid(),
            TenantId = user.TenantId,
            ObjectId = user.ObjectId,
            IdempotencyKey = key,
            ConversationId = conversationId,
            ForwardedMessageId = prepared.Forwarded,
            DraftId = draft.Id,
            WebLink = draft.WebLink,
            FromName = Cut(prepared.Profile.DisplayName, 200),
            FromAddress = prepared.Profile.Address,
            ToObjectId = prepared.Colleague.Id,
            ToAddress = prepared.Colleague.Address,
            ToName = Cut(prepared.Colleague.DisplayName, 200),
            ClientAddress = ClientKeys.NormalizeOrNull(client?.Address),
            ClientName = client?.Name is { } name ? Cut(name, 200) : null,
            Language = prepared.Brief.Language,
            BriefJson = StoredJson(prepared.Brief.ForStorage()),
            CreatedAt = now,
        };
        db.Add(handover);
        var german = prepared.Profile.Language == ThreadLanguage.De;
        log.Add(user, InteractionKind.HandedOver, german ? $"Übergeben an {handover.ToName} ({handover.ToAddress})" : $"Handed over to {handover.ToName} ({handover.ToAddress})", client?.Address, conversationId);
        if (client is not null)
        {
            var card = await cards.MatchAsync(user, client.Address, ct);
            if (card is null)
            {
                card = new ClientCard
                {
                    Id = Guid.NewGuid(),
                    TenantId = user.TenantId,
                    ObjectId = user.ObjectId,
                    Key = ClientKeys.NormalizeOrNull(client.Address)!,
                    DisplayName = client.Name is { } n ? Cut(n, ClientCardLimits.ShortText) : null,
                    CreatedAt = now,
                };
                db.Add(card);
            }

            card.OwnerName = handover.ToName;
            card.OwnerAddress = handover.ToAddress;
            card.OwnerSince = now;
            card.UpdatedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception)
        {
            await gateway.DeleteDraftQuietlyAsync(draft.Id);
            db.ChangeTracker.Clear();

            // The same request ran twice at once and the other one was stored first: keep its draft, drop ours.
            if (await StoredAsync(user, key, CancellationToken.None) is { } first)
            {
                return new HandedOver(first, Repeated: true);
            }

            throw;
        }

        return new HandedOver(handover, Repeated: false);
    }

    /// <summary>Hand-overs to <paramref name="colleague"/>: same tenant, named by object id. Nothing else of the sender is read.</summary>
    public async Task<IReadOnlyList<Handover>> ToAsync(AppUser colleague, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(colleague);
        var rows = await db.Set<Handover>().AsNoTracking()
            .Where(h => h.TenantId == colleague.TenantId && h.ToObjectId == colleague.ObjectId)
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(h => h.CreatedAt).ThenBy(h => h.Id)];
    }

    /// <summary>The user's own hand-overs of these conversations, latest per conversation.</summary>
    public async Task<IReadOnlyDictionary<string, Handover>> ByConversationAsync(AppUser user, IReadOnlyCollection<string> conversationIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (conversationIds.Count == 0)
        {
            return new Dictionary<string, Handover>();
        }

        var rows = await db.Set<Handover>().AsNoTracking()
            .Where(h => h.TenantId == user.TenantId && h.ObjectId == user.ObjectId && conversationIds.Contains(h.ConversationId))
            .ToListAsync(ct);
        return rows.GroupBy(h => h.ConversationId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(h => h.CreatedAt).First(), StringComparer.Ordinal);
    }

    public static HandoverBrief? ReadBrief(Handover handover)
    {
        ArgumentNullException.ThrowIfNull(handover);
        try
        {
            return JsonSerializer.Deserialize<HandoverBrief>(handover.BriefJson, BriefJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Prepared(MailboxProfile Profile, DirectoryUser Colleague, string Forwarded, HandoverBrief Brief) : Outcome;

    private async Task<Outcome> PrepareAsync(AppUser user, string conversationId, string to, string? note, CancellationToken ct)
    {
        var profile = await mailbox.GetProfileAsync(user, ct);
        var address = to.Trim();
        if (IsMe(profile, user, address))
        {
            return new Refused("to", "You cannot hand a thread over to yourself.");
        }

        var situation = await mailbox.GetSituationAsync(user, conversationId, ct);
        if (situation is null)
        {
            return new ConversationNotFound();
        }

        var colleague = await graph.For(user, DirectoryScopes).FindUserAsync(address, ct);
        if (colleague is null)
        {
            return new Refused("to", $"'{address}' is not a person of your organisation.");
        }

        if (colleague.Id == user.ObjectId)
        {
            return new Refused("to", "You cannot hand a thread over to yourself.");
        }

        var forwarded = situation.Messages.Where(m => !m.IsDraft && !string.IsNullOrEmpty(m.Id)).OrderBy(m => m.When ?? DateTimeOffset.MinValue).LastOrDefault();
        if (forwarded?.Id is not { } forwardedId)
        {
            return new ConversationNotFound();
        }

        var language = LanguageOf(colleague.PreferredLanguage) ?? (profile.Language == ThreadLanguage.De ? "de" : "en");
        var card = situation.Card;
        var client = card.Client is { } c ? new BriefPerson(c.Name, c.Address) : null;
        var expectations = client is null ? null : await cards.MatchAsync(user, client.Address, ct);
        var entries = client is not null
            ? await log.ListAsync(user, client.Address, null, ct)
            : await log.ListAsync(user, null, conversationId, ct);
        var openAsks = card.Asks.Where(a => a.IsOpen).Select(a => a.Text).ToList();
        var brief = new HandoverBrief(
            language,
            new BriefPerson(profile.DisplayName, profile.Address),
            new BriefPerson(colleague.DisplayName, colleague.Address),
            client,
            card.Mood.Level,
            card.Mood.Direction,
            card.Escalation.Risk,
            card.MainIssue,
            openAsks.Count,
            openAsks,
            [.. card.Dates.Select(d => new BriefDate(d.Date, d.From, d.IsDeadline, d.Text))],
            card.Waiting.ReplyOwedBy,
            card.Waiting.Since,
            Math.Round(card.Waiting.BusinessHours, 1),
            card.NextStep,
            expectations is null ? null : new BriefCard(
                expectations.Deliverables,
                expectations.AgreedTimelines,
                expectations.Constraints,
                expectations.ResponseTimePromise,
                expectations.FormOfAddress ?? (card.FormOfAddress is { } form ? form.ToString().ToLowerInvariant() : null),
                expectations.PreferredLanguage),
            [.. entries.Take(HandoverBrief.LogEntries).Select(e => new BriefLogEntry(e.At, JsonNamingPolicy.KebabCaseLower.ConvertName(e.Kind.ToString()), e.Text))],
            string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        return new Prepared(profile, colleague, forwardedId, brief);
    }

    private static bool IsMe(MailboxProfile profile, AppUser user, string address) =>
        string.Equals(address, profile.Address, StringComparison.OrdinalIgnoreCase)
        || string.Equals(address, profile.UserPrincipalName, StringComparison.OrdinalIgnoreCase)
        || string.Equals(address, user.UserPrincipalName, StringComparison.OrdinalIgnoreCase)
        || profile.Aliases.Contains(address, StringComparer.OrdinalIgnoreCase);

    private static string? LanguageOf(string? preferred) =>
        preferred is null ? null
        : preferred.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? "de"
        : preferred.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en"
        : null;

    private static string StoredJson(HandoverBrief brief)
    {
        var json = JsonSerializer.Serialize(brief, BriefJson);
        if (json.Length <= Handover.MaxBriefJson)
        {
            return json;
        }

        // A card with long lists: keep the facts, shorten the log to what fits.
        return JsonSerializer.Serialize(brief with { RecentLog = [], Card = brief.Card is null ? null : brief.Card with { Deliverables = [.. brief.Card.Deliverables.Take(5)], Timelines = [.. brief.Card.Timelines.Take(5)], Constraints = [.. brief.Card.Constraints.Take(5)] } }, BriefJson);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    private async Task<Handover?> StoredAsync(AppUser user, string key, CancellationToken ct) =>
        await db.Set<Handover>().FirstOrDefaultAsync(h => h.TenantId == user.TenantId && h.ObjectId == user.ObjectId && h.IdempotencyKey == key, ct);

    private static string IdempotencyKey(AppUser user, string conversationId, string to, string? note)
    {
        var canonical = string.Join('\n', user.TenantId, user.ObjectId, conversationId, to.Trim().ToLowerInvariant(), note?.Trim() ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
