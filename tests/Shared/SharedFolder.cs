namespace OutlookClientCare.Tests;

/// <summary>
/// ../shared beside the repository (public corpus, Graph metadata, manifest schemas). Tests read
/// it at run time and never copy it into the repository. CI always has it; elsewhere the tests
/// that need it are skipped with a message that says what was not checked.
/// </summary>
public static class SharedFolder
{
    public static string? Path { get; } = Locate();

    public static string File(params string[] parts) =>
        System.IO.Path.Combine([Path ?? throw new InvalidOperationException("../shared is not present."), .. parts]);

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "OutlookClientCare.sln")))
            {
                var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs ../shared: skipped, naming what was not checked, when it is missing.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string whatIsChecked)
    {
        if (SharedFolder.Path is null)
        {
            Skip = $"../shared not found beside the repository: not checked: {whatIsChecked}";
        }
    }
}

/// <summary>A theory that needs ../shared (see <see cref="SharedFactAttribute"/>).</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(string whatIsChecked)
    {
        if (SharedFolder.Path is null)
        {
            Skip = $"../shared not found beside the repository: not checked: {whatIsChecked}";
        }
    }
}
