using Microsoft.Graph.Models;

namespace OutlookClientCare.Graph;

/// <summary>
/// A person in the user's own organisation as the directory lists them (the default properties of a
/// user, which User.ReadBasic.All may read): who they are, their address, job title and preferred
/// language when the directory knows it.
/// </summary>
public sealed record DirectoryUser(string Id, string DisplayName, string? Mail, string? UserPrincipalName, string? JobTitle, string? PreferredLanguage)
{
    /// <summary>The address mail to them goes to: their mail, else their user principal name.</summary>
    public string Address => string.IsNullOrWhiteSpace(Mail) ? UserPrincipalName ?? "" : Mail;

    public bool Answers(string address) =>
        string.Equals(Mail, address, StringComparison.OrdinalIgnoreCase)
        || string.Equals(UserPrincipalName, address, StringComparison.OrdinalIgnoreCase);

    internal static readonly string[] Fields = ["id", "displayName", "mail", "userPrincipalName", "jobTitle", "preferredLanguage"];

    internal static DirectoryUser? From(User? user) =>
        user?.Id is { } id
            ? new DirectoryUser(id, user.DisplayName ?? user.Mail ?? user.UserPrincipalName ?? id, user.Mail, user.UserPrincipalName, user.JobTitle, user.PreferredLanguage)
            : null;
}
