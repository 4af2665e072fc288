using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OutlookClientCare.Server.Tests.Infrastructure;

/// <summary>A self-signed certificate with its private key in a PFX file, deleted afterwards.</summary>
internal sealed class TemporaryPfx : IDisposable
{
    public TemporaryPfx()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=OutlookClientCare data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllBytes(Path, certificate.Export(X509ContentType.Pfx, Password));
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"occ-keys-{Guid.NewGuid():N}.pfx");

    public string Password { get; } = Guid.NewGuid().ToString("N");

    public void Dispose() => File.Delete(Path);
}
