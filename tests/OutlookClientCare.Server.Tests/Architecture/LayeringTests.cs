using System.Reflection;
using NetArchTest.Rules;
using OutlookClientCare.Core.Threads;
using OutlookClientCare.Graph;
using OutlookClientCare.GraphSandbox;

namespace OutlookClientCare.Server.Tests.Architecture;

/// <summary>
/// The parts and their arrows (docs/architecture.md), checked on the built assemblies:
/// Core &lt;- Graph &lt;- Server -> GraphSandbox (demo only), and nothing else.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Assembly Core = typeof(SituationCard).Assembly;
    private static readonly Assembly Boundary = typeof(GraphGateway).Assembly;
    private static readonly Assembly Host = typeof(Program).Assembly;
    private static readonly Assembly Sandbox = typeof(GraphSandboxEngine).Assembly;

    [Fact]
    public void CoreReferencesNoHostNoGraphNoSandboxAndNoFramework()
    {
        var result = Types.InAssembly(Core).ShouldNot().HaveDependencyOnAny(
            "OutlookClientCare.Server", "OutlookClientCare.Graph", "OutlookClientCare.GraphSandbox",
            "Microsoft.Graph", "Microsoft.Kiota", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore").GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
        Assert.DoesNotContain(References(Core), r => r.StartsWith("OutlookClientCare.", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyTheBoundaryUsesTheGraphSdk()
    {
        foreach (var assembly in (Assembly[])[Core, Host, Sandbox])
        {
            var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny("Microsoft.Graph", "Microsoft.Kiota").GetResult();
            Assert.True(result.IsSuccessful, $"{assembly.GetName().Name}: {Failing(result)}");
        }

        Assert.Contains("Microsoft.Graph", References(Boundary));
    }

    [Fact]
    public void TheBoundaryShowsNoSdkTypeInItsPublicSurface()
    {
        var leaks = Boundary.GetExportedTypes()
            .SelectMany(type => PublicSignatureTypes(type).Where(IsSdk).Select(leak => $"{type.Name} exposes {leak.FullName}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public void TheBoundaryKnowsNeitherTheHostNorTheSandboxNorItsCredentials()
    {
        var result = Types.InAssembly(Boundary).ShouldNot().HaveDependencyOnAny("OutlookClientCare.Server", "OutlookClientCare.GraphSandbox", "Microsoft.AspNetCore", "Azure.Identity", "Microsoft.Identity").GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
        Assert.DoesNotContain(Boundary.GetTypes(), t => t.Name.Contains("Sandbox", StringComparison.Ordinal));
        Assert.Equal("OutlookClientCare.Server.Demo", typeof(OutlookClientCare.Server.Demo.SandboxCredentials).Namespace);
    }

    [Fact]
    public void TheSandboxSharesNothingWithCoreServerOrTheBoundary()
    {
        Assert.DoesNotContain(References(Sandbox), r => r is "OutlookClientCare.Core" or "OutlookClientCare.Server" or "OutlookClientCare.Graph");
        var result = Types.InAssembly(Sandbox).ShouldNot().HaveDependencyOnAny("OutlookClientCare.Core", "OutlookClientCare.Server").GetResult();
        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void TheseRulesNoticeABreak()
    {
        // The host does depend on the sandbox (demo mode): the same rule must report it.
        var result = Types.InAssembly(Host).ShouldNot().HaveDependencyOn("OutlookClientCare.GraphSandbox").GetResult();

        Assert.False(result.IsSuccessful);
        Assert.Contains(result.FailingTypeNames, n => n.StartsWith("OutlookClientCare.Server.Demo", StringComparison.Ordinal));
    }

    private static List<string> References(Assembly assembly) => [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];

    private static bool IsSdk(Type type) =>
        type.Namespace is { } ns && (ns.StartsWith("Microsoft.Graph", StringComparison.Ordinal) || ns.StartsWith("Microsoft.Kiota", StringComparison.Ordinal));

    private static IEnumerable<Type> PublicSignatureTypes(Type type)
    {
        const BindingFlags Visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type?> { type.BaseType };
        direct.AddRange(type.GetInterfaces());
        foreach (var member in type.GetMembers(Visible))
        {
            switch (member)
            {
                case MethodInfo method:
                    direct.Add(method.ReturnType);
                    direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
                    break;
                case ConstructorInfo constructor:
                    direct.AddRange(constructor.GetParameters().Select(p => p.ParameterType));
                    break;
                case PropertyInfo property:
                    direct.Add(property.PropertyType);
                    break;
                case FieldInfo field:
                    direct.Add(field.FieldType);
                    break;
            }
        }

        return direct.OfType<Type>().SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        var element = type.HasElementType ? type.GetElementType()! : type;
        yield return element;
        if (element.IsGenericType)
        {
            foreach (var argument in element.GetGenericArguments().SelectMany(Unwrap))
            {
                yield return argument;
            }
        }
    }

    private static string Failing(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);
}
