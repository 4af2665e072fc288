using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OutlookClientCare.Core;
using OutlookClientCare.Core.Snippets;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Server.Clients;
using OutlookClientCare.Server.Identity;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Snippets;

public static partial class SnippetsApi
{
    public sealed record SnippetSummary(string Id, string Title, string Description, bool IsBuiltIn, IReadOnlyList<string> Languages);

    public sealed record RenderValues(
        string? ClientName,
        string? ClientFirstName,
        string? Company,
        string? Impact,
        DateOnly? RevisedDate,
        List<string>? Steps,
        List<string>? Can,
        List<string>? Cannot,
        string? HandoverName,
        string? HandoverRole,
        string? Progress,
        string? Fixed);

    public sealed record RenderRequest(string? ConversationId, string? Language, string? Form, string? Tone, RenderValues? Values);

    public sealed record RenderResponse(string Html, string Text, bool Truncated, string Language, string? Form);

    public sealed record TextPair(string? De, string? En);

    public sealed record VariantRequest(string? Language, string? Form, string? Tone, string? Template);

    public sealed record CustomSnippetRequest(TextPair? Title, TextPair? Description, List<VariantRequest?>? Variants);

    public sealed record CustomSnippetResponse(string Id, LocalizedText Title, LocalizedText Description, IReadOnlyList<SnippetVariant> Variants, DateTimeOffset UpdatedAt);

    public static IServiceCollection AddSnippets(this IServiceCollection services) =>
        services.AddScoped<SnippetCatalog>().AddScoped<SnippetContextSource>();

    public static IEndpointRouteBuilder MapSnippets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/snippets").RequireAuthorization().WithTags("Snippets");
        group.MapGet("", ListAsync)
            .WithName("ListSnippets")
            .WithSummary("Built-in and own snippets with titles in the UI language, optionally for one reply language and a search text.");
        group.MapGet("/custom", ListCustomAsync)
            .WithName("ListCustomSnippets")
            .WithSummary("The user's own snippets with their templates.");
        group.MapPut("/custom/{id}", PutCustomAsync)
            .WithName("PutCustomSnippet")
            .WithSummary("Creates or replaces one of the user's snippets; an invalid template is refused with line and column.");
        group.MapDelete("/custom/{id}", DeleteCustomAsync)
            .WithName("DeleteCustomSnippet")
            .WithSummary("Removes one of the user's snippets.");
        group.MapPost("/{id}/render", RenderAsync)
            .WithName("RenderSnippet")
            .WithSummary("Renders a snippet (HTML and text) filled from the thread, the client's card and the user.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<SnippetSummary>>, ValidationProblem>> ListAsync(
        string? language, string? form, string? tone, string? q, string? ui, ClaimsPrincipal principal, SnippetCatalog catalog, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.OneOf("language", language, "de", "en");
        errors.OneOf("form", form, "sie", "du");
        errors.OneOf("tone", tone, "warm", "brief");
        errors.OneOf("ui", ui, "de", "en");
        errors.Text("q", q, 100);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var replyLanguage = LanguageOf(language);
        var uiLanguage = LanguageOf(ui) ?? replyLanguage ?? ThreadLanguage.En;
        var search = q?.Trim();
        var snippets = await catalog.AllAsync(AppUser.From(principal), ct);
        IReadOnlyList<SnippetSummary> listed =
        [
            .. snippets
                .Where(s => replyLanguage is null || s.VariantFor(replyLanguage.Value, SnippetContextSource.FormOf(form) ?? AddressForm.Sie, ToneOf(tone)) is not null)
                .Where(s => string.IsNullOrEmpty(search) || Mentions(s, search))
                .Select(s => new SnippetSummary(
                    s.Id,
                    s.Title.For(uiLanguage),
                    s.Description.For(uiLanguage),
                    s.IsBuiltIn,
                    [.. s.Variants.Select(v => v.Language == ThreadLanguage.De ? "de" : "en").Distinct().Order(StringComparer.Ordinal)])),
        ];
        return TypedResults.Ok(listed);
    }

