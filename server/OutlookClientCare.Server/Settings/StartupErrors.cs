using Microsoft.Extensions.Options;

namespace OutlookClientCare.Server.Settings;

/// <summary>
/// A server that cannot start because of its settings says why in one line per setting on
/// stderr and exits with code 2, like the CLI verbs on bad input; no stack trace.
/// </summary>
public static class StartupErrors
{
    public const int ExitCode = 2;

    /// <summary>The lines to print, or null when <paramref name="error"/> is not about settings.</summary>
    public static string? Describe(Exception error) => error switch
    {
        InvalidSettingException setting => setting.Message,
        OptionsValidationException options => string.Join(Environment.NewLine, options.Failures),
        AggregateException { InnerExceptions.Count: > 0 } many when many.InnerExceptions.All(e => Describe(e) is not null) =>
            string.Join(Environment.NewLine, many.InnerExceptions.Select(e => Describe(e))),
        _ => null,
    };

    /// <summary>Checks every section registered with ValidateOnStart now, before anything touches the database.</summary>
    public static void ValidateSettings(this WebApplication app) => app.Services.GetService<IStartupValidator>()?.Validate();
}
