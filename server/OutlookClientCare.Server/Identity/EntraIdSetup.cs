using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using OutlookClientCare.Graph;
using OutlookClientCare.Server.Mailbox;

namespace OutlookClientCare.Server.Identity;

/// <summary>
/// A real tenant: our API accepts Entra ID tokens (Microsoft.Identity.Web, "AzureAd" section) and
/// calls Graph on behalf of the signed-in user, or in the background with the identity
/// <see cref="BackgroundIdentity"/> picks.
/// </summary>
public static class EntraIdSetup
{
    public static readonly string[] GraphScopes =
    [
        "https://graph.microsoft.com/Mail.ReadWrite",
        "https://graph.microsoft.com/Calendars.ReadWrite",
        "https://graph.microsoft.com/MailboxSettings.Read",
        "https://graph.microsoft.com/User.Read",
    ];

    /// <summary>Hand-over: find colleagues of the user's organisation and their preferred language.</summary>
    public const string DirectoryScope = "https://graph.microsoft.com/User.ReadBasic.All";

    /// <summary>Follow-ups in Microsoft To Do.</summary>
    public const string TasksScope = "https://graph.microsoft.com/Tasks.ReadWrite";

    /// <summary>
    /// Permissions only some users need: asked for when the feature is first used (incremental
    /// consent), never at sign-in, and so not in the manifest.
    /// </summary>
    public static readonly string[] WhenFirstUsedScopes = [DirectoryScope, TasksScope];

    public static WebApplicationBuilder AddEntraId(this WebApplicationBuilder builder)
    {
        var settings = EntraIdSettings.Read(builder.Configuration);
        var background = BackgroundIdentityOptions.Read(builder.Configuration);

        var tokens = builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(builder.Configuration.GetSection(EntraIdSettings.Section))
            .EnableTokenAcquisitionToCallDownstreamApi();
        tokens.AddTokenCache(builder);

        builder.Services.AddApiAuthorization(new ApiAccess(settings.RequiredScope, settings.AllowedTenants));
        builder.Services.PostConfigure<GraphOptions>(o => o.BaseUrl = string.IsNullOrWhiteSpace(o.BaseUrl) ? GraphOptions.MicrosoftGraphV1 : o.BaseUrl);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(background);
        builder.Services.AddSingleton<IGraphCredentials, TenantGraphCredentials>();
        return builder;
    }
}
