using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookClientCare.Server.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Booking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BookedBlocks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Start = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    End = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    TransactionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PlanVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookedBlocks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BookingUsers",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserPrincipalName = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WorkingDays = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    WorkStart = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    WorkEnd = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    BlockMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowStart = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    WindowEnd = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    MinMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    BufferMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    BreakMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    TentativeBlocks = table.Column<bool>(type: "INTEGER", nullable: false),
                    HorizonDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AutoBooking = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    SubscriptionClientState = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    SubscriptionExpiresAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingUsers", x => new { x.TenantId, x.ObjectId });
                });

            migrationBuilder.CreateTable(
                name: "ImportedCalendars",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IcsText = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedCalendars", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BookedBlocks_TenantId_ObjectId_Date",
                table: "BookedBlocks",
                columns: new[] { "TenantId", "ObjectId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BookingUsers_AutoBooking",
                table: "BookingUsers",
                column: "AutoBooking");

            migrationBuilder.CreateIndex(
                name: "IX_BookingUsers_SubscriptionId",
                table: "BookingUsers",
                column: "SubscriptionId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedCalendars_TenantId_ObjectId",
                table: "ImportedCalendars",
                columns: new[] { "TenantId", "ObjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BookedBlocks");

            migrationBuilder.DropTable(
                name: "BookingUsers");

            migrationBuilder.DropTable(
                name: "ImportedCalendars");
        }
    }
}
