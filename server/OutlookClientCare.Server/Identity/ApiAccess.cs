using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace OutlookClientCare.Server.Identity;

/// <summary>
/// Who may call /api: a signed-in user whose token carries our delegated scope and whose tenant
/// is allowed. Every <c>RequireAuthorization()</c> group gets this as the default policy.
/// </summary>
public sealed record ApiAccess(string RequiredScope, IReadOnlyCollection<string> AllowedTenants)
{
    /// <summary>Demo mode: the demo handler issues the scope itself and there is one fixed tenant.</summary>
    public static ApiAccess Demo { get; } = new(EntraIdSettings.DefaultScope, []);

    public bool Allows(ClaimsPrincipal user)
    {
        var scopes = (user.FindFirstValue("scp") ?? user.FindFirstValue("http://schemas.microsoft.com/identity/claims/scope") ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!scopes.Contains(RequiredScope, StringComparer.Ordinal))
        {
            return false;
        }

        if (AllowedTenants.Count == 0)
        {
            return true;
        }

        var tenant = user.FindFirstValue("tid") ?? user.FindFirstValue("http://schemas.microsoft.com/identity/claims/tenantid");
        return tenant is not null && AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase);
    }
}

public static class ApiAccessSetup
{
    public static IServiceCollection AddApiAuthorization(this IServiceCollection services, ApiAccess access)
    {
        services.AddSingleton(access);
        services.AddSingleton<IAuthorizationHandler, ApiAccessHandler>();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new ApiAccessRequirement())
                .Build());
        return services;
    }

    private sealed class ApiAccessRequirement : IAuthorizationRequirement;

    private sealed class ApiAccessHandler(ApiAccess access) : AuthorizationHandler<ApiAccessRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiAccessRequirement requirement)
        {
            if (access.Allows(context.User))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}
