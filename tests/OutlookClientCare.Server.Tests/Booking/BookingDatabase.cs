using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookClientCare.Server.Booking;
using OutlookClientCare.Server.Demo;
using OutlookClientCare.Server.Storage;

namespace OutlookClientCare.Server.Tests.Booking;

/// <summary>Direct access to the app's booking rows, for states the API cannot produce (a record naming someone else's event).</summary>
internal static class BookingDatabase
{
    public static async Task AddRecordAsync(BookingApp app, string upn, string objectId, DateOnly date, string eventId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientCareDb>();
        var user = await db.Set<BookingUser>().SingleAsync(u => u.ObjectId == objectId);
        var record = BookingDecider.NewRecord(user, date, 1, app.Clock.GetUtcNow());
        record.State = BookedBlockState.Booked;
        record.EventId = eventId;
        record.Start = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(1));
        record.End = record.Start.Value.AddHours(1);
        db.Add(record);
        await db.SaveChangesAsync();
        Assert.Equal(DemoAuthenticationHandler.TenantId, user.TenantId);
        Assert.Equal(upn, user.UserPrincipalName);
    }

    public static async Task<BookingUser?> UserAsync(BookingApp app, string objectId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClientCareDb>().Set<BookingUser>().AsNoTracking().SingleOrDefaultAsync(u => u.ObjectId == objectId);
    }

    public static async Task<IReadOnlyList<UserBookingResult>> RunOnceAsync(BookingApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BookingRun>().RunAsync(CancellationToken.None);
    }
}
