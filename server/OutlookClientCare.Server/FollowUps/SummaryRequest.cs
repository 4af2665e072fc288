using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OutlookClientCare.Core;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Identity;

namespace OutlookClientCare.Server.FollowUps;

public static class SummaryLimits
{
    public const int MaxItems = 20;
    public const int MaxText = 500;
}

public sealed record NextStepRequest(string? What, string? Who, string? Due);

/// <summary>The body of POST /api/threads/{conversationId}/follow-up-summary.</summary>
public sealed record SummaryRequest(List<string?>? Points, List<NextStepRequest?>? NextSteps, string? Language, string? Form);

/// <summary>A request that passed validation: trimmed texts, parsed dates.</summary>
public sealed record ValidSummaryRequest(IReadOnlyList<string> Points, IReadOnlyList<ValidNextStep> NextSteps, string? Language, string? Form)
{
    public DateOnly EarliestDue => NextSteps.Min(s => s.Due);

    /// <summary>
    /// Same user, conversation and (normalised) content give the same key, whatever the whitespace
    /// or property order of the JSON that arrived.
    /// </summary>
    public string IdempotencyKey(AppUser user, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var canonical = JsonSerializer.Serialize(this, CoreJson.Compact);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', user.TenantId, user.ObjectId, conversationId, canonical)));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Checks shape and lengths; the "not in the past" check needs the user's today and comes later.</summary>
    public static ValidSummaryRequest? Validate(string conversationId, SummaryRequest request, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        errors.Text("conversationId", conversationId, Mailbox.ThreadSituation.MaxConversationId, required: true);
        errors.List("points", request.Points, SummaryLimits.MaxItems, SummaryLimits.MaxText, required: true);
        var steps = request.NextSteps ?? [];
        if (steps.Count == 0)
        {
            errors.Add("nextSteps", "Give at least one next step.");
        }
        else if (steps.Count > SummaryLimits.MaxItems)
        {
            errors.Add("nextSteps", $"At most {SummaryLimits.MaxItems} entries.");
        }

        var valid = new List<ValidNextStep>();
        for (var i = 0; i < Math.Min(steps.Count, SummaryLimits.MaxItems); i++)
        {
            var step = steps[i];
            var field = $"nextSteps[{i}]";
            errors.Text(field + ".what", step?.What, SummaryLimits.MaxText, required: true);
            if (step?.Who is not ("us" or "client"))
            {
                errors.Add(field + ".who", "Must be one of: us, client.");
            }

            if (!DateOnly.TryParseExact(step?.Due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            {
                errors.Add(field + ".due", "A date written YYYY-MM-DD.");
            }
            else if (step?.What is { } what && !string.IsNullOrWhiteSpace(what) && step.Who is { } who)
            {
                valid.Add(new ValidNextStep(what.Trim(), who, due));
            }
        }

        errors.OneOf("language", request.Language, "de", "en");
        errors.OneOf("form", request.Form, "sie", "du");
        return errors.Any
            ? null
            : new ValidSummaryRequest([.. request.Points!.Select(p => p!.Trim())], valid, request.Language, request.Form);
    }

    /// <summary>Adds an error for each due date before the user's today.</summary>
    public void CheckNotInPast(DateOnly today, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        for (var i = 0; i < NextSteps.Count; i++)
        {
            if (NextSteps[i].Due < today)
            {
                errors.Add(
                    string.Create(CultureInfo.InvariantCulture, $"nextSteps[{i}].due"),
                    string.Create(CultureInfo.InvariantCulture, $"The date {NextSteps[i].Due:yyyy-MM-dd} is in the past (today is {today:yyyy-MM-dd} in your time zone)."));
            }
        }
    }
}

public sealed record ValidNextStep(string What, string Who, DateOnly Due);
