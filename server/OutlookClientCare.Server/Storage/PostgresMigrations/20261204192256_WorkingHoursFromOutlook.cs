using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookClientCare.Server.Storage.PostgresMigrations
{
    /// <inheritdoc />
    public partial class WorkingHoursFromOutlook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "WorkingHoursFromOutlook",
                table: "BookingUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WorkingHoursFromOutlook",
                table: "BookingUsers");
        }
    }
}
