using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace OutlookClientCare.Server.Settings;

/// <summary>
/// Options sections bound from configuration and checked before the server starts
/// (ValidateOnStart), with one line per bad setting that names it, its value and the allowed range.
/// DataAnnotations on the options class say what is allowed ([Range], [AllowedValues], [Required]);
/// <see cref="IValidatableObject"/> on the class adds rules across settings.
/// </summary>
public static class SettingsValidation
{
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SectionValidator<T>(section));
        return services.AddOptions<T>()
            .Configure<IConfiguration>((options, configuration) => Bind(configuration.GetSection(section), section, options))
            .ValidateOnStart();
    }

    /// <summary>
    /// The configuration binder's own error for "abc" in a number names neither the allowed range
    /// nor, on older runtimes, the value; every simple setting is checked for that first.
    /// </summary>
    private static void Bind<T>(IConfigurationSection configuration, string section, T options)
        where T : class
    {
        foreach (var property in SimpleProperties(typeof(T)))
        {
            var text = configuration[property.Name];
            if (text is null || text.Length == 0)
            {
                continue;
            }

            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (!Converts(type, text))
            {
                throw new InvalidSettingException(InvalidSettingException.Describe($"{section}:{property.Name}", text, Allowed(property, type)));
            }
        }

        configuration.Bind(options);
    }

    private static bool Converts(Type type, string text)
    {
        try
        {
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
            return true;
        }
        catch (Exception error) when (error is FormatException or ArgumentException or NotSupportedException or OverflowException
            || error.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    internal static IEnumerable<PropertyInfo> SimpleProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && IsSimple(p.PropertyType));

    private static bool IsSimple(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        return inner.IsPrimitive || inner.IsEnum || inner == typeof(string) || inner == typeof(decimal) || inner == typeof(TimeSpan) || inner == typeof(Uri);
    }

    internal static string Allowed(PropertyInfo property, Type type)
    {
        var attributes = property.GetCustomAttributes<ValidationAttribute>().ToList();
        if (attributes.OfType<RangeAttribute>().FirstOrDefault() is { } range)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{range.Minimum} to {range.Maximum}");
        }

        if (attributes.OfType<AllowedValuesAttribute>().FirstOrDefault() is { } values)
        {
            return string.Join(", ", values.Values);
        }

        if (property.GetCustomAttribute<DescriptionAttribute>() is { } description)
        {
            return description.Description;
        }

        return type switch
        {
            _ when type == typeof(bool) => "true, false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(TimeSpan) => "a time span such as 00:30:00 or 1.00:00:00",
            _ when type == typeof(Uri) => "an absolute URL",
            _ when type.IsEnum => string.Join(", ", Enum.GetNames(type)),
            _ => "see README",
        };
    }

    private sealed class SectionValidator<T>(string section) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var failures = new List<string>();
            foreach (var property in SimpleProperties(typeof(T)))
            {
                var value = property.GetValue(options);
                var context = new ValidationContext(options) { MemberName = property.Name };
                foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
                {
                    if (attribute.GetValidationResult(value, context) is not null)
                    {
                        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                        failures.Add(InvalidSettingException.Describe($"{section}:{property.Name}", Format(value), Allowed(property, type)));
                        break;
                    }
                }
            }

            if (failures.Count == 0 && options is IValidatableObject whole)
            {
                failures.AddRange(whole.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage ?? $"{section} is not valid."));
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        private static string? Format(object? value) => value switch
        {
            null => null,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }
}
