namespace OutlookClientCare.Server.Booking;

public static class BookingServiceCollectionExtensions
{
    public static IServiceCollection AddBooking(this IServiceCollection services)
    {
        services.AddOptions<BookingOptions>().BindConfiguration(BookingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
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