    private static async Task<Results<Ok<RenderResponse>, NotFound<ProblemDetails>, ValidationProblem>> RenderAsync(
        string id, RenderRequest request, ClaimsPrincipal principal, SnippetCatalog catalog, SnippetContextSource contexts, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.OneOf("language", request.Language, "de", "en");
        errors.OneOf("form", request.Form, "sie", "du");
        errors.OneOf("tone", request.Tone, "warm", "brief");
        errors.Text("conversationId", request.ConversationId, Mailbox.ThreadSituation.MaxConversationId);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var user = AppUser.From(principal);
        var snippet = await catalog.FindAsync(user, id, ct);
        if (snippet is null)
        {
            return NotFound("No such snippet.", $"There is no snippet '{id}' (built-in or your own).");
        }

        var context = await contexts.BuildAsync(
            user,
            new SnippetContextSource.Request(request.ConversationId, LanguageOf(request.Language), SnippetContextSource.FormOf(request.Form), request.Values),
            ct);
        if (context is null)
        {
            return NotFound("No such conversation.", "The conversation was not found in your mailbox.");
        }

        var variant = snippet.VariantFor(context.Language, context.Form, ToneOf(request.Tone));
        if (variant is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["language"] = [$"The snippet '{id}' has no {(context.Language == ThreadLanguage.De ? "German" : "English")} wording."],
            });
        }

        try
        {
            var rendered = SnippetRenderer.Render(variant, context);
            return TypedResults.Ok(new RenderResponse(
                rendered.Html,
                rendered.Text,
                rendered.Truncated,
                context.Language == ThreadLanguage.De ? "de" : "en",
                context.Language == ThreadLanguage.De ? (context.Form == AddressForm.Du ? "du" : "sie") : null));
        }
        catch (Exception ex) when (ex is SnippetTemplateException or SnippetRenderException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["template"] = [ex.Message] });
        }
    }

    private static async Task<Ok<IReadOnlyList<CustomSnippetResponse>>> ListCustomAsync(ClaimsPrincipal principal, SnippetCatalog catalog, CancellationToken ct)
    {
        var rows = await catalog.CustomOf(AppUser.From(principal)).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<CustomSnippetResponse>>([.. rows.OrderBy(r => r.SnippetId, StringComparer.Ordinal).Select(ToResponse)]);
    }

    private static async Task<Results<Ok<CustomSnippetResponse>, ValidationProblem>> PutCustomAsync(
        string id, CustomSnippetRequest request, ClaimsPrincipal principal, SnippetCatalog catalog, ClientCareDb db, TimeProvider time, CancellationToken ct)
    {
        var (variants, problem) = Validate(id, request);
        if (problem is not null)
        {
            return problem;
        }

        var user = AppUser.From(principal);
        var row = await catalog.CustomOf(user).FirstOrDefaultAsync(s => s.SnippetId == id, ct);
        if (row is null)
        {
            if (await catalog.CustomOf(user).CountAsync(ct) >= SnippetLimits.MaxCustomPerUser)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [$"You can keep at most {SnippetLimits.MaxCustomPerUser} own snippets."] });
            }

            row = new CustomSnippet { TenantId = user.TenantId, ObjectId = user.ObjectId, SnippetId = id, TitleDe = "", TitleEn = "", VariantsJson = "[]" };
            db.Add(row);
        }

        row.TitleDe = request.Title!.De!.Trim();
        row.TitleEn = request.Title.En!.Trim();
        row.DescriptionDe = request.Description?.De?.Trim() ?? "";
        row.DescriptionEn = request.Description?.En?.Trim() ?? "";
        row.VariantsJson = SnippetCatalog.VariantsToJson(variants);
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(row));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteCustomAsync(string id, ClaimsPrincipal principal, SnippetCatalog catalog, ClientCareDb db, CancellationToken ct)
    {
        var row = await catalog.CustomOf(AppUser.From(principal)).FirstOrDefaultAsync(s => s.SnippetId == id, ct);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        db.Remove(row);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static (List<SnippetVariant> Variants, ValidationProblem? Problem) Validate(string id, CustomSnippetRequest request)
    {
        var errors = new FieldErrors();
        if (!IdPattern().IsMatch(id))
        {
            errors.Add("id", $"Use 1 to {SnippetLimits.MaxId} lower-case letters, digits and dashes.");
        }
        else if (SnippetLibrary.BuiltIn.Find(id) is not null)
        {
            errors.Add("id", $"'{id}' is a built-in snippet; give your own snippet another id.");
        }

        errors.Text("title.de", request.Title?.De, SnippetLimits.MaxTitle, required: true);
        errors.Text("title.en", request.Title?.En, SnippetLimits.MaxTitle, required: true);
        errors.Text("description.de", request.Description?.De, SnippetLimits.MaxDescription);
        errors.Text("description.en", request.Description?.En, SnippetLimits.MaxDescription);
        var variants = new List<SnippetVariant>();
        var given = request.Variants ?? [];
        if (given.Count is 0 or > SnippetLimits.MaxVariants)
        {
            errors.Add("variants", $"Give 1 to {SnippetLimits.MaxVariants} variants.");
        }

        Dictionary<string, object?>? templateAt = null;
        for (var i = 0; i < Math.Min(given.Count, SnippetLimits.MaxVariants); i++)
        {
            var v = given[i];
            errors.OneOf($"variants[{i}].language", v?.Language ?? "", "de", "en");
            errors.OneOf($"variants[{i}].form", v?.Form, "sie", "du");
            errors.OneOf($"variants[{i}].tone", v?.Tone ?? "", "warm", "brief");
            var template = v?.Template ?? "";
            var templateErrors = string.IsNullOrWhiteSpace(template)
                ? [new SnippetTemplateError(1, 1, "the template is empty")]
                : SnippetTemplateValidator.Validate(template);
            if (templateErrors.Count > 0)
            {
                var error = templateErrors[0];
                errors.Add("template", $"variants[{i}]: {error}");
                templateAt ??= new() { ["variant"] = i, ["line"] = error.Line, ["column"] = error.Column };
            }

            if (LanguageOf(v?.Language) is { } language && v?.Tone is "warm" or "brief")
            {
                variants.Add(new SnippetVariant(language, language == ThreadLanguage.De ? SnippetContextSource.FormOf(v.Form) : null, ToneOf(v.Tone), template));
            }
        }

        return errors.Any
            ? (variants, TypedResults.ValidationProblem(errors.ToDictionary(), extensions: templateAt is null ? null : new Dictionary<string, object?> { ["templateError"] = templateAt }))
            : (variants, null);
    }

    private static CustomSnippetResponse ToResponse(CustomSnippet row)
    {
        var snippet = SnippetCatalog.ToSnippet(row);
        return new CustomSnippetResponse(snippet.Id, snippet.Title, snippet.Description, snippet.Variants, row.UpdatedAt);
    }

    private static bool Mentions(Snippet snippet, string search) =>
        new[] { snippet.Title.De, snippet.Title.En, snippet.Description.De, snippet.Description.En, snippet.Id }
            .Any(t => CultureInfo.InvariantCulture.CompareInfo.IndexOf(t, search, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0);

    private static ThreadLanguage? LanguageOf(string? language) => language switch
    {
        "de" => ThreadLanguage.De,
        "en" => ThreadLanguage.En,
        _ => null,
    };

    private static SnippetTone ToneOf(string? tone) => tone == "brief" ? SnippetTone.Brief : SnippetTone.Warm;

    private static NotFound<ProblemDetails> NotFound(string title, string detail) =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = title, Detail = detail });

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", System.Text.RegularExpressions.RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial System.Text.RegularExpressions.Regex IdPattern();
}
