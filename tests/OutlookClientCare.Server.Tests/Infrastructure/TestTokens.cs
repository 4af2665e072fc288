using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookClientCare.Server.Tests.Infrastructure;

/// <summary>
/// Access tokens for our API signed by a local RSA key that stands in for Entra ID's signing key,
/// so the real JwtBearer + Microsoft.Identity.Web pipeline validates them without any network.
/// </summary>
public sealed class TestTokens : IDisposable
{
    public const string HomeTenant = "5d3c2b1a-0000-4000-8000-00000000abcd";
    public const string GuestTenant = "7e6f5a4b-0000-4000-8000-00000000beef";
    public const string ForeignTenant = "99999999-0000-4000-8000-00000000dead";
    public const string ClientId = "0b1c2d3e-4f50-4617-8899-aabbccddeeff";
    public const string Audience = "api://care.contoso.example/" + ClientId;
    public const string Scope = "access_as_user";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _otherRsa = RSA.Create(2048);

    public TestTokens()
    {
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = "test-key" };
    }

    public RsaSecurityKey SigningKey { get; }

    public static string IssuerOf(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    public string Create(
        string objectId,
        string userPrincipalName,
        string tenant = HomeTenant,
        string? scope = Scope,
        string audience = Audience,
        string? issuer = null,
        DateTime? notBefore = null,
        DateTime? expires = null,
        bool signWithOtherKey = false)
    {
        var now = DateTime.UtcNow;
        var claims = new List<Claim>
        {
            new("tid", tenant),
            new("oid", objectId),
            new("sub", objectId),
            new("preferred_username", userPrincipalName),
            new("name", userPrincipalName),
            new("ver", "2.0"),
            new("azp", ClientId),
        };
        if (scope is not null)
        {
            claims.Add(new Claim("scp", scope));
        }

        var key = signWithOtherKey ? new RsaSecurityKey(_otherRsa) { KeyId = "test-key" } : SigningKey;
        var start = notBefore ?? now.AddMinutes(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? IssuerOf(tenant),
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = start,
            NotBefore = start,
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A token whose header says "alg": "none" and which has no signature at all.</summary>
    public static string Unsigned(string objectId, string userPrincipalName)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64Url($$"""{"aud":"{{Audience}}","iss":"{{IssuerOf(HomeTenant)}}","tid":"{{HomeTenant}}","oid":"{{objectId}}","preferred_username":"{{userPrincipalName}}","scp":"{{Scope}}","ver":"2.0","nbf":{{now - 60}},"iat":{{now - 60}},"exp":{{now + 3600}}}""");
        return header + "." + payload + ".";
    }

    public void Dispose()
    {
        _rsa.Dispose();
        _otherRsa.Dispose();
    }

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
