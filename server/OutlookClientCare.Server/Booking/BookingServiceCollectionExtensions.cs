using OutlookClientCare.Server.Settings;

namespace OutlookClientCare.Server.Booking;

public static class BookingServiceCollectionExtensions
{
    public static IServiceCollection AddBooking(this IServiceCollection services)
    {
        services.AddSettings<BookingOptions>(BookingOptions.Section);
        services.AddScoped<BookingRunner>();
        services.AddScoped<BookingRun>();
        services.AddScoped<IBlockAgenda, WaitingClientThreadsAgenda>();
        services.AddSingleton<NotificationUrl>();
        services.AddSingleton<ChangeSubscriptions>();
        services.AddSingleton<ReplanQueue>();
        services.AddSingleton<BookingLocks>();
        services.AddHostedService<ReplanService>();
        services.AddHostedService<BookingBackgroundService>();
        return services;
    }
}
