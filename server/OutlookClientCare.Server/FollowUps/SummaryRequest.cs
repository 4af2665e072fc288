using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OutlookClientCare.Core;
using OutlookClientCare.Core.FollowUps;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.FollowUps;

public static class SummaryLimits
{
    public const int MaxItems = 20;
    public const int MaxText = 500;
    public const int MaxLine = 200;
    public const int MaxOwner = 100;
}

public sealed record SummaryStepRequest(string? What, string? Owner, string? Due);

/// <summary>
/// The body of POST /api/threads/{conversationId}/follow-up-summary: <c>{}</c> takes the server's
/// proposal as it stands; any field given replaces that part of it with the user's edited lines.
/// </summary>
public sealed record SummaryRequest(string? Salutation, List<string?>? Agreed, List<string?>? Asks, List<SummaryStepRequest?>? NextSteps, string? Closing)
{
    public bool HasEdits() => Salutation is not null || Agreed is not null || Asks is not null || NextSteps is not null || Closing is not null;

    /// <summary>Checks shape and lengths; "not in the past" needs the user's today and is <see cref="SummaryEdit.CheckNotInPast"/>.</summary>
    public SummaryEdit? Validate(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Salutation is not null)
        {
            errors.Text("salutation", Salutation, SummaryLimits.MaxLine, required: true);
        }

        if (Closing is not null)
        {
            errors.Text("closing", Closing, SummaryLimits.MaxLine, required: true);
        }

        errors.List("agreed", Agreed, SummaryLimits.MaxItems, SummaryLimits.MaxText);
        errors.List("asks", Asks, SummaryLimits.MaxItems, SummaryLimits.MaxText);
        var steps = NextSteps ?? [];
        if (steps.Count > SummaryLimits.MaxItems)
        {
            errors.Add("nextSteps", string.Create(CultureInfo.InvariantCulture, $"At most {SummaryLimits.MaxItems} entries."));
        }

        var valid = new List<SummaryEdit.Step>();
        for (var i = 0; i < Math.Min(steps.Count, SummaryLimits.MaxItems); i++)
        {
            var step = steps[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"nextSteps[{i}]");
            errors.Text(field + ".what", step?.What, SummaryLimits.MaxText, required: true);
            errors.Text(field + ".owner", step?.Owner, SummaryLimits.MaxOwner, required: true);
            DateOnly? due = null;
            if (step?.Due is { } text)
            {
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    due = parsed;
                }
                else
                {
                    errors.Add(field + ".due", "A date written YYYY-MM-DD, or null.");
                }
            }

            if (step is { What: { } what, Owner: { } owner })
            {
                valid.Add(new SummaryEdit.Step(what.Trim(), owner.Trim(), due));
            }
        }

        return errors.Any
            ? null
            : new SummaryEdit(
                Salutation?.Trim(),
                Agreed?.Select(a => a!.Trim()).ToList(),
                Asks?.Select(a => a!.Trim()).ToList(),
                NextSteps is null ? null : valid,
                Closing?.Trim());
    }
}

/// <summary>The user's edits after validation: trimmed texts, parsed dates; null parts keep the proposal's.</summary>
public sealed record SummaryEdit(string? Salutation, IReadOnlyList<string>? Agreed, IReadOnlyList<string>? Asks, IReadOnlyList<SummaryEdit.Step>? NextSteps, string? Closing)
{
    public sealed record Step(string What, string Owner, DateOnly? Due);

    private static readonly HashSet<string> Titles = new(["herr", "frau", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "prof", "prof."], StringComparer.OrdinalIgnoreCase);

    /// <summary>The proposal with the edited parts in place of its own; <paramref name="clientNames"/> are the names the client's side writes under.</summary>
    public SummaryProposal ApplyTo(SummaryProposal proposal, IReadOnlyCollection<string> clientNames)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(clientNames);
        return proposal with
        {
            Salutation = Salutation ?? proposal.Salutation,
            Agreed = Agreed ?? proposal.Agreed,
            Asks = Asks ?? proposal.Asks,
            NextSteps = NextSteps is null
                ? proposal.NextSteps
                : [.. NextSteps.Select(s => new SummaryStep(s.What, s.Owner, s.Due) { ByClient = IsClient(s.Owner, proposal, clientNames) })],
            Closing = Closing ?? proposal.Closing,
        };
    }

    /// <summary>Adds an error for each due date before the user's today.</summary>
    public void CheckNotInPast(DateOnly today, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        for (var i = 0; i < (NextSteps?.Count ?? 0); i++)
        {
            if (NextSteps![i].Due is { } due && due < today)
            {
                errors.Add(
                    string.Create(CultureInfo.InvariantCulture, $"nextSteps[{i}].due"),
                    string.Create(CultureInfo.InvariantCulture, $"The date {due:yyyy-MM-dd} is in the past (today is {today:yyyy-MM-dd} in your time zone)."));
            }
        }
    }

    /// <summary>
    /// Whether a step the user typed is the client's: its owner is how the summary names the client
    /// ("Herr Hansen", "Aisha"), the owner of one of the proposal's client steps, a name someone on the
    /// client's side writes under ("Karl" for Karl Kunde), or the client addressed directly ("Sie",
    /// "you"). Anyone else (the user, a colleague) is our side.
    /// </summary>
    private static bool IsClient(string owner, SummaryProposal proposal, IReadOnlyCollection<string> clientNames)
    {
        if (owner.Equals(proposal.ClientName, StringComparison.OrdinalIgnoreCase)
            || proposal.NextSteps.Any(s => s.ByClient && owner.Equals(s.Owner, StringComparison.OrdinalIgnoreCase))
            || owner is "Sie" or "sie" or "du" or "Du" or "you" or "You")
        {
            return true;
        }

        var words = owner.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(w => !Titles.Contains(w)).ToList();
        return words.Count > 0 && clientNames.Any(name =>
        {
            var theirs = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return words.TrueForAll(w => theirs.Contains(w, StringComparer.OrdinalIgnoreCase));
        });
    }
}

/// <summary>Same user, conversation and summary content give the same key, whatever the JSON that asked for it.</summary>
public static class SummaryKey
{
    public static string Of(AppUser user, string conversationId, SummaryProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(proposal);
        var canonical = JsonSerializer.Serialize(
            new { proposal.Salutation, proposal.Agreed, proposal.Asks, proposal.NextSteps, proposal.Closing, proposal.Signature, proposal.Language, proposal.FormOfAddress },
            CoreJson.Compact);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', user.TenantId, user.ObjectId, conversationId, canonical)));
        return Convert.ToHexStringLower(hash);
    }
}
