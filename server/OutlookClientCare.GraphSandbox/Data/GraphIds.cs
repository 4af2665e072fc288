using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OutlookClientCare.GraphSandbox.Data;

/// <summary>
/// Opaque, Graph-looking ids ("AAMk" + base64url). Derived from a name (tenant, kind, counter) rather than
/// random, so a test that creates the same things in the same order sees the same ids.
/// </summary>
public sealed class GraphIds
{
    private readonly string _scope;
    private long _counter;

    public GraphIds(string scope) => _scope = scope;

    public string NextItemId(string kind) => ItemId($"{kind}/{Interlocked.Increment(ref _counter)}");

    public Guid NextGuid(string kind) => GuidFrom($"{kind}/{Interlocked.Increment(ref _counter)}");

    public string ItemId(string name) => "AAMk" + Base64Url.EncodeToString(GuidFrom(name).ToByteArray());

    public Guid GuidFrom(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(_scope + "|" + name), hash);
        return new Guid(hash[..16]);
    }
}
